"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/guard";
import { FormMessage } from "@/components/ui/form-message";
import { useKeepValuesSubmit } from "./use-keep-values";
import { buttonClass, Field, inputClass } from "./fields";

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
        <input name="name" defaultValue={source.name} required className={inputClass} />
      </Field>
      <Field label="Pull folder (optional)" errors={errors?.pullFolder}>
        <input name="pullFolder" defaultValue={source.pullFolder ?? ""} className={inputClass} />
      </Field>
      <Field label="Sample rate" errors={errors?.sampleRate}>
        <input name="sampleRate" inputMode="decimal" defaultValue={String(source.sampleRate)} required className={inputClass} />
      </Field>
      <Field label="Maximum sample rate" errors={errors?.maxSampleRate} hint="The privacy commitment: the sample rate can never exceed it.">
        <input name="maxSampleRate" inputMode="decimal" defaultValue={String(source.maxSampleRate)} required className={inputClass} />
      </Field>
      <Field label="Description" errors={errors?.description}>
        <input name="description" defaultValue={source.description ?? ""} className={inputClass} />
      </Field>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="active" defaultChecked={source.active} /> Active
      </label>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className={buttonClass}>
          Save source
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
