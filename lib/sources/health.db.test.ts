import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestCandidates } from "@/lib/ingest/pipeline";
import { nativeCandidate } from "@/lib/ingest/native";
import { labelCandidate } from "@/lib/ingest/tally";
import { makeIngestSource, nativeLog } from "@/lib/testing/ingest";
import { getSourceHealth } from "./health";

const HOUR = 3_600_000;
const native = (logs: unknown[]) => logs.map((log, i) => labelCandidate(nativeCandidate(log, i), { format: "native", convention: "native" }));

describe("source health", () => {
  it("starts with every step to do and nothing received", async () => {
    const { source } = await makeIngestSource();
    await db.apiKey.updateMany({ where: { sourceId: source.id }, data: { revokedAt: new Date() } });
    const health = await getSourceHealth(source.id);
    expect(health).toMatchObject({ lastReceivedAt: null, lastStoredAt: null, rows: [], rejected: [], ignored: [], steps: { activeIngestKeys: 0, logs: 0, cases: 0, pendingCases: 0 } });
  });

  it("sums the last 24 hours by format and convention, with reasons, and knows the last arrival of all time", async () => {
    const { source } = await makeIngestSource();
    const now = new Date();
    const old = new Date(now.getTime() - 30 * HOUR);
    await ingestCandidates(source, native([nativeLog("old-1")]), { now: old });
    await ingestCandidates(source, native([nativeLog("h-1", { metadata: { error: "timeout" } }), nativeLog("h-2"), { id: "h-3" }]), { now: new Date(now.getTime() - 2 * HOUR) });
    await ingestCandidates(source, native([nativeLog("h-2"), { id: "h-4" }]), { now });

    const health = await getSourceHealth(source.id, now);
    expect(health.lastReceivedAt?.getTime()).toBe(now.getTime());
    expect(health.lastStoredAt?.getTime()).toBe(now.getTime() - 2 * HOUR);
    // The 30-hour-old push is outside the window; the last two are summed.
    expect(health.rows).toEqual([{ format: "native", convention: "native", stored: 2, sampledOut: 0, duplicate: 1, optedOut: 0, rejected: 2, ignored: 0 }]);
    expect(health.rejected).toEqual([{ format: "native", convention: "native", reason: "input: is required", count: 2 }]);
    expect(health.steps).toEqual({ activeIngestKeys: 1, logs: 3, cases: 1, pendingCases: 1 });
  });
});
