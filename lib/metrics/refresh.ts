import { db } from "@/lib/db";

/** The dashboard's rollups, in refresh order (see the 20261126142000 migration). */
export const METRIC_VIEWS = ["metrics_case_mined", "metrics_case_decided", "metrics_evalset_delta", "metrics_mix", "metrics_log_daily"] as const;

// Any constant shared by all refreshers; keeps two workers from refreshing at once.
const REFRESH_LOCK = 7_260_611;

/**
 * Recomputes every dashboard rollup. CONCURRENTLY keeps the old contents readable while
 * the new ones are built, so the dashboard never waits on a refresh. Returns false when
 * another process is already refreshing (its result will be just as fresh).
 */
export async function refreshDashboardMetrics(): Promise<boolean> {
  return await db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${REFRESH_LOCK}) AS "locked"`;
      if (!lock.locked) return false;
      for (const view of METRIC_VIEWS) {
        await tx.$executeRawUnsafe(`REFRESH MATERIALIZED VIEW CONCURRENTLY "${view}"`);
      }
      await tx.teamSetting.upsert({ where: { id: 1 }, update: { metricsRefreshedAt: new Date() }, create: { id: 1, metricsRefreshedAt: new Date() } });
      return true;
    },
    { timeout: 15 * 60_000, maxWait: 10_000 },
  );
}

/** When the rollups were last refreshed (null: never since install). */
export async function metricsRefreshedAt(): Promise<Date | null> {
  const row = await db.teamSetting.findUnique({ where: { id: 1 }, select: { metricsRefreshedAt: true } });
  return row?.metricsRefreshedAt ?? null;
}
