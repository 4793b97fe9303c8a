"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import { FormActions } from "@/components/ui/form-actions";
import { Checkbox, Field, Input, Textarea } from "@/components/ui/field";
import { useKeepValuesSubmit } from "./use-keep-values";
import { SecretOnce } from "./secret-once";

type Created = { id: string; name: string; apiKey: string };
type Action = (previous: ActionResult<Created> | null, form: FormData) => Promise<ActionResult<Created>>;

/** New source: settings, the privacy cap, retention (required) and its policy text. */
export function CreateSourceForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = useKeepValuesSubmit(formAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const created = state?.ok ? state.data : undefined;
  return (
    <form onSubmit={onSubmit} aria-label="Create source" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
      <Field label="Name" errors={errors?.name}>
        <Input name="name" required />
      </Field>
      <Field label="Pull folder (optional)" errors={errors?.pullFolder} hint="Absolute path of a folder of .jsonl/.ndjson(.gz) files, read every minute.">
        <Input name="pullFolder" />
      </Field>
      <Field label="Sample rate" errors={errors?.sampleRate} hint="Share of records kept, 0 to 1.">
        <Input name="sampleRate" inputMode="decimal" defaultValue="0.1" required />
      </Field>
      <Field label="Maximum sample rate" errors={errors?.maxSampleRate} hint="The privacy commitment: the sample rate can never exceed it.">
        <Input name="maxSampleRate" inputMode="decimal" defaultValue="0.1" required />
      </Field>
      <Field label="Retention days" errors={errors?.retentionDays} hint="Required before the source can ingest (1 to 3650).">
        <Input name="retentionDays" inputMode="numeric" required />
      </Field>
      <Field label="Retention policy" errors={errors?.retentionPolicy} hint="What is kept, for how long, and why.">
        <Textarea name="retentionPolicy" required rows={2} />
      </Field>
      <Checkbox label="Active" name="active" defaultChecked />
      <FormActions submitLabel="Create source" pending={pending} state={state} className="sm:col-span-2">
        {created ? <Link href={`/admin/sources/${created.id}`} className="text-sm underline">Edit {created.name}</Link> : null}
      </FormActions>
      {created ? (
        <div className="sm:col-span-2">
          <SecretOnce label="Ingest API key" value={created.apiKey} />
        </div>
      ) : null}
    </form>
  );
}
