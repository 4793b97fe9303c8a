import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { STREET_TYPE_WORDS, UNIT_WORDS_AFTER_NUMBER, UNIT_WORDS_BEFORE_NUMBER } from "./lexicon/address-words";
import { anchoredParts } from "./recognizers/address-block";
import { mayHoldAddressAnchor } from "./recognizers/address-anchor-gate";

// The gate skips cutting and classifying a text's lines; it may say yes too often, never no
// where the classifier would find an anchor. Texts are built from lower-case ASCII pieces
// near every test the classifier makes: numbers and postcode shapes, ordinals, street and
// unit words (all the lexicon's ASCII ones), abbreviations, separators and code characters.
const ascii = (words: readonly string[]) => words.filter((w) => /^[\x20-\x7e]+$/.test(w));
const vocabulary = [...ascii(STREET_TYPE_WORDS), ...ascii(UNIT_WORDS_BEFORE_NUMBER), ...ascii(UNIT_WORDS_AFTER_NUMBER)];
const pieces = [
  "5", "12", "4471", "2024", "60a", "830/2", "33-35", "123456", "1234567", "12345678", "123-4567", "12345-678", "1234-567", "12-345", "123 45", "123 456",
  "1.", "3e", "2nd", "1st", "4th", "3er", "7-", "s/n", "'b67", "b", "a", "e", "x", "gpt", "mini", "max_tokens", "the", "paid", "at", "ul.", "st.", "nr.",
  " ", "  ", "\t", "\n", "\n\n", ", ", ",", "; ", " | ", ". ", ".", ":", ": ", "-", "/", "#", "(", ")", "{", "}", "\"", "=", "_", "*", "'",
];
const piece = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.constantFrom(...vocabulary) });
const lowerAscii = fc.array(piece, { maxLength: 14 }).map((p) => p.join(""));

describe("address blocks: the anchor gate", () => {
  it("finds no anchor where mayHoldAddressAnchor says no", () => {
    let closed = 0;
    fc.assert(
      fc.property(lowerAscii, (t) => {
        if (mayHoldAddressAnchor(t)) return true;
        closed++;
        return anchoredParts(t) === null;
      }),
      { numRuns: 40000 },
    );
    // The property must have been asked of many closed texts to mean anything.
    expect(closed).toBeGreaterThan(2000);
  });

  it("says no to model names and small JSON values, yes to what can anchor", () => {
    for (const t of ["gpt-4o-mini-2024-07-18", `{"max_tokens":512}`, "temperature 0.7", "stop", "2024-07-18t09:21:33z"]) expect(mayHoldAddressAnchor(t)).toBe(false);
    for (const t of ["apt 4", "ul. 5", "3rd floor", "00-950 warszawa", "123456", "Main St 5", "Řevnice 5"]) expect(mayHoldAddressAnchor(t)).toBe(true);
    // Lower-case texts that do anchor: each needs its own branch of the gate.
    for (const t of ["apt 4", "# 5", "123456", "3rd floor", "2 etage", "ul. 5"]) {
      expect(anchoredParts(t)).not.toBeNull();
      expect(mayHoldAddressAnchor(t)).toBe(true);
    }
  });
});
