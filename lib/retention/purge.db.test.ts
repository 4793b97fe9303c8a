import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeSource, makeUser } from "@/lib/testing/factories";
import { daysBefore, makeFixtureCase, makeSourceLog } from "@/lib/testing/retention";
import { purgeExpiredSourceLogs, PurgeInterrupted } from "./purge";
import { PurgeAlreadyRunning, PurgeLockLost } from "./purge-lock";
import { recentPurgeRuns } from "./settings";
import { reviseDecision } from "@/lib/triage/revise";
import { approveCase, sendBackCase } from "@/lib/review/approve";
import { batchForWeek } from "@/lib/batches/batch-for-week";

const NOW = new Date("2026-11-26T12:00:00Z");

/** One source with 30-day retention: 3 expired logs (each with a pending, discarded or accepted case) and 2 fresh ones. */
async function scenario() {
  const reviewer = await makeUser("REVIEWER");
  const source = await makeSource({ retentionDays: 30 });
  const other = await makeSource({ retentionDays: 365 });
  const expired = await Promise.all([40, 35, 31].map((age) => makeSourceLog(source.id, { receivedAt: daysBefore(NOW, age) })));
  const fresh = await Promise.all([29, 1].map((age) => makeSourceLog(source.id, { receivedAt: daysBefore(NOW, age) })));
  const otherOld = await makeSourceLog(other.id, { receivedAt: daysBefore(NOW, 100) });
  const pending = await makeFixtureCase({ sourceId: source.id, sourceLogId: expired[0].id });
  const discarded = await makeFixtureCase({ sourceId: source.id, sourceLogId: expired[1].id, status: "DISCARDED", reviewerId: reviewer.id });
  const accepted = await makeFixtureCase({ sourceId: source.id, sourceLogId: expired[2].id, status: "ACCEPTED", reviewerId: reviewer.id });
  const freshCase = await makeFixtureCase({ sourceId: source.id, sourceLogId: fresh[0].id });
  const otherCase = await makeFixtureCase({ sourceId: other.id, sourceLogId: otherOld.id });
  return { source, other, expired, fresh, otherOld, pending, discarded, accepted, freshCase, otherCase };
}

const countOf = (result: Awaited<ReturnType<typeof purgeExpiredSourceLogs>>, sourceId: string) =>
  result.sources.find((s) => s.sourceId === sourceId) ?? { deletedLogs: 0, deletedCases: 0 };

