import { spawnSync } from "node:child_process";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { makeSource } from "@/lib/testing/factories";
import { daysBefore, makeSourceLog } from "@/lib/testing/retention";

function purgeCli(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/retention-purge.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
    timeout: 60_000,
  });
}

describe("npm run retention:purge", () => {
  it("prints exactly one JSON object with the counts; --dry-run deletes nothing, --now sets the clock", async () => {
    const source = await makeSource({ retentionDays: 5 });
    const now = new Date("2026-11-26T12:00:00Z");
    await makeSourceLog(source.id, { receivedAt: daysBefore(now, 6) });
    await makeSourceLog(source.id, { receivedAt: daysBefore(now, 4) });

    const dry = purgeCli(["--dry-run", "--now", now.toISOString()]);
    expect(dry.status).toBe(0);
    const dryLines = dry.stdout.trim().split("\n");
    expect(dryLines).toHaveLength(1);
    const dryResult = JSON.parse(dryLines[0]);
    expect(Object.keys(dryResult).sort()).toEqual(["deletedCases", "deletedLogs", "dryRun", "durationMs", "now", "runId", "sources"]);
    expect(dryResult).toMatchObject({ dryRun: true, now: now.toISOString() });
    expect(dryResult.sources.find((s: { sourceId: string }) => s.sourceId === source.id)).toMatchObject({ deletedLogs: 1, deletedCases: 0 });
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(2);

    const real = purgeCli(["--now", now.toISOString()]);
    expect(real.status).toBe(0);
    expect(JSON.parse(real.stdout).sources.find((s: { sourceId: string }) => s.sourceId === source.id)).toMatchObject({ deletedLogs: 1 });
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(1);
    expect((await db.auditLog.findFirstOrThrow({ where: { targetId: JSON.parse(real.stdout).runId } })).actorLabel).toBe("system:retention-purge-cli");
  });

  it("refuses a bad --now with a clear message and exit code 2", () => {
    const bad = purgeCli(["--now", "yesterday-ish"]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("--now");
  });
});
