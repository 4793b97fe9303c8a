"use client";

import { useRouter } from "next/navigation";
import type { FormAction } from "@/components/ui/action-outcome";
import { FormMessage } from "@/components/ui/form-message";
import { Field, Options, Select, Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useFields } from "@/components/ui/use-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { useToast } from "@/components/ui/toast";
import { CATEGORY_LABEL } from "@/lib/core/labels";
import { CATEGORIES } from "@/lib/evalset/categories";

/**
 * The second reviewer's decision. The category starts empty on purpose: the agreement
 * figures compare it with the first reviewer's, which a preselected answer would bias.
 * For the same reason the first reviewer's category is shown only once this one is picked.
 * Approve puts the case in the eval set; Send back needs a comment for the first reviewer.
 */
export function ApprovalForm({ action, caseId, firstCategory }: { action: FormAction; caseId: string; firstCategory: string | null }) {
  const toast = useToast();
  const router = useRouter();
  const { field, values } = useFields({ category: "", comment: "" });
  const { state, pending, form } = useFormAction(action, {
    fields: ["category", "comment"],
    onSuccess: (result) => {
      if (result.message) toast({ message: result.message });
      router.push("/queue/approvals");
    },
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...form} aria-label="Second review" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5">
      <input type="hidden" name="caseId" value={caseId} />
      <Field label="Your category" hint="Pick it yourself before comparing: agreement is measured on it" errors={errors?.category}>
        <Select {...field("category")}>
          <Options placeholder="Pick a category" choices={CATEGORIES.map((value) => ({ value, label: CATEGORY_LABEL[value] }))} />
        </Select>
      </Field>
      <p aria-live="polite" className="text-sm text-slate-600">
        {values.category ? `The first reviewer chose: ${firstCategory ?? "no category"}.` : "The first reviewer's category shows once you pick yours."}
      </p>
      <Field label="Comment for the first reviewer" hint="Needed to send the case back; shown when it returns to their queue" errors={errors?.comment}>
        <Textarea {...field("comment")} rows={3} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" name="intent" value="approve" variant="success" disabled={pending}>
          Approve
        </Button>
        <Button type="submit" name="intent" value="send_back" variant="warning" disabled={pending}>
          Send back
        </Button>
        <FormMessage state={state && !state.ok ? state : null} />
      </div>
    </form>
  );
}
