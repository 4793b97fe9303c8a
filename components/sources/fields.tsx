import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/form-message";

export const inputClass = "rounded-md border border-slate-300 px-3 py-2 text-sm font-normal focus:border-slate-500 focus:outline-none";
export const buttonClass = "rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60";

/** A labelled form field; the hint and error sit outside the label so the field's name is just `label`. */
export function Field({ label, errors, hint, children }: { label: string; errors?: string[]; hint?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label className="flex flex-col gap-1 text-sm font-medium">
        {label}
        {children}
      </label>
      {hint ? <span className="text-xs text-slate-500">{hint}</span> : null}
      <FieldError errors={errors} />
    </div>
  );
}

/** A one-time secret (a new API key) with a copy hint. */
export function SecretOnce({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <p className="font-medium">{label} (shown once; store it in your secret manager now)</p>
      <code aria-label={label} className="mt-1 block break-all font-mono text-xs">
        {value}
      </code>
    </div>
  );
}
