import { db } from "@/lib/db";
import { KEPT } from "./purge";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** When the hourly purge (lib/jobs/registry.ts, "0 * * * *" UTC) next runs after `now`. */
export function nextPurgeAt(now: Date): Date {
  return new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS);
}

export interface RetentionImpact {
  retentionDays: number;
  /** Logs received before this moment are past the new period. */
  cutoff: Date;
  /** Stored logs the next purge would delete under the new period. */
  logs: number;
  /** Cases mined from those logs that no reviewer accepted (nor holds for a second review): they go with their log. */
  cases: number;
  nextPurgeAt: Date;
}

/**
 * What a new retention period would delete at the next purge: the source's stored logs
 * received longer ago than the period, and the unaccepted cases mined from them (the
 * purge reads the period at run time, so a shorter one applies to logs already stored).
 * Counted with the (sourceId, receivedAt) index; accepted eval items keep their copy.
 */
export async function retentionImpact(sourceId: string, retentionDays: number, now: Date = new Date()): Promise<RetentionImpact> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  const [row] = await db.$queryRaw<{ logs: bigint; cases: bigint }[]>`
    SELECT (SELECT count(*) FROM "SourceLog" l WHERE l."sourceId" = ${sourceId}::uuid AND l."receivedAt" < ${cutoff}) AS "logs",
           (SELECT count(*) FROM "Case" c JOIN "SourceLog" l ON l."id" = c."sourceLogId"
             WHERE l."sourceId" = ${sourceId}::uuid AND l."receivedAt" < ${cutoff} AND c."status" NOT IN ${KEPT}) AS "cases"`;
  return { retentionDays, cutoff, logs: Number(row?.logs ?? 0), cases: Number(row?.cases ?? 0), nextPurgeAt: nextPurgeAt(now) };
}
