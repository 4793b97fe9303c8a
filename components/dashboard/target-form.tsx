"use client";

import type { FormAction } from "@/components/ui/action-outcome";
import { FormMessage } from "@/components/ui/form-message";
import { Field, Input, Options, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useFields } from "@/components/ui/use-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { useToast } from "@/components/ui/toast";

interface SourceBand {
  id: string;
  name: string;
  weeklyTargetMin: number | null;
  weeklyTargetMax: number | null;
}

/**
 * Sets the weekly target band overall or for one source. Choosing a scope loads its
 * saved band (empty for a source that uses the overall one); what was typed survives a
 * failed save.
 */
export function TargetForm({ action, sources, overall }: { action: FormAction; sources: SourceBand[]; overall: { min: number; max: number } }) {
  const toast = useToast();
  const { values, field, setValues } = useFields({ scope: "overall", min: String(overall.min), max: String(overall.max) });
  const { state, pending, form } = useFormAction(action, { fields: ["scope", "min", "max"], onSuccess: (result) => result.message && toast({ message: result.message }) });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const source = sources.find((s) => s.id === values.scope);
  const choose = (scope: string) => {
    const chosen = sources.find((s) => s.id === scope);
    const band = chosen ? { min: chosen.weeklyTargetMin, max: chosen.weeklyTargetMax } : overall;
    setValues({ scope, min: band.min === null ? "" : String(band.min), max: band.max === null ? "" : String(band.max) });
  };
  return (
    // noValidate: a negative count gets the server's message under the field, not the browser's bubble.
    <form {...form} noValidate aria-label="Weekly target" className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <Field compact label="Applies to" errors={errors?.scope}>
          <Select compact name="scope" value={values.scope} onChange={(event) => choose(event.target.value)}>
            <Options choices={[{ value: "overall", label: "All sources (overall)" }, ...sources.map((s) => ({ value: s.id, label: s.name }))]} />
          </Select>
        </Field>
        <Field compact label="Minimum per week" errors={errors?.min}>
          <Input compact {...field("min")} type="number" min={0} className="w-24" />
        </Field>
        <Field compact label="Maximum per week" errors={errors?.max}>
          <Input compact {...field("max")} type="number" min={0} className="w-24" />
        </Field>
        <Button type="submit" size="sm" disabled={pending}>
          Save target
        </Button>
      </div>
      {source ? (
        <p className="text-xs text-slate-600">
          {source.weeklyTargetMin === null ? `${source.name} has no band of its own and uses the overall one (${overall.min}-${overall.max}).` : `${source.name}'s own band is ${source.weeklyTargetMin}-${source.weeklyTargetMax}.`} Leave both
          empty to use the overall band.
        </p>
      ) : null}
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}
