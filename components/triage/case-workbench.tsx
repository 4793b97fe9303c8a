"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/errors/answers";
import type { CaseView } from "@/lib/triage/queries";
import { CASE_ORIGIN_LABEL } from "@/lib/core/labels";
import { stillSignedIn, type FormAction } from "@/components/ui/action-outcome";
import { SignInAgainLink } from "@/components/ui/form-message";
import { useToast } from "@/components/ui/toast";
import { Transcript } from "./transcript";
import { CaseFacts, CaseSignals } from "./case-facts";
import { RedactPanel } from "./redact-panel";
import { DecisionForm, type Intent } from "./decision-form";
import { useLeaseRenewal } from "./use-triage-shortcuts";
import type { GuidelineText } from "./guideline-panel";

// Set by a decision (or an Undo): the next case to render takes the scroll and the focus.
// Module-wide rather than per workbench, because after the last case the queue shows its
// empty state and an Undo then brings the case back in a new workbench.
let nextCaseTakesFocus = false;

/**
 * The case page. The page's header and the case (why it was mined, the conversation,
 * redaction, facts) scroll on the left; the decision panel is a sticky column on the
 * right from the top of the page, so Accept, Discard and Skip are on screen whatever the
 * case's length. After a decision the next
 * case opens at the top with the focus on its heading, and the outcome is a toast (Undo
 * for a skip). The form is keyed by case id, so each case starts from its own fields.
 */
export function CaseWorkbench({
  view,
  mode,
  decide,
  redact,
  renew,
  undoSkip,
  header,
  guidelines,
}: {
  header?: ReactNode;
  guidelines?: GuidelineText[];
  view: CaseView;
  mode: "triage" | "revise";
  decide: FormAction<unknown>;
  redact: FormAction<{ placeholder: string }>;
  renew: FormAction<{ leaseExpiresAt: string }>;
  undoSkip?: FormAction<{ restored: boolean }>;
}) {
  const router = useRouter();
  const toast = useToast();
  const [scrub, setScrub] = useState<{ text: string; placeholder: string; n: number } | null>(null);
  const [leaseLost, setLeaseLost] = useState(false);
  const [sessionEnded, setSessionEnded] = useState(false);
  const transcriptRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!nextCaseTakesFocus) return;
    nextCaseTakesFocus = false;
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [view.id]);

  const renewLease = useCallback(async () => {
    const form = new FormData();
    form.set("caseId", view.id);
    try {
      const result = await renew(null, form);
      if (!result.ok) setLeaseLost(true);
      return result.ok;
    } catch {
      // The session ended (the request was sent to the login page) or the network dropped.
      if (!(await stillSignedIn())) setSessionEnded(true);
      return false;
    }
  }, [renew, view.id]);
  useLeaseRenewal(mode === "triage", renewLease);

  const onRedacted = useCallback((text: string, placeholder: string) => setScrub((s) => ({ text, placeholder, n: (s?.n ?? 0) + 1 })), []);

  const onDecided = (result: Extract<ActionResult<unknown>, { ok: true }>, intent: Intent) => {
    nextCaseTakesFocus = true;
    // The toast names the case it is about: the screen already shows the next one.
    const message = `Case ${view.id.slice(0, 8)}: ${result.message ?? "Saved."}`;
    if (intent === "skip" && undoSkip) {
      const skipped = view.id;
      toast({
        message,
        tone: "info",
        action: {
          label: "Undo",
          run: async () => {
            const form = new FormData();
            form.set("caseId", skipped);
            nextCaseTakesFocus = true;
            try {
              const undone = await undoSkip(null, form);
              // The case didn't come back (a colleague has it): the page stays as it is.
              if (!undone.ok || !undone.data?.restored) nextCaseTakesFocus = false;
              toast(undone.ok ? { message: undone.message ?? "Skip undone.", tone: "info" } : { message: undone.error, tone: "error" });
            } catch {
              nextCaseTakesFocus = false;
              toast({ message: "The skip couldn't be undone: the server couldn't be reached.", tone: "error" });
            }
          },
        },
      });
    } else {
      toast({ message });
    }
    if (mode === "revise") router.push("/queue");
  };

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] xl:grid-cols-[minmax(0,1fr)_27rem]">
      <div className="min-w-0">
        {header}
        <article aria-label="Case" className="space-y-4">
          <div className="flex items-baseline justify-between gap-3">
            <h2 ref={headingRef} tabIndex={-1} className="min-w-0 text-sm font-semibold break-words text-slate-700">
              Case <span className="font-mono">{view.id.slice(0, 8)}</span> · {view.sourceName} · {view.batchWeek}
              {view.origin !== "MINED" ? <span className="ml-2 rounded bg-violet-100 px-1.5 py-0.5 text-xs font-medium text-violet-900">{CASE_ORIGIN_LABEL[view.origin]}</span> : null}
            </h2>
            {/* On a phone the decision panel follows the case: one tap away. */}
            <a href="#decision" className="shrink-0 text-sm font-medium text-slate-900 underline lg:hidden">
              Go to the decision
            </a>
          </div>
          {leaseLost ? (
            <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
              Your claim on this case expired and it went back to the queue. Your draft is kept in this tab; reload to get a case.
            </p>
          ) : null}
          <CaseSignals view={view} />
          <div ref={transcriptRef}>
            <Transcript messages={view.input.messages ?? []} output={view.output} />
          </div>
          <RedactPanel target={{ field: "caseId", id: view.id }} action={redact} scope={transcriptRef} onRedacted={onRedacted} />
          <CaseFacts view={view} />
        </article>
      </div>
      {/* At most a screen tall: the decision keeps its size and the guideline under it scrolls
          on its own (it was cut off at the bottom of the screen for as long as the case scrolled). */}
      <div className="min-w-0 space-y-4 lg:sticky lg:top-4 lg:flex lg:max-h-[calc(100vh-2rem)] lg:flex-col lg:overflow-y-auto">
        {sessionEnded ? (
          <p role="alert" className="mb-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
            Your session has ended. Your draft of this case is kept in this tab. <SignInAgainLink />
          </p>
        ) : null}
        <DecisionForm key={view.id} view={view} mode={mode} decide={decide} onDecided={onDecided} scrub={scrub} guidelines={guidelines} />
      </div>
    </div>
  );
}
