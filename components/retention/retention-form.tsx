"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/guard";
import { formatCount, isoDay } from "@/lib/core/format";
import { FieldError, FormMessage } from "@/components/ui/form-message";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

const inputClass = "rounded-md border border-slate-300 px-3 py-2 text-sm font-normal focus:border-slate-500 focus:outline-none";

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
      <label className="flex flex-col gap-1 text-sm font-medium">
        Retention (days)
        <input name="retentionDays" type="number" min={1} max={3650} required defaultValue={source.retentionDays ?? ""} className={inputClass} />
        <FieldError errors={errors?.retentionDays} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Policy
        <textarea name="retentionPolicy" rows={2} required defaultValue={source.retentionPolicy ?? ""} className={inputClass} />
        <FieldError errors={errors?.retentionPolicy} />
      </label>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
          Save retention
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
