import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCase, makeUser } from "@/lib/testing/factories";
import { isolatedQueue } from "@/lib/testing/triage";
import { claimNextCase } from "@/lib/triage/claim";
import { acceptCase, discardCase } from "@/lib/triage/decide";
import { workByUser } from "./impact";

let queue: Awaited<ReturnType<typeof isolatedQueue>>;
beforeEach(async () => {
  queue = await isolatedQueue();
});
afterEach(async () => {
  await queue.restore();
});

describe("workByUser", () => {
  it("counts each user's held cases (unexpired claims only) and decisions", async () => {
    const [busy, idle] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    for (let i = 0; i < 4; i++) await makeCase({ batchId: queue.batch.id, priority: i });
    await acceptCase((await claimNextCase(busy.id))!, busy, { expectedOutput: "Fine.", category: "HAPPY_PATH" });
    await discardCase((await claimNextCase(busy.id))!, busy, { reason: "DUPLICATE" });
    const held = (await claimNextCase(busy.id))!;
    const expired = (await claimNextCase(idle.id))!;
    await db.case.update({ where: { id: expired }, data: { leaseExpiresAt: new Date(Date.now() - 1000) } });

    const work = await workByUser();
    expect(work.get(busy.id)).toEqual({ held: 1, decided: 2 });
    expect(work.get(idle.id)).toBeUndefined();
    expect(held).toBeTruthy();
  });
});
