import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCase, makeSource, makeUser } from "@/lib/testing/factories";
import { isolatedQueue } from "@/lib/testing/triage";
import { claimNextCase } from "@/lib/triage/claim";
import { discardCase } from "@/lib/triage/decide";
import { assignCases, releaseAssignments, setAssignmentStaleHours } from "./assign";
import { assignSchema } from "./schemas";

let queue: Awaited<ReturnType<typeof isolatedQueue>>;
beforeEach(async () => {
  queue = await isolatedQueue();
  await setAssignmentStaleHours({ label: "test" }, 24);
});
afterEach(async () => {
  await queue.restore();
});

const lead = { label: "user:lead@test.local" };
const t = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes));

/** Claims and discards until the queue is empty for `reviewer`; the order it got. */
async function drain(reviewer: { id: string; email: string }) {
  const order: string[] = [];
  for (let id = await claimNextCase(reviewer.id); id; id = await claimNextCase(reviewer.id)) {
    order.push(id);
    await discardCase(id, reviewer, { reason: "NOT_USEFUL" });
  }
  return order;
}

describe("assignment and the claim", () => {
  it("offers a reviewer their assigned cases first (even behind the pool's order), then the shared pool; never a colleague's", async () => {
    const [alice, bob] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const source = await makeSource();
    const other = await makeSource();
    const later = await queue.laterBatch(1);
    const poolFirst = await makeCase({ sourceId: other.id, batchId: queue.batch.id, priority: 10, minedAt: t(0) });
    const mineLate = await makeCase({ sourceId: source.id, batchId: later.id, priority: 100, minedAt: t(5) });
    const mineEarly = await makeCase({ sourceId: source.id, batchId: queue.batch.id, priority: 50, minedAt: t(1) });
    const bobs = await makeCase({ sourceId: other.id, batchId: queue.batch.id, priority: 10, minedAt: t(2) });
    await db.user.update({ where: { id: bob.id }, data: { queueActiveAt: new Date() } }); // bob is at work
    await assignCases(lead, assignSchema.parse({ scope: "source", sourceId: source.id, reviewerIds: alice.id }));
    await db.case.update({ where: { id: bobs.id }, data: { assignedToId: bob.id } });

    expect(await drain(alice)).toEqual([mineEarly.id, mineLate.id, poolFirst.id]);
    expect(await drain(bob)).toEqual([bobs.id]);
  });

  it("releases the cases of a reviewer who has not claimed for longer than the stale time (and of a deactivated one)", async () => {
    const [away, colleague, gone] = [await makeUser("REVIEWER"), await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const awayCase = await makeCase({ batchId: queue.batch.id, minedAt: t(0) });
    const goneCase = await makeCase({ batchId: queue.batch.id, minedAt: t(1) });
    await db.case.update({ where: { id: awayCase.id }, data: { assignedToId: away.id } });
    await db.case.update({ where: { id: goneCase.id }, data: { assignedToId: gone.id } });
    await db.user.update({ where: { id: away.id }, data: { queueActiveAt: new Date(Date.now() - 2 * 3_600_000) } });
    await db.user.update({ where: { id: gone.id }, data: { queueActiveAt: new Date(), active: false } });

    // Away two hours: still theirs under a 24-hour stale time; not under a 1-hour one.
    expect(await drain(colleague)).toEqual([goneCase.id]);
    await setAssignmentStaleHours(lead, 1);
    expect(await drain(colleague)).toEqual([awayCase.id]);
  });

  it("counts an assignment as activity, and each claim of its owner too", async () => {
    const [owner, colleague] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const assigned = await makeCase({ batchId: queue.batch.id });
    await setAssignmentStaleHours(lead, 1);
    await assignCases(lead, assignSchema.parse({ scope: "batch", batchId: queue.batch.id, reviewerIds: owner.id }));
    expect(await claimNextCase(colleague.id)).toBeNull(); // just assigned: not away yet

    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    await db.user.update({ where: { id: owner.id }, data: { queueActiveAt: twoHoursAgo } });
    expect(await claimNextCase(owner.id)).toBe(assigned.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).queueActiveAt!.getTime()).toBeGreaterThan(twoHoursAgo.getTime());
    await db.case.update({ where: { id: assigned.id }, data: { claimedById: null, claimedAt: null, leaseExpiresAt: null } });
    expect(await claimNextCase(colleague.id)).toBeNull();

    await db.user.update({ where: { id: owner.id }, data: { queueActiveAt: twoHoursAgo } });
    expect(await claimNextCase(colleague.id)).toBe(assigned.id);
  });
});

