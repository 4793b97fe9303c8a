"use client";

import { useRef, useState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import type { CaseView } from "@/lib/triage/queries";
import { CATEGORIES } from "@/lib/evalset/categories";
import { CATEGORY_LABEL, DISCARD_REASON_LABEL } from "@/lib/core/labels";
import { DISCARD_REASONS } from "@/lib/triage/schemas";
import { FieldError } from "@/components/ui/form-message";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { useLeaseRenewal, useTriageShortcuts } from "./use-triage-shortcuts";

function outputText(view: CaseView): string {
  const content = view.output?.content;
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((p) => p.text ?? "").join("");
  return "";
}

/** Expected output, category, notes, tags and the Accept / Discard / Skip buttons, with shortcuts. */
export function DecisionForm({
  view,
  mode,
  action,
  pending,
  state,
  scrub,
  renewLease,
}: {
  view: CaseView;
  mode: "triage" | "revise";
  action: (form: FormData) => void;
  pending: boolean;
  state: ActionResult<unknown> | null;
  scrub: { text: string; placeholder: string; n: number } | null;
  renewLease: () => Promise<boolean>;
}) {
  const [expected, setExpected] = useState(view.expectedOutput ?? outputText(view));
  const [notes, setNotes] = useState(view.notes ?? "");
  const [category, setCategory] = useState<string>(view.category ?? "");
  const expectedRef = useRef<HTMLTextAreaElement>(null);
  const acceptRef = useRef<HTMLButtonElement>(null);
  const skipRef = useRef<HTMLButtonElement>(null);
  const discardSubmitRef = useRef<HTMLButtonElement>(null);
  const discardDialog = useRef<HTMLDialogElement>(null);
  const shortcutsDialog = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  // A redaction made while editing must also leave the fields being edited (adjusted during render, not in an effect).
  const [seenScrub, setSeenScrub] = useState(scrub?.n ?? 0);
  if (scrub && scrub.n !== seenScrub) {
    setSeenScrub(scrub.n);
    setExpected(expected.split(scrub.text).join(scrub.placeholder));
    setNotes(notes.split(scrub.text).join(scrub.placeholder));
  }

  useLeaseRenewal(mode === "triage", renewLease);

  const openDiscard = () => {
    discardDialog.current?.showModal();
    (discardDialog.current?.querySelector("input[type=radio]:checked, input[type=radio]") as HTMLInputElement | null)?.focus();
  };
  const shortcuts: Record<string, () => void> = {
    a: () => formRef.current?.requestSubmit(acceptRef.current),
    d: openDiscard,
    e: () => expectedRef.current?.focus(),
    "?": () => shortcutsDialog.current?.showModal(),
  };
  CATEGORIES.forEach((c, i) => (shortcuts[String(i + 1)] = () => setCategory(c)));
  if (mode === "triage") shortcuts.s = () => formRef.current?.requestSubmit(skipRef.current);
  useTriageShortcuts(shortcuts);

  return (
    <>
      <form ref={formRef} action={action} aria-label="Decision" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
        <input type="hidden" name="caseId" value={view.id} />
        <input type="hidden" name="mode" value={mode} />
        <Field
          label={
            <span>
              Expected output <kbd className="ml-1 rounded border border-slate-300 px-1 font-mono text-xs text-slate-600">e</kbd>
            </span>
          }
          errors={errors?.expectedOutput}
        >
          <Textarea ref={expectedRef} name="expectedOutput" rows={5} value={expected} onChange={(e) => setExpected(e.target.value)} aria-required="true" />
        </Field>
        <div role="radiogroup" aria-labelledby="category-label" aria-required="true" className="text-sm">
          <p id="category-label" className="mb-1 font-medium">
            Category
          </p>
          <div className="flex flex-wrap gap-2">
            {CATEGORIES.map((c, i) => (
              <label key={c} className={`flex items-center gap-2 rounded-md border px-3 py-1.5 ${category === c ? "border-slate-900 bg-slate-100" : "border-slate-300"}`}>
                <input type="radio" name="category" value={c} checked={category === c} onChange={() => setCategory(c)} />
                {CATEGORY_LABEL[c]}
                <kbd className="font-mono text-xs text-slate-600">{i + 1}</kbd>
              </label>
            ))}
          </div>
          <FieldError errors={errors?.category} />
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Notes">
            <Textarea name="notes" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </Field>
          <Field label="Tags">
            <Input name="tags" defaultValue={view.tags.join(", ")} placeholder="comma, separated" />
          </Field>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button ref={acceptRef} type="submit" name="intent" value="accept" variant="success" disabled={pending} aria-keyshortcuts="a">
            Accept
          </Button>
          <Button onClick={openDiscard} variant="danger" disabled={pending} aria-keyshortcuts="d">
            Discard
          </Button>
          {mode === "triage" ? (
            <Button ref={skipRef} type="submit" name="intent" value="skip" variant="secondary" disabled={pending} aria-keyshortcuts="s">
              Skip
            </Button>
          ) : null}
          <button type="button" onClick={() => shortcutsDialog.current?.showModal()} aria-keyshortcuts="?" className="ml-auto text-sm text-slate-700 underline">
            Keyboard shortcuts
          </button>
        </div>

        <dialog
          ref={discardDialog}
          aria-labelledby="discard-title"
          className="m-auto w-96 rounded-xl border border-slate-200 p-5 shadow-xl backdrop:bg-slate-900/30"
          onKeyDown={(event) => {
            // Enter on a reason confirms the discard (the form's default button is Accept).
            if (event.key === "Enter" && (event.target as HTMLElement).tagName === "INPUT") {
              event.preventDefault();
              formRef.current?.requestSubmit(discardSubmitRef.current);
            }
          }}
        >
          <h2 id="discard-title" className="mb-3 text-lg font-semibold">
            Discard this case
          </h2>
          <div role="radiogroup" aria-label="Reason" className="space-y-1 text-sm">
            {DISCARD_REASONS.map((reason, index) => (
              <label key={reason} className="flex items-center gap-2">
                <input type="radio" name="discardReason" value={reason} defaultChecked={view.discardReason ? view.discardReason === reason : index === 0} />
                {DISCARD_REASON_LABEL[reason]}
              </label>
            ))}
          </div>
          <Field label="Note (needed for “Other”)" errors={errors?.discardNote ?? errors?.note} className="mt-3">
            <Input name="discardNote" />
          </Field>
          <div className="mt-4 flex justify-end gap-2">
            <Button variant="secondary" size="sm" onClick={() => discardDialog.current?.close()}>
              Cancel
            </Button>
            <Button ref={discardSubmitRef} type="submit" name="intent" value="discard" variant="danger" size="sm" onClick={() => discardDialog.current?.close()}>
              Discard case
            </Button>
          </div>
        </dialog>
      </form>
      <ShortcutsDialog ref={shortcutsDialog} />
    </>
  );
}
