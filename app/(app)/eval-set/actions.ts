"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/auth/guard";
import { editItemSchema, restoreItemSchema, retireItemSchema } from "@/lib/evalset/schemas";
import { editEvalItem, retireEvalItem } from "@/lib/evalset/edit";
import { restoreEvalItem } from "@/lib/evalset/restore";
import { scrubItemSchema } from "@/lib/privacy/schemas";
import { redactEvalItemSelection } from "@/lib/triage/redact-selection";

function revalidateItem(itemId: string) {
  revalidatePath(`/eval-set/${itemId}`);
  revalidatePath("/eval-set");
}

// Saves a new version of the item's label (the previous version stays in history); an unchanged label saves nothing.
export const editItemAction = authedAction("evalset:edit", editItemSchema, async ({ input, user }) => {
  const next = await editEvalItem(input.itemId, user, { expectedVersion: input.expectedVersion, expectedOutput: input.expectedOutput, category: input.category, tags: input.tags, notes: input.notes });
  if (next.unchanged) return { ok: true, message: `Nothing changed; this is still version ${next.version}.` };
  revalidateItem(input.itemId);
  return { ok: true, message: `Saved as version ${next.version}.` };
});

// Retires the item with a reason: it leaves the current eval set, its history stays.
export const retireItemAction = authedAction("evalset:edit", retireItemSchema, async ({ input, user }) => {
  await retireEvalItem(input.itemId, user, { expectedVersion: input.expectedVersion, reason: input.reason });
  revalidateItem(input.itemId);
  return { ok: true, message: "Item retired. It stays in the history and in exports as of earlier moments; Restore brings it back." };
});

// Brings a retired item back as its next version, with the label it was retired with.
export const restoreItemAction = authedAction("evalset:edit", restoreItemSchema, async ({ input, user }) => {
  const restored = await restoreEvalItem(input.itemId, user, input.expectedVersion);
  revalidateItem(input.itemId);
  return { ok: true, message: `Item restored as version ${restored.version}.` };
});

// Admins scrub a leak found after the decision: every version of the item, its case and the case's logs.
export const redactItemAction = authedAction<typeof scrubItemSchema, { placeholder: string }>("privacy:manage", scrubItemSchema, async ({ input, user }) => {
  const done = await redactEvalItemSelection(input.itemId, user, { text: input.text, type: input.type });
  revalidateItem(input.itemId);
  return { ok: true, message: `Redacted as ${done.placeholder} in ${done.evalItemVersions} item version(s), the case and ${done.sourceLogs} source log(s).`, data: { placeholder: done.placeholder } };
});
