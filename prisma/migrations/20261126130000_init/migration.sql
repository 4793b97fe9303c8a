-- Initial schema: the whole domain of DESIGN.md. Written by hand in Prisma Migrate's
-- naming conventions so `prisma migrate status` agrees where the native engine exists.

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('REVIEWER', 'LEAD', 'ADMIN');
CREATE TYPE "CaseStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DISCARDED');
CREATE TYPE "Category" AS ENUM ('HAPPY_PATH', 'EDGE_CASE', 'ADVERSARIAL', 'DRIFT');
CREATE TYPE "BatchStatus" AS ENUM ('OPEN', 'IN_REVIEW', 'CLOSED');
CREATE TYPE "MiningRuleKind" AS ENUM ('FAILURE', 'LOW_CONFIDENCE', 'ESCALATION', 'NEGATIVE_FEEDBACK', 'CUSTOM');
CREATE TYPE "DiscardReason" AS ENUM ('NOT_USEFUL', 'DUPLICATE', 'PII_LEAK', 'BAD_DATA', 'OTHER');
CREATE TYPE "RetentionRunStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'REVIEWER',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Source" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sampleRate" DOUBLE PRECISION NOT NULL DEFAULT 0.1,
    "maxSampleRate" DOUBLE PRECISION NOT NULL DEFAULT 0.1,
    "retentionDays" INTEGER,
    "retentionPolicy" TEXT,
    "pullFolder" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "weeklyTargetMin" INTEGER,
    "weeklyTargetMax" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Source_pkey" PRIMARY KEY ("id"),
    -- Invariant 3: the sample rate never exceeds the admin's privacy commitment.
    CONSTRAINT "Source_sampleRate_within_cap" CHECK ("sampleRate" >= 0 AND "maxSampleRate" <= 1 AND "sampleRate" <= "maxSampleRate"),
    -- Invariant 4: a retention period, when set, is 1..3650 days.
    CONSTRAINT "Source_retentionDays_range" CHECK ("retentionDays" IS NULL OR ("retentionDays" BETWEEN 1 AND 3650)),
    CONSTRAINT "Source_weeklyTarget_band" CHECK ("weeklyTargetMin" IS NULL OR "weeklyTargetMax" IS NULL OR "weeklyTargetMin" <= "weeklyTargetMax")
);

CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sourceId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SourceLog" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sourceId" UUID NOT NULL,
    "externalId" TEXT NOT NULL,
    "traceId" TEXT,
    "timestamp" TIMESTAMP(3) NOT NULL,
    "model" TEXT,
    "input" JSONB NOT NULL,
    "output" JSONB,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "redactionVersion" TEXT NOT NULL,
    "entityCounts" JSONB NOT NULL DEFAULT '{}',
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "SourceLog_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "MiningRule" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sourceId" UUID NOT NULL,
    "kind" "MiningRuleKind" NOT NULL,
    "name" TEXT NOT NULL,
    "config" JSONB NOT NULL DEFAULT '{}',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MiningRule_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Batch" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "isoWeek" TEXT NOT NULL,
    "weekStart" DATE NOT NULL,
    "status" "BatchStatus" NOT NULL DEFAULT 'OPEN',
    "closedAt" TIMESTAMP(3),
    "closedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Batch_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Case" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sourceId" UUID NOT NULL,
    "sourceLogId" UUID,
    "batchId" UUID NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'PENDING',
    "priority" INTEGER NOT NULL DEFAULT 100,
    "minedReasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "suggestedCategory" "Category",
    "input" JSONB NOT NULL,
    "output" JSONB,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "groupKey" TEXT,
    "claimedById" UUID,
    "claimedAt" TIMESTAMP(3),
    "leaseExpiresAt" TIMESTAMP(3),
    "expectedOutput" TEXT,
    "category" "Category",
    "notes" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "discardReason" "DiscardReason",
    "discardNote" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "minedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Case_pkey" PRIMARY KEY ("id"),
    -- An accepted case carries its human label (invariant 2).
    CONSTRAINT "Case_accepted_is_labelled" CHECK ("status" <> 'ACCEPTED' OR ("expectedOutput" IS NOT NULL AND "category" IS NOT NULL AND "decidedById" IS NOT NULL AND "decidedAt" IS NOT NULL))
);

CREATE TABLE "CaseSkip" (
    "caseId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CaseSkip_pkey" PRIMARY KEY ("caseId","userId","day")
);

