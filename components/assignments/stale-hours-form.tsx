"use client";

import type { FormAction } from "@/components/ui/action-outcome";
import { FormMessage } from "@/components/ui/form-message";
import { Field, Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useFields } from "@/components/ui/use-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { useToast } from "@/components/ui/toast";

/**
 * The team's "away after": hours without a claim before a reviewer's assigned cases go to
 * the shared pool. Save sits right beside the hours; a bad value gets the server's message
 * under the field (noValidate: no browser bubble), marked and focused like every other form.
 */
export function StaleHoursForm({ action, hours }: { action: FormAction; hours: number }) {
  const toast = useToast();
  const { field } = useFields({ hours: String(hours) });
  const { state, pending, form } = useFormAction(action, { fields: ["hours"], onSuccess: (result) => result.message && toast({ message: result.message }) });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...form} noValidate aria-label="Away after" className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">A reviewer&apos;s assigned cases go back to the shared pool after this many hours without a claim.</p>
      <div className="flex flex-wrap items-start gap-2">
        {/* A label no wider than the input, so Save sits right beside it; the sentence above says what the hours are. */}
        <Field compact label="Hours" hint="1 to 720" errors={errors?.hours}>
          <Input compact {...field("hours")} type="number" inputMode="numeric" min={1} max={720} className="w-24" />
        </Field>
        {/* Level with the input: the compact label above it is one line of text-xs plus the gap. */}
        <Button type="submit" size="sm" disabled={pending} className="mt-5">
          Save
        </Button>
      </div>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}
