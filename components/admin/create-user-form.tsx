"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import { FormActions } from "@/components/ui/form-actions";
import { Field, Input, Options, Select } from "@/components/ui/field";
import { ROLE_CHOICES } from "@/lib/core/labels";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

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
      <Field label="Email" errors={errors?.email}>
        <Input {...field("email")} type="email" required />
      </Field>
      <Field label="Name" errors={errors?.name}>
        <Input {...field("name")} required />
      </Field>
      <Field label="Role">
        <Select {...field("role")}>
          <Options choices={ROLE_CHOICES} />
        </Select>
      </Field>
      <Field label="Initial password" errors={errors?.password}>
        <Input {...field("password")} type="password" autoComplete="new-password" required />
      </Field>
      <FormActions submitLabel="Create user" pending={pending} state={state} className="sm:col-span-2" />
    </form>
  );
}
