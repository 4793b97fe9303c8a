import "server-only";
import { db } from "@/lib/db";
import type { Category } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { assertHumanLabel, lockCurrentVersion, retireItemVersion, supersedeItem } from "./versions";

export interface Editor {
  id: string;
  email: string;
}

type Label = { expectedOutput: string; category: Category; tags: string[]; notes: string | null };

function sameLabel(a: Label, b: Label): boolean {
  const tags = (t: string[]) => [...t].sort().join("\n");
  return a.expectedOutput === b.expectedOutput && a.category === b.category && (a.notes ?? null) === (b.notes ?? null) && tags(a.tags) === tags(b.tags);
}

/**
 * Relabels an item: a new version from now on, the previous one closed (never
 * overwritten). `expectedVersion` is the version the editor saw; a newer one answers 409.
 * An unchanged label saves nothing (`unchanged: true`, the current version).
 */
export async function editEvalItem(
  itemId: string,
  editor: Editor,
  change: { expectedVersion: number; expectedOutput: string; category: Category; tags: string[]; notes: string | null },
) {
  const at = new Date();
  assertHumanLabel({ expectedOutput: change.expectedOutput, category: change.category, reviewerId: editor.id, labelledAt: at });
  return await db.$transaction(async (tx) => {
    // Saving the label as it is would only add a version that says nothing new.
    const current = await lockCurrentVersion(tx, itemId, change.expectedVersion);
    if (sameLabel(current, change)) return { ...current, unchanged: true };
    const next = await supersedeItem(tx, itemId, change, editor.id, at, change.expectedVersion);
    await recordAudit({ actor: { id: editor.id, label: `user:${editor.email}` }, action: "evalitem.edited", targetType: "EvalItem", targetId: itemId, details: { version: next.version, category: next.category } }, tx);
    return { ...next, unchanged: false };
  });
}

/** Retires an item with a reason: it leaves the current eval set and stays in history. */
export async function retireEvalItem(itemId: string, editor: Editor, retire: { expectedVersion: number; reason: string }) {
  const at = new Date();
  return await db.$transaction(async (tx) => {
    const retired = await retireItemVersion(tx, itemId, retire.reason, at, retire.expectedVersion);
    await recordAudit({ actor: { id: editor.id, label: `user:${editor.email}` }, action: "evalitem.retired", targetType: "EvalItem", targetId: itemId, details: { version: retired.version } }, tx);
    return retired;
  });
}
