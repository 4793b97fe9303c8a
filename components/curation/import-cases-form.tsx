"use client";

import type { FormAction } from "@/components/ui/action-outcome";
import { FormActions } from "@/components/ui/form-actions";
import { Field, Input } from "@/components/ui/field";
import { useFields } from "@/components/ui/use-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { SourceAndOrigin } from "./source-and-origin";
import { IMPORT_MAX_BYTES, IMPORT_MAX_CASES } from "@/lib/curation/schemas";
import type { ImportResult } from "@/lib/curation/import-cases";

const MAX_PROBLEMS_SHOWN = 50;

/**
 * Imports a JSONL or CSV file of cases. The outcome lists every line that was not
 * imported with the field to fix (the server never echoes a line's content).
 * `grid-cols-1` on a phone: an implicit grid column grows to the file input's natural
 * width and pushed the card past a 360px screen.
 */
export function ImportCasesForm({ action, sources }: { action: FormAction<ImportResult>; sources: { id: string; name: string }[] }) {
  const { field } = useFields({ sourceId: sources[0]?.id ?? "", origin: "SYNTHETIC" });
  const { state, pending, form } = useFormAction(action, { fields: ["sourceId", "origin", "file"] });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const problems = state?.ok ? (state.data?.problems ?? []) : [];
  return (
    <form {...form} noValidate aria-label="Import cases" className="grid grid-cols-1 gap-3 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
      <h2 className="text-base font-semibold sm:col-span-2">Import a file of cases</h2>
      <SourceAndOrigin sources={sources} source={field("sourceId")} origin={field("origin")} errors={errors} />
      <Field
        label="JSONL or CSV file"
        className="sm:col-span-2"
        hint={`At most ${IMPORT_MAX_BYTES / 1024} KB and ${IMPORT_MAX_CASES.toLocaleString("en")} cases. JSONL: one {"messages": [...], "expectedOutput": "...", "category": "EDGE_CASE"} per line ("input" may be the user's text). CSV: a header with input or input_messages, and optional system, expected_output, category.`}
        errors={errors?.file}
      >
        <Input type="file" name="file" className="w-full" accept=".jsonl,.ndjson,.json,.csv,text/csv,application/x-ndjson" />
      </Field>
      <FormActions submitLabel="Import" pending={pending} state={state} className="sm:col-span-2" />
      {problems.length ? (
        <div role="status" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900 sm:col-span-2">
          <p className="font-medium">Lines not imported</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
              <li key={`${p.line}-${p.field}-${i}`}>
                Line {p.line}, {p.field}: {p.message}
              </li>
            ))}
          </ul>
          {problems.length > MAX_PROBLEMS_SHOWN ? <p className="mt-1">…and {problems.length - MAX_PROBLEMS_SHOWN} more.</p> : null}
        </div>
      ) : null}
    </form>
  );
}
