import { describe, expect, it } from "vitest";
import { builtInRulesSchema, createSourceSchema, DEFAULT_MAX_SAMPLE_RATE, DEFAULT_SAMPLE_RATE } from "./schemas";
import { explainSampleRate, percent } from "./sample-rate-explainer";

const base = { name: "support", retentionDays: "30", retentionPolicy: "30 days." };

describe("new source defaults", () => {
  it("samples 0.5% under a 1% cap when the rates are left blank or absent", () => {
    expect(DEFAULT_SAMPLE_RATE).toBe(0.005);
    expect(DEFAULT_MAX_SAMPLE_RATE).toBe(0.01);
    expect(createSourceSchema.parse({ ...base, sampleRate: "", maxSampleRate: "" })).toMatchObject({ sampleRate: 0.005, maxSampleRate: 0.01 });
    expect(createSourceSchema.parse(base)).toMatchObject({ sampleRate: 0.005, maxSampleRate: 0.01 });
    // A typed 0 is still 0 (a paused source), not the default.
    expect(createSourceSchema.parse({ ...base, sampleRate: "0", maxSampleRate: "0.01" }).sampleRate).toBe(0);
  });

  it("still refuses a rate above the cap", () => {
    const parsed = createSourceSchema.safeParse({ ...base, sampleRate: "0.02" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual(["sampleRate"]);
  });

  it("gives the traffic rules their defaults when a form leaves them out", () => {
    const parsed = builtInRulesSchema.parse({ sourceId: "6f0c1a4e-1111-4d2b-9a33-0a6c4b1f0e01", lowConfidenceThreshold: "0.5", escalationTag: "escalated", negativeFeedbackThreshold: "0" });
    expect(parsed).toMatchObject({ baselineShare: 0.02, driftWeeks: 4, baselineEnabled: false, driftEnabled: false });
    expect(builtInRulesSchema.safeParse({ ...parsed, driftWeeks: "13" }).success).toBe(false);
    expect(builtInRulesSchema.safeParse({ ...parsed, baselineShare: "1.5" }).success).toBe(false);
  });
});

describe("the create form's explanation of the rates", () => {
  it("says what 0.5% of 100,000 records a day means, with the baseline share and the cap", () => {
    expect(percent(0.005)).toBe("0.5%");
    expect(percent(0.01)).toBe("1%");
    const sentence = explainSampleRate("0.005", "0.01");
    expect(sentence).toContain("At 0.5%, a source sending 100,000 records a day keeps about 500 of them");
    expect(sentence).toContain("about 10 a day");
    expect(sentence).toContain("The cap of 1% (at most 1,000 a day)");
  });

  it("counts with the cap when the rate is above it, and says nothing for a blank or invalid field", () => {
    expect(explainSampleRate("0.5", "0.01")).toContain("keeps about 1,000 of them");
    expect(explainSampleRate("", "0.01")).toBeNull();
    expect(explainSampleRate("abc", "0.01")).toBeNull();
    expect(explainSampleRate("2", "0.01")).toBeNull();
  });
});
