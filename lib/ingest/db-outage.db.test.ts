import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { ensureDatabaseExists } from "@/lib/db/admin";
import { embeddedUrl, freePort, startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { POST } from "@/app/api/v1/ingest/route";
import { resetRateLimits } from "./rate-limit";
import { redactPoolThreads } from "./redact-pool";
import { serveRoutes } from "@/lib/testing/http-server";
import { makeIngestSource, nativeLog } from "@/lib/testing/ingest";

// This file runs against its OWN embedded PostgreSQL, which it stops mid-push: the
// shared test server must stay up for the other files.
// (A fresh name directly under /tmp: the postgres user can't enter a 0700 mkdtemp folder.)
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "evalmine-outage-"));
fs.rmSync(dataDir, { recursive: true, force: true });
let pg: EmbeddedServer;
let port: number;
let sharedUrl: string | undefined;
let http: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  sharedUrl = process.env.DATABASE_URL;
  port = await freePort();
  pg = await startEmbeddedPostgres({ dataDir, port });
  const url = embeddedUrl(port, "outage");
  await ensureDatabaseExists(url);
  await migrateDatabase(url);
  await disconnectDb();
  process.env.DATABASE_URL = url;
  http = await serveRoutes({ "/api/v1/ingest": POST });
  resetRateLimits();
  // The redaction workers start here, as the app starts them with the server (instrumentation.ts),
  // so the first push's commit comes within the wait below even on a busy machine.
  await redactPoolThreads();
}, 120_000);

afterAll(async () => {
  await http?.close();
  await disconnectDb();
  await pg?.stop();
  process.env.DATABASE_URL = sharedUrl;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const batch = (b: number) => Array.from({ length: 100 }, (_, i) => nativeLog(`b${b}-r${i}`, { metadata: i % 3 === 0 ? { error: "boom" } : {} }));

describe("database outage during a push", () => {
  it("leaves every record stored once or reported failed (503 + Retry-After), never half-written", async () => {
    // Only the rules this test names are on (the span/record ids are random; see trafficRules).
    const { source, apiKey } = await makeIngestSource({ trafficRules: false });
    const send = (b: number) =>
      fetch(`${http.url}/api/v1/ingest`, { method: "POST", headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" }, body: JSON.stringify({ logs: batch(b) }) });
    const batches = [0, 1, 2, 3, 4, 5, 6, 7];
    const inFlight = batches.map((b) => send(b));
    // Stop the database as soon as the first request has committed, while others are mid-flight.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (await db.sourceLog.count({ where: { sourceId: source.id } })) === 0) await new Promise((r) => setTimeout(r, 10));
    await pg.stop();
    const responses = await Promise.all(inFlight);
    const statuses = responses.map((r) => r.status);
    for (const s of statuses) expect([200, 503]).toContain(s);
    expect(statuses).toContain(200);
    for (const r of responses) if (r.status === 503) expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    // While it is down, a new push is a clean 503 too (even the key lookup fails).
    const down = await send(99);
    expect(down.status).toBe(503);

    pg = await startEmbeddedPostgres({ dataDir, port });
    await disconnectDb();
    for (const [i, response] of responses.entries()) {
      const count = await db.sourceLog.count({ where: { sourceId: source.id, externalId: { startsWith: `b${i}-` } } });
      // All or nothing per request; a 200 means all of it.
      expect([0, 100]).toContain(count);
      if (response.status === 200) expect(count).toBe(100);
    }
    // Every stored failure has its case: logs and cases commit together.
    const failures = await db.sourceLog.count({ where: { sourceId: source.id, metadata: { path: ["error"], equals: "boom" } } });
    expect(await minedCount(source.id)).toBe(failures);

    // The producer retries the failed requests: everything ends up stored exactly once.
    resetRateLimits();
    for (const [i, response] of responses.entries()) if (response.status !== 200) expect((await send(i)).status).toBe(200);
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(batches.length * 100);
    expect(await minedCount(source.id)).toBe(batches.length * 34);
  }, 120_000);
});

/** Mined records of a source: its cases plus the near-duplicates counted on them (groupSize). */
async function minedCount(sourceId: string): Promise<number> {
  return (await db.case.aggregate({ where: { sourceId }, _sum: { groupSize: true } }))._sum.groupSize ?? 0;
}
