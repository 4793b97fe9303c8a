import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
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

  it("quarantines a .gz file stopped at its output cap: what was read is stored, the rest is counted once on the source's page and never read again", async () => {
    const { source } = await makeIngestSource();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evalmine-quarantine-gz-"));
    const file = path.join(dir, "big.jsonl.gz");
    // 1,200 lines of ~300 bytes: the first chunk of 500 lines fits under a 256 KB cap, the file does not.
    const rows = Array.from({ length: 1200 }, (_, i) => nativeLog(`gz-${i}`, { metadata: { note: "p".repeat(150) } }));
    fs.writeFileSync(file, zlib.gzipSync(jsonl(rows)));
    const gate = await loadIngestSource({ id: source.id });

    const first = await importFile(gate, file, { maxGzBytes: 256 * 1024 });
    expect(first.totals).toMatchObject({ stored: 500, rejected: 1 });
    expect(first.rejected).toEqual([{ index: 0, reason: "file: decompresses to more than 0.25 MB; the rest is skipped (quarantined)" }]);
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(500);
    const health = await getSourceHealth(source.id);
    expect(health.rejected.map(({ reason, count }) => [reason, count])).toEqual([["file: decompresses to more than 0.25 MB; the rest is skipped (quarantined)", 1]]);

    // Marked done: the next run neither reads it again nor counts it twice.
    const again = await importFile(gate, file, { maxGzBytes: 256 * 1024 });
    expect(again.totals.received).toBe(0);
    expect((await getSourceHealth(source.id)).rejected.map(({ count }) => count)).toEqual([1]);
  });
});
