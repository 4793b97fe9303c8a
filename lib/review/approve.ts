import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Category } from "@/lib/generated/prisma/enums";
import { recordAudit, userActor } from "@/lib/audit/record";
import { batchForWeek } from "@/lib/batches/batch-for-week";
import { insertItemVersion } from "@/lib/evalset/versions";
import { itemContentOfCase } from "@/lib/evalset/item-content";
import { ReviewError } from "./errors";

type Tx = Prisma.TransactionClient;

export interface SecondReviewer {
  id: string;
  email: string;
}

interface Reviewed {
  id: string;
  firstReviewerId: string | null;
  firstCategory: Category;
  expectedOutput: string;
  notes: string | null;
  tags: string[];
  decidedAt: Date;
  batchId: string;
  batchStatus: string;
}

/**
 * Why a guarded UPDATE changed nothing, read after it: no such case (404), the
 * reviewer's own case (403), or it is no longer waiting because someone reviewed it
 * first (409, naming what happened).
 */
async function refusal(tx: Tx, caseId: string, reviewerId: string): Promise<ReviewError> {
  const found = await tx.case.findUnique({ where: { id: caseId }, select: { status: true, decidedById: true } });
  if (!found) return new ReviewError(404, "No such case.");
  if (found.status === "AWAITING_APPROVAL" && found.decidedById === reviewerId) return new ReviewError(403, "You accepted this case yourself: a second review needs someone else.");
  const last = await tx.caseReview.findFirst({ where: { caseId }, orderBy: { createdAt: "desc" }, select: { outcome: true, reviewer: { select: { name: true } } } });
  const who = last?.reviewer?.name ?? "someone else";
  if (found.status === "ACCEPTED") return new ReviewError(409, `${who} approved this case first: it is in the eval set. Nothing was saved.`);
  if (found.status === "PENDING" && last?.outcome === "SENT_BACK") return new ReviewError(409, `${who} sent this case back first. Nothing was saved.`);
  return new ReviewError(409, "This case is no longer waiting for approval. Nothing was saved.");
}

/**
 * The guarded transition, ONE statement: only a case still awaiting approval, and only
 * when the caller is not the reviewer who accepted it (the self-approval guard lives
 * here, in the database, not only in the UI). Two approvers at once: the row lock makes
 * the second wait; its WHERE is then re-checked against the new row and matches nothing.
 */
async function takeAwaitingCase(tx: Tx, caseId: string, reviewerId: string, set: Prisma.Sql): Promise<Reviewed> {
  const rows = await tx.$queryRaw<Reviewed[]>`
    UPDATE "Case" AS c SET ${set}, "updatedAt" = now()
    FROM (SELECT id, category, "decidedById" FROM "Case" WHERE id = ${caseId}::uuid) AS before, "Batch" AS b
    WHERE c.id = before.id AND b.id = c."batchId"
      AND c.status = 'AWAITING_APPROVAL'
      AND c."decidedById" IS DISTINCT FROM ${reviewerId}::uuid
    RETURNING c.id, before."decidedById" AS "firstReviewerId", before.category AS "firstCategory", c."expectedOutput", c.notes, c.tags,
              c."decidedAt", c."batchId", b.status::text AS "batchStatus"`;
  if (!rows[0]) throw await refusal(tx, caseId, reviewerId);
  return rows[0];
}

/**
 * Approve: the case becomes accepted and its eval item (version 1) is created, labelled
 * by the first reviewer with the second reviewer's category (which may differ: the
 * disagreement is recorded for the agreement figures). Only approved cases become items.
 */
export async function approveCase(caseId: string, reviewer: SecondReviewer, category: Category) {
  return await db.$transaction(async (tx) => {
    const taken = await takeAwaitingCase(tx, caseId, reviewer.id, Prisma.sql`status = 'ACCEPTED', category = ${category}::"Category", "sentBackNote" = NULL`);
    const human = { expectedOutput: taken.expectedOutput, category, reviewerId: taken.firstReviewerId, labelledAt: taken.decidedAt };
    const item = await insertItemVersion(tx, await itemContentOfCase(tx, caseId, { tags: taken.tags, notes: taken.notes }), human, new Date());
    await tx.caseReview.create({ data: { caseId, firstReviewerId: taken.firstReviewerId, firstCategory: taken.firstCategory, reviewerId: reviewer.id, category, outcome: "APPROVED" } });
    await recordAudit({ actor: userActor(reviewer), action: "case.approved", targetType: "Case", targetId: caseId, details: { itemId: item.itemId, category, firstCategory: taken.firstCategory } }, tx);
    return { caseId, itemId: item.itemId };
  });
}

/**
 * Send back: the case returns to the queue, assigned to its first reviewer (offered to
 * them first; to the pool if they are away), with the comment shown when it comes back.
 * A case whose week has closed meanwhile moves to this week's batch, as closing a week
 * moves pending cases on.
 */
export async function sendBackCase(caseId: string, reviewer: SecondReviewer, category: Category, comment: string) {
  const text = comment.trim();
  if (!text) throw new ReviewError(400, "Say what to change: the reviewer reads this when the case comes back.", "comment");
  return await db.$transaction(async (tx) => {
    const taken = await takeAwaitingCase(
      tx,
      caseId,
      reviewer.id,
      Prisma.sql`status = 'PENDING', "sentBackNote" = ${text}, "assignedToId" = c."decidedById", "decidedById" = NULL, "decidedAt" = NULL,
                 "claimedById" = NULL, "claimedAt" = NULL, "leaseExpiresAt" = NULL`,
    );
    if (taken.batchStatus === "CLOSED") await tx.case.update({ where: { id: caseId }, data: { batchId: (await batchForWeek(new Date(), tx)).id } });
    await tx.caseReview.create({ data: { caseId, firstReviewerId: taken.firstReviewerId, firstCategory: taken.firstCategory, reviewerId: reviewer.id, category, outcome: "SENT_BACK", comment: text } });
    await recordAudit({ actor: userActor(reviewer), action: "case.sent_back", targetType: "Case", targetId: caseId, details: { category, firstCategory: taken.firstCategory } }, tx);
    return { caseId };
  });
}
