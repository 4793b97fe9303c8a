"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/auth/guard";
import { editItemSchema, retireItemSchema } from "@/lib/evalset/schemas";
import { editEvalItem, retireEvalItem } from "@/lib/evalset/edit";

// Saves a new version of the item's label (the previous version stays in history).
export const editItemAction = authedAction("evalset:edit", editItemSchema, async ({ input, user }) => {
  const next = await editEvalItem(input.itemId, user, { expectedVersion: input.expectedVersion, expectedOutput: input.expectedOutput, category: input.category, tags: input.tags, notes: input.notes });
  revalidatePath(`/eval-set/${input.itemId}`);
  revalidatePath("/eval-set");
  return { ok: true, message: `Saved as version ${next.version}.` };
});

// Retires the item with a reason: it leaves the current eval set, its history stays.
export const retireItemAction = authedAction("evalset:edit", retireItemSchema, async ({ input, user }) => {
  await retireEvalItem(input.itemId, user, { expectedVersion: input.expectedVersion, reason: input.reason });
  revalidatePath(`/eval-set/${input.itemId}`);
  revalidatePath("/eval-set");
  return { ok: true, message: "Item retired. It stays in the history and in exports as of earlier moments." };
});
