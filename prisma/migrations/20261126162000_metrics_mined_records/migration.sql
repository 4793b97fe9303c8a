-- Near-duplicates join an open case (Case.groupSize), so "cases" counts queue items,
-- not mined records. The dashboard's funnel shows both: records mined (sum of group
-- sizes) and the cases they became. Same keys and unique index as before.
DROP MATERIALIZED VIEW "metrics_case_mined";

CREATE MATERIALIZED VIEW "metrics_case_mined" AS
SELECT c."minedAt"::date AS "day", c."sourceId", c."batchId", c."status",
       count(*)::bigint AS "cases", sum(c."groupSize")::bigint AS "records", min(c."minedAt") AS "oldestMinedAt"
  FROM "Case" c
 GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX "metrics_case_mined_key" ON "metrics_case_mined"("day", "sourceId", "batchId", "status");
