import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { itemContent } from "./item-content";
import { insertItemVersion } from "./versions";
import { EvalSetError } from "./errors";
import type { Editor } from "./edit";

/**
 * Brings a retired item back into the eval set: a new version from now on with the label
 * of the version that was retired (history keeps the retirement, so the set "as of" the
 * retired period still leaves it out). `expectedVersion` is the retired version the
 * editor saw; anything else (restored already, edited) answers 409.
 */
export async function restoreEvalItem(itemId: string, editor: Editor, expectedVersion: number) {
  const at = new Date();
  return await db.$transaction(async (tx) => {
    // Lock every version of the item, so two restores can't both reopen it.
    const rows = await tx.$queryRaw<{ id: string; version: number; validTo: Date | null }[]>`
      SELECT id, version, "validTo" FROM "EvalItem" WHERE "itemId" = ${itemId}::uuid ORDER BY version DESC FOR UPDATE`;
    const latest = rows[0];
    if (!latest) throw new EvalSetError(404, "No such eval item.");
    if (latest.validTo === null) throw new EvalSetError(409, "This item is in the eval set already; nothing to restore.");
    if (latest.version !== expectedVersion) throw new EvalSetError(409, `Version ${latest.version} is the latest now, not ${expectedVersion}. Nothing was restored; reload to see it.`);
    const retired = await tx.evalItem.findUniqueOrThrow({ where: { id: latest.id } });
    const restored = await insertItemVersion(
      tx,
      itemContent(retired, { tags: retired.tags, notes: retired.notes }),
      { expectedOutput: retired.expectedOutput, category: retired.category, reviewerId: editor.id, labelledAt: at },
      at,
      { itemId, version: retired.version + 1 },
    );
    await recordAudit({ actor: { id: editor.id, label: `user:${editor.email}` }, action: "evalitem.restored", targetType: "EvalItem", targetId: itemId, details: { version: restored.version, retiredVersion: retired.version } }, tx);
    return restored;
  });
}
