"use client";

import type { FormAction } from "@/components/ui/action-outcome";
import { FormMessage } from "@/components/ui/form-message";
import { Field, Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useFields } from "@/components/ui/use-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { useToast } from "@/components/ui/toast";

/** The team's "away after": hours without a claim before a reviewer's assigned cases go to the shared pool. */
export function StaleHoursForm({ action, hours }: { action: FormAction; hours: number }) {
  const toast = useToast();
  const { field } = useFields({ hours: String(hours) });
  const { state, pending, form } = useFormAction(action, { fields: ["hours"], onSuccess: (result) => result.message && toast({ message: result.message }) });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...form} aria-label="Away after" className="flex flex-wrap items-end gap-3">
      <Field compact label="Assignments go back to the pool after (hours without a claim)" errors={errors?.hours}>
        <Input compact {...field("hours")} type="number" min={1} max={720} className="w-24" />
      </Field>
      <Button type="submit" size="sm" disabled={pending}>
        Save
      </Button>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}
