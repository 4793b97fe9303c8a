import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeSource, makeUser } from "@/lib/testing/factories";
import { hammingDistance, NEAR_DUPLICATE_DISTANCE } from "@/lib/mining/fingerprint";
import { needsSecondReview } from "@/lib/review/sampling";
import { seedDemoCases } from "./cases";
import { seedDemoApprovals } from "./approvals";

let sourceId: string;
let lead: { id: string; email: string };

beforeAll(async () => {
  sourceId = (await makeSource({ retentionDays: 30 })).id;
  lead = await makeUser("LEAD");
  await seedDemoCases(sourceId, lead);
});

describe("this week's demo cases", () => {
  it("folds the six near-identical refund records into one case of groupSize 6, as ingest groups them", async () => {
    // Only the refund requests repeat: theirs is the one group of more than one record.
    const refund = await db.case.findMany({ where: { sourceId, groupSize: { gt: 1 } }, include: { logs: { include: { sourceLog: true } } } });
    expect(refund).toHaveLength(1);
    expect(refund[0].groupSize).toBe(6);
    expect(refund[0].logs).toHaveLength(6);
    expect(refund[0].logs.every((l) => JSON.stringify(l.sourceLog.input).includes("Refund please"))).toBe(true);
    // Every other mined record is a case of its own, with its one log.
    const single = await db.case.findMany({ where: { sourceId, origin: "MINED", groupSize: 1 }, include: { logs: true } });
    expect(single.length).toBeGreaterThan(5);
    expect(single.every((c) => c.logs.length === 1 && c.logs[0].sourceLogId === c.sourceLogId)).toBe(true);
  });

  it("leaves no two pending mined cases that ingest would have grouped", async () => {
    const keys = (await db.case.findMany({ where: { sourceId, status: "PENDING", origin: "MINED" }, select: { groupKey: true } })).map((c) => c.groupKey!);
    expect(keys.length).toBeGreaterThan(3);
    for (const [i, a] of keys.entries()) for (const b of keys.slice(i + 1)) expect(hammingDistance(a, b)).toBeGreaterThan(NEAR_DUPLICATE_DISTANCE);
  });

  it("queues a hand-written and an imported case behind the mined ones, each with the lead's audit entry", async () => {
    const curated = await db.case.findMany({ where: { sourceId, origin: { not: "MINED" } }, orderBy: { origin: "asc" } });
    expect(curated.map((c) => [c.origin, c.sourceLogId, c.priority])).toEqual([
      ["SYNTHETIC", null, 100],
      ["HAND_WRITTEN", null, 100],
    ]);
    const entries = await db.auditLog.findMany({ where: { actorId: lead.id }, orderBy: { action: "asc" } });
    expect(entries.map((e) => e.action)).toEqual(["case.added", "cases.imported"]);
  });
});

describe("cases waiting for a second review", () => {
  it("seeds a source with second review on and two accepted cases its setting picked, each awaiting approval", async () => {
    const [sam, kai] = await Promise.all([makeUser("REVIEWER"), makeUser("REVIEWER")]);
    expect(await seedDemoApprovals({ lead, reviewers: [sam, kai] })).toBe(2);
    const source = await db.source.findUniqueOrThrow({ where: { name: "billing-assistant" } });
    expect(source.secondReviewEvery).toBe(2);
    const held = await db.case.findMany({ where: { sourceId: source.id } });
    expect(held.map((c) => c.status)).toEqual(["AWAITING_APPROVAL", "AWAITING_APPROVAL"]);
    expect(held.every((c) => needsSecondReview(source.secondReviewEvery, c.id) && c.expectedOutput && c.category)).toBe(true);
    expect(new Set(held.map((c) => c.decidedById))).toEqual(new Set([sam.id, kai.id]));
    const actions = await db.auditLog.findMany({ where: { targetId: { in: [source.id, ...held.map((c) => c.id)] } }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["case.awaiting_approval", "case.awaiting_approval", "source.second_review"]);
  });
});
