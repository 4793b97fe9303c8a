import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CARD_TAIL, CARD_WORD, mayHoldCardTail } from "./recognizers/financial";
import { SHAPE_HINT, shapeHinted } from "./recognizers/secret";
import { machineDateSpans } from "./recognizers/code-context";

// Speed cuts in the small recognizers that must not change what they find: each cheap test is
// true whenever the scan it spares finds something (or answers exactly as the regex it replaces).
describe("gates of the card and secret scans", () => {
  it("mayHoldCardTail is true whenever a card tail with its card word before it stands in the text", () => {
    const pieces = ["card", "CARD", "Visa", "amex", "карта", "Karte", " cc ", "accord", "ending in", "ends with", "Ending", "last 4", "last four digits", "endet auf", "terminada en", "закінчується на", "kończącej się na", "4242", "1881", "12", "2025", "4", " ", "  ", "\t", ":", "#", ",", ".", "x", "é", "ſ", "\u212a"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join(""));
    const tailFound = (t: string) => {
      CARD_TAIL.lastIndex = 0;
      for (let m = CARD_TAIL.exec(t); m !== null; m = CARD_TAIL.exec(t)) {
        if (CARD_WORD.test(t.slice(Math.max(0, m.index - 40), m.index + m[0].length - 4))) return true;
      }
      return false;
    };
    fc.assert(fc.property(text, (t) => !tailFound(t) || mayHoldCardTail(t)), { numRuns: 30000 });
    // The gate is on: a text with digits but no card word skips the tail scan.
    expect(mayHoldCardTail("Order 12345 ending in 6789")).toBe(false);
    expect(mayHoldCardTail("my Visa ending in 4242")).toBe(true);
  });

  it("shapeHinted answers as SHAPE_HINT", () => {
    const pieces = ["key", "api", "sk", "-", "_", "AKIA", "ASIA", "A", "gh", "p", "xoxb", "hooks.slack", "SG.", "SG", "eyJ", "Bearer", "basic ", "Basic\t", "AIza", "npm", "_live_", "whsec", "v1", " ", ".", "x", "é"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join(""));
    fc.assert(fc.property(text, (t) => shapeHinted(t) === SHAPE_HINT.test(t)), { numRuns: 30000 });
  });

  it("a text without an ASCII digit has no machine date (the registry skips the look-up there)", () => {
    const pieces = ["Thu", "Mar", "Mon Jan", "GMT", "UTC", "+", "T", "Z", ":", "::", "-", "/", ".", "=", "\"", "'", "date=", "ts:", "[", "]", "INFO", "\n", " ", "٣", "０", "²", "x"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(fc.property(text, (t) => /[0-9]/.test(t) || machineDateSpans(t).length === 0), { numRuns: 20000 });
    expect(machineDateSpans("Thu Mar 14 2024 09:21:33 GMT+0000").length).toBeGreaterThan(0);
  });
});
