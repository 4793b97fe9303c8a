-- Dashboard rollups, the team-wide weekly target band, and indexes for retention and
-- the live "this week" numbers (issue 6).

-- CreateTable
-- One row (id = 1): settings that belong to the whole team rather than to a source.
CREATE TABLE "TeamSetting" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "weeklyTargetMin" INTEGER NOT NULL DEFAULT 10,
    "weeklyTargetMax" INTEGER NOT NULL DEFAULT 30,
    "metricsRefreshedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TeamSetting_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "TeamSetting_singleton" CHECK ("id" = 1),
    CONSTRAINT "TeamSetting_weeklyTarget_band" CHECK ("weeklyTargetMin" >= 0 AND "weeklyTargetMin" <= "weeklyTargetMax")
);
INSERT INTO "TeamSetting" ("id") VALUES (1);

-- CreateIndex
-- The purge reads "this source's logs received before now - retentionDays".
CREATE INDEX "SourceLog_sourceId_receivedAt_idx" ON "SourceLog"("sourceId", "receivedAt");
-- Live "accepted this week" without scanning every case.
CREATE INDEX "Case_status_decidedAt_idx" ON "Case"("status", "decidedAt");

-- Dashboard rollups (not Prisma models: read with raw SQL by lib/metrics). Day-grained
-- so any date range can be summed; refreshed CONCURRENTLY by the "metrics-refresh" job,
-- which needs the unique index on each. Nullable keys are folded to sentinels so the
-- unique indexes hold.
CREATE MATERIALIZED VIEW "metrics_case_mined" AS
SELECT c."minedAt"::date AS "day", c."sourceId", c."batchId", c."status",
       count(*)::bigint AS "cases", min(c."minedAt") AS "oldestMinedAt"
  FROM "Case" c
 GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX "metrics_case_mined_key" ON "metrics_case_mined"("day", "sourceId", "batchId", "status");

CREATE MATERIALIZED VIEW "metrics_case_decided" AS
SELECT c."decidedAt"::date AS "day", c."sourceId",
       coalesce(c."decidedById", '00000000-0000-0000-0000-000000000000'::uuid) AS "reviewerId",
       c."status", count(*)::bigint AS "cases"
  FROM "Case" c
 WHERE c."decidedAt" IS NOT NULL AND c."status" <> 'PENDING'
 GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX "metrics_case_decided_key" ON "metrics_case_decided"("day", "sourceId", "reviewerId", "status");

-- +1 on the day a version became valid, -1 on the day it stopped: a running sum is the
-- eval-set size on any day, per category (edits and retirements included).
CREATE MATERIALIZED VIEW "metrics_evalset_delta" AS
SELECT d."day", d."sourceId", d."category", sum(d."delta")::bigint AS "delta"
  FROM (
    SELECT e."validFrom"::date AS "day", coalesce(e."sourceId", '00000000-0000-0000-0000-000000000000'::uuid) AS "sourceId", e."category", 1 AS "delta"
      FROM "EvalItem" e
    UNION ALL
    SELECT e."validTo"::date, coalesce(e."sourceId", '00000000-0000-0000-0000-000000000000'::uuid), e."category", -1
      FROM "EvalItem" e WHERE e."validTo" IS NOT NULL
  ) d
 GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX "metrics_evalset_delta_key" ON "metrics_evalset_delta"("day", "sourceId", "category");

-- Category and mining-reason mix: production = every mined case (its label, else the
-- miner's suggestion), evalset = current eval items (validTo IS NULL).
CREATE MATERIALIZED VIEW "metrics_mix" AS
SELECT s."population", s."dimension", coalesce(s."key", 'UNCATEGORISED') AS "key", s."day", s."sourceId", count(*)::bigint AS "n"
  FROM (
    SELECT 'production'::text AS "population", 'category'::text AS "dimension",
           coalesce(c."category", c."suggestedCategory")::text AS "key", c."minedAt"::date AS "day", c."sourceId"
      FROM "Case" c
    UNION ALL
    SELECT 'production', 'reason', r."reason", c."minedAt"::date, c."sourceId"
      FROM "Case" c CROSS JOIN LATERAL unnest(c."minedReasons") AS r("reason")
    UNION ALL
    SELECT 'evalset', 'category', e."category"::text, e."validFrom"::date, coalesce(e."sourceId", '00000000-0000-0000-0000-000000000000'::uuid)
      FROM "EvalItem" e WHERE e."validTo" IS NULL
    UNION ALL
    SELECT 'evalset', 'reason', r."reason", e."validFrom"::date, coalesce(e."sourceId", '00000000-0000-0000-0000-000000000000'::uuid)
      FROM "EvalItem" e CROSS JOIN LATERAL unnest(e."minedReasons") AS r("reason") WHERE e."validTo" IS NULL
  ) s
 GROUP BY 1, 2, 3, 4, 5;
CREATE UNIQUE INDEX "metrics_mix_key" ON "metrics_mix"("population", "dimension", "key", "day", "sourceId");

CREATE MATERIALIZED VIEW "metrics_log_daily" AS
SELECT l."receivedAt"::date AS "day", l."sourceId", count(*)::bigint AS "logs"
  FROM "SourceLog" l
 GROUP BY 1, 2;
CREATE UNIQUE INDEX "metrics_log_daily_key" ON "metrics_log_daily"("day", "sourceId");
