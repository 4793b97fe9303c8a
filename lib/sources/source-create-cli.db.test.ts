import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { lookupApiKey } from "@/lib/auth/api-keys";
import { GET as exportEvalSet } from "@/app/api/v1/eval-set/export/route";
import { POST as ingestPost } from "@/app/api/v1/ingest/route";

const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/source-create.ts", ...args], { env: { ...process.env }, encoding: "utf8" });

describe("npm run source:create", () => {
  it("prints one JSON object with the id and a working ingest key, and creates the default mining rules", async () => {
    const result = run("--name", "cli-made", "--sample-rate", "0.2", "--max-sample-rate", "0.5", "--retention-days", "14");
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]);
    expect(out).toMatchObject({ name: "cli-made", sampleRate: 0.2, maxSampleRate: 0.5, retentionDays: 14 });
    expect(out.apiKey).toMatch(/^em_/);
    const key = await lookupApiKey(out.apiKey);
    expect(key).toMatchObject({ ok: true, key: { sourceId: out.id, scopes: ["ingest"] } });
    expect(out.scopes).toEqual(["ingest"]);
    const rules = await db.miningRule.findMany({ where: { sourceId: out.id } });
    expect(rules.map((r) => r.kind).sort()).toEqual(["BASELINE", "DRIFT", "ESCALATION", "FAILURE", "LOW_CONFIDENCE", "NEGATIVE_FEEDBACK"]);
    expect(rules.find((r) => r.kind === "BASELINE")).toMatchObject({ enabled: true, config: { share: 0.02 } });
    expect(await db.auditLog.count({ where: { targetId: out.id, action: "source.create" } })).toBe(1);
  });

  it("defaults to a 0.5% sample rate under a 1% cap, like the database and the form", async () => {
    const result = run("--name", "cli-defaults", "--retention-days", "14");
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout.trim())).toMatchObject({ sampleRate: 0.005, maxSampleRate: 0.01 });
    // The schema default agrees, for rows made without the service.
    const bare = await db.source.create({ data: { name: "bare-defaults" } });
    expect(bare).toMatchObject({ sampleRate: 0.005, maxSampleRate: 0.01 });
  });

  it("refuses a sample rate above the maximum and a duplicate name, naming the flag", () => {
    const over = run("--name", "cli-over", "--sample-rate", "0.9", "--max-sample-rate", "0.5", "--retention-days", "14");
    expect(over.status).toBe(2);
    expect(over.stderr).toMatch(/^--sample-rate: .*maximum/m);
    const missing = run("--name", "cli-none");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--retention-days/);
    const again = run("--name", "cli-made", "--sample-rate", "0.2", "--max-sample-rate", "0.5", "--retention-days", "14");
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/--name: .*already exists/);
  });
});

const runKeyCreate = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/key-create.ts", ...args], { env: { ...process.env }, encoding: "utf8" });

const exportWith = (key: string) =>
  exportEvalSet(new Request("http://localhost/api/v1/eval-set/export?format=jsonl", { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) });

describe("keys for the eval-set export (evalset:read)", () => {
  it("source:create --scope evalset:read prints a key the export accepts and ingestion refuses", async () => {
    const result = run("--name", "cli-ci-export", "--sample-rate", "0.1", "--max-sample-rate", "0.1", "--retention-days", "7", "--scope", "evalset:read");
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout.trim());
    expect(out.scopes).toEqual(["evalset:read"]);
    expect(await lookupApiKey(out.apiKey)).toMatchObject({ ok: true, key: { sourceId: out.id, scopes: ["evalset:read"] } });
    expect((await exportWith(out.apiKey)).status).toBe(200);
    const ingest = await ingestPost(new Request("http://localhost/api/v1/ingest", { method: "POST", headers: { authorization: `Bearer ${out.apiKey}`, "content-type": "application/json" }, body: '{"logs":[]}' }), { params: Promise.resolve({}) });
    expect(ingest.status).toBe(403);
  });

  it("key:create issues a key for an existing source by name or id, audited, and names the wrong flag", async () => {
    const made = JSON.parse(run("--name", "cli-keyed", "--sample-rate", "0.1", "--max-sample-rate", "0.1", "--retention-days", "7").stdout.trim());
    const byName = runKeyCreate("--source", "cli-keyed", "--scope", "evalset:read", "--name", "ci export");
    expect(byName.status, byName.stderr).toBe(0);
    const key = JSON.parse(byName.stdout.trim().split("\n").pop()!);
    expect(key).toMatchObject({ name: "ci export", sourceId: made.id, source: "cli-keyed", scopes: ["evalset:read"] });
    expect((await exportWith(key.apiKey)).status).toBe(200);
    expect(await db.auditLog.count({ where: { targetId: key.id, action: "apikey.create" } })).toBe(1);
    const byId = runKeyCreate("--source", made.id, "--scope", "ingest", "--scope", "evalset:read");
    expect(JSON.parse(byId.stdout.trim()).scopes).toEqual(["ingest", "evalset:read"]);

    const badScope = runKeyCreate("--source", "cli-keyed", "--scope", "admin");
    expect(badScope.status).toBe(2);
    expect(badScope.stderr).toMatch(/^--scope: Pick a scope: ingest or evalset:read/m);
    // A source's key sends its logs or reads its eval items; other scopes (erasure) are not for source keys.
    expect(runKeyCreate("--source", "cli-keyed", "--scope", "erasure").status).toBe(2);
    const missing = runKeyCreate("--scope", "evalset:read");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/missing --source/);
    const unknown = runKeyCreate("--source", "no-such-source", "--scope", "evalset:read");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^--source: no source/m);
  });
});
