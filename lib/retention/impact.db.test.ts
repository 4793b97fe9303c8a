import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeSource, makeUser } from "@/lib/testing/factories";
import { makeFixtureCase, makeSourceLog } from "@/lib/testing/retention";
import { purgeExpiredSourceLogs } from "./purge";
import { nextPurgeAt, retentionImpact } from "./impact";

const DAY_MS = 86_400_000;

describe("retentionImpact", () => {
  it("counts what the next purge deletes under a shorter period, the same as the purge itself", async () => {
    const now = new Date("2026-12-07T13:20:00Z");
    const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
    const source = await makeSource({ retentionDays: 30 });
    const reviewer = await makeUser("REVIEWER");
    await makeSourceLog(source.id, { receivedAt: ago(2) });
    const tenDays = await makeSourceLog(source.id, { receivedAt: ago(10) });
    const twentyDays = await makeSourceLog(source.id, { receivedAt: ago(20) });
    const fortyDays = await makeSourceLog(source.id, { receivedAt: ago(40) });
    await makeFixtureCase({ sourceId: source.id, sourceLogId: tenDays.id, status: "PENDING" });
    await makeFixtureCase({ sourceId: source.id, sourceLogId: twentyDays.id, status: "ACCEPTED", reviewerId: reviewer.id });
    await makeFixtureCase({ sourceId: source.id, sourceLogId: fortyDays.id, status: "DISCARDED", reviewerId: reviewer.id });

    const impact = await retentionImpact(source.id, 7, now);
    expect(impact).toEqual({ retentionDays: 7, cutoff: ago(7), logs: 3, cases: 2, nextPurgeAt: new Date("2026-12-07T14:00:00Z") });
    expect(await retentionImpact(source.id, 30, now)).toMatchObject({ logs: 1, cases: 1 });

    await db.source.update({ where: { id: source.id }, data: { retentionDays: 7 } });
    const dryRun = await purgeExpiredSourceLogs({ now, dryRun: true });
    expect(dryRun.sources.find((s) => s.sourceId === source.id)).toMatchObject({ deletedLogs: impact.logs, deletedCases: impact.cases });
  });

  it("the next purge is the next full hour (UTC)", () => {
    expect(nextPurgeAt(new Date("2026-12-07T13:00:00Z"))).toEqual(new Date("2026-12-07T14:00:00Z"));
    expect(nextPurgeAt(new Date("2026-12-07T23:59:59Z"))).toEqual(new Date("2026-12-08T00:00:00Z"));
  });
});
