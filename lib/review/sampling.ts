import { createHash } from "node:crypto";

/**
 * Whether an accepted case waits for a second review under a source's "one in N"
 * setting. Deterministic: the same case always gets the same answer (a case sent back
 * and accepted again is reviewed again), and about 1/N of cases are picked, spread
 * evenly over time because the case id is random. null (off) never holds a case.
 */
export function needsSecondReview(every: number | null | undefined, caseId: string): boolean {
  if (!every || every < 1) return false;
  if (every === 1) return true;
  const bucket = createHash("sha256").update(caseId).digest().readUInt32BE(0);
  return bucket % every === 0;
}
