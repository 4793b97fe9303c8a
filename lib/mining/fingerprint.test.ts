import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hammingDistance, normaliseForFingerprint, recordKeys, simHash, topicHash } from "./fingerprint";

// The normalisation as first written (a chain of whole-text replacements). Stored group keys
// and drift fingerprints were made with it, so the one-pass version must give the same text.
function referenceNormalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/<([a-z_]+?)_\d+>/g, " <$1> ")
    .replace(/\d+/g, "0")
    .replace(/[^\p{L}\p{N}<>_ ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

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

function majorityOf(features: string[]): string {
  const counts = new Array<number>(64).fill(0);
  for (const feature of features) {
    const halves = [fnv(feature, 0x811c9dc5), fnv(feature, 0x050c5d1f)];
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


// The SimHash as first written (shingle strings, a +1/-1 vote per bit). Stored group keys
// were made with it, so the faster simHash must give exactly the same fingerprints.
function referenceSimHash(text: string): string {
  const words = referenceNormalise(text).split(" ").filter(Boolean);
  return majorityOf(words.length < 3 ? words : words.slice(0, -2).map((w, i) => `${w} ${words[i + 1]} ${words[i + 2]}`));
}

const word = fc.constantFrom("order", "parcel", "refund", "<PERSON_1>", "<EMAIL_ADDRESS_2>", "42", "never", "arrived", "the", "é", "Straße", "!!", "  ", "\n");
// Whatever a producer sends: digits next to letters, placeholders, other scripts and their
// digits, combining marks, case changes that grow the text, spaces of every kind, lone surrogates.
const piece = fc.constantFrom("<PERSON_12>", "<person_3>", "<EMAIL_ADDRESS_2>", "<_1>", "<a_>", "A1b22", "٣٤", "１２", "İstanbul", "ǅ", "e\u0301", "😀", "\ud800", "\udc00x", "\u00a0", "\u3000", "\t", "ab_cd", "<>", "'s", "Ⅻ", "½");
const anyText = fc.oneof(
  fc.tuple(fc.array(fc.oneof(word, piece, fc.string({ maxLength: 6 }), fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 30 }), fc.boolean()).map(([parts, spaced]) => parts.join(spaced ? " " : "")),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
);

describe("normaliseForFingerprint", () => {
  it("gives the text the first replacement chain gave, for any text (stored keys stay comparable)", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normaliseForFingerprint(text)).toBe(referenceNormalise(text));
      }),
      { numRuns: 3000 },
    );
    for (const text of ["", "   ", "Hi <PERSON_1>, order #123!", "x<PERSON_1>y", "a\u00a0b\u2003c", "12ab34", "Ab١٢3", "\ud83d", "end\ud83d"]) expect(normaliseForFingerprint(text)).toBe(referenceNormalise(text));
  });
});

describe("recordKeys", () => {
  it("computes the same near-duplicate and topic hashes as the first implementations", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const keys = recordKeys({ messages: [{ role: "user", content: text }] });
        expect(keys.near).toBe(referenceSimHash(text));
        expect(simHash(text)).toBe(referenceSimHash(text));
        // The topic hash of the text is the one of its reference-normalised words (normalising twice changes nothing).
        expect(keys.topic).toBe(text.trim() === "" ? null : topicHash(referenceNormalise(text)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("simHash", () => {
  it("matches the reference fingerprint for any text (stored group keys stay comparable)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(word, { maxLength: 40 }).map((w) => w.join(" ")), fc.string({ maxLength: 200 })), (text) => {
        expect(simHash(text)).toBe(referenceSimHash(text));
      }),
      { numRuns: 500 },
    );
  });

  it("matches the reference on long texts too (votes counted past every power of two up to 4,096)", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 60, maxLength: 4_200 }), (words) => {
        const text = words.join(" ");
        expect(simHash(text)).toBe(referenceSimHash(text));
      }),
      { numRuns: 60 },
    );
    // Exactly at and around the powers of two of the vote count (shingles = words - 2).
    for (const n of [3, 4, 5, 6, 10, 18, 34, 66, 130, 258, 514, 1026, 2050]) {
      const text = Array.from({ length: n }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i * 7) % 26))}`).join(" ");
      expect(simHash(text)).toBe(referenceSimHash(text));
    }
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
