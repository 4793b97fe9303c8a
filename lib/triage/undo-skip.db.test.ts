import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCase, makeUser } from "@/lib/testing/factories";
import { isolatedQueue } from "@/lib/testing/triage";
import { claimNextCase } from "./claim";
import { acceptCase, skipCase } from "./decide";
import { pendingSkippedToday, undoSkip, unskipToday } from "./undo-skip";

let queue: Awaited<ReturnType<typeof isolatedQueue>>;
beforeEach(async () => {
  queue = await isolatedQueue();
});
afterEach(async () => {
  await queue.restore();
});

describe("undoSkip", () => {
  it("gives the skipped case back to the reviewer and returns the case handed out after the skip", async () => {
    const reviewer = await makeUser("REVIEWER");
    const first = await makeCase({ batchId: queue.batch.id, priority: 10 });
    const second = await makeCase({ batchId: queue.batch.id, priority: 20 });
    expect(await claimNextCase(reviewer.id)).toBe(first.id);
    await skipCase(first.id, reviewer);
    expect(await claimNextCase(reviewer.id)).toBe(second.id);

    expect(await undoSkip(first.id, reviewer.id)).toEqual({ restored: true });
    expect(await claimNextCase(reviewer.id)).toBe(first.id);
    expect(await db.case.count({ where: { claimedById: reviewer.id, status: "PENDING" } })).toBe(1);
    expect(await db.case.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ claimedById: null, leaseExpiresAt: null, status: "PENDING" });
    expect(await db.caseSkip.count({ where: { caseId: first.id } })).toBe(0);
  });

  it("forgets the skip but leaves a case a colleague took meanwhile with the colleague", async () => {
    const [reviewer, colleague] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const only = await makeCase({ batchId: queue.batch.id });
    await claimNextCase(reviewer.id);
    await skipCase(only.id, reviewer);
    expect(await claimNextCase(colleague.id)).toBe(only.id);

    expect(await undoSkip(only.id, reviewer.id)).toEqual({ restored: false });
    expect(await db.case.findUniqueOrThrow({ where: { id: only.id } })).toMatchObject({ claimedById: colleague.id });
    await acceptCase(only.id, colleague, { expectedOutput: "Fine.", category: "HAPPY_PATH" });
    expect(await claimNextCase(reviewer.id)).toBeNull();
  });

  it("answers 409 when there is no skip of that case today", async () => {
    const reviewer = await makeUser("REVIEWER");
    const only = await makeCase({ batchId: queue.batch.id });
    await expect(undoSkip(only.id, reviewer.id)).rejects.toMatchObject({ status: 409 });
  });
});

describe("skipped today", () => {
  it("counts the reviewer's pending skipped cases and offers them again once unskipped", async () => {
    const [reviewer, colleague] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const a = await makeCase({ batchId: queue.batch.id, priority: 10 });
    const b = await makeCase({ batchId: queue.batch.id, priority: 20 });
    for (const expected of [a.id, b.id]) {
      expect(await claimNextCase(reviewer.id)).toBe(expected);
      await skipCase(expected, reviewer);
    }
    expect(await claimNextCase(reviewer.id)).toBeNull();
    expect(await pendingSkippedToday(reviewer.id)).toBe(2);

    // A skipped case someone else decided no longer counts.
    expect(await claimNextCase(colleague.id)).toBe(a.id);
    await acceptCase(a.id, colleague, { expectedOutput: "Fine.", category: "HAPPY_PATH" });
    expect(await pendingSkippedToday(reviewer.id)).toBe(1);
    expect(await pendingSkippedToday(colleague.id)).toBe(0);

    expect(await unskipToday(reviewer.id)).toBe(2);
    expect(await pendingSkippedToday(reviewer.id)).toBe(0);
    expect(await claimNextCase(reviewer.id)).toBe(b.id);
  });
});
