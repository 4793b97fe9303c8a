-- Second review: an accepted case of a source with second review waits here for a second
-- reviewer. Added alone: a new enum value can't be used in the transaction that adds it.
ALTER TYPE "CaseStatus" ADD VALUE 'AWAITING_APPROVAL';
