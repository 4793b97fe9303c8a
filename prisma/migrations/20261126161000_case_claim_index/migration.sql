-- The queue's "case I already hold" lookup filters on (claimedById, status = PENDING).
-- Decided cases keep claimedById, so an index on claimedById alone grows with each
-- reviewer's history and the lookup would visit every case they ever decided.
DROP INDEX "Case_claimedById_idx";

-- CreateIndex
CREATE INDEX "Case_claimedById_status_idx" ON "Case"("claimedById", "status");
