import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Category } from "@/lib/generated/prisma/enums";
import { recordAudit, userActor } from "@/lib/audit/record";
import { assertHumanLabel } from "@/lib/evalset/versions";
import { assertCopyConfirmed } from "@/lib/evalset/honest-label";
import { itemContentOfCase } from "@/lib/evalset/item-content";
import { leaseLost, TriageError } from "@/lib/triage/errors";
import { needsSecondReview } from "./sampling";
import { ReviewError } from "./errors";

type Client = Pick<typeof db, "case"> | Pick<Prisma.TransactionClient, "case">;

export interface HeldLabel {
  expectedOutput: string;
  category: Category;
  notes?: string | null;
  tags?: string[];
  confirmEqualsProduction?: boolean;
}

/** Whether accepting this case must wait for a second review (its source's setting, decided per case). */
export async function wantsSecondReview(client: Client, caseId: string): Promise<boolean> {
  const found = await client.case.findUnique({ where: { id: caseId }, select: { source: { select: { secondReviewEvery: true } } } });
  return needsSecondReview(found?.source.secondReviewEvery, caseId);
}

/** The guard accept runs inside its transaction: no eval item straight from a case that waits for a second review. */
export async function assertNoSecondReview(client: Client, caseId: string): Promise<void> {
  if (await wantsSecondReview(client, caseId)) throw new ReviewError(409, "This case waits for a second review: accepting it sends it for approval first. Reload and accept again.");
}

/**
 * Accept under second review: the label is saved and the case waits for approval
 * instead of becoming an eval item. Same checks as a plain accept: the reviewer must
 * still hold the case (row lock + lease in one statement), the label must be complete,
 * and a failure's production output kept unchanged must have been confirmed.
 */
export async function holdForApproval(caseId: string, reviewer: { id: string; email: string }, label: HeldLabel): Promise<void> {
  const at = new Date();
  assertHumanLabel({ expectedOutput: label.expectedOutput, category: label.category, reviewerId: reviewer.id, labelledAt: at });
  const tags = label.tags ?? [];
  const notes = label.notes?.trim() ? label.notes.trim() : null;
  await db.$transaction(async (tx) => {
    const held = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Case"
      WHERE id = ${caseId}::uuid AND status = 'PENDING' AND "claimedById" = ${reviewer.id}::uuid AND "leaseExpiresAt" > now()
      FOR UPDATE`;
    if (!held[0]) {
      if ((await tx.case.count({ where: { id: caseId } })) === 0) throw new TriageError(404, "No such case.");
      throw leaseLost();
    }
    assertCopyConfirmed(await itemContentOfCase(tx, caseId, { tags, notes }), label.expectedOutput, label.confirmEqualsProduction);
    await tx.case.update({
      where: { id: caseId },
      data: { status: "AWAITING_APPROVAL", expectedOutput: label.expectedOutput, category: label.category, notes, tags, discardReason: null, discardNote: null, decidedById: reviewer.id, decidedAt: at, leaseExpiresAt: null, sentBackNote: null },
    });
    await recordAudit({ actor: userActor(reviewer), action: "case.awaiting_approval", targetType: "Case", targetId: caseId, details: { category: label.category } }, tx);
  });
}
