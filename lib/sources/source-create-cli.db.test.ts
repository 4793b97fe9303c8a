import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { lookupApiKey } from "@/lib/auth/api-keys";

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
    const rules = await db.miningRule.findMany({ where: { sourceId: out.id } });
    expect(rules.map((r) => r.kind).sort()).toEqual(["ESCALATION", "FAILURE", "LOW_CONFIDENCE", "NEGATIVE_FEEDBACK"]);
    expect(await db.auditLog.count({ where: { targetId: out.id, action: "source.create" } })).toBe(1);
  });

  it("refuses a sample rate above the maximum and a duplicate name, naming the flag", () => {
    const over = run("--name", "cli-over", "--sample-rate", "0.9", "--max-sample-rate", "0.5", "--retention-days", "14");
    expect(over.status).toBe(2);
    expect(over.stderr).toMatch(/^--sample-rate: .*maximum/m);
    const missing = run("--name", "cli-none", "--sample-rate", "0.1", "--max-sample-rate", "0.5");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--retention-days/);
    const again = run("--name", "cli-made", "--sample-rate", "0.2", "--max-sample-rate", "0.5", "--retention-days", "14");
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/--name: .*already exists/);
  });
});