describe("assignCases", () => {
  it("assigns a week's batch round-robin in queue order, reassigning, and audits the counts", async () => {
    const [a, b, c] = [await makeUser("REVIEWER"), await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await makeCase({ batchId: queue.batch.id, priority: 50, minedAt: t(i) }));
    await db.case.update({ where: { id: made[0].id }, data: { assignedToId: c.id } });
    const decided = await makeCase({ batchId: queue.batch.id });
    await db.case.update({ where: { id: decided.id }, data: { status: "DISCARDED", discardReason: "NOT_USEFUL" } });

    const result = await assignCases(lead, assignSchema.parse({ scope: "batch", batchId: queue.batch.id, reviewerIds: `${a.id},${b.id}` }));
    expect(result).toEqual({ assigned: 5, perReviewer: { [a.id]: 3, [b.id]: 2 } });
    const rows = await db.case.findMany({ where: { id: { in: made.map((m) => m.id) } }, select: { id: true, assignedToId: true } });
    expect(made.map((m) => rows.find((r) => r.id === m.id)!.assignedToId)).toEqual([a.id, b.id, a.id, b.id, a.id]);
    expect((await db.case.findUniqueOrThrow({ where: { id: decided.id } })).assignedToId).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "cases.assigned", targetId: queue.batch.id } });
    expect(audit.details).toMatchObject({ scope: "batch", assigned: 5 });
  });

  it("assigns a share of the unassigned queue from its front", async () => {
    const reviewer = await makeUser("REVIEWER");
    const colleague = await makeUser("REVIEWER");
    const made = [];
    for (let i = 0; i < 10; i++) made.push(await makeCase({ batchId: queue.batch.id, priority: 50, minedAt: t(i) }));
    await db.case.update({ where: { id: made[0].id }, data: { assignedToId: colleague.id } });
    const result = await assignCases(lead, assignSchema.parse({ scope: "share", sharePercent: "30", reviewerIds: reviewer.id }));
    expect(result.assigned).toBe(3); // ceil(9 x 30%)
    const mine = await db.case.findMany({ where: { assignedToId: reviewer.id }, select: { id: true } });
    expect(mine.map((m) => m.id).sort()).toEqual([made[1].id, made[2].id, made[3].id].sort());
  });

  it("refuses a reviewer who can't triage, and releases a reviewer's assignments", async () => {
    const [reviewer, inactive] = [await makeUser("REVIEWER"), await makeUser("REVIEWER", { active: false })];
    const one = await makeCase({ batchId: queue.batch.id });
    await expect(assignCases(lead, assignSchema.parse({ scope: "batch", batchId: queue.batch.id, reviewerIds: `${reviewer.id},${inactive.id}` }))).rejects.toMatchObject({ status: 400, field: "reviewerIds" });
    expect((await db.case.findUniqueOrThrow({ where: { id: one.id } })).assignedToId).toBeNull();
    await assignCases(lead, assignSchema.parse({ scope: "batch", batchId: queue.batch.id, reviewerIds: reviewer.id }));
    expect(await releaseAssignments(lead, reviewer.id)).toBe(1);
    expect((await db.case.findUniqueOrThrow({ where: { id: one.id } })).assignedToId).toBeNull();
  });

  it("validates the form: a scope needs its target", () => {
    expect(assignSchema.safeParse({ scope: "share", reviewerIds: "" }).success).toBe(false);
    const parsed = assignSchema.safeParse({ scope: "batch", batchId: "", reviewerIds: crypto.randomUUID() });
    expect(parsed.success ? null : parsed.error.issues.map((i) => i.path.join("."))).toEqual(["batchId"]);
  });
});
