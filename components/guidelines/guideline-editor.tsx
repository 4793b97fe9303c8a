"use client";

import type { Category } from "@/lib/generated/prisma/enums";
import type { FormAction } from "@/components/ui/action-outcome";
import { FormActions } from "@/components/ui/form-actions";
import { Field, Textarea } from "@/components/ui/field";
import { useFields } from "@/components/ui/use-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { CATEGORY_LABEL } from "@/lib/core/labels";
import { GUIDELINE_MAX_LENGTH } from "@/lib/guidelines/schemas";
import { GuidelineMarkdown } from "@/components/triage/guideline-markdown";

/** One category's guide: markdown on the left, the preview reviewers will see on the right. */
export function GuidelineEditor({ category, body, action }: { category: Category; body: string; action: FormAction }) {
  const { field, values } = useFields({ body });
  const { state, pending, form } = useFormAction(action, { fields: ["body"] });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const label = CATEGORY_LABEL[category];
  return (
    <form {...form} noValidate aria-label={`${label} guideline`} className="mt-3 grid grid-cols-1 gap-3 lg:grid-cols-2">
      <input type="hidden" name="category" value={category} />
      <Field label={`${label} guide (markdown)`} hint={`**bold**, *italic*, \`code\`, - lists, [links](https://…); at most ${GUIDELINE_MAX_LENGTH.toLocaleString("en")} characters.`} errors={errors?.body}>
        <Textarea {...field("body")} rows={8} />
      </Field>
      <div className="text-sm">
        <p className="mb-1 font-medium">Preview</p>
        <div className="min-h-24 rounded-md border border-dashed border-slate-300 p-3">
          {values.body.trim() ? <GuidelineMarkdown source={values.body} className="break-words" /> : <p className="text-slate-500">Empty: reviewers see only the definition.</p>}
        </div>
      </div>
      <FormActions submitLabel={`Save the ${label} guide`} pending={pending} state={state} className="lg:col-span-2" />
    </form>
  );
}
