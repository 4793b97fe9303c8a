import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CueSet } from "./recognizers/cues";
import { tokenizeWords } from "./recognizers/tokens";
import { COMMON, GIVEN, lexHas, wordAt, wordFlag } from "./recognizers/word-info";
import { getLexicon } from "./lexicon/lexicon";

// The shared per-word record (speed pass 8) must answer exactly what the per-token code it
// replaced computed: same words, same shapes, same look-ups, whatever was seen before.
describe("the shared word record", () => {
  it("is the same record for the same word wherever it stands, and a new one for another spelling", () => {
    const a = wordAt("x Anna y", 2, 6);
    expect(wordAt("Anna", 0, 4)).toBe(a);
    expect(a.text).toBe("Anna");
    expect(wordAt("anna", 0, 4)).not.toBe(a);
    expect(wordAt("Annab", 0, 4)).toBe(a);
  });

  it("gives a token the record wordAt finds for its word (the tokenizer hashes while it scans)", () => {
    const text = "Anna met O'Brien and Jean-Luc in Zürich, Berlin's mayor: ok.";
    for (const t of tokenizeWords(text)) expect(t.info).toBe(wordAt(text, t.start, t.end));
  });

  it("gives tokens the text, lower-case form and shape the tokenizer computed per token", () => {
    const word = fc.array(fc.constantFrom("a", "Z", "é", "É", "ß", "Σ", "ς", "İ", "ǅ", "д", "Д", "东", "'", "-"), { minLength: 1, maxLength: 7 }).map((p) => p.join(""));
    const upper = /^\p{Lu}/u;
    const lower = /\p{Ll}/u;
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const text = words.join(" ");
        for (const t of tokenizeWords(text)) {
          const expected = text.slice(t.start, t.end);
          if (t.text !== expected || t.lower !== expected.toLowerCase() || t.info.text !== expected) return false;
          const cap = upper.test(expected);
          if (t.cap !== cap || t.allCaps !== (cap && expected.length >= 2 && !lower.test(expected))) return false;
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it("answers lexicon questions as the lexicon's sets do, asked once per word", () => {
    const lex = getLexicon();
    for (const w of ["Anna", "anna", "The", "table", "Xqzzv", "Maria"]) {
      const info = wordAt(w, 0, w.length);
      expect(lexHas(info, GIVEN)).toBe(lex.givenNames.has(w.toLowerCase()));
      expect(lexHas(info, COMMON)).toBe(lex.commonWords.has(w.toLowerCase()));
      // Asked again: the kept answer.
      expect(lexHas(info, GIVEN)).toBe(lex.givenNames.has(w.toLowerCase()));
    }
  });

  it("keeps a recognizer's own word table behind a flag of its own", () => {
    const colours = wordFlag(new Set(["teal", "ochre"]));
    expect(lexHas(wordAt("Teal", 0, 4), colours)).toBe(true);
    expect(lexHas(wordAt("ochre", 0, 5), colours)).toBe(true);
    expect(lexHas(wordAt("Anna", 0, 4), colours)).toBe(false);
  });

  it("reads a word's cue bits again when a cue set is built after the word was seen", () => {
    const tokens = tokenizeWords("zzlate cue then Mira");
    const before = new CueSet(["other"]);
    expect(before.before(tokens, 1)).toBe(false);
    const late = new CueSet(["zzlate"]);
    expect(late.before(tokens, 1)).toBe(true);
  });

  it("finds words again after many thousands of others (the table forgets, never answers wrong)", () => {
    const first = wordAt("Quillon", 0, 7);
    let wrong = 0;
    for (let k = 0; k < 200_000; k++) {
      const w = `W${k.toString(36)}`;
      if (wordAt(w, 0, w.length).text !== w) wrong++;
    }
    expect(wrong).toBe(0);
    const again = wordAt("Quillon", 0, 7);
    expect(again.text).toBe("Quillon");
    expect(again.lower).toBe(first.lower);
  });
});
