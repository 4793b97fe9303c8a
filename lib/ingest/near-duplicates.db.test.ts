import { afterEach, beforeEach, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { claimNextCase } from "@/lib/triage/claim";
import { discardCase } from "@/lib/triage/decide";
import { isolatedQueue } from "@/lib/testing/triage";
import { makeUser } from "@/lib/testing/factories";
import { groupSizeOf } from "@/lib/testing/factories";
import { ingestCandidates } from "./pipeline";
import { nativeCandidate } from "./native";
import { makeIngestSource, nativeLog } from "@/lib/testing/ingest";

const ingest = (source: Parameters<typeof ingestCandidates>[0], logs: unknown[], now?: Date) =>
  ingestCandidates(source, logs.map((log, i) => nativeCandidate(log, i)), { now });

const NAMES = ["Margaret Thornton", "Jonathan Pryce", "Ada Lovelace", "Sam Okafor", "Priya Raman"];
/** Near-identical mined records: only the customer's name and order number differ. */
const complaint = (id: string, n: number, metadata: Record<string, unknown> = { error: "no tracking" }) =>
  nativeLog(id, { input: `Hello, my name is ${NAMES[n % NAMES.length]}. My order #${48213 + n} never arrived and the tracking page shows nothing at all since last week`, metadata });

let queue: Awaited<ReturnType<typeof isolatedQueue>>;
beforeEach(async () => {
  queue = await isolatedQueue();
});
afterEach(async () => {
  await queue.restore();
});

describe("near-duplicates join an open case instead of adding queue items", () => {
  it("makes ONE pending case with groupSize N for N near-identical records, and the queue offers it once", async () => {
    const { source } = await makeIngestSource();
    // A week of its own (random, long past), so this test's batch is the only open one.
    const now = new Date(Date.UTC(1950, 0, 2) + crypto.randomInt(0, 2000) * 7 * 86_400_000);
    const n = 12;
    // One push with several records, then single-record pushes, then two pushes at once.
    await ingest(source, [0, 1, 2, 3].map((i) => complaint(`c${i}`, i)), now);
    for (const i of [4, 5, 6, 7]) await ingest(source, [complaint(`c${i}`, i)], now);
    await Promise.all([ingest(source, [complaint("c8", 8), complaint("c9", 9)], now), ingest(source, [complaint("c10", 10), complaint("c11", 11)], now)]);

    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(n);
    const cases = await db.case.findMany({ where: { sourceId: source.id } });
    // Two concurrent pushes may each open a case for the same new group; here the group
    // already exists, so both join it, and no increment is lost.
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ status: "PENDING", groupSize: n });
    expect(await groupSizeOf(cases[0].id)).toBe(n);

    const reviewer = await makeUser("REVIEWER");
    const other = await makeUser("REVIEWER");
    expect(await claimNextCase(reviewer.id)).toBe(cases[0].id);
    expect(await claimNextCase(other.id)).toBeNull();
  });

  it("keeps the lowest priority and adds new reasons to the open case", async () => {
    const { source } = await makeIngestSource();
    await ingest(source, [complaint("p1", 1, { confidence: 0.2 })]);
    await ingest(source, [complaint("p2", 2, { error: "timeout" })]);
    const [only] = await db.case.findMany({ where: { sourceId: source.id } });
    expect(only).toMatchObject({ groupSize: 2, priority: 10, minedReasons: ["low_confidence", "failure"] });
  });

  it("joins an open case another instance opened with the same group key (this process's group cache doesn't know it)", async () => {
    const { source } = await makeIngestSource();
    const { source: elsewhere } = await makeIngestSource();
    // This process loads (and caches for 30 s) the source's groups: one unrelated case.
    await ingest(source, [nativeLog("u1", { input: "Can I change the delivery address for a parcel that is already on its way?", metadata: { error: "x" } })]);
    // "Another instance" opens a case for the complaint's group afterwards: same fingerprint,
    // written straight to the database, so this process's cache has never seen it.
    await ingest(elsewhere, [complaint("e1", 1)]);
    const model = await db.case.findFirstOrThrow({ where: { sourceId: elsewhere.id } });
    const other = await db.case.create({
      data: { sourceId: source.id, batchId: model.batchId, status: "PENDING", priority: model.priority, minedReasons: model.minedReasons, input: model.input!, metadata: {}, groupKey: model.groupKey },
    });

    await ingest(source, [complaint("c1", 2), complaint("c2", 3)]);
    const cases = await db.case.findMany({ where: { sourceId: source.id }, orderBy: { minedAt: "asc" } });
    expect(cases).toHaveLength(2);
    expect(await db.case.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ status: "PENDING", groupSize: 3 });
    // And the cache now knows it: a later near-duplicate joins it too.
    await ingest(source, [complaint("c3", 4)]);
    expect(await groupSizeOf(other.id)).toBe(4);
    expect(await db.case.count({ where: { sourceId: source.id } })).toBe(2);
  });

  it("starts a new case when the near-identical case was already decided", async () => {
    const { source } = await makeIngestSource();
    const reviewer = await makeUser("REVIEWER");
    const now = new Date(Date.UTC(1950, 0, 2) + crypto.randomInt(0, 2000) * 7 * 86_400_000);
    await ingest(source, [complaint("d1", 1), complaint("d2", 2)], now);
    const first = await db.case.findFirstOrThrow({ where: { sourceId: source.id } });
    expect(await claimNextCase(reviewer.id)).toBe(first.id);
    await discardCase(first.id, reviewer, { reason: "NOT_USEFUL" });

    await ingest(source, [complaint("d3", 3), complaint("d4", 4)], now);
    await ingest(source, [complaint("d5", 5)], now);
    const open = await db.case.findMany({ where: { sourceId: source.id, status: "PENDING" } });
    expect(open).toHaveLength(1);
    expect(open[0].groupSize).toBe(3);
    expect(open[0].groupKey).toBe(first.groupKey);
    expect(await db.case.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "DISCARDED", groupSize: 2 });
  });
});
