import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCase, makeUser } from "@/lib/testing/factories";
import { isolatedQueue } from "@/lib/testing/triage";
import { editEvalItem } from "@/lib/evalset/edit";
import { claimNextCase } from "./claim";
import { acceptCase } from "./decide";
import { reviseDecision } from "./revise";

let queue: Awaited<ReturnType<typeof isolatedQueue>>;
beforeEach(async () => {
  queue = await isolatedQueue();
});
afterEach(async () => {
  await queue.restore();
});

const PRODUCTION = "Sorry, something went wrong.";

async function claimed(minedReasons: string[]) {
  const reviewer = await makeUser("REVIEWER");
  const created = await makeCase({ batchId: queue.batch.id, minedReasons, outputText: PRODUCTION });
  expect(await claimNextCase(reviewer.id)).toBe(created.id);
  return { reviewer, caseId: created.id };
}

describe("honest labels: a failure accepted with its production output", () => {
  it("is refused without confirmation (400 on the confirmation field) and writes nothing", async () => {
    const { reviewer, caseId } = await claimed(["failure"]);
    await expect(acceptCase(caseId, reviewer, { expectedOutput: `  ${PRODUCTION}\n`, category: "EDGE_CASE" })).rejects.toMatchObject({ status: 400, field: "confirmEqualsProduction" });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: "PENDING", expectedOutput: null });
    expect(await db.evalItem.count({ where: { caseId } })).toBe(0);
  });

  it("is accepted once confirmed, and the server flags the item whatever the client says", async () => {
    const { reviewer, caseId } = await claimed(["failure"]);
    const done = await acceptCase(caseId, reviewer, { expectedOutput: PRODUCTION, category: "EDGE_CASE", confirmEqualsProduction: true });
    expect(done.expectedEqualsProduction).toBe(true);
    const item = await db.evalItem.findFirstOrThrow({ where: { itemId: done.itemId } });
    expect(item).toMatchObject({ expectedEqualsProduction: true, origin: "MINED" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "case.accepted", targetId: caseId } });
    expect(audit.details).toMatchObject({ expectedEqualsProduction: true });
  });

  it("a written expected output, or a case not mined as a failure, needs no confirmation and is not flagged", async () => {
    const first = await claimed(["failure"]);
    const written = await acceptCase(first.caseId, first.reviewer, { expectedOutput: "Here is your refund form.", category: "EDGE_CASE", confirmEqualsProduction: true });
    expect(written.expectedEqualsProduction).toBe(false);
    const second = await claimed(["negative_feedback"]);
    const copied = await acceptCase(second.caseId, second.reviewer, { expectedOutput: PRODUCTION, category: "HAPPY_PATH" });
    expect(copied.expectedEqualsProduction).toBe(false);
  });

  it("a revision asks the same, and an edit of the item recomputes the flag", async () => {
    const { reviewer, caseId } = await claimed(["failure"]);
    const { itemId } = await acceptCase(caseId, reviewer, { expectedOutput: "A proper answer.", category: "EDGE_CASE" });
    await expect(reviseDecision(caseId, reviewer, { kind: "accept", expectedOutput: PRODUCTION, category: "EDGE_CASE" })).rejects.toMatchObject({ field: "confirmEqualsProduction" });
    await reviseDecision(caseId, reviewer, { kind: "accept", expectedOutput: PRODUCTION, category: "EDGE_CASE", confirmEqualsProduction: true });
    expect(await db.evalItem.findFirstOrThrow({ where: { itemId, validTo: null } })).toMatchObject({ version: 2, expectedEqualsProduction: true });
    const lead = await makeUser("LEAD");
    await editEvalItem(itemId, { id: lead.id, email: lead.email }, { expectedOutput: "A better answer.", category: "EDGE_CASE", expectedVersion: 2, tags: [], notes: null });
    expect(await db.evalItem.findFirstOrThrow({ where: { itemId, validTo: null } })).toMatchObject({ version: 3, expectedEqualsProduction: false });
  });
});
