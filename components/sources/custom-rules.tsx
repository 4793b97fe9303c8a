"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/guard";
import { FormMessage } from "@/components/ui/form-message";
import { buttonClass, Field, inputClass } from "./fields";
import type { RuleView } from "./mining-rules-form";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

const OPERATORS: Record<string, string> = { equals: "equals", contains: "contains", lt: "<", gt: ">" };

function DeleteRule({ action, sourceId, rule }: { action: Action; sourceId: string; rule: RuleView }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="ruleId" value={rule.id} />
      <button type="submit" disabled={pending} aria-label={`Delete rule ${rule.name}`} className="rounded-md border border-red-300 px-2 py-1 text-sm text-red-700 hover:bg-red-50">
        Delete
      </button>
      <FormMessage state={state} />
    </form>
  );
}

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
              <DeleteRule action={deleteAction} sourceId={sourceId} rule={rule} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-4 text-sm text-slate-500">No custom rules.</p>
      )}
      <form action={formAction} aria-label="Add custom rule" className="grid gap-3 sm:grid-cols-4">
        <input type="hidden" name="sourceId" value={sourceId} />
        <Field label="Rule name" errors={errors?.name}>
          <input name="name" required className={inputClass} />
        </Field>
        <Field label="Metadata path" errors={errors?.path} hint="e.g. route, feedback.comment, tags">
          <input name="path" required className={inputClass} />
        </Field>
        <Field label="Operator" errors={errors?.op}>
          <select name="op" defaultValue="equals" className={inputClass}>
            <option value="equals">equals</option>
            <option value="contains">contains</option>
            <option value="lt">less than</option>
            <option value="gt">greater than</option>
          </select>
        </Field>
        <Field label="Value" errors={errors?.value}>
          <input name="value" required className={inputClass} />
        </Field>
        <div className="flex items-center gap-3 sm:col-span-4">
          <button type="submit" disabled={pending} className={buttonClass}>
            Add rule
          </button>
          <FormMessage state={state} />
        </div>
      </form>
    </div>
  );
}
