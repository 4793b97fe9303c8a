import "server-only";
import { db } from "@/lib/db";
import { recordAudit, type AuditActor, type AuditTargetType } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { AssignmentError } from "./errors";
import type { AssignInput } from "./schemas";

export interface AssignResult {
  assigned: number;
  perReviewer: Record<string, number>;
}

/** The named reviewers, each active and allowed to triage; refuses the whole list otherwise. */
async function triageReviewers(ids: string[]) {
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true, role: true, active: true } });
  for (const id of ids) {
    const user = users.find((u) => u.id === id);
    if (!user) throw new AssignmentError(404, "One of the reviewers no longer exists; reload the page.", "reviewerIds");
    if (!user.active || !can(user.role, "case:triage")) throw new AssignmentError(400, `${user.email} can't triage cases (deactivated or without the permission).`, "reviewerIds");
  }
  return ids;
}

/**
 * Assigns pending cases to the named reviewers, round-robin in queue order (oldest batch,
 * priority, minedAt) so each gets a like mix:
 * - a week's batch or a source: every pending case of it (reassigning cases assigned before);
 * - a share: that percentage of the unassigned pending cases of the open batches, taken
 *   from the front of the queue.
 * One UPDATE, recorded in the audit log with the counts. Cases mined later are not
 * assigned: they join the shared pool.
 */
export async function assignCases(actor: AuditActor, input: AssignInput): Promise<AssignResult> {
  const reviewers = await triageReviewers(input.reviewerIds);
  return await db.$transaction(async (tx) => {
    let target: { type: AuditTargetType; id: string | null; details: Record<string, string | number> };
    let rows: { assignedToId: string; count: number }[];
    if (input.scope === "batch") {
      const batch = await tx.batch.findUnique({ where: { id: input.batchId! }, select: { id: true, isoWeek: true } });
      if (!batch) throw new AssignmentError(404, "No such week.", "batchId");
      target = { type: "Batch", id: batch.id, details: { week: batch.isoWeek } };
      rows = await tx.$queryRaw`
        WITH picked AS (
          SELECT c.id, row_number() OVER (ORDER BY c.priority, c."minedAt", c.id) - 1 AS n
          FROM "Case" c WHERE c.status = 'PENDING' AND c."batchId" = ${batch.id}::uuid
        ), done AS (
          UPDATE "Case" c SET "assignedToId" = (${reviewers}::uuid[])[1 + picked.n % ${reviewers.length}], "updatedAt" = now()
          FROM picked WHERE c.id = picked.id RETURNING c."assignedToId"
        )
        SELECT "assignedToId"::text AS "assignedToId", count(*)::int AS count FROM done GROUP BY 1`;
    } else if (input.scope === "source") {
      const source = await tx.source.findUnique({ where: { id: input.sourceId! }, select: { id: true, name: true } });
      if (!source) throw new AssignmentError(404, "No such source.", "sourceId");
      target = { type: "Source", id: source.id, details: { source: source.name } };
      rows = await tx.$queryRaw`
        WITH picked AS (
          SELECT c.id, row_number() OVER (ORDER BY b."weekStart", c.priority, c."minedAt", c.id) - 1 AS n
          FROM "Case" c JOIN "Batch" b ON b.id = c."batchId"
          WHERE c.status = 'PENDING' AND c."sourceId" = ${source.id}::uuid
        ), done AS (
          UPDATE "Case" c SET "assignedToId" = (${reviewers}::uuid[])[1 + picked.n % ${reviewers.length}], "updatedAt" = now()
          FROM picked WHERE c.id = picked.id RETURNING c."assignedToId"
        )
        SELECT "assignedToId"::text AS "assignedToId", count(*)::int AS count FROM done GROUP BY 1`;
    } else {
      const percent = input.sharePercent!;
      target = { type: "Queue", id: null, details: { sharePercent: percent } };
      rows = await tx.$queryRaw`
        WITH pool AS (
          SELECT c.id, b."weekStart", c.priority, c."minedAt"
          FROM "Case" c JOIN "Batch" b ON b.id = c."batchId"
          WHERE c.status = 'PENDING' AND c."assignedToId" IS NULL AND b.status IN ('OPEN', 'IN_REVIEW')
        ), picked AS (
          SELECT id, row_number() OVER (ORDER BY "weekStart", priority, "minedAt", id) - 1 AS n FROM pool
          ORDER BY "weekStart", priority, "minedAt", id
          LIMIT ceil((SELECT count(*) FROM pool) * ${percent}::numeric / 100)
        ), done AS (
          UPDATE "Case" c SET "assignedToId" = (${reviewers}::uuid[])[1 + picked.n % ${reviewers.length}], "updatedAt" = now()
          FROM picked WHERE c.id = picked.id RETURNING c."assignedToId"
        )
        SELECT "assignedToId"::text AS "assignedToId", count(*)::int AS count FROM done GROUP BY 1`;
    }
    // Being handed work counts as activity: a reviewer assigned cases before their next
    // claim keeps them for the stale time, instead of losing them to the pool at once.
    await tx.user.updateMany({ where: { id: { in: reviewers } }, data: { queueActiveAt: new Date() } });
    const perReviewer = Object.fromEntries(reviewers.map((id) => [id, rows.find((r) => r.assignedToId === id)?.count ?? 0]));
    const assigned = rows.reduce((sum, r) => sum + r.count, 0);
    await recordAudit(
      { actor, action: "cases.assigned", targetType: target.type, targetId: target.id, details: { ...target.details, scope: input.scope, assigned, perReviewer } },
      tx,
    );
    return { assigned, perReviewer };
  });
}

/** Gives a reviewer's pending assigned cases back to the shared pool. */
export async function releaseAssignments(actor: AuditActor, reviewerId: string): Promise<number> {
  return await db.$transaction(async (tx) => {
    const { count } = await tx.case.updateMany({ where: { assignedToId: reviewerId, status: "PENDING" }, data: { assignedToId: null } });
    await recordAudit({ actor, action: "cases.unassigned", targetType: "User", targetId: reviewerId, details: { released: count } }, tx);
    return count;
  });
}

/** The team's "away after" time: hours without a claim before a reviewer's assignments stop blocking others. */
export async function setAssignmentStaleHours(actor: AuditActor, hours: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.teamSetting.findUnique({ where: { id: 1 }, select: { assignmentStaleHours: true } });
    await tx.teamSetting.upsert({ where: { id: 1 }, update: { assignmentStaleHours: hours }, create: { id: 1, assignmentStaleHours: hours } });
    await recordAudit({ actor, action: "settings.assignment_stale_hours", targetType: "TeamSetting", targetId: "1", details: { from: before?.assignmentStaleHours ?? null, to: hours } }, tx);
  });
}
