import { describe, expect, it } from "vitest";
import { caseSignals, humaniseKey, metadataFacts } from "./case-signals";

describe("caseSignals", () => {
  it("says why each reason fired, in words", () => {
    const signals = caseSignals(["failure", "low_confidence", "escalation", "custom:jailbreak-attempt"], { error: "upstream timeout after 30000 ms", confidence: 0.384 });
    expect(signals.map((s) => [s.title, s.detail])).toEqual([
      ["Failure", "The call failed: upstream timeout after 30000 ms"],
      ["Low confidence", "The model's confidence was 0.38."],
      ["Escalation", "The conversation was handed to a human."],
      ["Custom: jailbreak-attempt", "Matched a mining rule an admin added for this source."],
    ]);
    expect(signals.map((s) => s.tone)).toEqual(["danger", "warning", "warning", "info"]);
  });

  it("quotes the user's feedback on the negative-feedback callout, not as JSON", () => {
    const [signal, ...rest] = caseSignals(["negative_feedback"], { feedback: { score: -1, comment: "Wrong, accidental damage is excluded." } });
    expect(signal).toMatchObject({ title: "Negative feedback", detail: "The user rated the answer thumbs down (−1).", quote: "Wrong, accidental damage is excluded." });
    expect(rest).toEqual([]);
    expect(caseSignals(["negative_feedback"], { feedback: { score: -1 } })[0].quote).toBeUndefined();
  });

  it("shows feedback no rule fired on as its own callout", () => {
    expect(caseSignals(["low_confidence"], { feedback: { score: 1, comment: "Great" } }).at(-1)).toEqual({ tone: "info", title: "User feedback", detail: "The user rated the answer thumbs up (+1).", quote: "Great" });
    expect(caseSignals([], { feedback: {} })).toEqual([]);
  });
});

describe("metadataFacts", () => {
  it("labels known keys with units and leaves out what the callouts say", () => {
    const facts = metadataFacts(
      { error: "timeout", latencyMs: 30012, confidence: 0.71, escalated: true, spanStatus: "ERROR", feedback: { score: -1 }, usage: { inputTokens: 1200, outputTokens: 40 }, finishReason: "content_filter", tags: ["beta", "eu"] },
      ["failure"],
    );
    expect(facts).toEqual([
      { label: "Latency", value: "30,012 ms" },
      { label: "Confidence", value: "0.71" },
      { label: "Escalated to a human", value: "yes" },
      { label: "Span status", value: "Error" },
      { label: "Tokens", value: "1,200 in · 40 out" },
      { label: "Finish reason", value: "content filter" },
      { label: "Producer tags", value: "beta, eu" },
    ]);
  });

  it("keeps an error no failure callout shows, and gives unknown keys readable labels and values", () => {
    expect(metadataFacts({ error: "rate limited", modelVersion: "2026-10", retry: { count: 2, lastStatus: 429 }, empty: "" }, [])).toEqual([
      { label: "Error", value: "rate limited" },
      { label: "Model version", value: "2026-10" },
      { label: "Retry", value: "count 2 · last status 429" },
    ]);
  });

  it("humanises camelCase and snake_case keys", () => {
    expect(humaniseKey("latencyMs")).toBe("Latency ms");
    expect(humaniseKey("finish_reason")).toBe("Finish reason");
  });
});
