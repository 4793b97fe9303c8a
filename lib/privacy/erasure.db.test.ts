import { spawnSync } from "node:child_process";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { ingestCandidates } from "@/lib/ingest/pipeline";
import { nativeCandidate } from "@/lib/ingest/native";
import { claimNextCase } from "@/lib/triage/claim";
import { acceptCase } from "@/lib/triage/decide";
import { reviseDecision } from "@/lib/triage/revise";
import { makeUser } from "@/lib/testing/factories";
import { makeIngestSource, nativeLog } from "@/lib/testing/ingest";
import { isolatedQueue } from "@/lib/testing/triage";
import { serveRoutes } from "@/lib/testing/http-server";
import { POST } from "@/app/api/v1/erasure/route";
import { ERASED_TEXT, eraseEndUser } from "./erasure";
import { createErasureApiKey, revokeErasureApiKey } from "./erasure-keys";
import { keyedHash } from "./keyed-hash";

// Erasure reaches every source, so each test has end users of its own.
let USER = "";
let OTHER = "";
let run = 0;

const failing = (id: string, userId: string, text: string) => nativeLog(id, { userId, sessionId: `s-${id}`, input: text, metadata: { error: "timeout" } });

async function ingest(source: Awaited<ReturnType<typeof makeIngestSource>>["source"], logs: unknown[]) {
  return await ingestCandidates(source, logs.map((log, i) => nativeCandidate(log, i)));
}

let queue: Awaited<ReturnType<typeof isolatedQueue>>;
let http: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  http = await serveRoutes({ "/api/v1/erasure": POST });
});
afterAll(async () => http.close());
// Each test claims from its own queue, so cases left pending by another test never win the claim.
beforeEach(async () => {
  queue = await isolatedQueue();
  run += 1;
  USER = `cust-7781-${run}@shop.example`;
  OTHER = `cust-1200-${run}@shop.example`;
});
afterEach(async () => queue.restore());

/** A source with the user's three records (two mined: one accepted and relabelled, one pending) and another user's. */
async function scenario() {
  const { source } = await makeIngestSource();
  await ingest(source, [
    failing("u1-a", USER, "My parcel to the Leeds depot is late, order 5512."),
    failing("u1-b", USER, "Why was my refund for the blender refused?"),
    nativeLog("u1-c", { userId: USER, input: "What are your opening hours?" }),
    failing("u2-a", OTHER, "The app crashes when I open my basket."),
  ]);
  await db.case.updateMany({ where: { sourceId: source.id }, data: { batchId: queue.batch.id } });
  const reviewer = await makeUser("REVIEWER");
  const first = await db.case.findFirstOrThrow({ where: { sourceId: source.id, sourceLog: { externalId: "u1-a" } } });
  await db.case.updateMany({ where: { sourceId: source.id, id: { not: first.id } }, data: { priority: 999 } });
  expect(await claimNextCase(reviewer.id)).toBe(first.id);
  const { itemId } = await acceptCase(first.id, reviewer, { expectedOutput: "Apologise and give the depot's phone line.", category: "EDGE_CASE" });
  await reviseDecision(first.id, reviewer, { kind: "accept", expectedOutput: "Apologise, give the depot line and a new date.", category: "EDGE_CASE" });
  return { source, itemId };
}

