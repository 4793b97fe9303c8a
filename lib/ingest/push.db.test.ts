import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST } from "@/app/api/v1/ingest/route";
import { revokeSourceApiKey, updateSource } from "@/lib/sources/service";
import { resetRateLimits } from "./rate-limit";
import { serveRoutes } from "@/lib/testing/http-server";
import { makeIngestSource, nativeLog } from "@/lib/testing/ingest";

let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  server = await serveRoutes({ "/api/v1/ingest": POST });
});
afterAll(async () => server.close());
beforeEach(() => resetRateLimits());

const push = (key: string | null, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/v1/ingest`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    body: typeof body === "string" || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
  });

describe("POST /api/v1/ingest", () => {
  it("stores a batch and answers per-record outcomes with totals", async () => {
    const { source, apiKey } = await makeIngestSource();
    const response = await push(apiKey, { logs: [nativeLog("p1"), nativeLog("p2", { metadata: { optOut: true } }), { id: "p3" }] });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.totals).toMatchObject({ received: 3, stored: 1, opted_out: 1, rejected: 1 });
    expect(body.results[2]).toEqual({ index: 2, id: "p3", status: "rejected", reason: "input: is required" });
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(1);
    expect((await db.apiKey.findFirstOrThrow({ where: { sourceId: source.id } })).lastUsedAt).not.toBeNull();
  });

  it("answers 401 to an unknown key, 403 to a revoked key and to an inactive source", async () => {
    expect((await push("em_not-a-real-key", { logs: [] })).status).toBe(401);
    // (No Authorization header falls to the session check, which needs Next's request scope: covered in e2e.)
    const revoked = await makeIngestSource();
    const keyRow = await db.apiKey.findFirstOrThrow({ where: { sourceId: revoked.source.id } });
    await revokeSourceApiKey(revoked.source.id, keyRow.id, { label: "system:test" });
    expect((await push(revoked.apiKey, { logs: [] })).status).toBe(403);
    const inactive = await makeIngestSource();
    const s = inactive.source;
    await updateSource({ sourceId: s.id, name: s.name, description: null, sampleRate: s.sampleRate, maxSampleRate: s.maxSampleRate, pullFolder: null, active: false }, { label: "system:test" });
    const response = await push(inactive.apiKey, { logs: [nativeLog("i1")] });
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/inactive/);
  });

  it("answers 409 when the source has no retention period (invariant 4)", async () => {
    const { source, apiKey } = await makeIngestSource();
    await db.source.update({ where: { id: source.id }, data: { retentionDays: null } });
    const response = await push(apiKey, { logs: [nativeLog("ret1")] });
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatch(/retention/);
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(0);
  });

  it("enforces the limits: more than 1,000 logs -> 413, over 5 MB -> 413, bad JSON -> 400 without echoing it", async () => {
    const { apiKey } = await makeIngestSource();
    const many = await push(apiKey, { logs: Array.from({ length: 1001 }, (_, i) => nativeLog(`m${i}`)) });
    expect(many.status).toBe(413);
    expect((await many.json()).error).toMatch(/1,000/);
    const huge = await push(apiKey, { logs: [nativeLog("big", { input: "x".repeat(5 * 1024 * 1024 + 10) })] });
    expect(huge.status).toBe(413);
    const bad = await push(apiKey, '{"logs": [ {"id": "q", "input": "my password is hunter2"');
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toContain("hunter2");
    const shape = await push(apiKey, { records: [] });
    expect(shape.status).toBe(400);
  });

  it("answers 429 with Retry-After past the per-key rate", async () => {
    process.env.INGEST_RATE_BURST = "3";
    process.env.INGEST_RATE_PER_SECOND = "0.5";
    try {
      const { apiKey } = await makeIngestSource();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await push(apiKey, { logs: [] })).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const limited = await push(apiKey, { logs: [] });
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    } finally {
      delete process.env.INGEST_RATE_BURST;
      delete process.env.INGEST_RATE_PER_SECOND;
    }
  });

  it("answers 429 with Retry-After past the per-key byte rate, counted after gzip, and stores nothing of that push", async () => {
    process.env.INGEST_RATE_BYTES_BURST = String(5 * 1024 * 1024);
    process.env.INGEST_RATE_BYTES_PER_SECOND = "100000";
    try {
      const { source, apiKey } = await makeIngestSource();
      // Two MB of padding per body (fields other than "logs" are ignored), one record each.
      const body = (id: string) => ({ logs: [nativeLog(id)], padding: "x".repeat(2 * 1024 * 1024) });
      expect((await push(apiKey, body("b1"))).status).toBe(200);
      expect((await push(apiKey, body("b2"))).status).toBe(200);
      const limited = await push(apiKey, body("b3"));
      expect(limited.status).toBe(429);
      expect((await limited.json()).error).toMatch(/Too many bytes/);
      // About 1 MB missing (5 MiB of burst, three 2 MiB bodies) at 100 kB/s: about 11 s.
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(5);
      const gzipped = await push(apiKey, gzipSync(JSON.stringify(body("b4"))), { "content-encoding": "gzip" });
      expect(gzipped.status).toBe(429);
      // Small pushes from another key are not held back.
      const other = await makeIngestSource();
      expect((await push(other.apiKey, { logs: [nativeLog("o1")] })).status).toBe(200);
      expect(await db.sourceLog.findMany({ where: { sourceId: source.id }, select: { externalId: true }, orderBy: { externalId: "asc" } })).toEqual([{ externalId: "b1" }, { externalId: "b2" }]);
    } finally {
      delete process.env.INGEST_RATE_BYTES_BURST;
      delete process.env.INGEST_RATE_BYTES_PER_SECOND;
    }
  });
});
