import "server-only";
import { db } from "@/lib/db";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { ReviewError } from "./errors";

/** A source's second review: null = off, 1 = every accepted case, N = one in N. Audited with the old value. */
export async function setSecondReview(actor: AuditActor, input: { sourceId: string; every: number | null }): Promise<{ name: string }> {
  return await db.$transaction(async (tx) => {
    const before = await tx.source.findUnique({ where: { id: input.sourceId }, select: { name: true, secondReviewEvery: true } });
    if (!before) throw new ReviewError(404, "No such source.", "sourceId");
    await tx.source.update({ where: { id: input.sourceId }, data: { secondReviewEvery: input.every } });
    await recordAudit({ actor, action: "source.second_review", targetType: "Source", targetId: input.sourceId, details: { from: before.secondReviewEvery, to: input.every } }, tx);
    return { name: before.name };
  });
}

/** How a setting reads: "Off", "Every accepted case", "1 in 5 accepted cases". */
export function secondReviewLabel(every: number | null): string {
  if (!every) return "Off";
  return every === 1 ? "Every accepted case" : `1 in ${every} accepted cases`;
}