describe("end-user erasure", () => {
  it("counts on a dry run and changes nothing but the audit log", async () => {
    const { source } = await scenario();
    const receipt = await eraseEndUser(USER, { label: "system:test" }, { dryRun: true, sourceId: source.id });
    expect(receipt).toEqual({ dryRun: true, sourceLogs: 3, cases: 1, evalItems: 1, acceptedCases: 1, alreadyOptedOut: false });
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(4);
    expect(await db.endUserOptOut.count({ where: { endUserHash: keyedHash("end-user", USER) } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "enduser.erasure_dry_run" } })).toBeGreaterThan(0);
  });

  it("deletes the user's logs and open cases, erases every version of their eval items, opts them out, and leaves others alone", async () => {
    const { source, itemId } = await scenario();
    const receipt = await eraseEndUser(USER, { label: "system:test" });
    expect(receipt).toMatchObject({ dryRun: false, sourceLogs: 3, cases: 1, evalItems: 1, acceptedCases: 1 });

    const logs = await db.sourceLog.findMany({ where: { sourceId: source.id } });
    expect(logs.map((l) => l.externalId)).toEqual(["u2-a"]);
    expect(await db.case.count({ where: { sourceId: source.id } })).toBe(1);
    const versions = await db.evalItem.findMany({ where: { itemId }, orderBy: { version: "asc" } });
    expect(versions).toHaveLength(2);
    for (const v of versions) expect(v).toMatchObject({ expectedOutput: ERASED_TEXT, input: { messages: [] }, productionOutput: null, notes: null, tags: [] });
    expect(versions[1]).toMatchObject({ retiredReason: "erasure" });
    expect(versions.every((v) => v.validTo !== null)).toBe(true);
    const everything = JSON.stringify(await db.auditLog.findMany({ where: { action: "enduser.erased" }, select: { details: true, targetId: true } }));
    expect(everything).not.toContain(USER);
    expect(everything).not.toContain("cust-7781");

    // From now on the user's records are refused, whatever their id.
    const again = await ingest(source, [failing("u1-d", USER, "Hello again"), failing("u2-b", OTHER, "Another crash")]);
    expect(again.outcomes.map((o) => o.status)).toEqual(["opted_out", "stored"]);
  });

  it("answers the API with an erasure key, refuses other keys, and names a bad field without echoing it", async () => {
    await scenario();
    const erasure = await createErasureApiKey("dpo workflow", { label: "system:test" });
    const { apiKey: ingestKey } = await makeIngestSource();
    const call = (key: string, body: unknown) =>
      fetch(`${http.url}/api/v1/erasure`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    expect((await call(ingestKey, { userId: USER })).status).toBe(403);
    const bad = await call(erasure.key, { userId: "x".repeat(300) });
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toContain("xxxx");
    const dry = await call(erasure.key, { userId: USER, dryRun: true });
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({ dryRun: true, sourceLogs: expect.any(Number) });
    const real = await call(erasure.key, { userId: OTHER });
    expect(await real.json()).toMatchObject({ dryRun: false });
    expect(await db.endUserOptOut.count({ where: { endUserHash: keyedHash("end-user", OTHER) } })).toBe(1);
    await revokeErasureApiKey(erasure.id, { label: "system:test" });
    expect((await call(erasure.key, { userId: USER, dryRun: true })).status).toBe(403);
  });

  it("npm run key:create -- --scope erasure issues a key of no source, and refuses one bound to a source", () => {
    const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/key-create.ts", ...args], { encoding: "utf8", env: { ...process.env, DATABASE_URL: inject("databaseUrl") }, timeout: 60_000 });
    const made = run(["--scope", "erasure", "--name", "dpo"]);
    expect(made.status).toBe(0);
    expect(JSON.parse(made.stdout.trim())).toMatchObject({ name: "dpo", sourceId: null, scopes: ["erasure"], apiKey: expect.stringMatching(/^em_/) });
    const bound = run(["--scope", "erasure", "--source", "anything"]);
    expect(bound.status).toBe(2);
    expect(bound.stderr).toMatch(/^--source: an erasure key belongs to no source/m);
  });

  it("npm run erase prints one JSON receipt and never the id", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/erase.ts", "--user", "nobody-known@shop.example", "--dry-run"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toEqual({ dryRun: true, sourceLogs: 0, cases: 0, evalItems: 0, acceptedCases: 0, alreadyOptedOut: false });
    expect(result.stdout + result.stderr).not.toContain("nobody-known");
  });
});

describe("the opt-out list and flags", () => {
  it("takes true, \"true\" and 1 as opting out, and keeps a user who opted out out for good", async () => {
    const { source } = await makeIngestSource();
    const result = await ingest(source, [
      nativeLog("o1", { optOut: "true" }),
      nativeLog("o2", { metadata: { opt_out: 1 } }),
      nativeLog("o3", { optOut: "TRUE" }),
      nativeLog("o4", { optOut: "no" }),
      nativeLog("o5", { userId: "standing-9", optOut: true }),
    ]);
    expect(result.outcomes.map((o) => o.status)).toEqual(["opted_out", "opted_out", "opted_out", "stored", "opted_out"]);
    const later = await ingest(source, [nativeLog("o6", { userId: "standing-9" }), nativeLog("o7", { userId: "someone-else" })]);
    expect(later.outcomes.map((o) => o.status)).toEqual(["opted_out", "stored"]);
    expect(JSON.stringify(await db.sourceLog.findMany({ where: { sourceId: source.id } }))).not.toContain("someone-else");
  });
});
