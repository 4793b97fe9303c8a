"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import { FormActions } from "@/components/ui/form-actions";
import { Field, Input, Select } from "@/components/ui/field";
import { ButtonForm } from "@/components/ui/button-form";
import type { RuleView } from "./mining-rules-form";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

const OPERATORS: Record<string, string> = { equals: "equals", contains: "contains", lt: "<", gt: ">" };

/** Custom rules: a metadata path compared with equals / contains / < / >; a match adds reason "custom:<name>". */
export function CustomRules({ addAction, deleteAction, sourceId, rules }: { addAction: Action; deleteAction: Action; sourceId: string; rules: RuleView[] }) {
  const [state, formAction, pending] = useActionState(addAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <div className="mt-4 rounded-xl border border-slate-200 bg-white p-5">
      <h3 className="mb-2 font-medium">Custom rules</h3>
      {rules.length ? (
        <ul aria-label="Custom rules" className="mb-4 divide-y divide-slate-100 text-sm">
          {rules.map((rule) => (
            <li key={rule.id} className="flex items-center justify-between gap-3 py-2">
              <span>
                <span className="font-medium">{rule.name}</span>: <code>metadata.{String(rule.config.path)}</code> {OPERATORS[String(rule.config.op)] ?? String(rule.config.op)}{" "}
                <code>{JSON.stringify(rule.config.value)}</code>
              </span>
              <ButtonForm action={deleteAction} fields={{ sourceId, ruleId: rule.id }} variant="dangerOutline" size="sm" aria-label={`Delete rule ${rule.name}`}>
                Delete
              </ButtonForm>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-4 text-sm text-slate-500">No custom rules.</p>
      )}
      <form action={formAction} aria-label="Add custom rule" className="grid gap-3 sm:grid-cols-4">
        <input type="hidden" name="sourceId" value={sourceId} />
        <Field label="Rule name" errors={errors?.name}>
          <Input name="name" required />
        </Field>
        <Field label="Metadata path" errors={errors?.path} hint="e.g. route, feedback.comment, tags">
          <Input name="path" required />
        </Field>
        <Field label="Operator" errors={errors?.op}>
          <Select name="op" defaultValue="equals">
            <option value="equals">equals</option>
            <option value="contains">contains</option>
            <option value="lt">less than</option>
            <option value="gt">greater than</option>
          </Select>
        </Field>
        <Field label="Value" errors={errors?.value}>
          <Input name="value" required />
        </Field>
        <FormActions submitLabel="Add rule" pending={pending} state={state} className="sm:col-span-4" />
      </form>
    </div>
  );
}
