"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import type { CaseView } from "@/lib/triage/queries";
import { CATEGORIES } from "@/lib/evalset/categories";
import { CATEGORY_LABEL, DISCARD_REASON_LABEL } from "@/lib/core/labels";
import { DISCARD_REASONS } from "@/lib/triage/schemas";
import { CONFIRM_FIELD, expectedEqualsProduction, productionText } from "@/lib/evalset/honest-label";
import type { FormAction } from "@/components/ui/action-outcome";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { cx } from "@/components/ui/class-names";
import { useFormAction } from "@/components/ui/use-form-action";
import { clearDraft, readDraft, writeDraft, type CaseDraft } from "./case-draft";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { useTriageShortcuts } from "./use-triage-shortcuts";
import { GuidelinePanel, type GuidelineText } from "./guideline-panel";

export type Intent = "accept" | "discard" | "skip";

// The fields this form highlights; a failure blaming only others is spelled out instead.
const SHOWN_FIELDS = ["expectedOutput", "category", "notes", "tags", "discardReason", "discardNote", "note"] as const;

const subscribeNothing = () => () => {};

/** False while hydrating the server's HTML, true afterwards: sessionStorage is only read then. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

/**
 * Expected output, category, notes, tags and the Accept / Discard / Skip buttons, with
 * shortcuts. The expected output starts empty: reviewers write what should have happened,
 * and "Start from production output" (p) copies the answer in only when asked. Accepting
 * a failure's production answer unchanged asks for confirmation (the server insists too). Every field is controlled and saved as a per-case draft in the tab, so a
 * failed decision, a reload or an expired session never loses what was typed. The
 * discard dialog stays open until the discard succeeds.
 */
