"use client";

import type { FormAction } from "@/components/ui/action-outcome";
import { useFormAction } from "@/components/ui/use-form-action";
import { FormActions } from "@/components/ui/form-actions";
import { Checkbox, Field, Input } from "@/components/ui/field";

const FIELDS = ["name", "pullFolder", "sampleRate", "maxSampleRate", "description", "active"];

interface SourceSettings {
  id: string;
  name: string;
  description: string | null;
  sampleRate: number;
  maxSampleRate: number;
  pullFolder: string | null;
  active: boolean;
}

/**
 * Edits a source's settings; retention is shown read-only by the page (owned by /admin/retention).
 * A failed save keeps what was typed and focuses the first field the server marked.
 */
export function EditSourceForm({ action, source }: { action: FormAction; source: SourceSettings }) {
  const { state, pending, form } = useFormAction(action, { fields: FIELDS });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...form} noValidate aria-label="Edit source" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
      <input type="hidden" name="sourceId" value={source.id} />
      <Field label="Name" errors={errors?.name}>
        <Input name="name" defaultValue={source.name} aria-required="true" />
      </Field>
      <Field label="Pull folder (optional)" errors={errors?.pullFolder}>
        <Input name="pullFolder" defaultValue={source.pullFolder ?? ""} />
      </Field>
      <Field label="Sample rate" errors={errors?.sampleRate}>
        <Input name="sampleRate" inputMode="decimal" defaultValue={String(source.sampleRate)} aria-required="true" />
      </Field>
      <Field label="Maximum sample rate" errors={errors?.maxSampleRate} hint="The privacy commitment: the sample rate can never exceed it.">
        <Input name="maxSampleRate" inputMode="decimal" defaultValue={String(source.maxSampleRate)} aria-required="true" />
      </Field>
      <Field label="Description" errors={errors?.description}>
        <Input name="description" defaultValue={source.description ?? ""} />
      </Field>
      <Checkbox label="Active" name="active" defaultChecked={source.active} />
      <FormActions submitLabel="Save source" pending={pending} state={state} className="sm:col-span-2" />
    </form>
  );
}
