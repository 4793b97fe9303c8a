"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/auth/guard";
import { CATEGORIES } from "@/lib/evalset/categories";
import { editEvalItem, retireEvalItem } from "@/lib/evalset/edit";

const base = z.object({ itemId: z.uuid(), expectedVersion: z.coerce.number().int().positive() });

const editSchema = base.extend({
  expectedOutput: z.string().trim().min(1, "Write the expected output").max(50_000),
  category: z.enum(CATEGORIES, "Pick a category"),
  notes: z.string().max(5_000).optional(),
  tags: z.string().optional(),
});

const retireSchema = base.extend({ reason: z.string().trim().min(3, "Say why the item is retired (at least 3 characters)").max(500) });

// Saves a new version of the item's label (the previous version stays in history).
export const editItemAction = authedAction("evalset:edit", editSchema, async ({ input, user }) => {
  const tags = [...new Set((input.tags ?? "").split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))];
  const next = await editEvalItem(input.itemId, user, { expectedVersion: input.expectedVersion, expectedOutput: input.expectedOutput, category: input.category, tags, notes: input.notes?.trim() || null });
  revalidatePath(`/eval-set/${input.itemId}`);
  revalidatePath("/eval-set");
  return { ok: true, message: `Saved as version ${next.version}.` };
});

// Retires the item with a reason: it leaves the current eval set, its history stays.
export const retireItemAction = authedAction("evalset:edit", retireSchema, async ({ input, user }) => {
  await retireEvalItem(input.itemId, user, { expectedVersion: input.expectedVersion, reason: input.reason });
  revalidatePath(`/eval-set/${input.itemId}`);
  revalidatePath("/eval-set");
  return { ok: true, message: "Item retired. It stays in the history and in exports as of earlier moments." };
});
