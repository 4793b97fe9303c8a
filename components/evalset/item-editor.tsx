"use client";

import { useState } from "react";
import type { Category } from "@/lib/generated/prisma/enums";
import { CATEGORIES } from "@/lib/evalset/categories";
import { CATEGORY_LABEL } from "@/lib/core/labels";
import type { FormAction } from "@/components/ui/action-outcome";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/class-names";
import { useFields } from "@/components/ui/use-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { useToast } from "@/components/ui/toast";

interface Item {
  itemId: string;
  version: number;
  expectedOutput: string;
  category: Category;
  tags: string[];
  notes: string | null;
}

const normalTags = (text: string) => [...new Set(text.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))].sort().join(",");

/**
 * Edit the label (a new version) or retire the item. Fields are controlled, so a failed
 * save keeps what was typed; Save is off until the label differs from this version.
 * Retiring asks for a reason in a confirmation that says what retiring does.
 */
export function ItemEditor({ item, edit, retire }: { item: Item; edit: FormAction; retire: FormAction }) {
  const toast = useToast();
  const saved = { expectedOutput: item.expectedOutput, category: item.category as string, notes: item.notes ?? "", tags: item.tags.join(", ") };
  const { values, field, set } = useFields(saved);
  const [reason, setReason] = useState("");
  const { state, pending, form } = useFormAction(edit, {
    fields: ["expectedOutput", "category", "notes", "tags"],
    onSuccess: (result) => result.message && toast({ message: result.message }),
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const changed =
    values.expectedOutput.trim() !== saved.expectedOutput.trim() || values.category !== saved.category || values.notes.trim() !== saved.notes.trim() || normalTags(values.tags) !== normalTags(saved.tags);
  return (
    <div className="space-y-4">
      <form {...form} aria-label="Edit label" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
        <h2 className="text-sm font-semibold">Edit label</h2>
        <input type="hidden" name="itemId" value={item.itemId} />
        <input type="hidden" name="expectedVersion" value={item.version} />
        <Field label="Expected output" errors={errors?.expectedOutput}>
          <Textarea {...field("expectedOutput")} rows={4} />
        </Field>
        <fieldset className="text-sm" aria-invalid={errors?.category ? true : undefined}>
          <legend className="mb-1 font-medium">Category</legend>
          <div className="flex flex-wrap gap-2">
            {CATEGORIES.map((c) => (
              <label key={c} className={cx("flex items-center gap-1.5 rounded-md border px-3 py-1.5", values.category === c ? "border-slate-900 bg-slate-100" : "border-slate-300")}>
                <input type="radio" name="category" value={c} checked={values.category === c} onChange={() => set("category", c)} />
                {CATEGORY_LABEL[c]}
              </label>
            ))}
          </div>
          <FieldError errors={errors?.category} />
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Notes" errors={errors?.notes}>
            <Textarea {...field("notes")} rows={2} />
          </Field>
          <Field label="Tags" hint="Comma separated" errors={errors?.tags}>
            <Input {...field("tags")} />
          </Field>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending || !changed}>
            {pending ? "Saving…" : "Save new version"}
          </Button>
          {!changed ? <p className="text-sm text-slate-600">Change the label to save a new version.</p> : null}
          <FormMessage state={state && !state.ok ? state : null} />
        </div>
      </form>
      <section aria-label="Retire item" className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-red-200 bg-white p-4 text-sm">
        <p className="text-slate-700">Retiring takes the item out of the current eval set and its exports. History keeps it, and it can be restored.</p>
        <ConfirmAction
          trigger={{ label: "Retire item", variant: "dangerOutline" }}
          title={`Retire version ${item.version} of this item?`}
          impact={
            <ul className="list-disc space-y-1 pl-5">
              <li>It leaves the current eval set and every export from now on.</li>
              <li>Exports and views “as of” an earlier moment still include it; its history stays.</li>
              <li>Restore brings it back later as a new version with this label.</li>
            </ul>
          }
          confirmLabel="Retire item"
          action={retire}
          fields={{ itemId: item.itemId, expectedVersion: String(item.version) }}
          controlNames={["reason"]}
          controls={(retireErrors) => (
            <Field label="Reason for retiring" errors={retireErrors?.reason}>
              <Input name="reason" value={reason} onChange={(event) => setReason(event.target.value)} />
            </Field>
          )}
        />
      </section>
    </div>
  );
}

/** The way back for a retired item: a new version with the label it was retired with. */
export function RestoreItem({ item, restore }: { item: Pick<Item, "itemId" | "version">; restore: FormAction }) {
  return (
    <section aria-label="Restore item" className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm">
      <p className="text-amber-900">This item is retired: it is not in the current eval set or its exports.</p>
      <ConfirmAction
        trigger={{ label: "Restore item", variant: "secondary" }}
        title="Restore this item?"
        impact={<p>It comes back into the current eval set and its exports as version {item.version + 1}, with the label of version {item.version}. The retirement stays in its history.</p>}
        confirmLabel="Restore item"
        confirmVariant="primary"
        action={restore}
        fields={{ itemId: item.itemId, expectedVersion: String(item.version) }}
      />
    </section>
  );
}
