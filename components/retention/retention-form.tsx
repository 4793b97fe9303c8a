"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import { formatCount, isoDay } from "@/lib/core/format";
import { FormActions } from "@/components/ui/form-actions";
import { Field, Input, Textarea } from "@/components/ui/field";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

/** One source's retention period and policy; saving is audited with old and new values. */
export function RetentionForm({
  action,
  source,
}: {
  action: Action;
  source: { id: string; name: string; retentionDays: number | null; retentionPolicy: string | null; storedLogs: number; oldestLogAt: Date | null };
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} aria-label={`Retention for ${source.name}`} className="grid gap-3 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-[12rem_1fr]">
      <input type="hidden" name="sourceId" value={source.id} />
      <div className="flex flex-wrap items-baseline gap-x-3 sm:col-span-2">
        <h2 className="font-medium">{source.name}</h2>
        <p className="text-xs text-slate-600">
          {formatCount(source.storedLogs)} logs stored (as of the last dashboard refresh)
          {source.oldestLogAt ? `; oldest received ${isoDay(source.oldestLogAt)}` : ""}
        </p>
      </div>
      <Field label="Retention (days)" errors={errors?.retentionDays}>
        <Input name="retentionDays" type="number" min={1} max={3650} required defaultValue={source.retentionDays ?? ""} />
      </Field>
      <Field label="Policy" errors={errors?.retentionPolicy}>
        <Textarea name="retentionPolicy" rows={2} required defaultValue={source.retentionPolicy ?? ""} />
      </Field>
      <FormActions submitLabel="Save retention" pending={pending} state={state} className="sm:col-span-2" />
    </form>
  );
}