export function DecisionForm({
  view,
  mode,
  decide,
  onDecided,
  scrub,
  guidelines = [],
}: {
  view: CaseView;
  mode: "triage" | "revise";
  decide: FormAction<unknown>;
  onDecided: (result: Extract<ActionResult<unknown>, { ok: true }>, intent: Intent) => void;
  scrub: { text: string; placeholder: string; n: number } | null;
  /** The team's labelling guides; the chosen (else suggested) category's shows under the form. */
  guidelines?: GuidelineText[];
}) {
  const production = productionText(view.output);
  const pristine: CaseDraft = { expectedOutput: view.expectedOutput ?? "", category: view.category ?? "", notes: view.notes ?? "", tags: view.tags.join(", ") };
  const [draft, setDraft] = useState<CaseDraft>(pristine);
  const [restored, setRestored] = useState(false);
  const [draftChecked, setDraftChecked] = useState(false);
  const [discardOpen, setDiscardOpen] = useState(false);
  const [discardReason, setDiscardReason] = useState<string>(view.discardReason ?? DISCARD_REASONS[0]);
  const [discardNote, setDiscardNote] = useState("");
  const [confirmOpen, setConfirmOpen] = useState(false);
  const expectedRef = useRef<HTMLTextAreaElement>(null);
  const acceptRef = useRef<HTMLButtonElement>(null);
  const skipRef = useRef<HTMLButtonElement>(null);
  const discardSubmitRef = useRef<HTMLButtonElement>(null);
  const shortcutsDialog = useRef<HTMLDialogElement>(null);
  const hydrated = useHydrated();

  const { state, pending, formRef, form } = useFormAction(decide, {
    fields: SHOWN_FIELDS,
    onSuccess: (result, form) => {
      const intent = (form.get("intent") as Intent | null) ?? "accept";
      // A skipped case may come back (Undo, "show skipped"): its draft stays until it is decided.
      if (intent !== "skip") clearDraft(view.id);
      setDiscardOpen(false);
      setConfirmOpen(false);
      onDecided(result, intent);
    },
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const noteErrors = errors?.discardNote ?? errors?.note;

  // The tab's draft of this case wins over the stored label, once the page is hydrated
  // (the server can't see sessionStorage). Adjusted during render, not in an effect.
  if (hydrated && !draftChecked) {
    setDraftChecked(true);
    const saved = readDraft(view.id);
    if (saved) {
      setDraft(saved);
      setRestored(true);
    }
  }
  useEffect(() => {
    if (draftChecked) writeDraft(view.id, draft, pristine);
    // pristine is derived from view, which the key on this form pins to one case.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft, draftChecked, view.id]);

  // A redaction made while editing must also leave the fields being edited (adjusted during render, not in an effect).
  const [seenScrub, setSeenScrub] = useState(scrub?.n ?? 0);
  if (scrub && scrub.n !== seenScrub) {
    setSeenScrub(scrub.n);
    const clean = (value: string) => value.split(scrub.text).join(scrub.placeholder);
    setDraft((current) => ({ ...current, expectedOutput: clean(current.expectedOutput), notes: clean(current.notes) }));
  }

  const set = (key: keyof CaseDraft) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const setCategory = (category: string) => setDraft((current) => ({ ...current, category }));
  // What the reviewer had written before a copy replaced it, so one click brings it back.
  const [beforeCopy, setBeforeCopy] = useState<string | null>(null);
  const startFromProduction = () => {
    if (!production) return;
    const written = draft.expectedOutput;
    setBeforeCopy(written.trim() && written !== production ? written : null);
    setDraft((current) => ({ ...current, expectedOutput: production }));
    expectedRef.current?.focus();
  };
  const needsConfirmation = expectedEqualsProduction(view.minedReasons, draft.expectedOutput, view.output);
  // Accept (button or key) on a failure's own answer opens the confirmation instead; the
  // dialog's own Accept submits with the confirmation field.
  const onSubmit: typeof form.onSubmit = (event) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (needsConfirmation && !confirmOpen && submitter?.name === "intent" && submitter.value === "accept") {
      event.preventDefault();
      setConfirmOpen(true);
      return;
    }
    form.onSubmit(event);
  };

  const shortcuts: Record<string, () => void> = {
    a: () => formRef.current?.requestSubmit(acceptRef.current),
    d: () => setDiscardOpen(true),
    e: () => expectedRef.current?.focus(),
    p: startFromProduction,
    "?": () => shortcutsDialog.current?.showModal(),
  };
  CATEGORIES.forEach((c, i) => (shortcuts[String(i + 1)] = () => setCategory(c)));
  if (mode === "triage") shortcuts.s = () => formRef.current?.requestSubmit(skipRef.current);
  useTriageShortcuts(shortcuts);

  return (
    <>
      <form {...form} onSubmit={onSubmit} id="decision" aria-label="Decision" className="scroll-mt-4 space-y-4 rounded-xl border border-slate-200 bg-white p-4">
        <input type="hidden" name="caseId" value={view.id} />
        <input type="hidden" name="mode" value={mode} />
        {restored ? (
          <p className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-sky-50 px-3 py-2 text-xs text-sky-900">
            Restored your unsaved draft of this case.
            <button
              type="button"
              className="font-medium underline"
              onClick={() => {
                setDraft(pristine);
                setRestored(false);
              }}
            >
              Start over
            </button>
          </p>
        ) : null}
        <Field
          label={
            <span>
              Expected output <kbd className="ml-1 rounded border border-slate-300 px-1 font-mono text-xs text-slate-600">e</kbd>
            </span>
          }
          errors={errors?.expectedOutput}
        >
          <Textarea
            ref={expectedRef}
            name="expectedOutput"
            rows={6}
            value={draft.expectedOutput}
            onChange={set("expectedOutput")}
            aria-required="true"
            placeholder="Write what the assistant should have answered."
          />
        </Field>
        <div className="-mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600">
          <Button size="sm" variant="secondary" onClick={startFromProduction} disabled={!production} aria-keyshortcuts="p">
            Start from production output <kbd className="ml-1 font-mono">p</kbd>
          </Button>
          {beforeCopy !== null ? (
            <button
              type="button"
              className="font-medium underline"
              onClick={() => {
                setDraft((current) => ({ ...current, expectedOutput: beforeCopy }));
                setBeforeCopy(null);
              }}
            >
              Undo: bring back what you wrote
            </button>
          ) : null}
          {needsConfirmation ? <span role="status">Same as the production output of a failure.</span> : null}
        </div>
        <div
          role="radiogroup"
          aria-labelledby={`category-label-${view.id}`}
          aria-required="true"
          aria-invalid={errors?.category ? true : undefined}
          aria-describedby={errors?.category ? `category-error-${view.id}` : undefined}
          className="text-sm"
        >
          <p id={`category-label-${view.id}`} className="mb-1 font-medium">
            Category
          </p>
          <div className="grid grid-cols-2 gap-2">
            {CATEGORIES.map((c, i) => (
              <label
                key={c}
                className={cx(
                  "flex items-center gap-2 rounded-md border px-3 py-1.5 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600",
                  draft.category === c ? "border-slate-900 bg-slate-100" : errors?.category ? "border-red-600" : "border-slate-300",
                )}
              >
                <input type="radio" name="category" value={c} checked={draft.category === c} onChange={() => setCategory(c)} />
                <span className="flex-1">{CATEGORY_LABEL[c]}</span>
                <kbd className="font-mono text-xs text-slate-600">{i + 1}</kbd>
              </label>
            ))}
          </div>
          <FieldError id={`category-error-${view.id}`} errors={errors?.category} />
        </div>
        <Field label="Notes" errors={errors?.notes}>
          <Textarea name="notes" rows={2} value={draft.notes} onChange={set("notes")} />
        </Field>
        <Field label="Tags" errors={errors?.tags}>
          <Input name="tags" value={draft.tags} onChange={set("tags")} placeholder="comma, separated" />
        </Field>
        {state && !state.ok && !discardOpen && !confirmOpen ? <FormMessage state={state} /> : null}
        <div className="flex flex-wrap items-center gap-2">
          <Button ref={acceptRef} type="submit" name="intent" value="accept" variant="success" disabled={pending} aria-keyshortcuts="a">
            Accept
          </Button>
          <Button onClick={() => setDiscardOpen(true)} variant="danger" disabled={pending} aria-keyshortcuts="d" aria-haspopup="dialog">
            Discard
          </Button>
          {mode === "triage" ? (
            <Button ref={skipRef} type="submit" name="intent" value="skip" variant="secondary" disabled={pending} aria-keyshortcuts="s">
              Skip
            </Button>
          ) : null}
          <button type="button" onClick={() => shortcutsDialog.current?.showModal()} aria-keyshortcuts="?" className="ml-auto text-sm text-slate-700 underline">
            Shortcuts
          </button>
        </div>

        <Dialog
          open={confirmOpen}
          onClose={() => !pending && setConfirmOpen(false)}
          title="Accept the failed answer as expected?"
          description="This case was mined as a failure, and the expected output is its production output unchanged. The eval item will be flagged “expected = production”."
          initialFocus="[data-autofocus]"
        >
          <input type="hidden" name={CONFIRM_FIELD} value="true" />
          {state && !state.ok ? <FormMessage state={state} className="mb-3" /> : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" size="sm" onClick={() => setConfirmOpen(false)} disabled={pending} data-autofocus>
              Keep editing
            </Button>
            <Button type="submit" name="intent" value="accept" variant="success" size="sm" disabled={pending}>
              {pending ? "Accepting…" : "Accept anyway"}
            </Button>
          </div>
        </Dialog>

        <Dialog open={discardOpen} onClose={() => !pending && setDiscardOpen(false)} title="Discard this case" initialFocus="input[type=radio]:checked">
          <div
            onKeyDown={(event) => {
              // Enter on a reason confirms the discard (the form's default button is Accept).
              if (event.key === "Enter" && (event.target as HTMLElement).tagName === "INPUT" && (event.target as HTMLInputElement).type === "radio") {
                event.preventDefault();
                formRef.current?.requestSubmit(discardSubmitRef.current);
              }
            }}
          >
            <div role="radiogroup" aria-label="Reason" className="space-y-1 text-sm">
              {DISCARD_REASONS.map((reason) => (
                <label key={reason} className="flex items-center gap-2 py-0.5">
                  <input type="radio" name="discardReason" value={reason} checked={discardReason === reason} onChange={() => setDiscardReason(reason)} />
                  {DISCARD_REASON_LABEL[reason]}
                </label>
              ))}
            </div>
            <FieldError errors={errors?.discardReason} />
            <Field label={discardReason === "OTHER" ? "Note (required for “Other”)" : "Note (optional)"} errors={noteErrors} className="mt-3">
              <Input name="discardNote" value={discardNote} onChange={(event) => setDiscardNote(event.target.value)} />
            </Field>
            {state && !state.ok && !noteErrors && !errors?.discardReason ? <FormMessage state={state} className="mt-3" /> : null}
            <div className="mt-4 flex justify-end gap-2">
              <Button variant="secondary" size="sm" onClick={() => setDiscardOpen(false)} disabled={pending}>
                Cancel
              </Button>
              <Button ref={discardSubmitRef} type="submit" name="intent" value="discard" variant="danger" size="sm" disabled={pending}>
                {pending ? "Discarding…" : "Discard case"}
              </Button>
            </div>
          </div>
        </Dialog>
      </form>
      <GuidelinePanel guidelines={guidelines} category={(CATEGORIES as readonly string[]).includes(draft.category) ? (draft.category as GuidelineText["category"]) : view.suggestedCategory} />
      <ShortcutsDialog ref={shortcutsDialog} />
    </>
  );
}
