import { db } from "@/lib/db";
import type { MetricsFilters } from "./filters";
import { sourceFilter } from "./growth";
import { relation, type MetricsMode } from "./views";

export interface MixRow {
  dimension: "category" | "reason";
  key: string;
  production: number;
  evalset: number;
  /** Shares within the dimension, 0..1. */
  productionShare: number;
  evalsetShare: number;
}

export interface Representativeness {
  rows: MixRow[];
  /**
   * What the production side of the category mix counts: "sampled", every sampled record of
   * the period by the category suggested for it (SampledTraffic, written by the pipeline);
   * "mined", the period's mined cases, when no sampled record of the period was counted
   * (e.g. a period from before the counts existed).
   */
  basis: "sampled" | "mined";
  /** The largest gaps in words, biggest first. */
  callouts: string[];
}

/** A gap smaller than this (in share points) is noise, not worth a sentence. */
const MIN_GAP = 0.05;

/**
 * The category and mining-reason mix of the eval set (current items) next to production's.
 * Production's category mix is ALL sampled traffic of the period, each record counted under
 * the category suggested for it at ingest (mined or not; lib/mining/traffic.ts), so a
 * queue that only mines failures no longer passes for production. The mining-reason mix
 * can only compare what was mined: the period's mined cases. Counts and shares come from
 * SQL; the callouts pick the largest differences.
 */
export async function representativeness(filters: MetricsFilters, mode: MetricsMode = "rollup"): Promise<Representativeness> {
  const [{ counted }] = await db.$queryRaw<Array<{ counted: boolean }>>`
    SELECT EXISTS (SELECT 1 FROM "SampledTraffic" t WHERE t."day" BETWEEN ${filters.from}::date AND ${filters.to}::date ${sourceFilter(filters, "t")}) AS "counted"`;
  // SampledTraffic is a daily count already: read as is in both modes.
  const rows = await db.$queryRaw<MixRow[]>`
    WITH "sampled" AS (
      SELECT 'category'::text AS "dimension", t."category"::text AS "key", sum(t."count")::bigint AS "production", 0::bigint AS "evalset"
        FROM "SampledTraffic" t
       WHERE ${counted} AND t."day" BETWEEN ${filters.from}::date AND ${filters.to}::date ${sourceFilter(filters, "t")}
       GROUP BY 2
    ), "parts" AS (
      SELECT m."dimension", m."key",
             coalesce(sum(m."n") FILTER (WHERE m."population" = 'production' AND m."day" BETWEEN ${filters.from}::date AND ${filters.to}::date
                                           AND (m."dimension" = 'reason' OR NOT ${counted})), 0) AS "production",
             coalesce(sum(m."n") FILTER (WHERE m."population" = 'evalset'), 0) AS "evalset"
        FROM ${relation("metrics_mix", mode)} m
       WHERE true ${sourceFilter(filters)}
       GROUP BY 1, 2
      UNION ALL
      SELECT * FROM "sampled"
    ), "counts" AS (
      SELECT "dimension", "key", sum("production") AS "production", sum("evalset") AS "evalset" FROM "parts" GROUP BY 1, 2
    )
    SELECT "dimension", "key", "production"::int, "evalset"::int,
           coalesce("production"::float8 / nullif(sum("production") OVER (PARTITION BY "dimension"), 0)::float8, 0) AS "productionShare",
           coalesce("evalset"::float8 / nullif(sum("evalset") OVER (PARTITION BY "dimension"), 0)::float8, 0) AS "evalsetShare"
      FROM "counts" WHERE "production" > 0 OR "evalset" > 0
     ORDER BY "dimension", "production" DESC, "key"`;
  return { rows, basis: counted ? "sampled" : "mined", callouts: describeGaps(rows) };
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** "Drift cases are 18% of production but 4% of the eval set." */
export function describeGap(row: MixRow): string {
  const name = humanise(row.key);
  // "Edge cases", not "Edge case cases".
  const label = row.dimension === "category" ? `${/ case$/i.test(name) ? `${name}s` : `${name} cases`} are` : `Cases mined for ${name.toLowerCase()} are`;
  return `${label} ${pct(row.productionShare)} of production but ${pct(row.evalsetShare)} of the eval set.`;
}

/** The three largest gaps (at least 5 points), biggest first; nothing when a side is empty. */
export function describeGaps(rows: MixRow[], limit = 3): string[] {
  const hasBoth = (dimension: string) => rows.some((r) => r.dimension === dimension && r.production > 0) && rows.some((r) => r.dimension === dimension && r.evalset > 0);
  return rows
    .filter((r) => hasBoth(r.dimension) && Math.abs(r.productionShare - r.evalsetShare) >= MIN_GAP)
    .sort((a, b) => Math.abs(b.productionShare - b.evalsetShare) - Math.abs(a.productionShare - a.evalsetShare))
    .slice(0, limit)
    .map(describeGap);
}

/** "NEGATIVE_FEEDBACK" / "negative_feedback" -> "Negative feedback". */
export function humanise(key: string): string {
  const words = key.replace(/[_-]+/g, " ").toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
