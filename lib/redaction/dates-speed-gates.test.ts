import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CJK_EVENT, mayHoldEvent, PERSONAL_EVENT } from "./recognizers/date-time";

// The date recognizers skip scans on texts where a cheap test, read from the shared word
// records, says they cannot find anything: each test must be true whenever its scan would be.
const textOf = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join(""));

describe("date gates find everything the scans they spare find", () => {
  it("the event gate is true whenever a slice of the text holds a person's event, phrases of two words too", () => {
    const pieces = ["driving to", "DRIVING", "Driving", " to", " TO", "drove", "день", "ДЕНЬ", " рождения", "Flight", "'s", "check", "-up", "rendez", "-vous", "vol", "x", "é", "\u0301", "İ", "ſurgery", "\u212a", " ", ". ", "\n", "2"];
    fc.assert(
      fc.property(textOf(pieces), fc.nat(), fc.nat(), (t, a, b) => {
        const s = t.slice(Math.min(a, b) % (t.length + 1), Math.max(a, b) % (t.length + 1) || t.length);
        return !(PERSONAL_EVENT.test(s) || CJK_EVENT.test(s)) || mayHoldEvent(t);
      }),
      { numRuns: 30000 },
    );
    expect(mayHoldEvent("She was driving to Lyon")).toBe(true);
    expect(mayHoldEvent("He was driving fast")).toBe(false);
  });
});
