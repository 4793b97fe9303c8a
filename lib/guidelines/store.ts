import "server-only";
import { db } from "@/lib/db";
import type { Category } from "@/lib/generated/prisma/enums";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { CATEGORIES } from "@/lib/evalset/categories";

export interface Guideline {
  category: Category;
  body: string;
  updatedAt: Date | null;
}

/** Every category's guide, in the categories' order; an unwritten one is empty. */
export async function listGuidelines(): Promise<Guideline[]> {
  const rows = await db.categoryGuideline.findMany();
  const byCategory = new Map(rows.map((row) => [row.category, row]));
  return CATEGORIES.map((category) => ({ category, body: byCategory.get(category)?.body ?? "", updatedAt: byCategory.get(category)?.updatedAt ?? null }));
}

/**
 * Saves one category's guide (blank removes it) and audit-logs the change like other
 * settings: who, when, which category, how long before and after. An unchanged guide
 * writes nothing.
 */
export async function saveGuideline(category: Category, body: string, actor: AuditActor): Promise<{ changed: boolean }> {
  const text = body.trim();
  return await db.$transaction(async (tx) => {
    const before = await tx.categoryGuideline.findUnique({ where: { category } });
    if ((before?.body ?? "") === text) return { changed: false };
    if (text) await tx.categoryGuideline.upsert({ where: { category }, create: { category, body: text, updatedById: actor.id ?? null }, update: { body: text, updatedById: actor.id ?? null } });
    else await tx.categoryGuideline.delete({ where: { category } });
    await recordAudit({ actor, action: "guideline.update", targetType: "Guideline", targetId: category, details: { category, charsBefore: before?.body.length ?? 0, charsAfter: text.length } }, tx);
    return { changed: true };
  });
}
