"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/auth/guard";
import { FormMessage, FieldError } from "@/components/ui/form-message";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

const inputClass = "rounded-md border border-slate-300 px-3 py-2 text-sm font-normal focus:border-slate-500 focus:outline-none";

const EMPTY = { email: "", name: "", role: "REVIEWER", password: "" };

export function CreateUserForm({ action }: { action: Action }) {
  // Controlled fields: React resets uncontrolled ones after every submission, which
  // would wipe what the admin typed whenever validation fails.
  const [values, setValues] = useState(EMPTY);
  const [state, formAction, pending] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    const result = await action(previous, form);
    if (result.ok) setValues(EMPTY);
    return result;
  }, null);
  const field = (name: keyof typeof EMPTY) => ({
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} aria-label="Create user" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
      <label className="flex flex-col gap-1 text-sm font-medium">
        Email
        <input {...field("email")} type="email" required className={inputClass} />
        <FieldError errors={errors?.email} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Name
        <input {...field("name")} required className={inputClass} />
        <FieldError errors={errors?.name} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Role
        <select {...field("role")} className={inputClass}>
          <option value="REVIEWER">Reviewer</option>
          <option value="LEAD">Lead</option>
          <option value="ADMIN">Admin</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Initial password
        <input {...field("password")} type="password" autoComplete="new-password" required className={inputClass} />
        <FieldError errors={errors?.password} />
      </label>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
          Create user
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
