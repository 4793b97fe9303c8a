"use client";

import type { FormAction } from "@/components/ui/action-outcome";
import { FormMessage } from "@/components/ui/form-message";
import { Field, Input, Options, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useFields } from "@/components/ui/use-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { useToast } from "@/components/ui/toast";

const MODES = [
  { value: "off", label: "Off: an accept is final" },
  { value: "all", label: "Every accepted case" },
  { value: "sample", label: "One accepted case in N" },
];

/**
 * A source's second review: off, every accepted case, or a deterministic sample of one in
 * N (the same case always gets the same answer), which keeps the cost down.
 */
export function SecondReviewForm({ action, sourceId, sourceName, every }: { action: FormAction; sourceId: string; sourceName?: string; every: number | null }) {
  const toast = useToast();
  const { values, field } = useFields({ mode: !every ? "off" : every === 1 ? "all" : "sample", every: every && every > 1 ? String(every) : "5" });
  const { state, pending, form } = useFormAction(action, { fields: ["mode", "every"], onSuccess: (result) => result.message && toast({ message: result.message }) });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...form} noValidate aria-label={sourceName ? `Second review of ${sourceName}` : "Second review"} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="sourceId" value={sourceId} />
      <Field compact label={sourceName ? `Second review of ${sourceName}` : "Second review"} errors={errors?.mode}>
        <Select compact {...field("mode")}>
          <Options choices={MODES} />
        </Select>
      </Field>
      {values.mode === "sample" ? (
        <Field compact label="N" errors={errors?.every}>
          <Input compact {...field("every")} type="number" min={2} max={1000} className="w-20" />
        </Field>
      ) : null}
      <Button type="submit" size="sm" disabled={pending}>
        Save
      </Button>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}
