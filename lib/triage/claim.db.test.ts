import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCase, makeSource, makeUser } from "@/lib/testing/factories";
import { claimNextCase, renewLease } from "./claim";
import { acceptCase, discardCase, skipCase } from "./decide";
import { isolatedQueue } from "@/lib/testing/triage";

let queue: Awaited<ReturnType<typeof isolatedQueue>>;
beforeEach(async () => {
  queue = await isolatedQueue();
});
afterEach(async () => {
  await queue.restore();
});

describe("claimNextCase", () => {
  it("offers the oldest batch first, then lower priority, then older minedAt", async () => {
    const source = await makeSource();
    const reviewer = await makeUser("REVIEWER");
    const later = await queue.laterBatch(1);
    const t = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes));
    const laterFailure = await makeCase({ sourceId: source.id, batchId: later.id, priority: 10, minedAt: t(0) });
    const other = await makeCase({ sourceId: source.id, batchId: queue.batch.id, priority: 50, minedAt: t(1) });
    const escalation = await makeCase({ sourceId: source.id, batchId: queue.batch.id, priority: 20, minedAt: t(5) });
    const failure = await makeCase({ sourceId: source.id, batchId: queue.batch.id, priority: 10, minedAt: t(9) });
    const olderOther = await makeCase({ sourceId: source.id, batchId: queue.batch.id, priority: 50, minedAt: t(0) });

    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = await claimNextCase(reviewer.id);
      expect(id).not.toBeNull();
      order.push(id!);
      await discardCase(id!, reviewer, { reason: "NOT_USEFUL" });
    }
    expect(order).toEqual([failure.id, escalation.id, olderOther.id, other.id, laterFailure.id]);
    expect(await claimNextCase(reviewer.id)).toBeNull();
  });

  it("returns the case the reviewer already holds instead of claiming another", async () => {
    const reviewer = await makeUser("REVIEWER");
    await makeCase({ batchId: queue.batch.id });
    await makeCase({ batchId: queue.batch.id });
    const first = await claimNextCase(reviewer.id);
    expect(await claimNextCase(reviewer.id)).toBe(first);
    expect(await db.case.count({ where: { claimedById: reviewer.id } })).toBe(1);
  });

  it("gives a case with an expired lease to the next reviewer, and the first one's decision then answers 409", async () => {
    const [first, second] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const only = await makeCase({ batchId: queue.batch.id });
    expect(await claimNextCase(first.id)).toBe(only.id);
    expect(await claimNextCase(second.id)).toBeNull();
    await db.case.update({ where: { id: only.id }, data: { leaseExpiresAt: new Date(Date.now() - 1000) } });
    await expect(renewLease(only.id, first.id)).rejects.toMatchObject({ status: 409 });
    expect(await claimNextCase(second.id)).toBe(only.id);
    await expect(acceptCase(only.id, first, { expectedOutput: "Fine.", category: "HAPPY_PATH" })).rejects.toMatchObject({ status: 409 });
    const after = await db.case.findUniqueOrThrow({ where: { id: only.id } });
    expect(after).toMatchObject({ status: "PENDING", claimedById: second.id, expectedOutput: null });
    expect(await db.evalItem.count({ where: { caseId: only.id } })).toBe(0);
  });

  it("renews the lease of the holder", async () => {
    const reviewer = await makeUser("REVIEWER");
    const only = await makeCase({ batchId: queue.batch.id });
    await claimNextCase(reviewer.id);
    await db.case.update({ where: { id: only.id }, data: { leaseExpiresAt: new Date(Date.now() + 60_000) } });
    const renewed = await renewLease(only.id, reviewer.id);
    expect(renewed.getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
  });

  it("does not offer a skipped case to the same reviewer today, but does to others", async () => {
    const [skipper, colleague] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const only = await makeCase({ batchId: queue.batch.id });
    expect(await claimNextCase(skipper.id)).toBe(only.id);
    await skipCase(only.id, skipper);
    expect(await claimNextCase(skipper.id)).toBeNull();
    expect(await claimNextCase(colleague.id)).toBe(only.id);
    await expect(skipCase(only.id, skipper)).rejects.toMatchObject({ status: 409 });
  });

  it("20 concurrent claimers over 1,000 cases: every case is decided exactly once", async () => {
    const source = await makeSource();
    const reviewers = await Promise.all(Array.from({ length: 20 }, () => makeUser("REVIEWER")));
    await db.$executeRaw`
      INSERT INTO "Case" ("sourceId", "batchId", priority, "minedReasons", input, "minedAt")
      SELECT ${source.id}::uuid, ${queue.batch.id}::uuid, (ARRAY[10, 20, 50, 100])[1 + n % 4], ARRAY['failure'],
             jsonb_build_object('messages', jsonb_build_array(jsonb_build_object('role', 'user', 'content', 'case ' || n))),
             now() - make_interval(secs => n)
      FROM generate_series(1, 1000) AS n`;
    const decidedBy = new Map<string, string[]>();
    await Promise.all(
      reviewers.map(async (reviewer, index) => {
        for (;;) {
          const id = await claimNextCase(reviewer.id);
          if (!id) return;
          decidedBy.set(id, [...(decidedBy.get(id) ?? []), reviewer.id]);
          if (index % 2 === 0) await acceptCase(id, reviewer, { expectedOutput: "The right answer.", category: "EDGE_CASE" });
          else await discardCase(id, reviewer, { reason: "DUPLICATE" });
        }
      }),
    );
    expect(decidedBy.size).toBe(1000);
    expect([...decidedBy.values()].every((who) => who.length === 1)).toBe(true);
    const rows = await db.case.groupBy({ by: ["status"], where: { batchId: queue.batch.id }, _count: true });
    const byStatus = Object.fromEntries(rows.map((r) => [r.status, r._count]));
    expect(byStatus.PENDING).toBeUndefined();
    expect((byStatus.ACCEPTED ?? 0) + (byStatus.DISCARDED ?? 0)).toBe(1000);
    const items = await db.evalItem.groupBy({ by: ["caseId"], where: { batchId: queue.batch.id }, _count: true });
    expect(items.every((i) => i._count === 1)).toBe(true);
    expect(items.length).toBe(await db.case.count({ where: { batchId: queue.batch.id, status: "ACCEPTED" } }));
    // Every participant got work: the claim spreads load rather than serialising on one row.
    expect(new Set([...decidedBy.values()].map((w) => w[0])).size).toBe(20);
  });
});
