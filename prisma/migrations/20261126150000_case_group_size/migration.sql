-- Near-duplicates collapse into one queue item (issue 4): a mined record nearly identical
-- to an open (PENDING) case no longer gets a Case row of its own; the open case counts it.
-- Its SourceLog is still stored, so production volume and provenance stay visible.

-- AlterTable
-- How many mined records this case stands for, itself included (the queue shows it).
ALTER TABLE "Case" ADD COLUMN "groupSize" INTEGER NOT NULL DEFAULT 1;
