import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Category, DiscardReason } from "@/lib/generated/prisma/enums";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { assertHumanLabel, insertItemVersion } from "@/lib/evalset/versions";
import { itemContentOfCase } from "@/lib/evalset/item-content";
import { assertNoSecondReview } from "@/lib/review/hold";
import { assertCopyConfirmed } from "@/lib/evalset/honest-label";
import { SKIP_DAY_SQL } from "./claim";
import { TriageError, leaseLost } from "./errors";

type Tx = Prisma.TransactionClient;

export interface Reviewer {
  id: string;
  email: string;
}

export interface AcceptLabel {
  expectedOutput: string;
  category: Category;
  notes?: string | null;
  tags?: string[];
  /** Accept a failure's production answer as its expected output anyway (lib/evalset/honest-label.ts). */
  confirmEqualsProduction?: boolean;
}

export interface DiscardChoice {
  reason: DiscardReason;
  note?: string | null;
}

function actorOf(reviewer: Reviewer): AuditActor {
  return { id: reviewer.id, label: `user:${reviewer.email}` };
}

/**
 * Locks the case if (and only if) this reviewer still holds an unexpired lease on it.
 * The row lock makes the check and the write that follows one decision: a competing
 * claim or decision waits, then sees the case is no longer free.
 */
async function lockHeldCase(tx: Tx, caseId: string, reviewerId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Case"
    WHERE id = ${caseId}::uuid AND status = 'PENDING' AND "claimedById" = ${reviewerId}::uuid AND "leaseExpiresAt" > now()
    FOR UPDATE`;
  if (rows.length === 0) {
    if ((await tx.case.count({ where: { id: caseId } })) === 0) throw new TriageError(404, "No such case.");
    throw leaseLost();
  }
}

/**
 * Accept: labels the case and creates its eval item (version 1) in one transaction.
 * Refused with 400 without an expected output or category (invariant 2) and with 409
 * when the reviewer no longer holds the case, or when the case must wait for a second
 * review (callers go through acceptOrHold, lib/review/accept.ts).
 */
export async function acceptCase(caseId: string, reviewer: Reviewer, label: AcceptLabel) {
  const at = new Date();
  const human = { expectedOutput: label.expectedOutput, category: label.category, reviewerId: reviewer.id, labelledAt: at };
  assertHumanLabel(human);
  const tags = label.tags ?? [];
  const notes = label.notes?.trim() ? label.notes.trim() : null;
  return await db.$transaction(async (tx) => {
    await lockHeldCase(tx, caseId, reviewer.id);
    const content = await itemContentOfCase(tx, caseId, { tags, notes });
    assertCopyConfirmed(content, label.expectedOutput, label.confirmEqualsProduction);
    // Only approved cases become items where the source wants a second review (lib/review/accept.ts holds those).
    await assertNoSecondReview(tx, caseId);
    await tx.case.update({
      where: { id: caseId },
      data: { status: "ACCEPTED", expectedOutput: label.expectedOutput, category: label.category, notes, tags, discardReason: null, discardNote: null, decidedById: reviewer.id, decidedAt: at, leaseExpiresAt: null },
    });
    const item = await insertItemVersion(tx, content, human, at);
    await recordAudit({ actor: actorOf(reviewer), action: "case.accepted", targetType: "Case", targetId: caseId, details: { itemId: item.itemId, category: label.category, expectedEqualsProduction: item.expectedEqualsProduction } }, tx);
    return { caseId, itemId: item.itemId, expectedEqualsProduction: item.expectedEqualsProduction };
  });
}

/**
 * Discard: records the reason (and an optional note) if the reviewer still holds the case.
 * "Contains personal data" scrubs: when the reviewer has redacted the leak first (the
 * case was scrubbed), the case is discarded as usual; when nothing was marked, the case
 * and every source log it stands for are deleted at once instead of waiting for retention.
 * Either way the audit log records who and when, never the text.
 */
export async function discardCase(caseId: string, reviewer: Reviewer, choice: DiscardChoice): Promise<{ deleted: boolean }> {
  const at = new Date();
  const note = choice.note?.trim() ? choice.note.trim() : null;
  if (choice.reason === "OTHER" && !note) throw new TriageError(400, "Say why you discard it when the reason is “Other”.", "note");
  return await db.$transaction(async (tx) => {
    await lockHeldCase(tx, caseId, reviewer.id);
    const { scrubbedAt } = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { scrubbedAt: true } });
    if (choice.reason === "PII_LEAK" && !scrubbedAt) {
      const deleted = await deleteCaseAndLogs(tx, caseId);
      await recordAudit({ actor: actorOf(reviewer), action: "case.deleted_personal_data", targetType: "Case", targetId: caseId, details: { reason: choice.reason, sourceLogs: deleted.sourceLogs } }, tx);
      return { deleted: true };
    }
    await tx.case.update({
      where: { id: caseId },
      data: { status: "DISCARDED", discardReason: choice.reason, discardNote: note, decidedById: reviewer.id, decidedAt: at, leaseExpiresAt: null },
    });
    await recordAudit({ actor: actorOf(reviewer), action: "case.discarded", targetType: "Case", targetId: caseId, details: { reason: choice.reason } }, tx);
    return { deleted: false };
  });
}

/** Deletes a case and every source log it stands for (CaseLog and its first record). */
export async function deleteCaseAndLogs(tx: Tx, caseId: string): Promise<{ sourceLogs: number }> {
  const found = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { sourceLogId: true, logs: { select: { sourceLogId: true } } } });
  const logIds = [...new Set([...found.logs.map((l) => l.sourceLogId), ...(found.sourceLogId ? [found.sourceLogId] : [])])];
  await tx.case.delete({ where: { id: caseId } });
  const { count } = await tx.sourceLog.deleteMany({ where: { id: { in: logIds } } });
  return { sourceLogs: count };
}

/** Skip: releases the claim and hides the case from this reviewer for the rest of the (UTC) day. */
export async function skipCase(caseId: string, reviewer: Reviewer) {
  await db.$transaction(async (tx) => {
    await lockHeldCase(tx, caseId, reviewer.id);
    await tx.case.update({ where: { id: caseId }, data: { claimedById: null, claimedAt: null, leaseExpiresAt: null } });
    await tx.$executeRaw`
      INSERT INTO "CaseSkip" ("caseId", "userId", day) VALUES (${caseId}::uuid, ${reviewer.id}::uuid, ${SKIP_DAY_SQL})
      ON CONFLICT DO NOTHING`;
  });
}
