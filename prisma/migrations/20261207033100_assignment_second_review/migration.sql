-- Assignment: a lead assigns pending cases to a reviewer (Case.assignedToId). The claim
-- offers a reviewer their assigned cases first through the index below, and releases a
-- reviewer's assignments to the pool once they have not claimed for assignmentStaleHours.
ALTER TABLE "Case" ADD COLUMN "assignedToId" UUID;
ALTER TABLE "Case" ADD COLUMN "sentBackNote" TEXT;
ALTER TABLE "Case" ADD CONSTRAINT "Case_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Case_assignedToId_status_batchId_priority_minedAt_idx" ON "Case"("assignedToId", "status", "batchId", "priority", "minedAt");

ALTER TABLE "User" ADD COLUMN "queueActiveAt" TIMESTAMP(3);

ALTER TABLE "TeamSetting" ADD COLUMN "assignmentStaleHours" INTEGER NOT NULL DEFAULT 24;
ALTER TABLE "TeamSetting" ADD CONSTRAINT "TeamSetting_assignmentStaleHours_check" CHECK ("assignmentStaleHours" BETWEEN 1 AND 720);

-- Second review per source: one accepted case in N waits for approval (null = off).
ALTER TABLE "Source" ADD COLUMN "secondReviewEvery" INTEGER;
ALTER TABLE "Source" ADD CONSTRAINT "Source_secondReviewEvery_check" CHECK ("secondReviewEvery" IS NULL OR "secondReviewEvery" BETWEEN 1 AND 1000);

CREATE TYPE "ReviewOutcome" AS ENUM ('APPROVED', 'SENT_BACK');

CREATE TABLE "CaseReview" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "firstReviewerId" UUID,
    "firstCategory" "Category" NOT NULL,
    "reviewerId" UUID,
    "category" "Category" NOT NULL,
    "outcome" "ReviewOutcome" NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseReview_pkey" PRIMARY KEY ("id"),
    -- The second reviewer is never the first (the approval statement checks it too).
    CONSTRAINT "CaseReview_second_person_check" CHECK ("reviewerId" IS DISTINCT FROM "firstReviewerId" OR "reviewerId" IS NULL)
);
CREATE INDEX "CaseReview_createdAt_idx" ON "CaseReview"("createdAt");
CREATE INDEX "CaseReview_caseId_idx" ON "CaseReview"("caseId");
ALTER TABLE "CaseReview" ADD CONSTRAINT "CaseReview_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CaseReview" ADD CONSTRAINT "CaseReview_firstReviewerId_fkey" FOREIGN KEY ("firstReviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CaseReview" ADD CONSTRAINT "CaseReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
