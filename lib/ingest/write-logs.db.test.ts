import { describe, expect, it } from "vitest";
import { db, dbPool } from "@/lib/db";
import { isoWeekOf } from "@/lib/batches/iso-week";
import { makeIngestSource } from "@/lib/testing/ingest";
import { batchDocument, poolRunner, WRITE_BATCH_SQL, writeBatch, type BatchRow } from "./write-batch";

const row = (id: string, mined: boolean): BatchRow => ({
  externalId: id,
  traceId: id.endsWith("1") ? null : `trace-${id}`,
  timestamp: new Date("2026-12-01T10:00:00.000Z"),
  model: "gpt-test",
  json: { input: `{"messages":[{"role":"user","content":"Where is order ${id}?"}]}`, output: '{"role":"assistant","content":"On its way."}', metadata: '{"latencyMs":120,"tags":["a"]}' },
  redactionVersion: "1.8.0",
  entityCounts: { PERSON: 1 },
  endUserHash: id.endsWith("2") ? "user-hash" : null,
  sessionHash: null,
  mined: mined ? { groupKey: `g-${id}`, joinCaseId: null, priority: 50, reasons: ["baseline"], category: null } : null,
  tally: { format: "native", convention: "native" },
});

const SETTLED = JSON.stringify([{ f: "native", c: "native", o: "sampled_out", r: "", n: 3 }]);

async function stored(sourceId: string) {
  const logs = await db.sourceLog.findMany({
    where: { sourceId },
    orderBy: { externalId: "asc" },
    select: { externalId: true, traceId: true, timestamp: true, model: true, input: true, output: true, metadata: true, redactionVersion: true, entityCounts: true, endUserHash: true, sessionHash: true, receivedAt: true, expiresAt: true },
  });
  const tally = await db.ingestTally.findMany({ where: { sourceId }, orderBy: [{ outcome: "asc" }], select: { hour: true, format: true, convention: true, outcome: true, reason: true, count: true, lastAt: true } });
  return { logs, tally, cases: await db.case.count({ where: { sourceId } }), links: await db.caseLog.count({ where: { sourceLog: { sourceId } } }) };
}

describe("writeBatch without a mined record (the logs-only statement)", () => {
  it("stores the same SourceLogs and counts as the full statement, duplicates included, and opens no case", async () => {
    const week = isoWeekOf(new Date());
    const batch = await db.batch.upsert({ where: { isoWeek: week.label }, create: { isoWeek: week.label, weekStart: week.start }, update: {} });
    const now = new Date("2026-12-07T19:30:00.000Z");
    const expiresAt = new Date("2027-01-06T19:30:00.000Z");
    const rows = ["n-0", "n-1", "n-2", "n-3"].map((id) => row(id, false));
    const [viaWriteBatch, viaFullStatement] = [(await makeIngestSource()).source.id, (await makeIngestSource()).source.id];

    // One record is already stored in each source: the write counts it as a duplicate.
    for (const sourceId of [viaWriteBatch, viaFullStatement]) {
      await dbPool().query({ text: WRITE_BATCH_SQL, values: [batchDocument([rows[3]]), sourceId, now.toISOString(), expiresAt.toISOString(), batch.id, "[]"] });
    }
    const result = await writeBatch(poolRunner, { sourceId: viaWriteBatch, batchId: null, now, expiresAt, tally: SETTLED }, rows);
    await dbPool().query({ text: WRITE_BATCH_SQL, values: [batchDocument(rows), viaFullStatement, now.toISOString(), expiresAt.toISOString(), batch.id, SETTLED] });

    expect([...result.stored].sort()).toEqual(["n-0", "n-1", "n-2"]);
    expect(result.created).toEqual([]);
    expect(result.closed).toEqual([]);
    const [a, b] = [await stored(viaWriteBatch), await stored(viaFullStatement)];
    expect(a).toEqual(b);
    expect(a.logs).toHaveLength(4);
    expect(a.tally.map((t) => [t.outcome, t.count])).toEqual([["duplicate", 1], ["sampled_out", 3], ["stored", 4]]);
    expect(a.cases).toBe(0);
  });

  it("a batch with one mined record still opens its case (the full statement)", async () => {
    const { source } = await makeIngestSource();
    const week = isoWeekOf(new Date());
    const batch = await db.batch.upsert({ where: { isoWeek: week.label }, create: { isoWeek: week.label, weekStart: week.start }, update: {} });
    const now = new Date();
    const result = await writeBatch(poolRunner, { sourceId: source.id, batchId: batch.id, now, expiresAt: new Date(now.getTime() + 86_400_000), tally: "[]" }, [row("m-0", false), row("m-1", true)]);
    expect(result.stored.size).toBe(2);
    expect(result.created.map((c) => c.groupKey)).toEqual(["g-m-1"]);
    const after = await stored(source.id);
    expect([after.cases, after.links]).toEqual([1, 1]);
  });
});
