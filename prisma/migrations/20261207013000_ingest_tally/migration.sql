-- Ingest counters per source and hour for the source's health panel: format, convention,
-- outcome and reason (field names, never content). The ingest statement upserts them
-- together with the records it stores.
CREATE TABLE "IngestTally" (
    "sourceId" UUID NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "format" TEXT NOT NULL,
    "convention" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IngestTally_pkey" PRIMARY KEY ("sourceId","hour","format","convention","outcome","reason")
);
ALTER TABLE "IngestTally" ADD CONSTRAINT "IngestTally_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
