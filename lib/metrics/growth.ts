import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/core/format";
import type { MetricsFilters } from "./filters";
import { relation, type MetricsMode } from "./views";

export const CATEGORIES = ["HAPPY_PATH", "EDGE_CASE", "ADVERSARIAL", "DRIFT"] as const;
export type CategoryKey = (typeof CATEGORIES)[number];

export type GrowthRow = { week: string } & Record<CategoryKey, number> & { total: number };

export function sourceFilter(filters: MetricsFilters, alias = "m"): Prisma.Sql {
  return filters.sourceId ? Prisma.sql`AND ${Prisma.raw(`${alias}."sourceId"`)} = ${filters.sourceId}::uuid` : Prisma.empty;
}

/** The Mondays of the filter range as a SQL set ("weeks"(week)). */
export function weeksOf(filters: MetricsFilters): Prisma.Sql {
  return Prisma.sql`SELECT generate_series(date_trunc('week', ${filters.from}::date), date_trunc('week', ${filters.to}::date), interval '1 week')::date AS "week"`;
}

/**
 * Eval-set size at the end of each week of the range, per category (cumulative: the
 * running sum of +1/-1 version deltas since the beginning, so edits and retirements count).
 */
export async function evalSetGrowth(filters: MetricsFilters, mode: MetricsMode = "rollup"): Promise<GrowthRow[]> {
  const rows = await db.$queryRaw<(GrowthRow & { week: Date })[]>`
    WITH "weeks" AS (${weeksOf(filters)}),
    "d" AS (
      SELECT date_trunc('week', m."day")::date AS "week", m."category"::text AS "category", sum(m."delta") AS "delta"
        FROM ${relation("metrics_evalset_delta", mode)} m
       WHERE m."day" <= ${filters.to}::date ${sourceFilter(filters)}
       GROUP BY 1, 2
    )
    SELECT w."week",
           coalesce(sum(d."delta") FILTER (WHERE d."category" = 'HAPPY_PATH'), 0)::int AS "HAPPY_PATH",
           coalesce(sum(d."delta") FILTER (WHERE d."category" = 'EDGE_CASE'), 0)::int AS "EDGE_CASE",
           coalesce(sum(d."delta") FILTER (WHERE d."category" = 'ADVERSARIAL'), 0)::int AS "ADVERSARIAL",
           coalesce(sum(d."delta") FILTER (WHERE d."category" = 'DRIFT'), 0)::int AS "DRIFT",
           coalesce(sum(d."delta"), 0)::int AS "total"
      FROM "weeks" w LEFT JOIN "d" ON d."week" <= w."week"
     GROUP BY w."week" ORDER BY w."week"`;
  return rows.map((row) => ({ ...row, week: isoDay(row.week as unknown as Date) }));
}

export interface AcceptedWeek {
  week: string;
  accepted: number;
}

/**
 * Accepted cases per week of the range (by decision time). The current week is counted
 * live from the Case table (an index on status + decidedAt) so its progress is exact;
 * earlier weeks come from the rollup.
 */
export async function acceptedPerWeek(filters: MetricsFilters, now: Date = new Date(), mode: MetricsMode = "rollup"): Promise<{ weeks: AcceptedWeek[]; currentWeek: AcceptedWeek }> {
  const weekStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7)));
  const [rows, [live]] = await Promise.all([
    db.$queryRaw<{ week: Date; accepted: number }[]>`
      WITH "weeks" AS (${weeksOf(filters)})
      SELECT w."week", coalesce(sum(m."cases"), 0)::int AS "accepted"
        FROM "weeks" w
        LEFT JOIN ${relation("metrics_case_decided", mode)} m
          ON m."status" = 'ACCEPTED' AND m."day" >= w."week" AND m."day" < w."week" + 7
             AND m."day" BETWEEN ${filters.from}::date AND ${filters.to}::date ${sourceFilter(filters)}
       GROUP BY w."week" ORDER BY w."week"`,
    db.$queryRaw<{ accepted: number }[]>`
      SELECT count(*)::int AS "accepted" FROM "Case" c
       WHERE c."status" = 'ACCEPTED' AND c."decidedAt" >= ${weekStart} AND c."decidedAt" <= ${now} ${sourceFilter(filters, "c")}`,
  ]);
  const currentLabel = isoDay(weekStart);
  const weeks = rows.map((row) => {
    const week = isoDay(row.week);
    return { week, accepted: week === currentLabel ? live.accepted : row.accepted };
  });
  return { weeks, currentWeek: { week: currentLabel, accepted: live.accepted } };
}
