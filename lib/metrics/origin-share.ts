import { db } from "@/lib/db";
import { isoDay } from "@/lib/core/format";
import type { MetricsFilters } from "./filters";
import { sourceFilter, weeksOf } from "./growth";

export interface OriginShareWeek {
  /** Monday of the week (YYYY-MM-DD). */
  week: string;
  /** Items in the eval set at the end of the week, and how many of them were mined. */
  total: number;
  mined: number;
  synthetic: number;
  handWritten: number;
  /** mined / total, or null for an empty eval set. */
  minedShare: number | null;
}

/**
 * How much of the eval set came from production traffic, week by week: the versions
 * valid at each week's end, by origin. Counted live from EvalItem (its validFrom/validTo
 * index): an eval set is thousands of items, not the millions of cases the rollups exist for.
 */
export async function originShare(filters: MetricsFilters): Promise<OriginShareWeek[]> {
  const rows = await db.$queryRaw<{ week: Date; total: number; mined: number; synthetic: number; handWritten: number }[]>`
    WITH "weeks" AS (${weeksOf(filters)})
    SELECT w."week",
           count(e."id")::int AS "total",
           count(e."id") FILTER (WHERE e."origin" = 'MINED')::int AS "mined",
           count(e."id") FILTER (WHERE e."origin" = 'SYNTHETIC')::int AS "synthetic",
           count(e."id") FILTER (WHERE e."origin" = 'HAND_WRITTEN')::int AS "handWritten"
      FROM "weeks" w
      LEFT JOIN "EvalItem" e
        ON e."validFrom" < (w."week" + 7)::timestamp AND (e."validTo" IS NULL OR e."validTo" >= (w."week" + 7)::timestamp) ${sourceFilter(filters, "e")}
     GROUP BY w."week" ORDER BY w."week"`;
  return rows.map((row) => ({ ...row, week: isoDay(row.week), minedShare: row.total ? row.mined / row.total : null }));
}
