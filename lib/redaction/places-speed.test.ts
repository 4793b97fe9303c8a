import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { eachMatch } from "./text-scan";
import { ADDRESS_LINE, eachEuroPrefix, eachLineStartMatch, EURO_PREFIX, FOLDED_ONLY_WITH_U } from "./recognizers/addresses";
import { STREET_NAME_OPENERS } from "./lexicon/street-words";
import { ANY_NATIVE_WORD, NAME_PARTICLES, NATIVE_HOME, placeMatch } from "./recognizers/location";
import { getLexicon } from "./lexicon/lexicon";
import { tokenizeWords, type WordToken } from "./recognizers/tokens";
import { BLOCK_CUE, BLOCK_CUE_AT, BLOCK_CUE_LENGTH, eachMatchEndingLine, SIGN_OFF, SIGN_OFF_AT, SIGN_OFF_LENGTH } from "./recognizers/layout";
import { abbreviationDot, ABBREVIATION_DOT, LAST_WORD, lastWord } from "./recognizers/address-parts";
import { manyDigits } from "./recognizers/address-classify";
import { POSTCODE_END, POSTCODE_START } from "./recognizers/address-vocabulary";

// The places and addresses speed cuts read strings backwards or count instead of running a
// regex over a slice: each must answer exactly as the regex it stands in for.
const pieces = ["a", "Z", "str", "Izda", "Apt", "Boulevard", ".", " ", "  ", "\t", "\n", "\u00a0", "\u2003", ",", "7", "12", "90", "é", "ß", "ул", "\u0301", "東京", "𝒜", "İ", "-", ":", "ab1"];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 9 }).map((p) => p.join(""));

describe("address-block string tests answer as their regexes", () => {
  it("abbreviationDot is ABBREVIATION_DOT on the part", () => {
    fc.assert(
      fc.property(text, fc.nat(), (t, a) => {
        const line = t + ".";
        const s = a % line.length;
        return abbreviationDot(line, s, line.length) === ABBREVIATION_DOT.test(line.slice(s));
      }),
      { numRuns: 30000 },
    );
  });

  it("lastWord is LAST_WORD's group on the slice", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (line, a, b) => {
        const from = Math.min(a, b) % (line.length + 1);
        const to = Math.max(a, b) % (line.length + 1);
        const to2 = Math.max(from, to);
        return lastWord(line, from, to2) === LAST_WORD.exec(line.slice(from, to2))?.[1];
      }),
      { numRuns: 30000 },
    );
  });

  it("manyDigits counts the digits left once a postcode at either end is taken out", () => {
    const numbers = fc.array(fc.constantFrom("8001", "00-950", "SW1A 1AA", "12345-6789", "LV-1001", "555 0142", "+49 30 1234567", "Zürich", " ", ", ", "Nr", "7", "1234567", "AB", "\u00a0"), { maxLength: 8 }).map((p) => p.join(""));
    const reference = (t: string) => {
      if ((t.match(/\d/g)?.length ?? 0) < 7 || new RegExp(`^(?:${POSTCODE_START.source.slice(4, POSTCODE_START.source.indexOf(")(?="))})$`, "u").test(t)) return false;
      return (t.replace(POSTCODE_START, "").replace(POSTCODE_END, "").match(/\d/g)?.length ?? 0) >= 3;
    };
    fc.assert(fc.property(numbers, (t) => manyDigits(t) === reference(t)), { numRuns: 20000 });
  });
});

describe("layout scans only the ends of lines and finds what the whole-text scans find", () => {
  const words = ["address", "Ship to", "auto", "photo", "Toto", "shipping to", "delivered to", "send this to", "Lieferadresse", "dirección", "to", "Best regards", "yours faithfully", "Atenciosamente", "thanks", "--", "—", "x", "Anna", ":", ",", "!", " ", "  ", "\t", "\n", "\r\n", "\n\n", "é", "ſ"];
  const text = fc.array(fc.constantFrom(...words), { maxLength: 14 }).map((p) => p.join(""));
  const all = (re: RegExp, t: string) => {
    const found: string[] = [];
    eachMatch(re, t, (m) => found.push(`${m.index}:${m[0]}`));
    return found.join("|");
  };
  const tails = (re: RegExp, at: RegExp, length: number, t: string) => {
    const found: string[] = [];
    eachMatchEndingLine(re, at, length, t, (m) => found.push(`${m.index}:${m[0]}`));
    return found.join("|");
  };
  it("address-block cues", () => {
    // A tail that starts inside a word ("pho|to:") reads no word boundary there.
    expect(tails(BLOCK_CUE, BLOCK_CUE_AT, 3, "photo:\n")).toBe("");
    expect(tails(BLOCK_CUE, BLOCK_CUE_AT, 3, "to:\n")).toBe("0:to:");
    fc.assert(fc.property(text, (t) => tails(BLOCK_CUE, BLOCK_CUE_AT, BLOCK_CUE_LENGTH, t) === all(BLOCK_CUE, t)), { numRuns: 30000 });
  });
  it("sign-offs", () => {
    fc.assert(fc.property(text, (t) => tails(SIGN_OFF, SIGN_OFF_AT, SIGN_OFF_LENGTH, t) === all(SIGN_OFF, t)), { numRuns: 30000 });
  });
});

