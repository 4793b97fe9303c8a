/**
 * Whether a text can hold an address block's anchor at all, asked before its lines are cut
 * into parts. Every block needs a part with a digit that is a street with its number, a
 * postcode (alone or with its town), a unit, or a house number after a street's name; a text
 * of ASCII without a capital letter (a model name "gpt-4o-mini-2024-07-18", `{"max_tokens":512}`,
 * most log keys and ids) can hold one only through a few shapes, looked for here in one pass
 * over its characters and one regex. Anything else (a capital, a letter outside ASCII) is cut
 * and classified as before.
 *
 * The scans are weaker than the classifier's tests (a part's words are bounded by non-letters
 * and non-digits on both sides), so where they find nothing the classifier finds no anchor.
 */
import { POSTCODE_SHAPES, STREET_TYPE_WORDS, UNIT_WORDS_AFTER_NUMBER, UNIT_WORDS_BEFORE_NUMBER } from "../lexicon/address-words";

// Without a capital every postcode shape with letters is out; a plain run of digits is a
// postcode (not a lone number) only with six or seven digits.
const DIGIT_POSTCODE = POSTCODE_SHAPES.filter((s) => !s.includes("A-Z")).map((s) => (s === String.raw`\d{4,7}` ? String.raw`\d{6,7}` : s));

// In a text of ASCII without capitals a letter is [a-z], so the part's edges are plain
// classes: a postcode part alone, a floor as an ordinal ("3.", "2nd", "1st", "3e"), and a
// street's abbreviation before a lone house number ("ul. 5", read from the part before).
const ASCII_SHAPES = new RegExp(
  [`(?:^|[^a-z0-9])(?:${DIGIT_POSTCODE.join("|")})(?![a-z0-9])`, String.raw`(?:^|[^a-z0-9])\d{1,3}(?:\.|e|er|re|eme|st|nd|rd|th)(?![a-z0-9])`, String.raw`[a-z]\.`].join("|"),
);

// Street and unit words as the text's runs of letters: a word of a part is bounded by
// non-letters, so a word equal to an entry holds the entry's first run of letters as a
// whole run. Entries opening with another character ("#") are looked for as that character.
const VOCABULARY = [...STREET_TYPE_WORDS, ...UNIT_WORDS_BEFORE_NUMBER, ...UNIT_WORDS_AFTER_NUMBER].filter((w) => /^[\x00-\x7f]+$/.test(w));
const VOCABULARY_RUNS = new Set(VOCABULARY.map((w) => /^[a-z]+/.exec(w)?.[0]).filter((r): r is string => r !== undefined));
const VOCABULARY_OPENERS = [...new Set(VOCABULARY.filter((w) => !/^[a-z]/.test(w)).map((w) => w[0]))];

/** A unit word glued to its number may follow an ordinal ending ("3etage", "2eretage"). */
function vocabularyRun(run: string): boolean {
  return VOCABULARY_RUNS.has(run) || (run.startsWith("e") && VOCABULARY_RUNS.has(run.slice(1))) || (run.startsWith("er") && VOCABULARY_RUNS.has(run.slice(2)));
}

/** A capital letter or anything outside ASCII: the classifier decides, as before. */
const CAPITAL_OR_WIDE = /[A-Z\u0080-\uffff]/;
/** Every anchor is a part with an ASCII digit (the lines cut are those near one). */
const DIGIT = /[0-9]/;

export function mayHoldAddressAnchor(text: string): boolean {
  if (CAPITAL_OR_WIDE.test(text)) return true;
  if (!DIGIT.test(text)) return false;
  // Lower-case ASCII from here on: runs of [a-z] are the words' letters.
  let run = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 97 && c <= 122) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0 && vocabularyRun(text.slice(run, i))) return true;
    run = -1;
  }
  return VOCABULARY_OPENERS.some((c) => text.includes(c)) || ASCII_SHAPES.test(text);
}
