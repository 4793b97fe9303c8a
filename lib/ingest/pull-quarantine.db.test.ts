import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { importFile } from "./pull";
import { loadIngestSource } from "./source-gate";
import { getSourceHealth } from "@/lib/sources/health";
import { makeIngestSource, nativeLog } from "@/lib/testing/ingest";

// A line the pipeline cannot store for a reason nobody foresaw (here: a throw planted for
// record "poison"), to prove such a line is quarantined instead of failing every minute.
vi.mock("./pipeline", async (load) => {
  const real = await load<typeof import("./pipeline")>();
  return {
    ...real,
    ingestCandidates: (async (source, items, options) => {
      if (items.some((item) => "parse" in item && item.id === "poison")) throw new Error("a failure nobody foresaw");
      return real.ingestCandidates(source, items, options);
    }) as typeof real.ingestCandidates,
  };
});

const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join("\n") + "\n";

describe("pull: one poisoned line never blocks a file", () => {
  it("quarantines the line that fails alone (counted on the source's page), stores the rest, moves the offset past it, and skips a line over 5 MB unread", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { source } = await makeIngestSource();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evalmine-quarantine-"));
    const file = path.join(dir, "a.jsonl");
    const huge = JSON.stringify(nativeLog("huge", { input: "y".repeat(5 * 1024 * 1024 + 10) }));
    fs.writeFileSync(file, jsonl([nativeLog("one"), nativeLog("two"), nativeLog("poison")]) + huge + "\n" + jsonl([nativeLog("five")]));
    const gate = await loadIngestSource({ id: source.id });

    const first = await importFile(gate, file, { trailingLineIsComplete: true });
    expect(first.totals).toMatchObject({ received: 5, stored: 3, rejected: 2 });
    expect(first.rejected).toEqual([
      { index: 3, reason: "line 3: could not be stored; skipped (quarantined)" },
      { index: 4, reason: "line 4: longer than 5 MB; skipped" },
    ]);
    const stored = await db.sourceLog.findMany({ where: { sourceId: source.id }, select: { externalId: true } });
    expect(stored.map((l) => l.externalId).sort()).toEqual(["five", "one", "two"]);
    expect(first.offset).toBe(fs.statSync(file).size);
    // Counted with the chunk and shown on the source's page, by reason, without the line.
    const health = await getSourceHealth(source.id);
    expect(health.rejected.map(({ reason, count }) => [reason, count]).sort()).toEqual([
      ["could not be stored; skipped (quarantined)", 1],
      ["longer than 5 MB; skipped", 1],
    ]);

    // The next run starts after the poisoned line: nothing fails again.
    const again = await importFile(gate, file, { trailingLineIsComplete: true });
    expect(again.totals.received).toBe(0);
  });
});
