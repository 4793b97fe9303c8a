"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import { FormActions } from "@/components/ui/form-actions";
import { Checkbox, Field, Input } from "@/components/ui/field";
import { useKeepValuesSubmit } from "./use-keep-values";

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
      <Checkbox className="sm:col-span-2" label="Failure (error set, span status ERROR, finish reason error or content_filter)" name="failureEnabled" defaultChecked={on("FAILURE")} />
      <Checkbox label="Low confidence" name="lowConfidenceEnabled" defaultChecked={on("LOW_CONFIDENCE")} />
      <Field label="Confidence below" errors={errors?.lowConfidenceThreshold}>
        <Input name="lowConfidenceThreshold" inputMode="decimal" defaultValue={config("LOW_CONFIDENCE", "threshold", "0.5")} />
      </Field>
      <Checkbox label="Escalation (escalated flag or tag)" name="escalationEnabled" defaultChecked={on("ESCALATION")} />
      <Field label="Escalation tag" errors={errors?.escalationTag}>
        <Input name="escalationTag" defaultValue={config("ESCALATION", "tag", "escalated")} />
      </Field>
      <Checkbox label="Negative feedback" name="negativeFeedbackEnabled" defaultChecked={on("NEGATIVE_FEEDBACK")} />
      <Field label="Feedback score at or below" errors={errors?.negativeFeedbackThreshold}>
        <Input name="negativeFeedbackThreshold" inputMode="decimal" defaultValue={config("NEGATIVE_FEEDBACK", "threshold", "0")} />
      </Field>
      <FormActions submitLabel="Save rules" pending={pending} state={state} className="sm:col-span-2" />
    </form>
  );
}