describe("address lines are tried at line starts only", () => {
  const pieces = ["12", "221B", "5", " ", "  ", "\t", "\n", "\r\n", "Main", "Street", "Baker", "St.", "#4", "Apt", "é", "Åsgatan", "x", ",", "\u00a0", "ul."];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(""));
  it("finds what the whole-text scan finds", () => {
    const sticky = new RegExp(ADDRESS_LINE.source, "uy");
    const seen = (scan: (cb: (m: RegExpExecArray) => void) => void) => {
      const found: string[] = [];
      scan((m) => found.push(`${m.index}:${m[0]}`));
      return found.join("|");
    };
    fc.assert(fc.property(text, (t) => seen((cb) => eachLineStartMatch(sticky, t, cb)) === seen((cb) => eachMatch(ADDRESS_LINE, t, cb))), { numRuns: 30000 });
  });
});

describe("street openers found without the u flag, confirmed with it", () => {
  it("case folding without u misses only the characters the gate sends to the full scan", () => {
    const letters = new Set([...STREET_NAME_OPENERS.join(""), " ", "\u00a0"]);
    const missed: string[] = [];
    for (const x of letters) {
      const escaped = x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const withU = new RegExp(`^${escaped}$`, "iu");
      const withoutU = new RegExp(`^${escaped}$`, "i");
      for (let c = 0; c <= 0xffff; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCharCode(c);
        if (withU.test(ch) && !withoutU.test(ch) && !FOLDED_ONLY_WITH_U.test(ch)) missed.push(`${x}:${c.toString(16)}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it("finds what the whole-text scan finds", () => {
    const pieces = ["rue", "Rue", "RUE", "avenue", "Av.", "av", "gran vía", "Gran Via", "str.", "STR.", "ul.", "улица", "Улица", "οδός", "ΟΔΟΣ", "λεωφόρος", "ΛΕΩΦΌΡΟΣ", "place", "xrue", "ſtr.", "ul\u212a", "λεΩφόρος", "pro\u212aspekt", " ", "\u00a0", "12", ",", "de la", "Paix", "é", "\n"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(""));
    const seen = (scan: (cb: (m: RegExpExecArray) => void) => void) => {
      const found: string[] = [];
      scan((m) => found.push(`${m.index}:${m[0]}`));
      return found.join("|");
    };
    fc.assert(fc.property(text, (t) => seen((cb) => eachEuroPrefix(t, cb)) === seen((cb) => eachMatch(EURO_PREFIX, t, cb))), { numRuns: 30000 });
  });
});

describe("native-home patterns behind one scan for their words", () => {
  it("the scan finds a word exactly when one of the patterns' words is in the text", () => {
    const pieces = ["yaşıyor", "yaşıyorum", "oturuyor", "lak", "black", "él", "Él", "asu", "Asun", "measure", "uuti", "uutt", "Muutin", "İzmir", "x", " ", "\u00e9", "e\u0301l"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join(""));
    const anyWord = (t: string) => NATIVE_HOME.some(([need]) => typeof need !== "number" && need.some((w) => t.includes(w)));
    fc.assert(fc.property(text, (t) => ANY_NATIVE_WORD.test(t) === anyWord(t)), { numRuns: 20000 });
  });
});

describe("known places looked up by their first two words", () => {
  it("finds the place the walk over every name opening with the word finds", () => {
    const lex = getLexicon();
    // The plain walk: every name opening with the token's word, longest first, each checked whole.
    const reference = (tokens: WordToken[], i: number) => {
      for (const place of lex.placeFirstWords.get(tokens[i].lower) ?? []) {
        const parts = place.split(" ");
        if (i + parts.length > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < parts.length && ok; k++) {
          const gap = tokens[i + k].gap;
          ok = tokens[i + k].lower === parts[k] && (k === 0 || ((gap === " " || gap === "\u00a0" || gap === "-") && (k > 1 || tokens[i + k].cap || !NAME_PARTICLES.has(parts[0]))));
        }
        if (ok) return i + parts.length - 1;
      }
      return -1;
    };
    const words = ["New", "new", "York", "Zealand", "San", "José", "del", "Monte", "La", "la", "Paz", "Réunion", "réunion", "Saint", "Petersburg", "United", "Arab", "Emirates", "States", "Hong", "Kong"];
    const gaps = [" ", " ", " ", "-", ", ", "\u00a0", "  "];
    const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { maxLength: 6 }).map((p) => p.flat().join(""));
    const same = (t: string) => tokenizeWords(t).every((_, i, tokens) => (placeMatch(tokens, i, lex)?.end ?? -1) === reference(tokens, i));
    for (const t of ["United Arab Emirates", "San José del Monte", "La Réunion", "La réunion de lundi", "New York", "Saint Petersburg", "Hong Kong"]) expect(same(t)).toBe(true);
    expect(reference(tokenizeWords("United Arab Emirates"), 0)).toBe(2);
    fc.assert(fc.property(text, same), { numRuns: 20000 });
  });
});
