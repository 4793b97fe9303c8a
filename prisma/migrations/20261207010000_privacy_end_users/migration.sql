-- End users and every copy of a case's text: what erasure and scrubbing need to reach.

-- Keyed hashes (HMAC with IDENTITY_HASH_KEY) of the producer's end-user and session ids;
-- the ids themselves are never stored.
ALTER TABLE "SourceLog" ADD COLUMN "endUserHash" TEXT, ADD COLUMN "sessionHash" TEXT;
CREATE INDEX "SourceLog_endUserHash_idx" ON "SourceLog"("endUserHash");

ALTER TABLE "Case" ADD COLUMN "endUserHash" TEXT, ADD COLUMN "scrubbedAt" TIMESTAMP(3);
CREATE INDEX "Case_endUserHash_idx" ON "Case"("endUserHash");

ALTER TABLE "EvalItem" ADD COLUMN "endUserHash" TEXT;
CREATE INDEX "EvalItem_endUserHash_idx" ON "EvalItem"("endUserHash");

-- Every source log a case stands for (its first record and the near-duplicates folded
-- into it), so "Redact selection" and erasure rewrite or delete each copy.
CREATE TABLE "CaseLog" (
    "caseId" UUID NOT NULL,
    "sourceLogId" UUID NOT NULL,

    CONSTRAINT "CaseLog_pkey" PRIMARY KEY ("caseId","sourceLogId")
);
CREATE INDEX "CaseLog_sourceLogId_idx" ON "CaseLog"("sourceLogId");
ALTER TABLE "CaseLog" ADD CONSTRAINT "CaseLog_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CaseLog" ADD CONSTRAINT "CaseLog_sourceLogId_fkey" FOREIGN KEY ("sourceLogId") REFERENCES "SourceLog"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing cases know their first record; near-duplicates folded in before this
-- migration were counted but not linked, so only the first record is linked for them.
INSERT INTO "CaseLog" ("caseId", "sourceLogId")
SELECT "id", "sourceLogId" FROM "Case" WHERE "sourceLogId" IS NOT NULL;

-- End users refused at ingest from now on: erased, or opted out by a record of theirs.
CREATE TABLE "EndUserOptOut" (
    "endUserHash" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EndUserOptOut_pkey" PRIMARY KEY ("endUserHash")
);
