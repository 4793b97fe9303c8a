"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import type { Category } from "@/lib/generated/prisma/enums";
import { CATEGORIES } from "@/lib/evalset/categories";
import { CATEGORY_LABEL } from "@/lib/core/labels";
import { FormMessage } from "@/components/ui/form-message";
import { FormActions } from "@/components/ui/form-actions";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

/** Edit the label (saves a new version) or retire the item with a reason. */
export function ItemEditor({
  item,
  edit,
  retire,
}: {
  item: { itemId: string; version: number; expectedOutput: string; category: Category; tags: string[]; notes: string | null };
  edit: Action;
  retire: Action;
}) {
  const [editState, editAction, editing] = useActionState(edit, null);
  const [retireState, retireAction, retiring] = useActionState(retire, null);
  const editErrors = editState && !editState.ok ? editState.fieldErrors : undefined;
  const retireErrors = retireState && !retireState.ok ? retireState.fieldErrors : undefined;
  return (
    <div className="space-y-4">
      <form key={item.version} action={editAction} aria-label="Edit label" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
        <h2 className="text-sm font-semibold">Edit label</h2>
        <input type="hidden" name="itemId" value={item.itemId} />
        <input type="hidden" name="expectedVersion" value={item.version} />
        <Field label="Expected output" errors={editErrors?.expectedOutput}>
          <Textarea name="expectedOutput" rows={4} defaultValue={item.expectedOutput} />
        </Field>
        <fieldset className="text-sm">
          <legend className="mb-1 font-medium">Category</legend>
          <div className="flex flex-wrap gap-3">
            {CATEGORIES.map((c) => (
              <label key={c} className="flex items-center gap-1.5">
                <input type="radio" name="category" value={c} defaultChecked={item.category === c} />
                {CATEGORY_LABEL[c]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Notes">
            <Textarea name="notes" rows={2} defaultValue={item.notes ?? ""} />
          </Field>
          <Field label="Tags">
            <Input name="tags" defaultValue={item.tags.join(", ")} />
          </Field>
        </div>
        <FormActions submitLabel="Save new version" pending={editing} state={editState} />
      </form>
      <form action={retireAction} aria-label="Retire item" className="flex flex-wrap items-end gap-3 rounded-xl border border-red-200 bg-white p-4">
        <input type="hidden" name="itemId" value={item.itemId} />
        <input type="hidden" name="expectedVersion" value={item.version} />
        <Field label="Reason for retiring" errors={retireErrors?.reason} className="flex-1">
          <Input name="reason" />
        </Field>
        <Button type="submit" variant="danger" disabled={retiring}>
          Retire item
        </Button>
        <div className="basis-full">
          <FormMessage state={retireState} />
        </div>
      </form>
    </div>
  );
}
