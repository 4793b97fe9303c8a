"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/guard";
import { FormMessage } from "@/components/ui/form-message";
import { useKeepValuesSubmit } from "./use-keep-values";
import { buttonClass, Field, inputClass } from "./fields";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

export interface RuleView {
  id: string;
  kind: string;
  name: string;
  enabled: boolean;
  config: Record<string, unknown>;
}

/** The four built-in rules: on/off plus their thresholds, saved together. */
export function MiningRulesForm({ action, sourceId, rules }: { action: Action; sourceId: string; rules: RuleView[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = useKeepValuesSubmit(formAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const rule = (kind: string) => rules.find((r) => r.kind === kind);
  const on = (kind: string) => rule(kind)?.enabled ?? false;
  const config = (kind: string, key: string, fallback: string) => String(rule(kind)?.config[key] ?? fallback);
  return (
    <form onSubmit={onSubmit} aria-label="Built-in mining rules" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
      <input type="hidden" name="sourceId" value={sourceId} />
      <label className="flex items-center gap-2 text-sm font-medium sm:col-span-2">
        <input type="checkbox" name="failureEnabled" defaultChecked={on("FAILURE")} /> Failure (error set, span status ERROR, finish reason error or content_filter)
      </label>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="lowConfidenceEnabled" defaultChecked={on("LOW_CONFIDENCE")} /> Low confidence
      </label>
      <Field label="Confidence below" errors={errors?.lowConfidenceThreshold}>
        <input name="lowConfidenceThreshold" inputMode="decimal" defaultValue={config("LOW_CONFIDENCE", "threshold", "0.5")} className={inputClass} />
      </Field>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="escalationEnabled" defaultChecked={on("ESCALATION")} /> Escalation (escalated flag or tag)
      </label>
      <Field label="Escalation tag" errors={errors?.escalationTag}>
        <input name="escalationTag" defaultValue={config("ESCALATION", "tag", "escalated")} className={inputClass} />
      </Field>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="negativeFeedbackEnabled" defaultChecked={on("NEGATIVE_FEEDBACK")} /> Negative feedback
      </label>
      <Field label="Feedback score at or below" errors={errors?.negativeFeedbackThreshold}>
        <input name="negativeFeedbackThreshold" inputMode="decimal" defaultValue={config("NEGATIVE_FEEDBACK", "threshold", "0")} className={inputClass} />
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className={buttonClass}>
          Save rules
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
