import { db } from "@/lib/db";
import type { BatchStatus } from "@/lib/generated/prisma/enums";
import { batchForWeek } from "./batch-for-week";

export interface BatchProgress {
  id: string;
  isoWeek: string;
  weekStart: Date;
  status: BatchStatus;
  pending: number;
  accepted: number;
  discarded: number;
  total: number;
}

/**
 * This ISO week's batch (created on first use) and how far its review has come. One
 * small GROUP BY on the batch's cases, cheap enough for every queue page render.
 * Pass `sourceId` to count one source's cases only.
 */
export async function currentBatchProgress(options: { now?: Date; sourceId?: string } = {}): Promise<BatchProgress> {
  const batch = await batchForWeek(options.now ?? new Date());
  return (await batchProgress([batch.id], options.sourceId))[0];
}

/** Progress of the given batches (in the order given), counted live from their cases. */
export async function batchProgress(batchIds: string[], sourceId?: string): Promise<BatchProgress[]> {
  if (batchIds.length === 0) return [];
  const [batches, counts] = await Promise.all([
    db.batch.findMany({ where: { id: { in: batchIds } } }),
    db.case.groupBy({ by: ["batchId", "status"], where: { batchId: { in: batchIds }, ...(sourceId ? { sourceId } : {}) }, _count: { _all: true } }),
  ]);
  return batchIds.flatMap((id) => {
    const batch = batches.find((b) => b.id === id);
    if (!batch) return [];
    const of = (status: string) => counts.find((c) => c.batchId === id && c.status === status)?._count._all ?? 0;
    const pending = of("PENDING");
    const accepted = of("ACCEPTED");
    const discarded = of("DISCARDED");
    return [{ id, isoWeek: batch.isoWeek, weekStart: batch.weekStart, status: batch.status, pending, accepted, discarded, total: pending + accepted + discarded }];
  });
}
