import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { pruneLoginAttempts } from "@/lib/auth/login";
import { pruneIngestTallies } from "@/lib/ingest/tally";
import { PurgeAlreadyRunning, takePurgeLock, type PurgeLock } from "./purge-lock";

/** Rows per delete transaction: small enough that ingestion never waits long on a lock. */
export const DEFAULT_PURGE_BATCH = 2_000;

/**
 * Cases that outlive their log: accepted ones (their eval item holds its own copy) and
 * ones accepted by a first reviewer awaiting a second review (the case holds its own
 * redacted copy, and approving it makes the eval item from that; deleting it would lose
 * the first reviewer's decision). One sent back to the queue, or revised to discarded,
 * after its log was purged goes at the next run (deleteOrphanedCases).
 */
export const KEPT = Prisma.sql`('ACCEPTED', 'AWAITING_APPROVAL')`;

export interface PurgeOptions {
  /** The purge's idea of "now" (tests and `--now`); defaults to the clock. */
  now?: Date;
  /** Count what would be deleted, delete nothing. */
  dryRun?: boolean;
  batchSize?: number;
  /** Who ran it, for the audit log. */
  actor?: AuditActor;
  /** Test hook: stop after this many non-empty delete batches, as if the process died. */
  maxBatches?: number;
  /** Test hook: runs after each non-empty delete batch (e.g. to cut the purge's session). */
  afterBatch?: () => Promise<void>;
}

export interface PurgeSourceCount {
  sourceId: string;
  name: string;
  retentionDays: number | null;
  deletedLogs: number;
  deletedCases: number;
}

/** The stable result printed by `npm run retention:purge` (counts are "would delete" in a dry run). */
export interface PurgeResult {
  runId: string;
  dryRun: boolean;
  now: string;
  deletedLogs: number;
  deletedCases: number;
  durationMs: number;
  sources: PurgeSourceCount[];
}

/**
 * A log is expired when it was received more than the source's *current* retention
 * period ago. Reading the period at purge time (rather than trusting the expiresAt
 * stamped at ingest) is what makes a changed period apply to logs already stored,
 * without rewriting millions of rows; expiresAt still decides for a source whose
 * period was never set.
 */
function expiredCondition(source: { id: string; retentionDays: number | null }, now: Date): Prisma.Sql {
  if (source.retentionDays === null) {
    return Prisma.sql`l."sourceId" = ${source.id}::uuid AND l."expiresAt" <= ${now}`;
  }
  const cutoff = new Date(now.getTime() - source.retentionDays * 86_400_000);
  return Prisma.sql`l."sourceId" = ${source.id}::uuid AND l."receivedAt" < ${cutoff}`;
}

/**
 * Deletes one bounded batch of a source's expired logs with the unaccepted cases mined
 * from them, in one short transaction. SKIP LOCKED lets concurrent purges take disjoint
 * rows, so no row is deleted (or counted) twice; RETURNING counts only what this
 * transaction really removed. Accepted cases stay: their eval item holds its own copy,
 * and the foreign key sets their sourceLogId to null.
 */
async function deleteBatch(condition: Prisma.Sql, batchSize: number, from: Date | null): Promise<{ logs: number; cases: number; last: Date | null }> {
  // The cursor starts each batch where the previous one ended, so a long purge does not
  // re-walk the dead index entries of everything it already deleted (vacuum comes later).
  const after = from ? Prisma.sql`AND l."receivedAt" >= ${from}` : Prisma.empty;
  return await db.$transaction(async (tx) => {
    const doomed = await tx.$queryRaw<{ id: string; receivedAt: Date }[]>`
      SELECT l."id", l."receivedAt" FROM "SourceLog" l WHERE ${condition} ${after}
       ORDER BY l."receivedAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`;
    if (doomed.length === 0) return { logs: 0, cases: 0, last: from };
    const ids = doomed.map((row) => row.id);
    // A case being accepted right now holds its row lock; this DELETE waits, re-reads
    // the status and skips it once it is kept (READ COMMITTED re-check).
    const cases = await tx.$executeRaw`
      DELETE FROM "Case" WHERE "sourceLogId" = ANY(${ids}::uuid[]) AND "status" NOT IN ${KEPT}`;
    const logs = await tx.$executeRaw`DELETE FROM "SourceLog" WHERE "id" = ANY(${ids}::uuid[])`;
    return { logs, cases, last: doomed[doomed.length - 1].receivedAt };
  });
}

