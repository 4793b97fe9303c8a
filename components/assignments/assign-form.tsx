"use client";

import { useState } from "react";
import type { FormAction } from "@/components/ui/action-outcome";
import { FormMessage } from "@/components/ui/form-message";
import { Checkbox, Field, Input, Options, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/form-message";
import { useFields } from "@/components/ui/use-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { useToast } from "@/components/ui/toast";

interface Choice {
  id: string;
  label: string;
}

const SCOPES = [
  { value: "batch", label: "A week's batch" },
  { value: "source", label: "A source" },
  { value: "share", label: "A share of the unassigned queue" },
];

/**
 * Assigns pending cases to one or more reviewers: a week's batch, a source, or a share
 * of the unassigned queue. The chosen reviewers travel as one comma-separated field (a
 * form action reads one value per name).
 */
export function AssignForm({ action, batches, sources, reviewers }: { action: FormAction; batches: Choice[]; sources: Choice[]; reviewers: Choice[] }) {
  const toast = useToast();
  const { values, field } = useFields({ scope: "batch", batchId: batches[0]?.id ?? "", sourceId: sources[0]?.id ?? "", sharePercent: "25" });
  const [chosen, setChosen] = useState<string[]>([]);
  const { state, pending, form } = useFormAction(action, {
    fields: ["scope", "batchId", "sourceId", "sharePercent", "reviewerIds"],
    onSuccess: (result) => result.message && toast({ message: result.message }),
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const toggle = (id: string, on: boolean) => setChosen((current) => (on ? [...current, id] : current.filter((c) => c !== id)));
  return (
    // noValidate: an out-of-range share gets the server's message beside the field, like every other form.
    <form {...form} noValidate aria-label="Assign cases" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-end gap-3">
        <Field label="Assign" errors={errors?.scope}>
          <Select {...field("scope")}>
            <Options choices={SCOPES} />
          </Select>
        </Field>
        {values.scope === "batch" ? (
          <Field label="Week" errors={errors?.batchId}>
            <Select {...field("batchId")}>
              <Options placeholder="Pick a week" choices={batches.map((b) => ({ value: b.id, label: b.label }))} />
            </Select>
          </Field>
        ) : values.scope === "source" ? (
          <Field label="Source" errors={errors?.sourceId}>
            <Select {...field("sourceId")}>
              <Options placeholder="Pick a source" choices={sources.map((s) => ({ value: s.id, label: s.label }))} />
            </Select>
          </Field>
        ) : (
          <Field label="Share (%)" hint="Taken from the front of the queue" errors={errors?.sharePercent}>
            <Input {...field("sharePercent")} type="number" min={1} max={100} className="w-24" />
          </Field>
        )}
      </div>
      <fieldset aria-invalid={errors?.reviewerIds ? true : undefined} aria-describedby={errors?.reviewerIds ? "assign-reviewers-error" : undefined}>
        <legend className="mb-1 text-sm font-medium">To reviewers (cases are dealt out in turn)</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-1">
          {reviewers.map((r) => (
            <Checkbox key={r.id} label={r.label} checked={chosen.includes(r.id)} onChange={(event) => toggle(r.id, event.target.checked)} />
          ))}
        </div>
        <FieldError id="assign-reviewers-error" errors={errors?.reviewerIds} />
      </fieldset>
      <input type="hidden" name="reviewerIds" value={chosen.join(",")} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          Assign
        </Button>
        <FormMessage state={state && !state.ok ? state : null} />
      </div>
    </form>
  );
}
