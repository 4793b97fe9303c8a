import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCase, makeUser } from "@/lib/testing/factories";
import { claimNextCase } from "./claim";
import { acceptCase, discardCase } from "./decide";
import { reviseDecision } from "./revise";
import { isolatedQueue } from "@/lib/testing/triage";

let queue: Awaited<ReturnType<typeof isolatedQueue>>;
beforeEach(async () => {
  queue = await isolatedQueue();
});
afterEach(async () => {
  await queue.restore();
});

async function claimedCase() {
  const reviewer = await makeUser("REVIEWER");
  const created = await makeCase({ batchId: queue.batch.id, minedReasons: ["failure"] });
  expect(await claimNextCase(reviewer.id)).toBe(created.id);
  return { reviewer, caseId: created.id };
}

describe("invariant 2: nothing enters the eval set without a human label", () => {
  it("refuses to accept without an expected output or a category, and writes nothing", async () => {
    const { reviewer, caseId } = await claimedCase();
    await expect(acceptCase(caseId, reviewer, { expectedOutput: "   ", category: "EDGE_CASE" })).rejects.toMatchObject({ status: 400, field: "expectedOutput" });
    await expect(acceptCase(caseId, reviewer, { expectedOutput: "A fix.", category: null as never })).rejects.toMatchObject({ status: 400, field: "category" });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: "PENDING", expectedOutput: null });
    expect(await db.evalItem.count({ where: { caseId } })).toBe(0);
  });

  it("gives every eval item a reviewer, a labelled expected output and a time, from the same transaction as the case", async () => {
    const { reviewer, caseId } = await claimedCase();
    const { itemId } = await acceptCase(caseId, reviewer, { expectedOutput: "Refund issued.", category: "EDGE_CASE", tags: ["refund"], notes: "classic" });
    const item = await db.evalItem.findFirstOrThrow({ where: { itemId } });
    const decided = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(item).toMatchObject({ version: 1, reviewerId: reviewer.id, expectedOutput: "Refund issued.", category: "EDGE_CASE", tags: ["refund"], validTo: null, minedReasons: ["failure"] });
    expect(item.labelledAt).toEqual(decided.decidedAt);
    expect(item.input).toEqual(decided.input);
    expect(decided).toMatchObject({ status: "ACCEPTED", decidedById: reviewer.id });
  });

  it("the database itself refuses an eval item with a blank expected output", async () => {
    const { reviewer, caseId } = await claimedCase();
    await expect(
      db.evalItem.create({ data: { itemId: caseId, input: {}, expectedOutput: " ", category: "DRIFT", redactionVersion: "x", reviewerId: reviewer.id, labelledAt: new Date() } }),
    ).rejects.toThrow();
  });
});

describe("decisions", () => {
  it("a second decision on a decided case answers 409 and overwrites nothing", async () => {
    const { reviewer, caseId } = await claimedCase();
    await discardCase(caseId, reviewer, { reason: "DUPLICATE" });
    await expect(acceptCase(caseId, reviewer, { expectedOutput: "x", category: "DRIFT" })).rejects.toMatchObject({ status: 409 });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: "DISCARDED", discardReason: "DUPLICATE" });
  });

  it("a discard with reason Other needs a note", async () => {
    const { reviewer, caseId } = await claimedCase();
    await expect(discardCase(caseId, reviewer, { reason: "OTHER" })).rejects.toMatchObject({ status: 400, field: "note" });
  });

  it("revising keeps history: new version, retire on discard, reopen on accept; as-of reproduces each moment", async () => {
    const { reviewer, caseId } = await claimedCase();
    const { itemId } = await acceptCase(caseId, reviewer, { expectedOutput: "First answer.", category: "HAPPY_PATH" });
    // Moments strictly between decisions (timestamps have millisecond resolution).
    const tick = () => new Promise((resolve) => setTimeout(resolve, 3));
    await tick();
    const afterAccept = new Date();
    await tick();
    await reviseDecision(caseId, reviewer, { kind: "accept", expectedOutput: "Better answer.", category: "EDGE_CASE" });
    await tick();
    const afterEdit = new Date();
    await tick();
    await reviseDecision(caseId, reviewer, { kind: "discard", reason: "DUPLICATE" });
    await tick();
    const afterDiscard = new Date();
    await tick();
    await reviseDecision(caseId, reviewer, { kind: "accept", expectedOutput: "Final answer.", category: "DRIFT" });

    const versions = await db.evalItem.findMany({ where: { itemId }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.expectedOutput, v.validTo === null])).toEqual([
      [1, "First answer.", false],
      [2, "Better answer.", false],
      [3, "Final answer.", true],
    ]);
    expect(versions[1].retiredReason).toBe("Discarded on revision (Duplicate)");
    const at = async (t: Date) =>
      (await db.evalItem.findMany({ where: { itemId, validFrom: { lte: t }, OR: [{ validTo: null }, { validTo: { gt: t } }] } })).map((v) => v.expectedOutput);
    expect(await at(afterAccept)).toEqual(["First answer."]);
    expect(await at(afterEdit)).toEqual(["Better answer."]);
    expect(await at(afterDiscard)).toEqual([]);
    expect(await at(new Date())).toEqual(["Final answer."]);
  });

  it("only the decider may revise", async () => {
    const { reviewer, caseId } = await claimedCase();
    await acceptCase(caseId, reviewer, { expectedOutput: "Mine.", category: "HAPPY_PATH" });
    const other = await makeUser("REVIEWER");
    await expect(reviseDecision(caseId, other, { kind: "discard", reason: "NOT_USEFUL" })).rejects.toMatchObject({ status: 409 });
    expect(await db.evalItem.count({ where: { caseId, validTo: null } })).toBe(1);
  });
});
