import { DomainError } from "@/lib/errors/domain-error";
import { db } from "@/lib/db";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { nextIsoWeek, parseIsoWeek } from "./iso-week";

export class BatchRuleError extends DomainError {
  constructor(status: number, message: string) {
    super(message, status);
  }
}

/**
 * Marks a week's batch as in review (intake for the week is done; reviewers finish it).
 * Only an OPEN batch moves to IN_REVIEW. Audited.
 */
export async function startWeekReview(isoWeek: string, actor: AuditActor) {
  return await db.$transaction(async (tx) => {
    const updated = await tx.batch.updateMany({ where: { isoWeek, status: "OPEN" }, data: { status: "IN_REVIEW" } });
    if (updated.count === 0) {
      const batch = await tx.batch.findUnique({ where: { isoWeek } });
      throw batch ? new BatchRuleError(409, `${isoWeek} is already ${batch.status === "CLOSED" ? "closed" : "in review"}.`) : new BatchRuleError(404, `There is no batch for ${isoWeek}.`);
    }
    const batch = await tx.batch.findUniqueOrThrow({ where: { isoWeek } });
    await recordAudit({ actor, action: "batch.review", targetType: "Batch", targetId: batch.id, details: { isoWeek } }, tx);
    return batch;
  });
}

/**
 * Closes a week: its still-pending cases move to the next week's batch (created if
 * needed) keeping their minedAt, so their age keeps counting; the batch becomes CLOSED.
 * One transaction with the batch row locked, so two leads closing the same week at once
 * get one close and one 409. A week that has not started yet cannot be closed.
 */
export async function closeWeek(isoWeek: string, actor: AuditActor & { id?: string | null }, now: Date = new Date()) {
  const week = parseIsoWeek(isoWeek);
  if (!week) throw new BatchRuleError(400, `"${isoWeek}" is not an ISO week like 2026-W48.`);
  if (week.start > now) throw new BatchRuleError(409, `${isoWeek} has not started yet.`);
  const next = nextIsoWeek(week);
  return await db.$transaction(async (tx) => {
    const [batch] = await tx.$queryRaw<{ id: string; status: string }[]>`
      SELECT "id", "status"::text FROM "Batch" WHERE "isoWeek" = ${isoWeek} FOR UPDATE`;
    if (!batch) throw new BatchRuleError(404, `There is no batch for ${isoWeek}.`);
    if (batch.status === "CLOSED") throw new BatchRuleError(409, `${isoWeek} is already closed.`);
    const target = await tx.batch.upsert({ where: { isoWeek: next.label }, update: {}, create: { isoWeek: next.label, weekStart: next.start } });
    if (target.status === "CLOSED") throw new BatchRuleError(409, `${next.label} is already closed; reopen order is not supported.`);
    const moved = await tx.case.updateMany({ where: { batchId: batch.id, status: "PENDING" }, data: { batchId: target.id } });
    const closed = await tx.batch.update({ where: { id: batch.id }, data: { status: "CLOSED", closedAt: now, closedById: actor.id ?? null } });
    await recordAudit(
      { actor, action: "batch.close", targetType: "Batch", targetId: batch.id, details: { isoWeek, movedPending: moved.count, movedTo: next.label } },
      tx,
    );
    return { batch: closed, movedPending: moved.count, movedTo: next.label };
  });
}

/** The weeks a lead can act on: the latest batches, newest first. */
export async function recentBatches(limit = 8) {
  return await db.batch.findMany({ orderBy: { weekStart: "desc" }, take: limit });
}
