import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST } from "@/app/api/v1/ingest/route";
import { POST as OTLP } from "@/app/api/v1/otlp/v1/traces/route";
import { serveRoutes } from "@/lib/testing/http-server";
import { makeIngestSource, nativeLog } from "@/lib/testing/ingest";
import { closeRedactPool, redactLogs, redactPoolThreads } from "./redact-pool";
import type { CanonicalLog } from "./types";

let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  process.env.INGEST_QUEUE_RECORDS = "820";
  await closeRedactPool();
  server = await serveRoutes({ "/api/v1/ingest": POST, "/api/v1/otlp/v1/traces": OTLP });
});
afterAll(async () => {
  delete process.env.INGEST_QUEUE_RECORDS;
  await closeRedactPool();
  await server.close();
});

const push = (path: string, key: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify(body) });

/** Logs that keep the workers busy for a while (long texts full of names and numbers). */
function busyWork(n: number): CanonicalLog[] {
  const text = "Margaret Thornton (margaret@example.com, +44 20 7946 0123) wrote about order 1234567 from 12 Baker Street. ".repeat(8);
  return Array.from({ length: n }, (_, i) => ({
    externalId: `busy-${i}`,
    traceId: null,
    timestamp: new Date(),
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: text }],
    output: null,
    metadata: {},
    endUser: { userId: null, sessionId: null },
  }));
}

describe("the ingest queue is bounded", () => {
  it("a push that would overfill it answers 503 with Retry-After and stores nothing; the same push succeeds once there is room", async () => {
    expect(await redactPoolThreads()).toBeGreaterThan(0);
    const { source, apiKey } = await makeIngestSource();
    // Another producer's work fills the queue (admitted whole: the queue was empty).
    const filling = redactLogs(busyWork(800), "refuse");
    const logs = Array.from({ length: 100 }, (_, i) => nativeLog(`q-${i}`));
    const refused = await push("/api/v1/ingest", apiKey, { logs });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await refused.json()).error).toMatch(/queue is full/);
    const spans = await push("/api/v1/otlp/v1/traces", apiKey, { resourceSpans: [] });
    // An export with no model call needs no redaction: it is answered whatever the queue.
    expect(spans.status).toBe(200);
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(0);

    // The admitted work finishes in full: nothing accepted is lost.
    expect((await filling).filter((r) => r.ok)).toHaveLength(800);
    const accepted = await push("/api/v1/ingest", apiKey, { logs });
    expect(accepted.status).toBe(200);
    expect((await accepted.json()).totals.stored).toBe(100);
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(100);
  }, 180_000); // a few seconds on a quiet machine; minutes when it is shared with other test runs
});
