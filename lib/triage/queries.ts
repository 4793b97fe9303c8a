import "server-only";
import { db } from "@/lib/db";
import type { StoredInput, StoredMetadata, StoredOutput } from "@/lib/core/chat";
import { userQuestion } from "@/lib/core/question";

/** Everything the case page shows: the sanitised conversation, why it was mined, where it belongs. */
export async function getCaseView(caseId: string) {
  const found = await db.case.findUnique({
    where: { id: caseId },
    include: { batch: { select: { isoWeek: true, status: true } }, source: { select: { name: true } } },
  });
  if (!found) return null;
  return {
    id: found.id,
    status: found.status,
    input: found.input as unknown as StoredInput,
    output: (found.output ?? null) as unknown as StoredOutput,
    metadata: (found.metadata ?? {}) as StoredMetadata,
    minedReasons: found.minedReasons,
    // Mined from traffic, or added by a lead (hand-written, synthetic import).
    origin: found.origin,
    suggestedCategory: found.suggestedCategory,
    priority: found.priority,
    minedAt: found.minedAt,
    batchId: found.batchId,
    batchWeek: found.batch.isoWeek,
    sourceName: found.source.name,
    // Mined records this case stands for: near-duplicates of an open case are counted on it.
    nearDuplicates: found.groupSize,
    leaseExpiresAt: found.leaseExpiresAt,
    claimedById: found.claimedById,
    decidedById: found.decidedById,
    expectedOutput: found.expectedOutput,
    category: found.category,
    notes: found.notes,
    tags: found.tags,
    discardReason: found.discardReason,
  };
}

export type CaseView = NonNullable<Awaited<ReturnType<typeof getCaseView>>>;

/** The reviewer's latest decisions, newest first, for "Recently triaged". */
export async function recentlyTriaged(reviewerId: string, limit = 10) {
  const cases = await db.case.findMany({
    where: { decidedById: reviewerId, status: { in: ["ACCEPTED", "DISCARDED"] } },
    orderBy: { decidedAt: "desc" },
    take: limit,
    select: { id: true, status: true, category: true, discardReason: true, decidedAt: true, input: true },
  });
  return cases.map((c) => ({ id: c.id, status: c.status, category: c.category, discardReason: c.discardReason, decidedAt: c.decidedAt, preview: userQuestion(c.input) }));
}
