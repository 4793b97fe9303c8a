"use client";

import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/errors/answers";
import type { CaseView } from "@/lib/triage/queries";
import { FormMessage } from "@/components/ui/form-message";
import { Transcript } from "./transcript";
import { CaseFacts } from "./case-facts";
import { RedactPanel } from "./redact-panel";
import { DecisionForm } from "./decision-form";

type Action<T = unknown> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/**
 * The case page: transcript and facts on top, the redaction panel, then the decision
 * form. The form is keyed by case id, so the next case starts with fresh fields while
 * the outcome message of the previous decision stays announced.
 */
export function CaseWorkbench({
  view,
  mode,
  decide,
  redact,
  renew,
}: {
  view: CaseView;
  mode: "triage" | "revise";
  decide: Action;
  redact: Action<{ placeholder: string }>;
  renew: Action<{ leaseExpiresAt: string }>;
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(decide, null);
  const [scrub, setScrub] = useState<{ text: string; placeholder: string; n: number } | null>(null);
  const [leaseLost, setLeaseLost] = useState(false);
  const transcriptRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (mode === "revise" && state?.ok) router.push("/queue");
  }, [mode, state, router]);

  const renewLease = useCallback(async () => {
    const form = new FormData();
    form.set("caseId", view.id);
    const result = await renew(null, form);
    if (!result.ok) setLeaseLost(true);
    return result.ok;
  }, [renew, view.id]);

  const onRedacted = useCallback((text: string, placeholder: string) => setScrub((s) => ({ text, placeholder, n: (s?.n ?? 0) + 1 })), []);

  return (
    <article aria-label="Case" className="space-y-4">
      <div role="status" aria-live="polite" className="min-h-5">
        {state?.ok ? <p className="text-sm text-emerald-700">{state.message}</p> : null}
      </div>
      {state && !state.ok && !state.fieldErrors ? <FormMessage state={state} /> : null}
      {leaseLost ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          Your claim on this case expired and it went back to the queue. Reload to get a case.
        </p>
      ) : null}
      <h2 className="text-sm font-semibold text-slate-700">
        Case <span className="font-mono">{view.id.slice(0, 8)}</span> · {view.sourceName} · {view.batchWeek}
      </h2>
      <div ref={transcriptRef}>
        <Transcript messages={view.input.messages ?? []} output={view.output} />
      </div>
      <CaseFacts view={view} />
      <RedactPanel caseId={view.id} action={redact} scope={transcriptRef} onRedacted={onRedacted} />
      <DecisionForm key={view.id} view={view} mode={mode} action={formAction} pending={pending} state={state} scrub={scrub} renewLease={renewLease} />
    </article>
  );
}
