import { afterEach, describe, expect, it, vi } from "vitest";
import { weekdayRecognizer } from "./recognizers/date-time";

// The characters the weekday rule's patterns read, a deterministic measure of its work (a
// timing would depend on the machine): each weekday's sentence is tested with regexes.
function charsTested(text: string): number {
  let chars = 0;
  const test = RegExp.prototype.test;
  const spy = vi.spyOn(RegExp.prototype, "test").mockImplementation(function (this: RegExp, s: string) {
    chars += String(s).length;
    return test.call(this, s);
  });
  try {
    weekdayRecognizer.find(text);
  } finally {
    spy.mockRestore();
  }
  return chars;
}

afterEach(() => vi.restoreAllMocks());

describe("weekdays: linear work on texts without full stops", () => {
  it("a weekday's sentence is read a bounded way back, not to the text's start", () => {
    for (const unit of ["I have Tue 14th at ", "I have Tuesday at ", "we met on Monday and "]) {
      for (const n of [16_000, 64_000]) expect(charsTested(unit.repeat(n / unit.length))).toBeLessThan(100 * n);
    }
  });
  it("still reads a pronoun far back in a long sentence", () => {
    const text = `I have ${"a lot of things to do, ".repeat(10)}and then the dentist on Tuesday`;
    expect(weekdayRecognizer.find(text).map((c) => text.slice(c.start, c.end))).toEqual(["Tuesday"]);
  });
});
