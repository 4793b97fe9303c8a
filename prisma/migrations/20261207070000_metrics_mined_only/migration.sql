-- Cases a lead wrote by hand or imported as synthetic (Case.origin <> 'MINED') go through
-- the queue like mined ones, but they are not production traffic. The funnel's "mined"
-- and "cases" count mined cases only, so metrics_case_mined now keeps the origin (the
-- backlog and batch progress still count every case in the queue); the production side
-- of metrics_mix counts mined cases only. The eval-set side keeps every current item.
DROP MATERIALIZED VIEW "metrics_case_mined";

CREATE MATERIALIZED VIEW "metrics_case_mined" AS
SELECT c."minedAt"::date AS "day", c."sourceId", c."batchId", c."status", c."origin",
       count(*)::bigint AS "cases", sum(c."groupSize")::bigint AS "records", min(c."minedAt") AS "oldestMinedAt"
  FROM "Case" c
 GROUP BY 1, 2, 3, 4, 5;
CREATE UNIQUE INDEX "metrics_case_mined_key" ON "metrics_case_mined"("day", "sourceId", "batchId", "status", "origin");

DROP MATERIALIZED VIEW "metrics_mix";

CREATE MATERIALIZED VIEW "metrics_mix" AS
SELECT s."population", s."dimension", coalesce(s."key", 'UNCATEGORISED') AS "key", s."day", s."sourceId", count(*)::bigint AS "n"
  FROM (
    SELECT 'production'::text AS "population", 'category'::text AS "dimension",
           coalesce(c."category", c."suggestedCategory")::text AS "key", c."minedAt"::date AS "day", c."sourceId"
      FROM "Case" c WHERE c."origin" = 'MINED'
    UNION ALL
    SELECT 'production', 'reason', r."reason", c."minedAt"::date, c."sourceId"
      FROM "Case" c CROSS JOIN LATERAL unnest(c."minedReasons") AS r("reason") WHERE c."origin" = 'MINED'
    UNION ALL
    SELECT 'evalset', 'category', e."category"::text, e."validFrom"::date, coalesce(e."sourceId", '00000000-0000-0000-0000-000000000000'::uuid)
      FROM "EvalItem" e WHERE e."validTo" IS NULL
    UNION ALL
    SELECT 'evalset', 'reason', r."reason", e."validFrom"::date, coalesce(e."sourceId", '00000000-0000-0000-0000-000000000000'::uuid)
      FROM "EvalItem" e CROSS JOIN LATERAL unnest(e."minedReasons") AS r("reason") WHERE e."validTo" IS NULL
  ) s
 GROUP BY 1, 2, 3, 4, 5;
CREATE UNIQUE INDEX "metrics_mix_key" ON "metrics_mix"("population", "dimension", "key", "day", "sourceId");
