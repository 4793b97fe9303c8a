import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { redactText } from "./redact-text";

const MB = 1_000_000;

// Each input is `size` characters (1 MB in full) aimed at a different pattern's worst case.
const HOSTILE: Record<string, (size: number) => string> = {
  "100k-digit runs": (n) => ("7".repeat(n / 10 - 1) + " ").repeat(10),
  "one long digit run": (n) => "1".repeat(n),
  "run of @": (n) => "@".repeat(n),
  "run of dots": (n) => ".".repeat(n),
  "run of dashes": (n) => "-".repeat(n),
  "run of spaces": (n) => " ".repeat(n),
  "nested brackets": (n) => "([{<".repeat(n / 8) + ">}])".repeat(n / 8),
  "200k-char token": (n) => ("x".repeat(n / 5 - 1) + " ").repeat(5),
  "200k capitalised token": (n) => ("A" + "b".repeat(n / 5 - 2) + " ").repeat(5),
  "hex and colons": (n) => "ab:".repeat(n / 3),
  "email-ish": (n) => "a@b.".repeat(n / 4),
  "digits and separators": (n) => "1-2 3.".repeat(n / 6),
  "repeated PEM headers": (n) => "-----BEGIN PRIVATE KEY-----".repeat(n / 27),
  "capitalised words": (n) => "Aa Bb ".repeat(n / 6),
  "url-ish": (n) => "http://a".repeat(n / 8),
  "jwt-ish": (n) => "eyJ.".repeat(n / 4),
};

function timed(input: string): number {
  const t0 = performance.now();
  // maxBytes: Infinity so the whole input is analysed, not a truncated prefix.
  redactText(input, { maxBytes: Infinity });
  return performance.now() - t0;
}

// Not a speed test (bench:redaction measures speed): a ratio from the same run, so a busy
// machine can't fail it. Four times the input must take well under 16 times as long:
// a pattern that backtracks quadratically would, a linear one takes about 4 times.
describe("linear time on hostile input", () => {
  for (const [name, make] of Object.entries(HOSTILE)) {
    it(`${name}: 1 MB takes less than 10x the time of 250 KB`, () => {
      const quarter = timed(make(MB / 4));
      const full = timed(make(MB));
      expect(full).toBeLessThan(10 * quarter + 250);
    });
  }
});

// PII-shaped fragments make the random strings exercise real detection paths.
const FRAGMENTS = ["Jane Doe", "Mr. Okonkwo", "jane@x.org", "+44 20 7946 0958", "4242 4242 4242 4242", "078-05-1120", "10.0.0.7", "Berlin", "12 Main Street", "password=hunter22", "<PERSON_1>", "\ud800", "\udc00", "💥", "\n", " ", ", ", "Hi ", "DE89 3704 0044 0532 0130 00"];
const piiText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string(), fc.string({ unit: "binary" })), { maxLength: 12 }).map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 200 }), piiText);

describe("properties", () => {
  it("never throws, offsets are valid, sorted and non-overlapping", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = redactText(text);
        let prevEnd = 0;
        for (const e of r.entities) {
          expect(e.start).toBeGreaterThanOrEqual(prevEnd);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.end).toBeLessThanOrEqual(text.length);
          prevEnd = e.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("no detected value appears as a standalone token in the output", () => {
    fc.assert(
      fc.property(piiText, (text) => {
        const r = redactText(text);
        for (const e of r.entities) {
          const value = text.slice(e.start, e.end);
          if (value.trim().length < 4) continue;
          const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          expect(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(r.text)).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("redacting already-redacted text changes nothing", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = redactText(text).text;
        expect(redactText(once).text).toBe(once);
      }),
      { numRuns: 400 },
    );
  });
});
