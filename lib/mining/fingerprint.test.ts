import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hammingDistance, normaliseForFingerprint, simHash } from "./fingerprint";

// The SimHash as first written (shingle strings, a +1/-1 vote per bit). Stored group keys
// were made with it, so the faster simHash must give exactly the same fingerprints.
function referenceSimHash(text: string): string {
  const fnv = (value: string, basis: number) => {
    let hash = basis;
    for (let i = 0; i < value.length; i++) {
      hash ^= value.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    return hash >>> 0;
  };
  const words = normaliseForFingerprint(text).split(" ").filter(Boolean);
  const shingles = words.length < 3 ? words : words.slice(0, -2).map((w, i) => `${w} ${words[i + 1]} ${words[i + 2]}`);
  const counts = new Array<number>(64).fill(0);
  for (const shingle of shingles) {
    const halves = [fnv(shingle, 0x811c9dc5), fnv(shingle, 0x050c5d1f)];
    for (let half = 0; half < 2; half++) for (let bit = 0; bit < 32; bit++) counts[half * 32 + bit] += (halves[half] >>> bit) & 1 ? 1 : -1;
  }
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (counts[bit] > 0) high |= 1 << bit;
    if (counts[32 + bit] > 0) low |= 1 << bit;
  }
  return (high >>> 0).toString(16).padStart(8, "0") + (low >>> 0).toString(16).padStart(8, "0");
}

const word = fc.constantFrom("order", "parcel", "refund", "<PERSON_1>", "<EMAIL_ADDRESS_2>", "42", "never", "arrived", "the", "é", "Straße", "!!", "  ", "\n");

describe("simHash", () => {
  it("matches the reference fingerprint for any text (stored group keys stay comparable)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(word, { maxLength: 40 }).map((w) => w.join(" ")), fc.string({ maxLength: 200 })), (text) => {
        expect(simHash(text)).toBe(referenceSimHash(text));
      }),
      { numRuns: 500 },
    );
  });

  it("hashes the empty text to zeros, short texts by word, and keeps near-duplicates near", () => {
    expect(simHash("")).toBe("0000000000000000");
    expect(simHash("refund")).toBe(referenceSimHash("refund"));
    const a = simHash("Hello, my name is <PERSON_1>. My order #48213 never arrived and the tracking page shows nothing at all since last week");
    const b = simHash("Hello, my name is <PERSON_2>. My order #48777 never arrived and the tracking page shows nothing at all since last week");
    expect(hammingDistance(a, b)).toBe(0);
    expect(hammingDistance(a, simHash("Can I change the delivery address for a parcel that is already on its way to me?"))).toBeGreaterThan(4);
  });
});