/**
 * A case outlives its log only while it is kept (KEPT). One whose log is gone and that
 * is no longer kept (a reviewer revised it to discarded, or a second reviewer sent it
 * back, after the purge) is past its retention period too, and no log leads the purge to it
 * any more, so it is found by its missing log. A case being revised right now is locked
 * and skipped (next run); the DELETE re-checks both conditions. Cases a lead added by
 * hand or imported never had a log: they are not orphans, and stay until decided.
 */
async function deleteOrphanedCases(sourceId: string, batchSize: number): Promise<number> {
  return await db.$transaction(async (tx) => {
    const doomed = await tx.$queryRaw<{ id: string }[]>`
      SELECT c."id" FROM "Case" c
       WHERE c."sourceId" = ${sourceId}::uuid AND c."sourceLogId" IS NULL AND c."status" NOT IN ${KEPT} AND c."origin" = 'MINED'
       LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`;
    if (doomed.length === 0) return 0;
    return await tx.$executeRaw`
      DELETE FROM "Case" WHERE "id" = ANY(${doomed.map((row) => row.id)}::uuid[]) AND "sourceLogId" IS NULL AND "status" NOT IN ${KEPT} AND "origin" = 'MINED'`;
  });
}

async function countExpired(condition: Prisma.Sql, sourceId: string): Promise<{ logs: number; cases: number }> {
  const [row] = await db.$queryRaw<{ logs: bigint; cases: bigint }[]>`
    SELECT (SELECT count(*) FROM "SourceLog" l WHERE ${condition}) AS "logs",
           (SELECT count(*) FROM "Case" c JOIN "SourceLog" l ON l."id" = c."sourceLogId"
             WHERE ${condition} AND c."status" NOT IN ${KEPT})
         + (SELECT count(*) FROM "Case" c
             WHERE c."sourceId" = ${sourceId}::uuid AND c."sourceLogId" IS NULL AND c."status" NOT IN ${KEPT} AND c."origin" = 'MINED') AS "cases"`;
  return { logs: Number(row.logs), cases: Number(row.cases) };
}

/**
 * Runs one retention purge over every source: deletes source logs past their source's
 * retention period and the cases mined from them that never became eval items (or are
 * no longer one), in bounded batches. Each run leaves a RetentionRun row and an audit entry (invariant 4),
 * also when it fails. Throws PurgeAlreadyRunning (nothing done) while another purge runs.
 */
export async function purgeExpiredSourceLogs(options: PurgeOptions = {}): Promise<PurgeResult> {
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  const batchSize = options.batchSize ?? DEFAULT_PURGE_BATCH;
  const actor = options.actor ?? { label: "system:retention-purge" };
  // One purge at a time (dry runs too): the lock is held until this run is recorded, and
  // taking it closes out any run whose process died (purge-lock.ts). Refused when held.
  const lock = await takePurgeLock();
  try {
    return await purgeHoldingLock(options, lock, now, dryRun, batchSize, actor);
  } finally {
    await lock.release();
  }
}

