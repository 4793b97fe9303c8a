"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/guard";
import type { Category } from "@/lib/generated/prisma/enums";
import { CATEGORIES, CATEGORY_LABEL } from "@/lib/evalset/categories";
import { FieldError, FormMessage } from "@/components/ui/form-message";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

const field = "rounded-md border border-slate-300 px-3 py-2 text-sm font-normal";

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
        <label className="flex flex-col gap-1 text-sm font-medium">
          Expected output
          <textarea name="expectedOutput" rows={4} defaultValue={item.expectedOutput} className={field} />
          <FieldError errors={editErrors?.expectedOutput} />
        </label>
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
          <label className="flex flex-col gap-1 text-sm font-medium">
            Notes
            <textarea name="notes" rows={2} defaultValue={item.notes ?? ""} className={field} />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Tags
            <input name="tags" defaultValue={item.tags.join(", ")} className={field} />
          </label>
        </div>
        <div className="flex items-center gap-3">
          <button type="submit" disabled={editing} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
            Save new version
          </button>
          <FormMessage state={editState} />
        </div>
      </form>
      <form action={retireAction} aria-label="Retire item" className="flex flex-wrap items-end gap-3 rounded-xl border border-red-200 bg-white p-4">
        <input type="hidden" name="itemId" value={item.itemId} />
        <input type="hidden" name="expectedVersion" value={item.version} />
        <label className="flex flex-1 flex-col gap-1 text-sm font-medium">
          Reason for retiring
          <input name="reason" className={field} />
          <FieldError errors={retireErrors?.reason} />
        </label>
        <button type="submit" disabled={retiring} className="rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
          Retire item
        </button>
        <div className="basis-full">
          <FormMessage state={retireState} />
        </div>
      </form>
    </div>
  );
}
