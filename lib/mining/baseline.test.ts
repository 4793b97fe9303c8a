import { describe, expect, it } from "vitest";
import { isSampledIn, samplingPoint } from "@/lib/sampling/sample";
import { baselinePoint } from "./baseline";
import { evaluateMiningRules, REASON_PRIORITY } from "./evaluate";
import { defaultMiningRules } from "./schemas";
import { suggestCategory } from "./suggest-category";

const SOURCE = "6f0c1a4e-1111-4d2b-9a33-0a6c4b1f0e01";
const rules = defaultMiningRules();
const ids = Array.from({ length: 100_000 }, (_, i) => `rec-${i}`);
const mined = (id: string) => evaluateMiningRules(rules, { confidence: 0.9 }, { baselinePoint: baselinePoint(id) }).reasons.includes("baseline");

describe("baseline mining rule", () => {
  it("is on by default at 2% of sampled records, with the lowest priority", () => {
    expect(rules.find((r) => r.kind === "BASELINE")).toMatchObject({ enabled: true, config: { share: 0.02 } });
    expect(REASON_PRIORITY.baseline).toBeGreaterThan(Math.max(...Object.entries(REASON_PRIORITY).filter(([k]) => k !== "baseline").map(([, v]) => v), 100));
  });

  it("gives a record the same answer every time (a replay mines alike)", () => {
    for (const id of ids.slice(0, 2000)) expect(mined(id)).toBe(mined(id));
    expect(baselinePoint("rec-1")).toBe(baselinePoint("rec-1"));
    expect(baselinePoint("rec-1")).not.toBe(baselinePoint("rec-2"));
  });

  it("mines close to 2% of healthy records", () => {
    const share = ids.filter(mined).length / ids.length;
    // 100,000 draws at p = 0.02: the standard deviation is 0.044 points; 0.2 points is over 4 of them.
    expect(share).toBeGreaterThan(0.018);
    expect(share).toBeLessThan(0.022);
  });

  it("is not correlated with sampling: among records sampled at 10%, still about 2% are mined", () => {
    expect(baselinePoint("rec-7")).not.toBe(samplingPoint(SOURCE, "r:rec-7"));
    const sampled = ids.filter((id) => isSampledIn(SOURCE, { id }, 0.1));
    expect(sampled.length).toBeGreaterThan(9000);
    const share = sampled.filter(mined).length / sampled.length;
    expect(share).toBeGreaterThan(0.014);
    expect(share).toBeLessThan(0.026);
  });

  it("says 'baseline' after the other reasons, and a healthy baseline record is a happy path", () => {
    const point = { baselinePoint: 0 };
    expect(evaluateMiningRules(rules, {}, point)).toEqual({ reasons: ["baseline"], priority: REASON_PRIORITY.baseline });
    expect(evaluateMiningRules(rules, { error: "x" }, point)).toEqual({ reasons: ["failure", "baseline"], priority: REASON_PRIORITY.failure });
    expect(evaluateMiningRules(rules, {}, { baselinePoint: 0.5 }).reasons).toEqual([]);
    expect(evaluateMiningRules(rules.map((r) => ({ ...r, enabled: r.kind !== "BASELINE" })), {}, point).reasons).toEqual([]);
    expect(suggestCategory({ userText: "Where is my order?", reasons: ["baseline"], metadata: {}, nearestDistance: 2, driftDistance: 18 })).toBe("HAPPY_PATH");
  });
});