async function purgeHoldingLock(
  options: PurgeOptions,
  lock: PurgeLock,
  now: Date,
  dryRun: boolean,
  batchSize: number,
  actor: AuditActor,
): Promise<PurgeResult> {
  const started = Date.now();
  const run = await db.retentionRun.create({ data: { dryRun, startedAt: new Date(started) } });
  const sources = await db.source.findMany({ select: { id: true, name: true, retentionDays: true }, orderBy: { name: "asc" } });
  const counts: PurgeSourceCount[] = [];
  let batches = 0;
  try {
    for (const source of sources) {
      const condition = expiredCondition(source, now);
      const count: PurgeSourceCount = { sourceId: source.id, name: source.name, retentionDays: source.retentionDays, deletedLogs: 0, deletedCases: 0 };
      if (dryRun) {
        const expired = await countExpired(condition, source.id);
        count.deletedLogs = expired.logs;
        count.deletedCases = expired.cases;
      } else {
        let cursor: Date | null = null;
        for (;;) {
          if (options.maxBatches !== undefined && batches >= options.maxBatches) throw new PurgeInterrupted();
          // Lost the lock (session cut): stop, since another purge may already be running.
          await lock.assertHeld();
          const deleted = await deleteBatch(condition, batchSize, cursor);
          cursor = deleted.last;
          if (deleted.logs > 0) {
            batches += 1;
            await options.afterBatch?.();
          }
          count.deletedLogs += deleted.logs;
          count.deletedCases += deleted.cases;
          if (deleted.logs < batchSize) break;
        }
        for (;;) {
          const orphans = await deleteOrphanedCases(source.id, batchSize);
          count.deletedCases += orphans;
          if (orphans < batchSize) break;
        }
      }
      if (count.deletedLogs > 0 || count.deletedCases > 0) counts.push(count);
    }
  } catch (error) {
    await finishRun(run.id, counts, started, actor, dryRun, now, (error as Error).message);
    throw error;
  }
  return await finishRun(run.id, counts, started, actor, dryRun, now, null);
}

/** Thrown by the `maxBatches` test hook to simulate a purge killed midway. */
export class PurgeInterrupted extends Error {
  constructor() {
    super("purge interrupted (maxBatches reached)");
  }
}

async function finishRun(runId: string, counts: PurgeSourceCount[], started: number, actor: AuditActor, dryRun: boolean, now: Date, error: string | null): Promise<PurgeResult> {
  const durationMs = Date.now() - started;
  const deletedLogs = counts.reduce((sum, c) => sum + c.deletedLogs, 0);
  const deletedCases = counts.reduce((sum, c) => sum + c.deletedCases, 0);
  await db.$transaction(async (tx) => {
    await tx.retentionRun.update({
      where: { id: runId },
      data: { finishedAt: new Date(), status: error ? "FAILED" : "SUCCEEDED", deletedLogs, deletedCases, durationMs, error },
    });
    await recordAudit(
      {
        actor,
        action: dryRun ? "retention.purge_dry_run" : "retention.purge",
        targetType: "RetentionRun",
        targetId: runId,
        details: {
          now: now.toISOString(),
          deletedLogs,
          deletedCases,
          durationMs,
          status: error ? "FAILED" : "SUCCEEDED",
          ...(error ? { error } : {}),
          sources: counts.map((c) => ({ sourceId: c.sourceId, name: c.name, deletedLogs: c.deletedLogs, deletedCases: c.deletedCases })),
        },
      },
      tx,
    );
  });
  return { runId, dryRun, now: now.toISOString(), deletedLogs, deletedCases, durationMs, sources: counts };
}

/** The hourly job's entry point (lib/jobs/registry.ts). */
export async function runScheduledPurge(): Promise<void> {
  let result: PurgeResult | null = null;
  try {
    result = await purgeExpiredSourceLogs();
  } catch (error) {
    // A purge started by hand (npm run retention:purge) is still at work and does this hour's deleting.
    if (!(error instanceof PurgeAlreadyRunning)) throw error;
    console.warn("retention-purge: skipped, another purge is running");
  }
  // Sign-in attempts are kept only as long as throttling reads them (lib/auth/login.ts).
  await pruneLoginAttempts();
  // Hourly ingest counts feed the source health panel; a month of them is plenty.
  await pruneIngestTallies();
  if (result && (result.deletedLogs > 0 || result.deletedCases > 0)) {
    const { refreshDashboardMetrics } = await import("@/lib/metrics/refresh");
    await refreshDashboardMetrics();
  }
}
