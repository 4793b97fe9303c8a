import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { assertHumanLabel, insertItemVersion, retireItemVersion, supersedeItem } from "@/lib/evalset/versions";
import { itemContentOfCase } from "@/lib/evalset/item-content";
import { assertCopyConfirmed } from "@/lib/evalset/honest-label";
import { DISCARD_REASON_LABEL } from "@/lib/core/labels";
import { wantsSecondReview } from "@/lib/review/hold";
import type { AcceptLabel, DiscardChoice, Reviewer } from "./decide";
import { TriageError } from "./errors";

type Tx = Prisma.TransactionClient;

export type Revision = ({ kind: "accept" } & AcceptLabel) | ({ kind: "discard" } & DiscardChoice);

/** Locks a decided case if this reviewer decided it (only the decider revises from "Recently triaged"). */
async function lockOwnDecision(tx: Tx, caseId: string, reviewerId: string) {
  const rows = await tx.$queryRaw<{ id: string; status: string }[]>`
    SELECT id, status::text AS status FROM "Case"
    WHERE id = ${caseId}::uuid AND status IN ('ACCEPTED', 'DISCARDED') AND "decidedById" = ${reviewerId}::uuid
    FOR UPDATE`;
  if (rows[0]) return rows[0];
  if ((await tx.case.count({ where: { id: caseId } })) === 0) throw new TriageError(404, "No such case.");
  throw new TriageError(409, "You can only revise a case you decided yourself, and someone else decided this one since. Nothing was saved.");
}

/** The eval item this case produced (its newest version), if any. */
async function latestItemOf(tx: Tx, caseId: string) {
  return await tx.evalItem.findFirst({ where: { caseId }, orderBy: [{ labelledAt: "desc" }, { version: "desc" }] });
}

/**
 * Revises a decision from "Recently triaged". Accept -> accept writes a new item version
 * (the previous one closes with validTo); accept -> discard retires the item; discard
 * -> accept creates the item (or reopens the retired one as its next version). History
 * is never overwritten, so the eval set "as of" any earlier moment is unchanged.
 */
export async function reviseDecision(caseId: string, reviewer: Reviewer, revision: Revision) {
  const at = new Date();
  if (revision.kind === "accept") assertHumanLabel({ ...revision, reviewerId: reviewer.id, labelledAt: at });
  const note = revision.kind === "discard" && revision.note?.trim() ? revision.note.trim() : null;
  if (revision.kind === "discard" && revision.reason === "OTHER" && !note) throw new TriageError(400, "Say why you discard it when the reason is “Other”.", "note");

  return await db.$transaction(async (tx) => {
    const decided = await lockOwnDecision(tx, caseId, reviewer.id);
    const latest = await latestItemOf(tx, caseId);
    const open = latest && latest.validTo === null ? latest : null;
    let itemId: string | null = latest?.itemId ?? null;

    if (revision.kind === "accept") {
      const tags = revision.tags ?? [];
      const notes = revision.notes?.trim() ? revision.notes.trim() : null;
      const label = { expectedOutput: revision.expectedOutput, category: revision.category, tags, notes };
      // The case holds the same conversation and production answer as its item.
      assertCopyConfirmed(await itemContentOfCase(tx, caseId, { tags, notes }), revision.expectedOutput, revision.confirmEqualsProduction);
      if (!open && (await wantsSecondReview(tx, caseId))) {
        // A discarded case accepted on revision under second review waits for approval like any accept.
        await tx.case.update({ where: { id: caseId }, data: { status: "AWAITING_APPROVAL", ...label, discardReason: null, discardNote: null, decidedAt: at } });
        await recordAudit({ actor: { id: reviewer.id, label: `user:${reviewer.email}` }, action: "case.awaiting_approval", targetType: "Case", targetId: caseId, details: { category: revision.category, revised: true } }, tx);
        return { caseId, itemId: null };
      }
      if (open) {
        await supersedeItem(tx, open.itemId, label, reviewer.id, at);
      } else {
        const human = { expectedOutput: revision.expectedOutput, category: revision.category, reviewerId: reviewer.id, labelledAt: at };
        const identity = latest ? { itemId: latest.itemId, version: latest.version + 1 } : {};
        itemId = (await insertItemVersion(tx, await itemContentOfCase(tx, caseId, { tags, notes }), human, at, identity)).itemId;
      }
      await tx.case.update({
        where: { id: caseId },
        data: { status: "ACCEPTED", expectedOutput: revision.expectedOutput, category: revision.category, notes, tags, discardReason: null, discardNote: null, decidedAt: at },
      });
    } else {
      if (open) await retireItemVersion(tx, open.itemId, `Discarded on revision (${DISCARD_REASON_LABEL[revision.reason]})`, at);
      await tx.case.update({ where: { id: caseId }, data: { status: "DISCARDED", discardReason: revision.reason, discardNote: note, decidedAt: at } });
    }
    await recordAudit(
      { actor: { id: reviewer.id, label: `user:${reviewer.email}` }, action: "case.revised", targetType: "Case", targetId: caseId, details: { from: decided.status, to: revision.kind === "accept" ? "ACCEPTED" : "DISCARDED", itemId } },
      tx,
    );
    return { caseId, itemId };
  });
}
