/**
 * The per-word record every recognizer reading word tokens shares (speed pass 8).
 *
 * Why: PERSON, LOCATION, address blocks and the cue sets each asked the same questions of
 * the same word ("is it a given name, an ordinary word, a street word?"), each through its
 * own large table or cache, and the tokenizer lower-cased every token again. Those probes
 * of fresh strings in big tables were a third of a run. Now the tokenizer looks each token
 * up once in one table of words seen before, and the answer (lower-case form, shape,
 * lexicon flags, each recognizer's verdict) is computed at most once per distinct word and
 * read from the record by everyone after that.
 *
 * Everything stored here depends only on the word's text (exactly as written), so keeping
 * it across texts changes no output.
 */
import { foldWord, getGazetteer } from "../lexicon/gazetteer";
import { getLexicon } from "../lexicon/lexicon";
import { streetSuffixWord } from "./place-words";

export interface WordInfo {
  /** The word as written. */
  readonly text: string;
  /** Hash of its characters (the table's key). */
  readonly hash: number;
  readonly lower: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper-case. */
  readonly allCaps: boolean;
  /** Which cue sets have a phrase ending in this word (bits, cues.ts), as of cue-set generation `cueGen` (-1: not asked yet). */
  cueSets: number;
  cueGen: number;
  /** Lexicon flags known so far (bits below) and their values. */
  known: number;
  flags: number;
  /** `foldWord(lower)`, once asked. */
  folded: string | undefined;
  /** PERSON's class of the word (person.ts), once asked. */
  person: object | undefined;
  /** `streetSuffixWord(lower)` (place-words.ts), once asked. */
  street: boolean | undefined;
  /** The lexicon's places opening with this word (`placeFirstWords`), null for none; once asked. */
  placeFirst: readonly string[] | null | undefined;
  /** The gazetteer's longest name (in words) opening with the folded word, 0 for none; -1 until asked. */
  gazetteerWords: number;
  /** The gazetteer's population of the folded word as a name alone, -2 for none; -1 until asked. */
  gazetteerPopulation: number;
}

// Lexicon sets, one bit each, answered on first use per word.
export const GIVEN = 1;
export const SURNAME = 2;
export const COMMON = 4;
export const EXTRA_COMMON = 8;
export const CITY = 16;
export const COUNTRY = 32;
export const REGION = 64;
export const ORGANIZATION = 128;
export const HONORIFIC = 256;
export const STREET_TYPE = 512;

// An open-addressing table keyed by a hash of the word's characters, so a word seen before
// is found straight from the text (no substring, no Map hashing of a fresh string); only a
// new word allocates. Full, it starts again: a record handed to a token stays valid.
const SLOTS = 1 << 17;
const MASK = SLOTS - 1;
const MAX_WORDS = SLOTS >> 1;
const PROBES = 8;
let slots: Array<WordInfo | undefined> = new Array<WordInfo | undefined>(SLOTS).fill(undefined);
let words = 0;

/** The record of the word text[start, end) as written, created on first sight. */
export function wordAt(text: string, start: number, end: number): WordInfo {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const length = end - start;
  let at = h & MASK;
  for (let p = 0; p < PROBES; p++, at = (at + 1) & MASK) {
    const w = slots[at];
    if (w === undefined) break;
    if (w.hash === h && w.text.length === length && sameChars(w.text, text, start)) return w;
  }
  if (words >= MAX_WORDS) {
    slots = new Array<WordInfo | undefined>(SLOTS).fill(undefined);
    words = 0;
  }
  const info = createInfo(text.slice(start, end), h);
  // The first free slot of the run, or the home slot when the run is full.
  at = h & MASK;
  for (let p = 0; p < PROBES && slots[at] !== undefined; p++) at = (at + 1) & MASK;
  if (slots[at] !== undefined) at = h & MASK;
  else words++;
  slots[at] = info;
  return info;
}

