import "server-only";
import { db } from "@/lib/db";
import { SKIP_DAY_SQL } from "./claim";
import { LEASE_MINUTES } from "./lease";
import { TriageError } from "./errors";

/**
 * Undoes a skip made today: the reviewer sees the case again. When it is still pending
 * and nobody else holds it, the reviewer holds it right away (and the case the queue
 * handed out after the skip goes back, unchanged, so a reviewer never holds two).
 * `restored` is false when a colleague took or decided the case meanwhile: the skip is
 * still undone, the reviewer keeps the case they have.
 */
export async function undoSkip(caseId: string, reviewerId: string): Promise<{ restored: boolean }> {
  return await db.$transaction(async (tx) => {
    const removed = await tx.$executeRaw`
      DELETE FROM "CaseSkip" WHERE "caseId" = ${caseId}::uuid AND "userId" = ${reviewerId}::uuid AND day = ${SKIP_DAY_SQL}`;
    if (removed === 0) throw new TriageError(409, "There is no skip of that case today to undo.");
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Case"
      SET "claimedById" = ${reviewerId}::uuid, "claimedAt" = now(), "leaseExpiresAt" = now() + make_interval(mins => ${LEASE_MINUTES}), "updatedAt" = now()
      WHERE id = ${caseId}::uuid AND status = 'PENDING'
        AND ("claimedById" IS NULL OR "leaseExpiresAt" IS NULL OR "leaseExpiresAt" <= now() OR "claimedById" = ${reviewerId}::uuid)
      RETURNING id`;
    if (claimed.length === 0) return { restored: false };
    await tx.$executeRaw`
      UPDATE "Case" SET "claimedById" = NULL, "claimedAt" = NULL, "leaseExpiresAt" = NULL, "updatedAt" = now()
      WHERE "claimedById" = ${reviewerId}::uuid AND status = 'PENDING' AND id <> ${caseId}::uuid`;
    return { restored: true };
  });
}

/** How many cases the reviewer skipped today that are still waiting for a decision. */
export async function pendingSkippedToday(reviewerId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "CaseSkip" s JOIN "Case" c ON c.id = s."caseId"
    WHERE s."userId" = ${reviewerId}::uuid AND s.day = ${SKIP_DAY_SQL} AND c.status = 'PENDING'`;
  return Number(row?.n ?? 0);
}

/** Forgets today's skips of the reviewer, so the queue offers those cases again (in its usual order). */
export async function unskipToday(reviewerId: string): Promise<number> {
  return await db.$executeRaw`DELETE FROM "CaseSkip" WHERE "userId" = ${reviewerId}::uuid AND day = ${SKIP_DAY_SQL}`;
}
