import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { collapseWhitespace, isAscii } from "./text-scan";
import { commaSpace, joinedBySpace } from "./recognizers/tokens";
import { ipRecognizer, isIPv6 } from "./recognizers/network";

// The char-code helpers replace regex calls on hot paths; each must answer exactly as the
// regex it replaced, on any string (whitespace of every kind, astral characters included).
const SPACES = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028", "\u200b", "\v"];
const mixed = fc.array(fc.oneof(fc.constantFrom(...SPACES, ",", ", ", "a", "é", "𠀀", "\u0301"), fc.string({ maxLength: 4 }), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 8 }).map((p) => p.join(""));

describe("char-code helpers match the regexes they replaced", () => {
  it("collapseWhitespace is s.replace(/\\s+/g, ' ')", () => {
    fc.assert(fc.property(mixed, (s) => collapseWhitespace(s) === s.replace(/\s+/g, " ")), { numRuns: 3000 });
    expect(collapseWhitespace("Jane  Doe")).toBe("Jane Doe");
    expect(collapseWhitespace("Jane\u00a0Doe")).toBe("Jane Doe");
    const plain = "Jane Doe";
    expect(collapseWhitespace(plain)).toBe(plain);
  });

  it("collapseWhitespace agrees with the regex for every BMP character, alone and doubled", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [`a${ch}b`, ` ${ch}`, `${ch}${ch}`]) if (collapseWhitespace(s) !== s.replace(/\s+/g, " ")) throw new Error(`differs at U+${c.toString(16)}`);
    }
  });

  it("isAscii is !/[^\\x00-\\x7f]/", () => {
    fc.assert(fc.property(mixed, (s) => isAscii(s) === !/[^\x00-\x7f]/.test(s)), { numRuns: 3000 });
  });

  // 1.4.0: two spaces separate fields ("Name  Street  Town"), so only one space joins.
  it("joinedBySpace and commaSpace are /^[ \\u00a0]$/ and /^,[ \\u00a0]$/", () => {
    fc.assert(
      fc.property(mixed, (s) => joinedBySpace(s) === /^[ \u00a0]$/.test(s) && commaSpace(s) === /^,[ \u00a0]$/.test(s)),
      { numRuns: 3000 },
    );
    for (const gap of [" ", "  ", "\u00a0", " \u00a0", "   ", ", ", ",\u00a0", ",", ",  ", ""]) {
      expect(joinedBySpace(gap)).toBe(/^[ \u00a0]$/.test(gap));
      expect(commaSpace(gap)).toBe(/^,[ \u00a0]$/.test(gap));
    }
  });
});

describe("the IPv6 scan's gate", () => {
  // IPV6_HINT lets a text into the scan only if it holds "::" or five "group:" in a row;
  // every address isIPv6 accepts must still be found (full, compressed, IPv4 tail).
  const group = fc.stringMatching(/^[0-9a-f]{1,4}$/);
  const address = fc.oneof(
    fc.array(group, { minLength: 8, maxLength: 8 }).map((g) => g.join(":")),
    fc.tuple(fc.array(group, { maxLength: 3 }), fc.array(group, { maxLength: 3 })).map(([a, b]) => `${a.join(":")}::${b.join(":")}`),
    fc.tuple(fc.array(group, { minLength: 6, maxLength: 6 }), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 })).map(([g, v4]) => `${g.join(":")}:${v4.join(".")}`),
  );
  it("keeps every valid address", () => {
    fc.assert(
      fc.property(address, (addr) => {
        if (!isIPv6(addr) || addr.length < 6) return true;
        const text = `peer ${addr} dropped`;
        return ipRecognizer.find(text).some((c) => c.start === 5 && c.end === 5 + addr.length);
      }),
      { numRuns: 2000 },
    );
  });
});
