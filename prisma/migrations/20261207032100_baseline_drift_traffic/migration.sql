-- New sources sample 0.5% of their records under a 1% cap (existing sources keep theirs).
ALTER TABLE "Source" ALTER COLUMN "sampleRate" SET DEFAULT 0.005;
ALTER TABLE "Source" ALTER COLUMN "maxSampleRate" SET DEFAULT 0.01;

-- Fingerprints of recent sampled traffic per source (SimHash of redacted text only), for
-- drift mining; the miner deletes rows older than its window.
CREATE TABLE "TrafficFingerprint" (
    "sourceId" UUID NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "lastSeen" DATE NOT NULL,

    CONSTRAINT "TrafficFingerprint_pkey" PRIMARY KEY ("sourceId","fingerprint")
);
CREATE INDEX "TrafficFingerprint_sourceId_lastSeen_idx" ON "TrafficFingerprint"("sourceId", "lastSeen");
ALTER TABLE "TrafficFingerprint" ADD CONSTRAINT "TrafficFingerprint_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Sampled records per source, day and suggested category (counts only), the production
-- side of the representativeness widget.
CREATE TABLE "SampledTraffic" (
    "sourceId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "category" "Category" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "SampledTraffic_pkey" PRIMARY KEY ("sourceId","day","category")
);
ALTER TABLE "SampledTraffic" ADD CONSTRAINT "SampledTraffic_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every existing source gets the two new built-in rules, enabled, with their defaults
-- (lib/mining/schemas.ts defaultMiningRules).
INSERT INTO "MiningRule" ("sourceId", "kind", "name", "config", "enabled")
SELECT s."id", 'BASELINE', 'baseline', '{"share": 0.02}'::jsonb, true FROM "Source" s
 WHERE NOT EXISTS (SELECT 1 FROM "MiningRule" r WHERE r."sourceId" = s."id" AND r."kind" = 'BASELINE');
INSERT INTO "MiningRule" ("sourceId", "kind", "name", "config", "enabled")
SELECT s."id", 'DRIFT', 'drift', '{"weeks": 4}'::jsonb, true FROM "Source" s
 WHERE NOT EXISTS (SELECT 1 FROM "MiningRule" r WHERE r."sourceId" = s."id" AND r."kind" = 'DRIFT');
