"use client";

import type { ActionResult } from "@/lib/errors/answers";
import type { FormAction } from "@/components/ui/action-outcome";
import { useFormAction } from "@/components/ui/use-form-action";
import { useFields } from "@/components/ui/use-fields";
import { FormActions } from "@/components/ui/form-actions";
import { Field, Input, Select } from "@/components/ui/field";
import { ButtonForm } from "@/components/ui/button-form";
import type { RuleView } from "./mining-rules-form";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

const OPERATORS: Record<string, string> = { equals: "equals", contains: "contains", lt: "<", gt: ">" };

const EMPTY = { name: "", path: "", op: "equals", value: "" };

/**
 * Custom rules: a metadata path compared with equals / contains / < / >; a match adds reason
 * "custom:<name>". A refused rule keeps what was typed, marked where the server says; an
 * added one clears the form.
 */
export function CustomRules({ addAction, deleteAction, sourceId, rules }: { addAction: FormAction; deleteAction: Action; sourceId: string; rules: RuleView[] }) {
  const { field, reset } = useFields(EMPTY);
  const { state, pending, form } = useFormAction(addAction, { fields: Object.keys(EMPTY), onSuccess: () => reset() });
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
      <form {...form} noValidate aria-label="Add custom rule" className="grid gap-3 sm:grid-cols-4">
        <input type="hidden" name="sourceId" value={sourceId} />
        <Field label="Rule name" errors={errors?.name}>
          <Input {...field("name")} aria-required="true" />
        </Field>
        <Field label="Metadata path" errors={errors?.path} hint="e.g. route, feedback.comment, tags">
          <Input {...field("path")} aria-required="true" />
        </Field>
        <Field label="Operator" errors={errors?.op}>
          <Select {...field("op")}>
            <option value="equals">equals</option>
            <option value="contains">contains</option>
            <option value="lt">less than</option>
            <option value="gt">greater than</option>
          </Select>
        </Field>
        <Field label="Value" errors={errors?.value}>
          <Input {...field("value")} aria-required="true" />
        </Field>
        <FormActions submitLabel="Add rule" pending={pending} state={state} className="sm:col-span-4" />
      </form>
    </div>
  );
}
