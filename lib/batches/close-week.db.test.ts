import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeSource, makeUser } from "@/lib/testing/factories";
import { userActor } from "@/lib/audit/record";
import { makeFixtureCase } from "@/lib/testing/retention";
import { batchForWeek } from "./batch-for-week";
import { BatchRuleError, closeWeek, startWeekReview } from "./close-week";
import { batchProgress, currentBatchProgress } from "./current-batch";

describe("weekly cadence", () => {
  it("closing a week moves its pending cases to the next week's batch, keeping their age", async () => {
    const lead = await makeUser("LEAD");
    const reviewer = await makeUser("REVIEWER");
    const source = await makeSource();
    const minedAt = new Date("2025-03-04T10:00:00Z"); // 2025-W10
    const week = await batchForWeek(minedAt);
    const pending = await Promise.all([0, 1].map(() => makeFixtureCase({ sourceId: source.id, minedAt, batchId: week.id })));
    const accepted = await makeFixtureCase({ sourceId: source.id, minedAt, batchId: week.id, status: "ACCEPTED", reviewerId: reviewer.id });
    await startWeekReview("2025-W10", userActor(lead));
    expect((await db.batch.findUniqueOrThrow({ where: { id: week.id } })).status).toBe("IN_REVIEW");

    const result = await closeWeek("2025-W10", userActor(lead), new Date("2025-03-10T09:00:00Z"));
    expect(result).toMatchObject({ movedPending: 2, movedTo: "2025-W11" });
    const next = await db.batch.findUniqueOrThrow({ where: { isoWeek: "2025-W11" } });
    for (const c of pending) {
      const row = await db.case.findUniqueOrThrow({ where: { id: c.id } });
      expect(row.batchId).toBe(next.id);
      expect(row.minedAt).toEqual(minedAt);
    }
    expect((await db.case.findUniqueOrThrow({ where: { id: accepted.id } })).batchId).toBe(week.id);
    expect(await db.batch.findUniqueOrThrow({ where: { id: week.id } })).toMatchObject({ status: "CLOSED", closedById: lead.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "batch.close", targetId: week.id } });
    expect(audit.details).toEqual({ isoWeek: "2025-W10", movedPending: 2, movedTo: "2025-W11" });

    const [closed, opened] = await batchProgress([week.id, next.id], source.id);
    expect(closed).toMatchObject({ isoWeek: "2025-W10", status: "CLOSED", pending: 0, accepted: 1, total: 1 });
    expect(opened).toMatchObject({ isoWeek: "2025-W11", status: "OPEN", pending: 2, total: 2 });
  });

  it("refuses to close a week twice (also when two leads race), a future week, or a malformed label", async () => {
    const lead = await makeUser("LEAD");
    await batchForWeek(new Date("2025-05-07T10:00:00Z")); // 2025-W19
    const results = await Promise.allSettled([closeWeek("2025-W19", userActor(lead)), closeWeek("2025-W19", userActor(lead))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(BatchRuleError);
    expect((refused.reason as BatchRuleError).status).toBe(409);
    await expect(closeWeek("2099-W01", userActor(lead))).rejects.toMatchObject({ status: 409 });
    await expect(closeWeek("W19", userActor(lead))).rejects.toMatchObject({ status: 400 });
  });

  it("the current batch is this ISO week's, with its progress", async () => {
    const source = await makeSource();
    const now = new Date("2026-11-26T12:00:00Z");
    await makeFixtureCase({ sourceId: source.id, minedAt: now });
    const progress = await currentBatchProgress({ now, sourceId: source.id });
    expect(progress).toMatchObject({ isoWeek: "2026-W48", pending: 1, accepted: 0, total: 1 });
  });
});
