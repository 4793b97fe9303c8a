import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The dashboard rollups' definitions, as in the migrations (20261126142000, 20261126162000,
 * 20261207070000: curated cases are not production traffic). Queries name a
 * rollup through `relation()`: "rollup" reads the materialised view, "direct" inlines
 * the same SELECT over the base tables. The direct mode is the benchmark's baseline and
 * the tests' check that the views compute what they claim (views.db.test.ts).
 */
const NIL = "'00000000-0000-0000-0000-000000000000'::uuid";

const DEFINITIONS = {
  metrics_case_mined: `
    SELECT c."minedAt"::date AS "day", c."sourceId", c."batchId", c."status", c."origin",
           count(*)::bigint AS "cases", sum(c."groupSize")::bigint AS "records", min(c."minedAt") AS "oldestMinedAt"
      FROM "Case" c GROUP BY 1, 2, 3, 4, 5`,
  metrics_case_decided: `
    SELECT c."decidedAt"::date AS "day", c."sourceId", coalesce(c."decidedById", ${NIL}) AS "reviewerId",
           c."status", count(*)::bigint AS "cases"
      FROM "Case" c WHERE c."decidedAt" IS NOT NULL AND c."status" <> 'PENDING' GROUP BY 1, 2, 3, 4`,
  metrics_evalset_delta: `
    SELECT d."day", d."sourceId", d."category", sum(d."delta")::bigint AS "delta" FROM (
      SELECT e."validFrom"::date AS "day", coalesce(e."sourceId", ${NIL}) AS "sourceId", e."category", 1 AS "delta" FROM "EvalItem" e
      UNION ALL
      SELECT e."validTo"::date, coalesce(e."sourceId", ${NIL}), e."category", -1 FROM "EvalItem" e WHERE e."validTo" IS NOT NULL
    ) d GROUP BY 1, 2, 3`,
  metrics_mix: `
    SELECT s."population", s."dimension", coalesce(s."key", 'UNCATEGORISED') AS "key", s."day", s."sourceId", count(*)::bigint AS "n" FROM (
      SELECT 'production'::text AS "population", 'category'::text AS "dimension",
             coalesce(c."category", c."suggestedCategory")::text AS "key", c."minedAt"::date AS "day", c."sourceId" FROM "Case" c WHERE c."origin" = 'MINED'
      UNION ALL
      SELECT 'production', 'reason', r."reason", c."minedAt"::date, c."sourceId" FROM "Case" c CROSS JOIN LATERAL unnest(c."minedReasons") AS r("reason") WHERE c."origin" = 'MINED'
      UNION ALL
      SELECT 'evalset', 'category', e."category"::text, e."validFrom"::date, coalesce(e."sourceId", ${NIL}) FROM "EvalItem" e WHERE e."validTo" IS NULL
      UNION ALL
      SELECT 'evalset', 'reason', r."reason", e."validFrom"::date, coalesce(e."sourceId", ${NIL})
        FROM "EvalItem" e CROSS JOIN LATERAL unnest(e."minedReasons") AS r("reason") WHERE e."validTo" IS NULL
    ) s GROUP BY 1, 2, 3, 4, 5`,
  metrics_log_daily: `
    SELECT l."receivedAt"::date AS "day", l."sourceId", count(*)::bigint AS "logs" FROM "SourceLog" l GROUP BY 1, 2`,
} as const;

export type MetricView = keyof typeof DEFINITIONS;
export type MetricsMode = "rollup" | "direct";

/** The FROM-clause fragment for a rollup: the view, or its definition inlined. */
export function relation(view: MetricView, mode: MetricsMode): Prisma.Sql {
  return mode === "rollup" ? Prisma.raw(`"${view}"`) : Prisma.raw(`(${DEFINITIONS[view]})`);
}
