"use client";

import type { FormAction } from "@/components/ui/action-outcome";
import { FormActions } from "@/components/ui/form-actions";
import { Field, Options, Select, Textarea } from "@/components/ui/field";
import { useFields } from "@/components/ui/use-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { SourceAndOrigin } from "./source-and-origin";
import { CATEGORY_LABEL } from "@/lib/core/labels";
import { CATEGORIES } from "@/lib/evalset/categories";

const FIELDS = ["sourceId", "origin", "system", "user", "expectedOutput", "category"] as const;

/**
 * One case written by a lead: the conversation (an optional system prompt and the user's
 * message), an optional expected output and category. It joins the queue like a mined
 * case; a reviewer still decides it. Clears after a success, keeps everything after a failure.
 */
export function AddCaseForm({ action, sources }: { action: FormAction; sources: { id: string; name: string }[] }) {
  const { field, reset } = useFields({ sourceId: sources[0]?.id ?? "", origin: "HAND_WRITTEN", system: "", user: "", expectedOutput: "", category: "" });
  const { state, pending, form } = useFormAction(action, { fields: FIELDS, onSuccess: reset });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...form} noValidate aria-label="Add a case" className="grid grid-cols-1 gap-3 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
      <h2 className="text-base font-semibold sm:col-span-2">Add a case by hand</h2>
      <SourceAndOrigin sources={sources} source={field("sourceId")} origin={field("origin")} errors={errors} />
      <Field label="System message (optional)" className="sm:col-span-2" errors={errors?.system}>
        <Textarea {...field("system")} rows={2} />
      </Field>
      <Field label="User message" className="sm:col-span-2" hint="Redacted like production traffic before it is stored." errors={errors?.user}>
        <Textarea {...field("user")} rows={4} aria-required="true" />
      </Field>
      <Field label="Expected output (optional)" className="sm:col-span-2" hint="The reviewer starts from it and still decides." errors={errors?.expectedOutput}>
        <Textarea {...field("expectedOutput")} rows={3} />
      </Field>
      <Field label="Category (optional)" errors={errors?.category}>
        <Select {...field("category")}>
          <Options placeholder="Let the reviewer choose" choices={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABEL[c] }))} />
        </Select>
      </Field>
      <FormActions submitLabel="Add to the queue" pending={pending} state={state} className="sm:col-span-2" />
    </form>
  );
}
