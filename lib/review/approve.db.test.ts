import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCase, makeSource, makeUser } from "@/lib/testing/factories";
import { isolatedQueue } from "@/lib/testing/triage";
import { claimNextCase } from "@/lib/triage/claim";
import { acceptCase, discardCase } from "@/lib/triage/decide";
import { reviseDecision } from "@/lib/triage/revise";
import { acceptOrHold } from "./accept";
import { approveCase, sendBackCase } from "./approve";
import { needsSecondReview } from "./sampling";

let queue: Awaited<ReturnType<typeof isolatedQueue>>;
beforeEach(async () => {
  queue = await isolatedQueue();
});
afterEach(async () => {
  await queue.restore();
});

const label = { expectedOutput: "Apologise and open a ticket.", category: "EDGE_CASE" as const };

/** A source with second review for every case, a case of it accepted by `first` (now awaiting approval). */
async function awaitingCase(first: { id: string; email: string }, every: number | null = 1) {
  const source = await makeSource();
  await db.source.update({ where: { id: source.id }, data: { secondReviewEvery: every } });
  const made = await makeCase({ sourceId: source.id, batchId: queue.batch.id });
  expect(await claimNextCase(first.id)).toBe(made.id);
  const outcome = await acceptOrHold(made.id, first, label);
  return { made, outcome, source };
}

