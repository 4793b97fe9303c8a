"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import { FormMessage } from "@/components/ui/form-message";
import { Field, Input, Options, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

/** Sets the weekly target band overall or for one source (empty band: the source uses the overall one). */
export function TargetForm({ action, sources, overall }: { action: Action; sources: { id: string; name: string }[]; overall: { min: number; max: number } }) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} aria-label="Weekly target" className="flex flex-wrap items-end gap-3">
      <Field compact label="Applies to">
        <Select compact name="scope" defaultValue="overall">
          <Options choices={[{ value: "overall", label: "All sources (overall)" }, ...sources.map((s) => ({ value: s.id, label: s.name }))]} />
        </Select>
      </Field>
      <Field compact label="Minimum per week" errors={errors?.min}>
        <Input compact name="min" type="number" min={0} defaultValue={overall.min} className="w-24" />
      </Field>
      <Field compact label="Maximum per week" errors={errors?.max}>
        <Input compact name="max" type="number" min={0} defaultValue={overall.max} className="w-24" />
      </Field>
      <Button type="submit" size="sm" disabled={pending}>
        Save target
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
