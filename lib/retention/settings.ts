import type { RetentionSettingsInput } from "./schemas";
import { DomainError } from "@/lib/errors/domain-error";
import { db } from "@/lib/db";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { closeInterruptedRuns } from "./purge-lock";

export class RetentionRuleError extends DomainError {
  constructor(status: number, message: string) {
    super(message, status);
  }
}

/**
 * Changes a source's retention period and policy, audited with the old and new values
 * in the same transaction. No log is rewritten: the purge reads the current period, so
 * a shorter one deletes older logs at the next hourly run.
 */
export async function updateRetention(input: RetentionSettingsInput, actor: AuditActor) {
  return await db.$transaction(async (tx) => {
    const [before] = await tx.$queryRaw<{ name: string; retentionDays: number | null; retentionPolicy: string | null }[]>`
      SELECT "name", "retentionDays", "retentionPolicy" FROM "Source" WHERE "id" = ${input.sourceId}::uuid FOR UPDATE`;
    if (!before) throw new RetentionRuleError(404, "That source no longer exists.");
    if (before.retentionDays === input.retentionDays && before.retentionPolicy === input.retentionPolicy) return { changed: false, name: before.name };
    await tx.source.update({ where: { id: input.sourceId }, data: { retentionDays: input.retentionDays, retentionPolicy: input.retentionPolicy } });
    await recordAudit(
      {
        actor,
        action: "source.retention_change",
        targetType: "Source",
        targetId: input.sourceId,
        details: {
          source: before.name,
          from: { retentionDays: before.retentionDays, retentionPolicy: before.retentionPolicy },
          to: { retentionDays: input.retentionDays, retentionPolicy: input.retentionPolicy },
        },
      },
      tx,
    );
    return { changed: true, name: before.name };
  });
}

export interface RetentionOverviewRow {
  id: string;
  name: string;
  active: boolean;
  retentionDays: number | null;
  retentionPolicy: string | null;
  /** Logs stored, as of the last rollup refresh. */
  storedLogs: number;
  oldestLogAt: Date | null;
}

/** Every source with its period, policy and what it stores now (for /retention and /admin/retention). */
export async function retentionOverview(): Promise<RetentionOverviewRow[]> {
  const rows = await db.$queryRaw<(Omit<RetentionOverviewRow, "storedLogs"> & { storedLogs: bigint })[]>`
    SELECT s."id", s."name", s."active", s."retentionDays", s."retentionPolicy",
           coalesce(l."storedLogs", 0)::bigint AS "storedLogs", l."oldestLogAt"
      FROM "Source" s
      -- The count comes from the dashboard rollup (as of its last refresh: exact counts
      -- over millions of logs are too slow for a page); the oldest log is live (index).
      LEFT JOIN LATERAL (
        SELECT (SELECT sum(m."logs") FROM "metrics_log_daily" m WHERE m."sourceId" = s."id") AS "storedLogs",
               (SELECT min(x."receivedAt") FROM "SourceLog" x WHERE x."sourceId" = s."id") AS "oldestLogAt"
      ) l ON true
     ORDER BY s."name"`;
  return rows.map((row) => ({ ...row, storedLogs: Number(row.storedLogs) }));
}

/**
 * The latest purge runs, newest first (dry runs included, marked). A run shown RUNNING
 * while no purge holds the lock died mid-run: it is closed out as interrupted first.
 */
export async function recentPurgeRuns(limit = 5) {
  const runs = await db.retentionRun.findMany({ orderBy: { startedAt: "desc" }, take: limit });
  if (!runs.some((run) => run.status === "RUNNING") || (await closeInterruptedRuns()) === 0) return runs;
  return await db.retentionRun.findMany({ orderBy: { startedAt: "desc" }, take: limit });
}

/** The last real (not dry-run) purge that finished, or null. */
export async function lastCompletedPurge() {
  return await db.retentionRun.findFirst({ where: { dryRun: false, status: "SUCCEEDED" }, orderBy: { startedAt: "desc" } });
}