describe("second review", () => {
  it("holds an accepted case for approval: no eval item until a second reviewer approves, labelled by the first", async () => {
    const [first, second] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const { made, outcome } = await awaitingCase(first);
    expect(outcome).toEqual({ awaitingApproval: true, caseId: made.id });
    expect(await db.case.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({ status: "AWAITING_APPROVAL", decidedById: first.id, category: "EDGE_CASE" });
    expect(await db.evalItem.count({ where: { caseId: made.id } })).toBe(0);

    const approved = await approveCase(made.id, second, "ADVERSARIAL");
    const item = await db.evalItem.findFirstOrThrow({ where: { itemId: approved.itemId } });
    expect(item).toMatchObject({ caseId: made.id, reviewerId: first.id, category: "ADVERSARIAL", expectedOutput: label.expectedOutput });
    expect(await db.case.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({ status: "ACCEPTED", category: "ADVERSARIAL" });
    expect(await db.caseReview.findMany({ where: { caseId: made.id } })).toMatchObject([{ firstReviewerId: first.id, firstCategory: "EDGE_CASE", reviewerId: second.id, category: "ADVERSARIAL", outcome: "APPROVED" }]);
  });

  it("refuses the first reviewer's own approval in the database statement (403), and the plain accept of a held case (409)", async () => {
    const first = await makeUser("LEAD");
    const { made } = await awaitingCase(first);
    await expect(approveCase(made.id, first, "EDGE_CASE")).rejects.toMatchObject({ status: 403 });
    await expect(sendBackCase(made.id, first, "EDGE_CASE", "Fix it")).rejects.toMatchObject({ status: 403 });
    expect((await db.case.findUniqueOrThrow({ where: { id: made.id } })).status).toBe("AWAITING_APPROVAL");
    // The CHECK constraint holds even for a write that skips the domain.
    await expect(db.caseReview.create({ data: { caseId: made.id, firstReviewerId: first.id, firstCategory: "EDGE_CASE", reviewerId: first.id, category: "EDGE_CASE", outcome: "APPROVED" } })).rejects.toThrow();

    const other = await makeSource();
    await db.source.update({ where: { id: other.id }, data: { secondReviewEvery: 1 } });
    const direct = await makeCase({ sourceId: other.id, batchId: queue.batch.id });
    expect(await claimNextCase(first.id)).toBe(direct.id);
    await expect(acceptCase(direct.id, first, label)).rejects.toMatchObject({ status: 409 });
    expect(await db.evalItem.count({ where: { caseId: direct.id } })).toBe(0);
  });

  it("two approvers at once: one wins, the other gets a clear 409; one eval item", async () => {
    const [first, a, b] = [await makeUser("REVIEWER"), await makeUser("REVIEWER"), await makeUser("LEAD")];
    const { made } = await awaitingCase(first);
    const results = await Promise.allSettled([approveCase(made.id, a, "EDGE_CASE"), approveCase(made.id, b, "EDGE_CASE")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ status: 409 });
    expect(lost.reason.message).toMatch(/approved this case first/);
    expect(await db.evalItem.count({ where: { caseId: made.id } })).toBe(1);
    expect(await db.caseReview.count({ where: { caseId: made.id } })).toBe(1);
  });

  it("approve against send-back at once: one wins; the loser is told what happened", async () => {
    const [first, a, b] = [await makeUser("REVIEWER"), await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const { made } = await awaitingCase(first);
    const results = await Promise.allSettled([sendBackCase(made.id, a, "DRIFT", "Not an edge case"), approveCase(made.id, b, "EDGE_CASE")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason.message).toMatch(/(approved|sent) this case (back )?first/);
    const status = (await db.case.findUniqueOrThrow({ where: { id: made.id } })).status;
    expect(await db.evalItem.count({ where: { caseId: made.id } })).toBe(status === "ACCEPTED" ? 1 : 0);
  });

  it("sends a case back with a comment: pending again, offered to its first reviewer first; accepted again, it waits again", async () => {
    const [first, second, colleague] = [await makeUser("REVIEWER"), await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const { made } = await awaitingCase(first);
    await makeCase({ batchId: queue.batch.id, priority: 1 }); // ahead of it in the pool
    await expect(sendBackCase(made.id, second, "DRIFT", "   ")).rejects.toMatchObject({ status: 400, field: "comment" });
    await sendBackCase(made.id, second, "DRIFT", "The expected output promises a refund we don't give.");
    expect(await db.case.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({
      status: "PENDING",
      assignedToId: first.id,
      sentBackNote: "The expected output promises a refund we don't give.",
      decidedById: null,
    });
    expect(await db.evalItem.count({ where: { caseId: made.id } })).toBe(0);
    expect(await claimNextCase(colleague.id)).not.toBe(made.id);
    expect(await claimNextCase(first.id)).toBe(made.id);
    expect(await acceptOrHold(made.id, first, { ...label, expectedOutput: "Apologise; no refund." })).toMatchObject({ awaitingApproval: true });
    expect((await db.case.findUniqueOrThrow({ where: { id: made.id } })).sentBackNote).toBeNull();
    await approveCase(made.id, second, "EDGE_CASE");
    expect(await db.caseReview.findMany({ where: { caseId: made.id }, orderBy: { createdAt: "asc" }, select: { outcome: true } })).toEqual([{ outcome: "SENT_BACK" }, { outcome: "APPROVED" }]);
  });

  it("samples one accepted case in N deterministically; the others go straight into the eval set", async () => {
    const reviewer = await makeUser("REVIEWER");
    const source = await makeSource();
    await db.source.update({ where: { id: source.id }, data: { secondReviewEvery: 3 } });
    const made = [];
    for (let i = 0; i < 12; i++) made.push(await makeCase({ sourceId: source.id, batchId: queue.batch.id }));
    for (let i = 0; i < made.length; i++) {
      const id = await claimNextCase(reviewer.id);
      await acceptOrHold(id!, reviewer, label);
    }
    const rows = await db.case.findMany({ where: { sourceId: source.id }, select: { id: true, status: true } });
    for (const row of rows) expect(row.status).toBe(needsSecondReview(3, row.id) ? "AWAITING_APPROVAL" : "ACCEPTED");
    const accepted = rows.filter((r) => r.status === "ACCEPTED").map((r) => r.id);
    expect(await db.evalItem.count({ where: { caseId: { in: rows.map((r) => r.id) } } })).toBe(accepted.length);
  });

  it("a discarded case accepted on revision waits for approval too: no item until approved", async () => {
    const [first, second] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const source = await makeSource();
    await db.source.update({ where: { id: source.id }, data: { secondReviewEvery: 1 } });
    const made = await makeCase({ sourceId: source.id, batchId: queue.batch.id });
    expect(await claimNextCase(first.id)).toBe(made.id);
    await discardCase(made.id, first, { reason: "NOT_USEFUL" });
    await reviseDecision(made.id, first, { kind: "accept", ...label });
    expect((await db.case.findUniqueOrThrow({ where: { id: made.id } })).status).toBe("AWAITING_APPROVAL");
    expect(await db.evalItem.count({ where: { caseId: made.id } })).toBe(0);
    await approveCase(made.id, second, "EDGE_CASE");
    expect(await db.evalItem.count({ where: { caseId: made.id } })).toBe(1);
  });
});
