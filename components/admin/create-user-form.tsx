"use client";

import type { FormAction } from "@/components/ui/action-outcome";
import { FormActions } from "@/components/ui/form-actions";
import { Field, Input, Options, Select } from "@/components/ui/field";
import { ROLE_CHOICES } from "@/lib/core/labels";
import { useFields } from "@/components/ui/use-fields";
import { useFormAction } from "@/components/ui/use-form-action";

const EMPTY = { email: "", name: "", role: "REVIEWER", password: "" };

/** A new account; what was typed stays after a failed try, the form clears after a success. */
export function CreateUserForm({ action, minPasswordLength }: { action: FormAction; minPasswordLength: number }) {
  const { field, reset } = useFields(EMPTY);
  const { state, pending, form } = useFormAction(action, { fields: ["email", "name", "role", "password"], onSuccess: reset });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    // noValidate: the server's messages mark the fields, in the app's style, with what was typed kept.
    <form {...form} noValidate aria-label="Create user" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
      <h2 className="text-base font-semibold sm:col-span-2">Create a user</h2>
      <Field label="Email" errors={errors?.email}>
        <Input {...field("email")} type="email" autoComplete="off" />
      </Field>
      <Field label="Name" errors={errors?.name}>
        <Input {...field("name")} />
      </Field>
      <Field label="Role" errors={errors?.role}>
        <Select {...field("role")}>
          <Options choices={ROLE_CHOICES} />
        </Select>
      </Field>
      <Field label="Initial password" hint={`At least ${minPasswordLength} characters. Send it to them privately.`} errors={errors?.password}>
        <Input {...field("password")} type="password" autoComplete="new-password" />
      </Field>
      <FormActions submitLabel="Create user" pending={pending} state={state} className="sm:col-span-2" />
    </form>
  );
}
