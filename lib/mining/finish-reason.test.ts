import { describe, expect, it } from "vitest";
import { isFailureFinishReason, normaliseFinishReason } from "./finish-reason";
import { isFailure } from "./evaluate";

describe("normaliseFinishReason", () => {
  it.each([
    ["content_filter", "content_filter"],
    ["content-filter", "content_filter"],
    ["SAFETY", "content_filter"],
    ["FINISH_REASON_SAFETY", "content_filter"],
    ["length", "length"],
    ["max_tokens", "length"],
    ["MAX_TOKENS", "length"],
    ["tool-calls", "tool_calls"],
    ["tool_call", "tool_calls"],
    ["function_call", "tool_calls"],
    ["end_turn", "stop"],
    ["STOP", "stop"],
    ["Error", "error"],
    ["other", "other"],
    ["Something New", "something_new"],
  ])("%s -> %s", (raw, word) => {
    expect(normaliseFinishReason(raw)).toBe(word);
  });

  it("treats an empty or unspecified reason as none", () => {
    expect(normaliseFinishReason("")).toBeNull();
    expect(normaliseFinishReason("FINISH_REASON_UNSPECIFIED")).toBeNull();
  });
});

describe("failure detection over every spelling", () => {
  it.each(["content_filter", "content-filter", "SAFETY", "error", "ERROR", "refusal"])("%s is a failure", (raw) => {
    expect(isFailureFinishReason(raw)).toBe(true);
    expect(isFailure({ finishReason: raw })).toBe(true);
  });

  it.each(["stop", "length", "max_tokens", "tool-calls", "other"])("%s is not", (raw) => {
    expect(isFailureFinishReason(raw)).toBe(false);
    expect(isFailure({ finishReason: raw })).toBe(false);
  });
});