describe("retention purge", () => {
  it("deletes exactly the expired logs and their unaccepted cases; accepted eval items and other sources survive", async () => {
    const s = await scenario();
    const result = await purgeExpiredSourceLogs({ now: NOW });
    expect(countOf(result, s.source.id)).toMatchObject({ deletedLogs: 3, deletedCases: 2 });
    expect(countOf(result, s.other.id)).toMatchObject({ deletedLogs: 0, deletedCases: 0 });

    const logs = await db.sourceLog.findMany({ where: { sourceId: { in: [s.source.id, s.other.id] } }, select: { id: true } });
    expect(logs.map((l) => l.id).sort()).toEqual([...s.fresh.map((l) => l.id), s.otherOld.id].sort());
    const cases = await db.case.findMany({ where: { sourceId: { in: [s.source.id, s.other.id] } }, select: { id: true, sourceLogId: true } });
    expect(cases.map((c) => c.id).sort()).toEqual([s.accepted.id, s.freshCase.id, s.otherCase.id].sort());
    expect(cases.find((c) => c.id === s.accepted.id)!.sourceLogId).toBeNull();
    const item = await db.evalItem.findFirstOrThrow({ where: { caseId: s.accepted.id } });
    expect(item.expectedOutput).toBe("A helpful answer.");
  });

  it("a shorter retention period applies to logs already stored at the next run", async () => {
    const s = await scenario();
    await db.source.update({ where: { id: s.other.id }, data: { retentionDays: 90 } });
    const result = await purgeExpiredSourceLogs({ now: NOW });
    expect(countOf(result, s.other.id)).toMatchObject({ deletedLogs: 1, deletedCases: 1 });
  });

  it("a dry run counts the same rows and deletes nothing", async () => {
    const s = await scenario();
    const dry = await purgeExpiredSourceLogs({ now: NOW, dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(countOf(dry, s.source.id)).toMatchObject({ deletedLogs: 3, deletedCases: 2 });
    expect(await db.sourceLog.count({ where: { sourceId: s.source.id } })).toBe(5);
    const real = await purgeExpiredSourceLogs({ now: NOW });
    expect(countOf(real, s.source.id)).toMatchObject({ deletedLogs: 3, deletedCases: 2 });
  });

  it("a purge interrupted midway and rerun ends in the same state as an uninterrupted one", async () => {
    const source = await makeSource({ retentionDays: 10 });
    await db.$executeRaw`
      INSERT INTO "SourceLog" ("sourceId", "externalId", "timestamp", "input", "redactionVersion", "receivedAt", "expiresAt")
      SELECT ${source.id}::uuid, 'x-' || g, now(), '{"messages":[]}', 'test', ${NOW}::timestamp - (g || ' hours')::interval * 12, ${NOW}
        FROM generate_series(1, 60) g`;
    // Logs 21..60 (more than 10 days old) are expired; each expired even-numbered one has a pending case.
    await db.$executeRaw`
      INSERT INTO "Case" ("sourceId", "sourceLogId", "batchId", "input", "minedAt")
      SELECT l."sourceId", l."id", (SELECT "id" FROM "Batch" LIMIT 1), '{"messages":[]}', l."receivedAt"
        FROM "SourceLog" l WHERE l."sourceId" = ${source.id}::uuid AND (substring(l."externalId" from 3))::int % 2 = 0`;
    await expect(purgeExpiredSourceLogs({ now: NOW, batchSize: 7, maxBatches: 2 })).rejects.toBeInstanceOf(PurgeInterrupted);
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(60 - 14);
    const failed = await db.retentionRun.findFirstOrThrow({ orderBy: { startedAt: "desc" } });
    expect(failed.status).toBe("FAILED");

    await purgeExpiredSourceLogs({ now: NOW, batchSize: 7 });
    const left = await db.sourceLog.findMany({ where: { sourceId: source.id }, select: { externalId: true } });
    expect(left.map((l) => Number(l.externalId.slice(2))).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await db.case.count({ where: { sourceId: source.id } })).toBe(10);
  });

  it("an accepted case whose log was purged and that is later revised to discarded goes at the next run", async () => {
    const s = await scenario();
    await purgeExpiredSourceLogs({ now: NOW });
    expect((await db.case.findUniqueOrThrow({ where: { id: s.accepted.id } })).sourceLogId).toBeNull();
    const reviewer = await db.user.findUniqueOrThrow({ where: { id: s.accepted.decidedById! } });
    await reviseDecision(s.accepted.id, reviewer, { kind: "discard", reason: "NOT_USEFUL" });

    const dry = await purgeExpiredSourceLogs({ now: NOW, dryRun: true });
    expect(countOf(dry, s.source.id)).toMatchObject({ deletedLogs: 0, deletedCases: 1 });
    const result = await purgeExpiredSourceLogs({ now: NOW });
    expect(countOf(result, s.source.id)).toMatchObject({ deletedLogs: 0, deletedCases: 1 });
    expect(await db.case.findUnique({ where: { id: s.accepted.id } })).toBeNull();
    // The eval item's history stays (retired by the revision); a still-accepted case would have stayed too.
    const item = await db.evalItem.findFirstOrThrow({ where: { expectedOutput: "A helpful answer.", sourceId: s.source.id } });
    expect(item.validTo).not.toBeNull();
    expect(await db.case.count({ where: { sourceId: s.source.id } })).toBe(1);
  });

  it("keeps a case awaiting a second review (the first reviewer's decision) when its log expires; approved later it becomes an eval item, sent back it goes at the next run", async () => {
    const [first, second] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const source = await makeSource({ retentionDays: 30 });
    const held = async () => {
      const log = await makeSourceLog(source.id, { receivedAt: daysBefore(NOW, 40) });
      const made = await makeFixtureCase({ sourceId: source.id, sourceLogId: log.id, status: "AWAITING_APPROVAL", reviewerId: first.id, category: "EDGE_CASE", batchId: (await batchForWeek(new Date())).id });
      return await db.case.update({ where: { id: made.id }, data: { expectedOutput: "Apologise and open a ticket." } });
    };
    const [toApprove, toSendBack] = [await held(), await held()];
    const dry = await purgeExpiredSourceLogs({ now: NOW, dryRun: true });
    expect(countOf(dry, source.id)).toMatchObject({ deletedLogs: 2, deletedCases: 0 });
    const result = await purgeExpiredSourceLogs({ now: NOW });
    expect(countOf(result, source.id)).toMatchObject({ deletedLogs: 2, deletedCases: 0 });
    for (const c of [toApprove, toSendBack]) expect(await db.case.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "AWAITING_APPROVAL", sourceLogId: null });

    const approved = await approveCase(toApprove.id, second, "EDGE_CASE");
    expect(await db.evalItem.findFirstOrThrow({ where: { itemId: approved.itemId } })).toMatchObject({ reviewerId: first.id, expectedOutput: "Apologise and open a ticket." });
    await sendBackCase(toSendBack.id, second, "EDGE_CASE", "Say which ticket.");
    const next = await purgeExpiredSourceLogs({ now: NOW });
    expect(countOf(next, source.id)).toMatchObject({ deletedLogs: 0, deletedCases: 1 });
    expect(await db.case.findUnique({ where: { id: toSendBack.id } })).toBeNull();
    expect((await db.case.findUniqueOrThrow({ where: { id: toApprove.id } })).status).toBe("ACCEPTED");
  });

  it("two purges never run at once: the second is refused while the first runs, and deletes nothing", async () => {
    const source = await makeSource({ retentionDays: 1 });
    await db.$executeRaw`
      INSERT INTO "SourceLog" ("sourceId", "externalId", "timestamp", "input", "redactionVersion", "receivedAt", "expiresAt")
      SELECT ${source.id}::uuid, 'c-' || g, now(), '{"messages":[]}', 'test', ${NOW}::timestamp - interval '3 days', ${NOW}
        FROM generate_series(1, 900) g`;
    await db.$executeRaw`
      INSERT INTO "Case" ("sourceId", "sourceLogId", "batchId", "input", "minedAt")
      SELECT l."sourceId", l."id", (SELECT "id" FROM "Batch" LIMIT 1), '{"messages":[]}', l."receivedAt"
        FROM "SourceLog" l WHERE l."sourceId" = ${source.id}::uuid`;
    let second: unknown = null;
    // The second purge starts (and is awaited) while the first waits between two of its batches.
    const first = await purgeExpiredSourceLogs({ now: NOW, batchSize: 50, afterBatch: async () => void (second ??= await purgeExpiredSourceLogs({ now: NOW, batchSize: 50 }).catch((e) => e)) });
    expect(second).toBeInstanceOf(PurgeAlreadyRunning);
    expect(countOf(first, source.id)).toMatchObject({ deletedLogs: 900, deletedCases: 900 });
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(0);
    expect(await db.retentionRun.count({ where: { status: "RUNNING" } })).toBe(0);
  });

  it("a run whose process died is closed out by the next purge at once, not after hours", async () => {
    // What a purge killed mid-run leaves behind: its row RUNNING, its session (and lock) gone.
    const dead = await db.retentionRun.create({ data: { startedAt: new Date(Date.now() - 60_000) } });
    const next = await purgeExpiredSourceLogs({ now: NOW });
    expect((await db.retentionRun.findUniqueOrThrow({ where: { id: next.runId } })).status).toBe("SUCCEEDED");
    const closed = await db.retentionRun.findUniqueOrThrow({ where: { id: dead.id } });
    expect(closed.status).toBe("FAILED");
    expect(closed.error).toMatch(/^interrupted/);
  });

  it("reading the runs for /retention closes out a dead run, and leaves a live purge's run alone", async () => {
    const dead = await db.retentionRun.create({ data: { startedAt: new Date(Date.now() - 60_000) } });
    expect((await recentPurgeRuns(50)).find((r) => r.id === dead.id)?.status).toBe("FAILED");
    await makeSource({ retentionDays: 1 }).then((s) => Promise.all([1, 2, 3].map(() => makeSourceLog(s.id, { receivedAt: daysBefore(NOW, 5) }))));
    let seenWhileRunning: string | undefined;
    await purgeExpiredSourceLogs({
      now: NOW,
      batchSize: 1,
      afterBatch: async () => {
        const live = await db.retentionRun.findFirstOrThrow({ where: { status: "RUNNING" } });
        seenWhileRunning ??= (await recentPurgeRuns(50)).find((r) => r.id === live.id)?.status;
      },
    });
    expect(seenWhileRunning).toBe("RUNNING");
  });

  it("a purge whose database session is cut mid-run stops, and a new purge runs at once and finishes the work", async () => {
    const source = await makeSource({ retentionDays: 1 });
    await db.$executeRaw`
      INSERT INTO "SourceLog" ("sourceId", "externalId", "timestamp", "input", "redactionVersion", "receivedAt", "expiresAt")
      SELECT ${source.id}::uuid, 'k-' || g, now(), '{"messages":[]}', 'test', ${NOW}::timestamp - interval '3 days', ${NOW}
        FROM generate_series(1, 100) g`;
    // Cut the session holding the purge's advisory lock, as a crashed host or a killed process would.
    const cut = async () => {
      await db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()`;
    };
    await expect(purgeExpiredSourceLogs({ now: NOW, batchSize: 10, afterBatch: cut })).rejects.toBeInstanceOf(PurgeLockLost);
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(90);
    const stopped = await db.retentionRun.findFirstOrThrow({ orderBy: { startedAt: "desc" } });
    expect(stopped.status).toBe("FAILED");
    const again = await purgeExpiredSourceLogs({ now: NOW, batchSize: 10 });
    expect(countOf(again, source.id).deletedLogs).toBe(90);
    expect(await db.retentionRun.count({ where: { status: "RUNNING" } })).toBe(0);
  });

  it("invariant 4: every purge is written to the audit log (and a retention run row), dry runs too", async () => {
    const s = await scenario();
    for (const dryRun of [true, false]) {
      const result = await purgeExpiredSourceLogs({ now: NOW, dryRun });
      const run = await db.retentionRun.findUniqueOrThrow({ where: { id: result.runId } });
      expect(run).toMatchObject({ status: "SUCCEEDED", dryRun, deletedLogs: result.deletedLogs, deletedCases: result.deletedCases });
      expect(run.durationMs).toBeGreaterThanOrEqual(0);
      const audit = await db.auditLog.findFirstOrThrow({ where: { targetType: "RetentionRun", targetId: result.runId } });
      expect(audit.action).toBe(dryRun ? "retention.purge_dry_run" : "retention.purge");
      expect(audit.actorLabel).toBe("system:retention-purge");
      const details = audit.details as { deletedLogs: number; deletedCases: number; sources: { sourceId: string; deletedLogs: number }[] };
      expect(details.deletedLogs).toBe(result.deletedLogs);
      expect(details.deletedCases).toBe(result.deletedCases);
      expect(details.sources.find((x) => x.sourceId === s.source.id)?.deletedLogs).toBe(3);
      expect(JSON.stringify(audit.details)).not.toContain("Where is my order");
    }
  });
});

describe("the hourly retention job", () => {
  it("is registered hourly and its run purges and records a run as the system", async () => {
    const { JOBS } = await import("@/lib/jobs/registry");
    const job = JOBS.find((j) => j.name === "retention-purge")!;
    expect(job.cron).toBe("0 * * * *");
    const source = await makeSource({ retentionDays: 1 });
    await makeSourceLog(source.id, { receivedAt: daysBefore(new Date(), 2) });
    const startedBefore = new Date();
    await job.run({});
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(0);
    const run = await db.retentionRun.findFirstOrThrow({ where: { startedAt: { gte: startedBefore }, dryRun: false }, orderBy: { startedAt: "desc" } });
    expect(run.status).toBe("SUCCEEDED");
    expect((await db.auditLog.findFirstOrThrow({ where: { targetId: run.id } })).actorLabel).toBe("system:retention-purge");
  });
});
