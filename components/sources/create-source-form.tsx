"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/guard";
import { FormMessage } from "@/components/ui/form-message";
import { useKeepValuesSubmit } from "./use-keep-values";
import { buttonClass, Field, inputClass, SecretOnce } from "./fields";

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
        <input name="name" required className={inputClass} />
      </Field>
      <Field label="Pull folder (optional)" errors={errors?.pullFolder} hint="Absolute path of a folder of .jsonl/.ndjson(.gz) files, read every minute.">
        <input name="pullFolder" className={inputClass} />
      </Field>
      <Field label="Sample rate" errors={errors?.sampleRate} hint="Share of records kept, 0 to 1.">
        <input name="sampleRate" inputMode="decimal" defaultValue="0.1" required className={inputClass} />
      </Field>
      <Field label="Maximum sample rate" errors={errors?.maxSampleRate} hint="The privacy commitment: the sample rate can never exceed it.">
        <input name="maxSampleRate" inputMode="decimal" defaultValue="0.1" required className={inputClass} />
      </Field>
      <Field label="Retention days" errors={errors?.retentionDays} hint="Required before the source can ingest (1 to 3650).">
        <input name="retentionDays" inputMode="numeric" required className={inputClass} />
      </Field>
      <Field label="Retention policy" errors={errors?.retentionPolicy} hint="What is kept, for how long, and why.">
        <textarea name="retentionPolicy" required rows={2} className={inputClass} />
      </Field>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="active" defaultChecked /> Active
      </label>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className={buttonClass}>
          Create source
        </button>
        <FormMessage state={state} />
        {created ? <Link href={`/admin/sources/${created.id}`} className="text-sm underline">Edit {created.name}</Link> : null}
      </div>
      {created ? (
        <div className="sm:col-span-2">
          <SecretOnce label="Ingest API key" value={created.apiKey} />
        </div>
      ) : null}
    </form>
  );
}
