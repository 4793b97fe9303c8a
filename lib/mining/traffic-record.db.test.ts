import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeIngestSource } from "@/lib/testing/ingest";
import { topicHash } from "./fingerprint";
import { defaultMiningRules } from "./schemas";
import { TrafficWindow } from "./traffic";

const NOW = new Date("2026-12-07T10:00:00Z");
const WORDS = "parcel invoice refund voucher courier warranty sofa jacket laptop ticket subscription discount receipt battery charger kettle".split(" ");

describe("recording sampled traffic from concurrent pushes", () => {
  it("never deadlocks when pushes share fingerprints in another order: every push is counted", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const { source } = await makeIngestSource();
    const texts = WORDS.flatMap((a) => WORDS.flatMap((b) => WORDS.map((c) => `my ${a} and the ${b} with a ${c}`)));
    const fingerprints = [...new Set(texts.map(topicHash))];
    expect(fingerprints.length).toBeGreaterThan(300);
    const stored = fingerprints.map((fingerprint, i) => ({ fingerprint, category: i % 2 ? "FAILURE" : "HAPPY_PATH" }));
    for (let round = 0; round < 4; round++) {
      TrafficWindow.clearCache();
      // Two instances' pushes: the same records, one in reverse order (as producers send them).
      const windows = await Promise.all([1, 2].map(() => TrafficWindow.load(source, defaultMiningRules(), NOW)));
      await Promise.all([windows[0].record(stored, NOW), windows[1].record([...stored].reverse(), NOW)]);
    }
    expect(errors).not.toHaveBeenCalled();
    const counted = await db.sampledTraffic.aggregate({ where: { sourceId: source.id }, _sum: { count: true } });
    expect(counted._sum.count).toBe(8 * stored.length);
  });
});
