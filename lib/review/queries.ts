import "server-only";
import { db } from "@/lib/db";
import { getCaseView } from "@/lib/triage/queries";

/** Cases awaiting approval that this person may review (not their own), oldest first. */
export async function awaitingApproval(userId: string, limit = 200) {
  const rows = await db.case.findMany({
    where: { status: "AWAITING_APPROVAL", decidedById: { not: userId } },
    orderBy: { decidedAt: "asc" },
    take: limit,
    select: { id: true, category: true, decidedAt: true, source: { select: { name: true } }, decidedBy: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, category: r.category, acceptedAt: r.decidedAt, sourceName: r.source.name, firstReviewer: r.decidedBy?.name ?? "Deleted user" }));
}

/** How many cases wait for someone other than `userId` (the queue's link says it). */
export async function awaitingApprovalCount(userId: string): Promise<number> {
  return await db.case.count({ where: { status: "AWAITING_APPROVAL", decidedById: { not: userId } } });
}

/** A case awaiting approval with its first label, for the approval page; null when it is not waiting. */
export async function approvalView(caseId: string) {
  const view = await getCaseView(caseId);
  if (!view || view.status !== "AWAITING_APPROVAL") return null;
  const first = view.decidedById ? await db.user.findUnique({ where: { id: view.decidedById }, select: { name: true } }) : null;
  return { ...view, firstReviewer: first?.name ?? "Deleted user" };
}

/** The comment of the latest send-back of a case, shown when the case comes back to the queue. */
export async function sentBackNoteOf(caseId: string): Promise<{ note: string; by: string } | null> {
  const found = await db.case.findUnique({ where: { id: caseId }, select: { sentBackNote: true, status: true, reviews: { where: { outcome: "SENT_BACK" }, orderBy: { createdAt: "desc" }, take: 1, select: { reviewer: { select: { name: true } } } } } });
  if (!found?.sentBackNote || found.status !== "PENDING") return null;
  return { note: found.sentBackNote, by: found.reviews[0]?.reviewer?.name ?? "A second reviewer" };
}

/** Every source's second-review setting, for the leads' page. */
export async function secondReviewSettings() {
  return await db.source.findMany({ select: { id: true, name: true, secondReviewEvery: true }, orderBy: { name: "asc" } });
}
