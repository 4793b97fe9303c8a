import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { redactText } from "./redact-text";

const MB = 1_000_000;

// Each input is 1 MB and aimed at a different pattern's worst case.
const HOSTILE: Record<string, () => string> = {
  "100k-digit runs": () => ("7".repeat(100_000) + " ").repeat(10),
  "one long digit run": () => "1".repeat(MB),
  "run of @": () => "@".repeat(MB),
  "run of dots": () => ".".repeat(MB),
  "run of dashes": () => "-".repeat(MB),
  "run of spaces": () => " ".repeat(MB),
  "nested brackets": () => "([{<".repeat(MB / 8) + ">}])".repeat(MB / 8),
  "200k-char token": () => ("x".repeat(200_000) + " ").repeat(5),
  "200k capitalised token": () => ("A" + "b".repeat(199_999) + " ").repeat(5),
  "hex and colons": () => "ab:".repeat(MB / 3),
  "email-ish": () => "a@b.".repeat(MB / 4),
  "digits and separators": () => "1-2 3.".repeat(MB / 6),
  "repeated PEM headers": () => "-----BEGIN PRIVATE KEY-----".repeat(MB / 27),
  "capitalised words": () => "Aa Bb ".repeat(MB / 6),
  "url-ish": () => "http://a".repeat(MB / 8),
  "jwt-ish": () => "eyJ.".repeat(MB / 4),
};

describe("linear time on hostile input", () => {
  for (const [name, make] of Object.entries(HOSTILE)) {
    it(`${name} (1 MB) finishes under 2 s`, () => {
      const input = make();
      const t0 = performance.now();
      // maxBytes: Infinity so the whole megabyte is analysed, not a truncated prefix.
      redactText(input, { maxBytes: Infinity });
      expect(performance.now() - t0).toBeLessThan(2000);
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
