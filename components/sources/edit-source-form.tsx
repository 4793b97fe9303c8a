"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import { FormActions } from "@/components/ui/form-actions";
import { Checkbox, Field, Input } from "@/components/ui/field";
import { useKeepValuesSubmit } from "./use-keep-values";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

interface SourceSettings {
  id: string;
  name: string;
  description: string | null;
  sampleRate: number;
  maxSampleRate: number;
  pullFolder: string | null;
  active: boolean;
}

/** Edits a source's settings; retention is shown read-only by the page (owned by /admin/retention). */
export function EditSourceForm({ action, source }: { action: Action; source: SourceSettings }) {
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = useKeepValuesSubmit(formAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} aria-label="Edit source" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
      <input type="hidden" name="sourceId" value={source.id} />
      <Field label="Name" errors={errors?.name}>
        <Input name="name" defaultValue={source.name} required />
      </Field>
      <Field label="Pull folder (optional)" errors={errors?.pullFolder}>
        <Input name="pullFolder" defaultValue={source.pullFolder ?? ""} />
      </Field>
      <Field label="Sample rate" errors={errors?.sampleRate}>
        <Input name="sampleRate" inputMode="decimal" defaultValue={String(source.sampleRate)} required />
      </Field>
      <Field label="Maximum sample rate" errors={errors?.maxSampleRate} hint="The privacy commitment: the sample rate can never exceed it.">
        <Input name="maxSampleRate" inputMode="decimal" defaultValue={String(source.maxSampleRate)} required />
      </Field>
      <Field label="Description" errors={errors?.description}>
        <Input name="description" defaultValue={source.description ?? ""} />
      </Field>
      <Checkbox label="Active" name="active" defaultChecked={source.active} />
      <FormActions submitLabel="Save source" pending={pending} state={state} className="sm:col-span-2" />
    </form>
  );
}
