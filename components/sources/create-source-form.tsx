"use client";

import Link from "next/link";
import { useState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import type { ApiScope } from "@/lib/auth/permissions";
import type { FormAction } from "@/components/ui/action-outcome";
import { useFormAction } from "@/components/ui/use-form-action";
import { useFields } from "@/components/ui/use-fields";
import { FormActions } from "@/components/ui/form-actions";
import { Checkbox, Field, Input, Textarea } from "@/components/ui/field";
import { DEFAULT_MAX_SAMPLE_RATE, DEFAULT_SAMPLE_RATE } from "@/lib/sources/schemas";
import { explainSampleRate } from "@/lib/sources/sample-rate-explainer";
import { NewKey } from "./new-key";

type Created = { id: string; name: string; apiKey: string; scopes: ApiScope[] };

const EMPTY = { name: "", pullFolder: "", sampleRate: String(DEFAULT_SAMPLE_RATE), maxSampleRate: String(DEFAULT_MAX_SAMPLE_RATE), retentionDays: "", retentionPolicy: "" };
const FIELDS = [...Object.keys(EMPTY), "active"];

/**
 * New source: settings, the privacy cap, retention (required) and its policy text. A failed
 * try keeps what was typed; a success clears the form and shows the source's ingest key
 * once, with a ready snippet and the way to its setup page.
 */
export function CreateSourceForm({ action, origin }: { action: FormAction<Created>; origin: string }) {
  const { field, values, reset } = useFields(EMPTY);
  const explained = explainSampleRate(values.sampleRate, values.maxSampleRate);
  const [active, setActive] = useState(true);
  const [created, setCreated] = useState<Created | null>(null);
  const { state, pending, form } = useFormAction(action, {
    fields: FIELDS,
    onSuccess: (result: Extract<ActionResult<Created>, { ok: true }>) => {
      setCreated(result.data ?? null);
      reset();
      setActive(true);
    },
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    // noValidate: blank or bad fields get the server's messages beside them (red border, focus), not the browser's bubble.
    <form {...form} noValidate aria-label="Create source" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
      <Field label="Name" errors={errors?.name}>
        <Input {...field("name")} aria-required="true" />
      </Field>
      <Field label="Pull folder (optional)" errors={errors?.pullFolder} hint="Absolute path of a folder of .jsonl/.ndjson(.gz) files, read every minute.">
        <Input {...field("pullFolder")} />
      </Field>
      <Field label="Sample rate" errors={errors?.sampleRate} hint="Share of records kept, 0 to 1.">
        <Input {...field("sampleRate")} inputMode="decimal" aria-required="true" />
      </Field>
      <Field label="Maximum sample rate" errors={errors?.maxSampleRate} hint="The privacy commitment: the sample rate can never exceed it.">
        <Input {...field("maxSampleRate")} inputMode="decimal" aria-required="true" />
      </Field>
      {explained ? (
        <p className="text-sm text-slate-600 sm:col-span-2" data-testid="sample-rate-explained">
          {explained}
        </p>
      ) : null}
      <Field label="Retention days" errors={errors?.retentionDays} hint="Required before the source can ingest (1 to 3650).">
        <Input {...field("retentionDays")} inputMode="numeric" aria-required="true" />
      </Field>
      <Field label="Retention policy" errors={errors?.retentionPolicy} hint="What is kept, for how long, and why.">
        <Textarea {...field("retentionPolicy")} aria-required="true" rows={2} />
      </Field>
      <Checkbox label="Active" name="active" checked={active} onChange={(event) => setActive(event.target.checked)} />
      <FormActions submitLabel="Create source" pending={pending} state={state} className="sm:col-span-2">
        {created ? (
          <Link href={`/admin/sources/${created.id}`} className="text-sm underline">
            Set up {created.name}: connect your app and watch its health
          </Link>
        ) : null}
      </FormActions>
      {created ? (
        <div className="sm:col-span-2">
          <NewKey label="Ingest API key" apiKey={created.apiKey} scopes={created.scopes} origin={origin} />
        </div>
      ) : null}
    </form>
  );
}
