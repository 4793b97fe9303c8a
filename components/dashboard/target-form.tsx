"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/guard";
import { FieldError, FormMessage } from "@/components/ui/form-message";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

const inputClass = "w-24 rounded-md border border-slate-300 px-2 py-1.5 text-sm font-normal";

/** Sets the weekly target band overall or for one source (empty band: the source uses the overall one). */
export function TargetForm({ action, sources, overall }: { action: Action; sources: { id: string; name: string }[]; overall: { min: number; max: number } }) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} aria-label="Weekly target" className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        Applies to
        <select name="scope" defaultValue="overall" className="rounded-md border border-slate-300 px-2 py-1.5 text-sm font-normal">
          <option value="overall">All sources (overall)</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        Minimum per week
        <input name="min" type="number" min={0} defaultValue={overall.min} className={inputClass} />
        <FieldError errors={errors?.min} />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        Maximum per week
        <input name="max" type="number" min={0} defaultValue={overall.max} className={inputClass} />
        <FieldError errors={errors?.max} />
      </label>
      <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
        Save target
      </button>
      <FormMessage state={state} />
    </form>
  );
}