CREATE TABLE "EvalItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "itemId" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "caseId" UUID,
    "sourceId" UUID,
    "batchId" UUID,
    "input" JSONB NOT NULL,
    "productionOutput" JSONB,
    "expectedOutput" TEXT NOT NULL,
    "category" "Category" NOT NULL,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notes" TEXT,
    "minedReasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "redactionVersion" TEXT NOT NULL,
    "reviewerId" UUID NOT NULL,
    "labelledAt" TIMESTAMP(3) NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validTo" TIMESTAMP(3),
    "retiredReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EvalItem_pkey" PRIMARY KEY ("id"),
    -- Invariant 2: an eval item's expected output is a real label, not an empty string.
    CONSTRAINT "EvalItem_expectedOutput_not_blank" CHECK (length(btrim("expectedOutput")) > 0)
);

CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "RetentionRun" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "status" "RetentionRunStatus" NOT NULL DEFAULT 'RUNNING',
    "dryRun" BOOLEAN NOT NULL DEFAULT false,
    "deletedLogs" INTEGER NOT NULL DEFAULT 0,
    "deletedCases" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER,
    "error" TEXT,
    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PullFileOffset" (
    "sourceId" UUID NOT NULL,
    "path" TEXT NOT NULL,
    "offset" BIGINT NOT NULL DEFAULT 0,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PullFileOffset_pkey" PRIMARY KEY ("sourceId","path")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");
CREATE UNIQUE INDEX "Source_name_key" ON "Source"("name");
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");
CREATE INDEX "ApiKey_sourceId_idx" ON "ApiKey"("sourceId");
CREATE INDEX "SourceLog_expiresAt_idx" ON "SourceLog"("expiresAt");
CREATE INDEX "SourceLog_sourceId_timestamp_idx" ON "SourceLog"("sourceId", "timestamp");
CREATE UNIQUE INDEX "SourceLog_sourceId_externalId_key" ON "SourceLog"("sourceId", "externalId");
CREATE INDEX "MiningRule_sourceId_idx" ON "MiningRule"("sourceId");
CREATE UNIQUE INDEX "Batch_isoWeek_key" ON "Batch"("isoWeek");
CREATE INDEX "Case_status_batchId_priority_minedAt_idx" ON "Case"("status", "batchId", "priority", "minedAt");
CREATE INDEX "Case_claimedById_idx" ON "Case"("claimedById");
CREATE INDEX "Case_sourceId_groupKey_idx" ON "Case"("sourceId", "groupKey");
CREATE INDEX "Case_sourceLogId_idx" ON "Case"("sourceLogId");
CREATE INDEX "EvalItem_validFrom_validTo_idx" ON "EvalItem"("validFrom", "validTo");
CREATE INDEX "EvalItem_category_idx" ON "EvalItem"("category");
CREATE INDEX "EvalItem_sourceId_idx" ON "EvalItem"("sourceId");
CREATE UNIQUE INDEX "EvalItem_itemId_version_key" ON "EvalItem"("itemId", "version");
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");
CREATE INDEX "AuditLog_targetType_targetId_idx" ON "AuditLog"("targetType", "targetId");
CREATE INDEX "RetentionRun_startedAt_idx" ON "RetentionRun"("startedAt");

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SourceLog" ADD CONSTRAINT "SourceLog_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MiningRule" ADD CONSTRAINT "MiningRule_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Case" ADD CONSTRAINT "Case_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Case" ADD CONSTRAINT "Case_sourceLogId_fkey" FOREIGN KEY ("sourceLogId") REFERENCES "SourceLog"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Case" ADD CONSTRAINT "Case_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Case" ADD CONSTRAINT "Case_claimedById_fkey" FOREIGN KEY ("claimedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Case" ADD CONSTRAINT "Case_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CaseSkip" ADD CONSTRAINT "CaseSkip_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CaseSkip" ADD CONSTRAINT "CaseSkip_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EvalItem" ADD CONSTRAINT "EvalItem_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "EvalItem" ADD CONSTRAINT "EvalItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "EvalItem" ADD CONSTRAINT "EvalItem_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "EvalItem" ADD CONSTRAINT "EvalItem_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PullFileOffset" ADD CONSTRAINT "PullFileOffset_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit log is append-only: no UPDATE or DELETE path exists, in the app or in SQL.
-- (A user deletion's ON DELETE SET NULL on actorId is the one permitted change.)
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."id" = OLD."id" AND NEW."at" = OLD."at"
     AND NEW."actorLabel" = OLD."actorLabel" AND NEW."action" = OLD."action"
     AND NEW."targetType" = OLD."targetType" AND NEW."targetId" IS NOT DISTINCT FROM OLD."targetId"
     AND NEW."details" = OLD."details" AND NEW."actorId" IS NULL THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditLog_append_only"
BEFORE UPDATE OR DELETE ON "AuditLog"
FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
