"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import { FormActions } from "@/components/ui/form-actions";
import { Checkbox, Field, Input } from "@/components/ui/field";
import { DEFAULT_BASELINE_SHARE, DEFAULT_DRIFT_WEEKS } from "@/lib/mining/schemas";
import { useKeepValuesSubmit } from "./use-keep-values";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

export interface RuleView {
  id: string;
  kind: string;
  name: string;
  enabled: boolean;
  config: Record<string, unknown>;
}

/**
 * The built-in rules: on/off plus their settings, saved together. The last two mine healthy
 * traffic on purpose: baseline (a fixed share of sampled records) and drift (records unlike
 * anything the source sent in its last weeks).
 */
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
      <Checkbox label="Baseline (a share of all sampled records, whatever they look like)" name="baselineEnabled" defaultChecked={on("BASELINE")} />
      <Field label="Baseline share of sampled records" errors={errors?.baselineShare} hint="0 to 1; 0.02 mines 2 in every 100 sampled records, the same ones on every replay.">
        <Input name="baselineShare" inputMode="decimal" defaultValue={config("BASELINE", "share", String(DEFAULT_BASELINE_SHARE))} />
      </Field>
      <Checkbox label="Drift (unlike anything the source sent lately)" name="driftEnabled" defaultChecked={on("DRIFT")} />
      <Field label="Drift looks back (weeks)" errors={errors?.driftWeeks} hint="1 to 12, never past the source's retention.">
        <Input name="driftWeeks" inputMode="numeric" defaultValue={config("DRIFT", "weeks", String(DEFAULT_DRIFT_WEEKS))} />
      </Field>
      <FormActions submitLabel="Save rules" pending={pending} state={state} className="sm:col-span-2" />
    </form>
  );
}
