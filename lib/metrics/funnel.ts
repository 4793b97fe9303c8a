import { db } from "@/lib/db";
import type { BatchStatus } from "@/lib/generated/prisma/enums";
import type { MetricsFilters } from "./filters";
import { sourceFilter } from "./growth";
import { relation, type MetricsMode } from "./views";

export interface Funnel {
  sampled: number;
  /** Records that matched a mining rule (near-duplicates included). */
  mined: number;
  /** Queue items those records became: near-duplicates of an open case join its group. */
  cases: number;
  triaged: number;
  accepted: number;
  discarded: number;
}

/**
 * The funnel of the period: logs sampled (received) in it, records mined in it, the
 * cases (queue items) they became after near-duplicate grouping, and of those cases how
 * many were triaged, accepted and discarded so far. Only mined cases: a lead's hand-written
 * or imported cases were never sampled traffic (the backlog below counts them). Logs and unaccepted
 * cases past their retention period are gone, so old periods shrink after purges.
 */
export async function funnel(filters: MetricsFilters, mode: MetricsMode = "rollup"): Promise<Funnel> {
  const [row] = await db.$queryRaw<Funnel[]>`
    SELECT
      (SELECT coalesce(sum(m."logs"), 0) FROM ${relation("metrics_log_daily", mode)} m
        WHERE m."day" BETWEEN ${filters.from}::date AND ${filters.to}::date ${sourceFilter(filters)})::int AS "sampled",
      c."mined"::int, c."cases"::int, (c."accepted" + c."discarded")::int AS "triaged", c."accepted"::int, c."discarded"::int
    FROM (
      SELECT coalesce(sum(m."records"), 0) AS "mined", coalesce(sum(m."cases"), 0) AS "cases",
             coalesce(sum(m."cases") FILTER (WHERE m."status" = 'ACCEPTED'), 0) AS "accepted",
             coalesce(sum(m."cases") FILTER (WHERE m."status" = 'DISCARDED'), 0) AS "discarded"
        FROM ${relation("metrics_case_mined", mode)} m
       WHERE m."day" BETWEEN ${filters.from}::date AND ${filters.to}::date AND m."origin" = 'MINED' ${sourceFilter(filters)}
    ) c`;
  return row;
}

export interface Backlog {
  pending: number;
  oldestPendingMinedAt: Date | null;
  batches: { isoWeek: string; status: BatchStatus; pending: number; accepted: number; discarded: number }[];
}

/** Pending cases now (any period), the oldest one's mining time, and the progress of the range's weekly batches. */
export async function backlog(filters: MetricsFilters, mode: MetricsMode = "rollup", batchLimit = 26): Promise<Backlog> {
  const [[totals], batches] = await Promise.all([
    db.$queryRaw<{ pending: number; oldest: Date | null }[]>`
      SELECT coalesce(sum(m."cases"), 0)::int AS "pending", min(m."oldestMinedAt") AS "oldest"
        FROM ${relation("metrics_case_mined", mode)} m WHERE m."status" = 'PENDING' ${sourceFilter(filters)}`,
    db.$queryRaw<Backlog["batches"]>`
      SELECT b."isoWeek", b."status"::text AS "status",
             coalesce(sum(m."cases") FILTER (WHERE m."status" = 'PENDING'), 0)::int AS "pending",
             coalesce(sum(m."cases") FILTER (WHERE m."status" = 'ACCEPTED'), 0)::int AS "accepted",
             coalesce(sum(m."cases") FILTER (WHERE m."status" = 'DISCARDED'), 0)::int AS "discarded"
        FROM (SELECT * FROM "Batch" WHERE "weekStart" BETWEEN date_trunc('week', ${filters.from}::date) AND ${filters.to}::date
               ORDER BY "weekStart" DESC LIMIT ${batchLimit}) b
        LEFT JOIN ${relation("metrics_case_mined", mode)} m ON m."batchId" = b."id" ${sourceFilter(filters)}
       GROUP BY b."isoWeek", b."status", b."weekStart" ORDER BY b."weekStart" DESC`,
  ]);
  return { pending: totals.pending, oldestPendingMinedAt: totals.oldest, batches };
}
