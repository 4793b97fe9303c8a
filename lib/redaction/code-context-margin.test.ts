import { describe, expect, it } from "vitest";
import { isMachineText, keepNameInCode } from "./recognizers/code-context";

// keepNameInCode answers a name that clears the machine-text margin without asking whether
// the text is machine text (the verdict scans ~40 patterns). These pin that shortcut: across
// machine and ordinary texts, scores on both sides of the margin and the one source the
// margin does not decide (words of another script), the answer is the rule's.
const MACHINE = [
  ["2025-01-14T10:02:33.812+0000 WARN  [cassandra] Read timeout: Cassandra timeout during read query", "Cassandra"],
  ['{"level": "info", "msg": "order shipped", "note": "Priya Raman", "ts": 1736849000}', "Priya"],
  ["ERROR 10:02:33 worker failed\nINFO 10:02:34 Marta queue drained", "Marta"],
  ["Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\nKeyError: Lisbon", "Lisbon"],
] as const;
const PROSE = [
  ["Thanks, Priya, the parcel reached Lisbon on time", "Priya"],
  ["Cassandra said the meeting moved to Friday", "Cassandra"],
  ["Please ask Marta about it", "Marta"],
] as const;
const SCORES = [0.3, 0.5, 0.55, 0.5999, 0.6, 0.6001, 0.65, 0.7, 0.85, 0.95, 1];
const THRESHOLDS = [0.3, 0.5, 0.6];
const SOURCES = ["person", "gazetteer", "foreign-run"];
const TYPES = ["PERSON", "LOCATION"];

function candidates(text: string, word: string) {
  const start = text.indexOf(word);
  return TYPES.flatMap((type) => SOURCES.flatMap((source) => SCORES.map((score) => ({ type, start, end: start + word.length, score, source }))));
}

describe("keepNameInCode: the margin answers before the machine-text verdict", () => {
  it("in machine text a name is kept exactly when it clears the margin; a word of another script only after a cue", () => {
    for (const [text, word] of MACHINE) {
      expect(isMachineText(text)).toBe(true);
      for (const threshold of THRESHOLDS) {
        for (const c of candidates(text, word)) {
          const expected = c.source === "foreign-run" ? false : c.score >= threshold + 0.1;
          expect({ text, c, threshold, kept: keepNameInCode(text, c, threshold) }).toEqual({ text, c, threshold, kept: expected });
        }
      }
    }
  });
  it("a word of another script after a cue is kept in machine text whatever its score", () => {
    const text = "WARN 10:02:33 login failed for user=Иван at 10:02:34";
    expect(isMachineText(text)).toBe(true);
    for (const score of SCORES) expect(keepNameInCode(text, { type: "PERSON", start: text.indexOf("Иван"), end: text.indexOf("Иван") + 4, score, source: "foreign-run" }, 0.5)).toBe(true);
  });
  it("in ordinary text every name is kept, on either side of the margin", () => {
    for (const [text, word] of PROSE) {
      expect(isMachineText(text)).toBe(false);
      for (const threshold of THRESHOLDS) for (const c of candidates(text, word)) expect(keepNameInCode(text, c, threshold)).toBe(true);
    }
  });
});