function sameChars(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function createInfo(text: string, hash: number): WordInfo {
  const cap = isUpperStart(text);
  return { text, hash, lower: text.toLowerCase(), cap, allCaps: cap && text.length >= 2 && !hasLower(text), cueSets: 0, cueGen: -1, known: 0, flags: 0, folded: undefined, person: undefined, street: undefined, placeFirst: undefined, gazetteerWords: -1, gazetteerPopulation: -1 };
}

/** Whether the word's lower-case form is in the lexicon set of `flag` (one probe per word and set). */
export function lexHas(info: WordInfo, flag: number): boolean {
  if ((info.known & flag) === 0) {
    if (setOf(flag).has(info.lower)) info.flags |= flag;
    info.known |= flag;
  }
  return (info.flags & flag) !== 0;
}

// Word sets of other recognizers (`wordFlag`), by bit.
const MORE_SETS: Array<{ has(word: string): boolean }> = [];
const FIRST_MORE_BIT = 10;

/**
 * A flag for `lexHas` answering `set.has(lower)` once per word: for a recognizer's own
 * fixed word table (built at module load and never changed after: a word's answer is kept).
 */
export function wordFlag(set: { has(word: string): boolean }): number {
  if (FIRST_MORE_BIT + MORE_SETS.length > 30) throw new Error("word-info: no flag bit left");
  MORE_SETS.push(set);
  return 1 << (FIRST_MORE_BIT + MORE_SETS.length - 1);
}

function setOf(flag: number): { has(word: string): boolean } {
  if (flag >= 1 << FIRST_MORE_BIT) return MORE_SETS[31 - Math.clz32(flag) - FIRST_MORE_BIT];
  const lex = getLexicon();
  switch (flag) {
    case GIVEN: return lex.givenNames;
    case SURNAME: return lex.surnames;
    case COMMON: return lex.commonWords;
    case EXTRA_COMMON: return lex.extraCommon;
    case CITY: return lex.cities;
    case COUNTRY: return lex.countries;
    case REGION: return lex.regions;
    case ORGANIZATION: return lex.organizations;
    case HONORIFIC: return lex.honorifics;
    default: return lex.streetTypes;
  }
}

/** `foldWord(info.lower)` (diacritics folded), computed once per word. */
export function foldedOf(info: WordInfo): string {
  return (info.folded ??= foldWord(info.lower));
}

/** `streetSuffixWord(info.lower)`: a street word, whole or as an ending ("hauptstraße"), once per word. */
export function streetSuffixOf(info: WordInfo): boolean {
  return (info.street ??= streetSuffixWord(info.lower, getLexicon()));
}

/** `placeFirstWords.get(info.lower)`, once per word (null: no place opens with it). */
export function placesOpeningWith(info: WordInfo): readonly string[] | null {
  if (info.placeFirst === undefined) info.placeFirst = getLexicon().placeFirstWords.get(info.lower) ?? null;
  return info.placeFirst;
}

/** `getGazetteer().maxWords.get(folded)`, once per word (undefined: no name opens with it). */
export function gazetteerWordsOf(info: WordInfo): number | undefined {
  if (info.gazetteerWords < 0) info.gazetteerWords = getGazetteer().maxWords.get(foldedOf(info)) ?? 0;
  return info.gazetteerWords === 0 ? undefined : info.gazetteerWords;
}

/** `getGazetteer().population.get(folded)`, once per word (undefined: no place of that name). */
export function gazetteerPopulationOf(info: WordInfo): number | undefined {
  if (info.gazetteerPopulation === -1) info.gazetteerPopulation = getGazetteer().population.get(foldedOf(info)) ?? -2;
  return info.gazetteerPopulation === -2 ? undefined : info.gazetteerPopulation;
}

const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;

// Shape checks on character codes, with the Unicode regexes only for non-ASCII letters.
function isUpperStart(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(t);
}

function hasLower(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LOWER.test(t);
  }
  return false;
}
