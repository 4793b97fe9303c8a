import { db } from "@/lib/db";
import { isoDay } from "@/lib/core/format";
import type { MetricsFilters } from "./filters";
import { sourceFilter, weeksOf } from "./growth";
import { relation, type MetricsMode } from "./views";

export interface ThroughputWeek {
  week: string;
  accepted: number;
  discarded: number;
  /** accepted / (accepted + discarded), 0..1; null for a week without decisions. */
  acceptanceRate: number | null;
}

export interface ReviewerThroughput {
  reviewer: string;
  decided: number;
  accepted: number;
  acceptanceRate: number | null;
  /** Decisions per week over the weeks of the range. */
  perWeek: number;
}

/**
 * Decisions per week (accepted, discarded, acceptance rate) and per reviewer over the range;
 * the current week's decisions are counted live, the rest come from the rollup.
 * The rate divides by accepted + discarded only: a case awaiting its second review is
 * neither yet, and counting it made a week of nothing but such cases read 0%.
 */
export async function throughput(filters: MetricsFilters, mode: MetricsMode = "rollup", now: Date = new Date()): Promise<{ weeks: ThroughputWeek[]; reviewers: ReviewerThroughput[] }> {
  const weekStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7)));
  const [weeks, reviewers, [live]] = await Promise.all([
    db.$queryRaw<(Omit<ThroughputWeek, "week"> & { week: Date })[]>`
      WITH "weeks" AS (${weeksOf(filters)})
      SELECT w."week",
             coalesce(sum(m."cases") FILTER (WHERE m."status" = 'ACCEPTED'), 0)::int AS "accepted",
             coalesce(sum(m."cases") FILTER (WHERE m."status" = 'DISCARDED'), 0)::int AS "discarded",
             coalesce(sum(m."cases") FILTER (WHERE m."status" = 'ACCEPTED'), 0)::float8
               / nullif(coalesce(sum(m."cases") FILTER (WHERE m."status" IN ('ACCEPTED', 'DISCARDED')), 0), 0)::float8 AS "acceptanceRate"
        FROM "weeks" w
        LEFT JOIN ${relation("metrics_case_decided", mode)} m
          ON m."day" >= w."week" AND m."day" < w."week" + 7 AND m."day" BETWEEN ${filters.from}::date AND ${filters.to}::date ${sourceFilter(filters)}
       GROUP BY w."week" ORDER BY w."week"`,
    db.$queryRaw<ReviewerThroughput[]>`
      SELECT coalesce(u."name", 'Deleted user') AS "reviewer",
             sum(m."cases")::int AS "decided",
             coalesce(sum(m."cases") FILTER (WHERE m."status" = 'ACCEPTED'), 0)::int AS "accepted",
             coalesce(sum(m."cases") FILTER (WHERE m."status" = 'ACCEPTED'), 0)::float8
               / nullif(coalesce(sum(m."cases") FILTER (WHERE m."status" IN ('ACCEPTED', 'DISCARDED')), 0), 0)::float8 AS "acceptanceRate",
             round(sum(m."cases")::numeric / greatest(1, ceil((${filters.to}::date - ${filters.from}::date + 1) / 7.0)), 1)::float8 AS "perWeek"
        FROM ${relation("metrics_case_decided", mode)} m
        LEFT JOIN "User" u ON u."id" = m."reviewerId"
       WHERE m."day" BETWEEN ${filters.from}::date AND ${filters.to}::date ${sourceFilter(filters)}
       GROUP BY m."reviewerId", u."name" ORDER BY 2 DESC, 1`,
    // The current week live from the Case table, as "Accepted per week" counts it: the rollup
    // lags up to 5 minutes, and the two widgets disagreed about this week's accepts.
    db.$queryRaw<{ accepted: number; discarded: number }[]>`
      SELECT count(*) FILTER (WHERE c."status" = 'ACCEPTED')::int AS "accepted", count(*) FILTER (WHERE c."status" = 'DISCARDED')::int AS "discarded"
        FROM "Case" c
       WHERE c."status" IN ('ACCEPTED', 'DISCARDED') AND c."decidedAt" >= ${weekStart} AND c."decidedAt" <= ${now} ${sourceFilter(filters, "c")}`,
  ]);
  const currentLabel = isoDay(weekStart);
  const rate = (accepted: number, discarded: number) => (accepted + discarded === 0 ? null : accepted / (accepted + discarded));
  return {
    weeks: weeks.map((w) => {
      const week = isoDay(w.week);
      return week === currentLabel ? { week, accepted: live.accepted, discarded: live.discarded, acceptanceRate: rate(live.accepted, live.discarded) } : { ...w, week };
    }),
    reviewers,
  };
}
