/**
 * Word tokenizer shared by the PERSON and LOCATION recognizers. One linear regex pass;
 * each token records the shape features the heuristics need, and its word's shared record
 * (word-info.ts: lower-case form, shape, lexicon flags, verdicts), looked up once per token.
 */
import { wordAt, type WordInfo } from "./word-info";

export interface WordToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper-case. */
  allCaps: boolean;
  /** The token opens a sentence or a line (so its capital letter says little). */
  sentenceStart: boolean;
  /** Characters between the previous token and this one. */
  gap: string;
  /** The word's record, shared by every token of the same word (word-info.ts). */
  info: WordInfo;
}

// Letters with internal apostrophes/hyphens: "O'Brien", "Jean-Luc". Each repetition needs
// a separator, so the pattern cannot backtrack exponentially.
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
const WORD_AT = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/uy;
const UPPER = /^\p{Lu}/u;
const SPACE = /\s/;
// Characters that end a sentence or a field before a word: . ! ? : ; " “ ( [ { * # > • | ` = - – —
const SENTENCE_BREAK = new Set([...".!?:;\"“([{*#>•|`=-–—"].map((ch) => ch.charCodeAt(0)));

// PERSON and LOCATION tokenize the same text back to back; keep the last result.
let lastText: string | null = null;
let lastTokens: WordToken[] = [];

/** Tokenizes text into words (memoised for the most recent text; treat as read-only). */
export function tokenizeWords(text: string): WordToken[] {
  if (text === lastText) return lastTokens;
  lastTokens = tokenizeUncached(text);
  lastText = text;
  return lastTokens;
}

/** Tokenizes text into words; `gap` is capped at 40 characters to bound memory. */
function tokenizeUncached(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let start = i;
    let end: number;
    if (isAsciiLetter(c)) {
      // Fast path, same result as WORD: an ASCII letter run that ends on an ASCII
      // character other than an apostrophe or a hyphen can neither continue with a letter
      // or mark nor with a separator, so it is the whole token.
      let j = i + 1;
      while (j < n && isAsciiLetter(text.charCodeAt(j))) j++;
      const d = j < n ? text.charCodeAt(j) : 32;
      if (d < 128 && d !== 39 && d !== 45) end = j;
      else end = wordEndAt(text, i);
    } else if (c < 128) {
      i++;
      continue;
    } else {
      // Non-ASCII: the regex decides whether a word starts here (\p{L}, astral letters).
      WORD.lastIndex = i;
      const m = WORD.exec(text);
      if (m === null) break;
      start = m.index;
      end = start + m[0].length;
    }
    // "Iliescu’s", "Berlin's": the possessive ending is not part of a capitalised name (lower-case
    // words keep it: "name's", "it's" are cue words as written).
    const pc = text.charCodeAt(end - 2);
    if (end - start > 3 && (text.charCodeAt(end - 1) === 115 || text.charCodeAt(end - 1) === 83) && (pc === 39 || pc === 0x2019) && isUpperStart(text.slice(start, start + 2))) end -= 2;
    const info = wordAt(text, start, end);
    const gapFull = text.slice(Math.max(prevEnd, start - 40), start);
    tokens.push({ start, end, text: info.text, lower: info.lower, cap: info.cap, allCaps: info.allCaps, sentenceStart: tokens.length === 0 || opensSentence(gapFull), gap: gapFull, info });
    prevEnd = end;
    i = end;
    // Skip the possessive ending cut off above, so it is not read as a word of its own.
    if ((text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019) && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) && !isWordChar(text.charCodeAt(i + 2))) i += 2;
  }
  return tokens;
}

function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c > 127;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** End of the WORD match starting at `start` (a letter), via the sticky regex. */
function wordEndAt(text: string, start: number): number {
  WORD_AT.lastIndex = start;
  const m = WORD_AT.exec(text);
  return m === null ? start + 1 : start + m[0].length;
}

// The possessive check's shape test on character codes, with the Unicode regex only for
// non-ASCII letters: the tokenizer runs on every word of every message.
function isUpperStart(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(t);
}

/** A line break in the gap, or its last non-space character ends a sentence or a field. */
function opensSentence(gap: string): boolean {
  for (let i = gap.length - 1; i >= 0; i--) {
    const c = gap.charCodeAt(i);
    if (c === 10) return true;
    if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || (c > 127 && SPACE.test(gap[i]))) continue;
    if (SENTENCE_BREAK.has(c)) return true;
    // Only the last mark counts, but an earlier line break still does.
    return gap.lastIndexOf("\n", i) !== -1;
  }
  return false;
}

/**
 * True if two adjacent tokens are separated by plain spacing on one line (a name can
 * continue): one space or no-break space. 1.4.0: two spaces no longer join, they separate
 * fields ("Bela Holzner  Erzbergerstr. 76b  08142 Trauthland").
 */
export function joinedBySpace(gap: string): boolean {
  return gap.length === 1 && isSpaceOrNbsp(gap.charCodeAt(0));
}

function isSpaceOrNbsp(c: number): boolean {
  return c === 32 || c === 0xa0;
}

/** The gap is a comma and one space or no-break space: ", ". */
export function commaSpace(gap: string): boolean {
  return gap.length === 2 && gap.charCodeAt(0) === 44 && isSpaceOrNbsp(gap.charCodeAt(1));
}

/** Same, also allowing an initial's dot: "J. R. Smith". */
export function joinedByInitial(prev: WordToken, gap: string): boolean {
  return prev.text.length === 1 && /^\.[ \u00a0]?$/.test(gap);
}

const CAMEL = /\p{Ll}\p{Lu}/u;
const NAME_CAMEL = /^(?:Mc|Mac|O|De|Di|Da|Du|Le|La|Van|Von|St|Fitz|Al|El|Ben|Ter|Ten|D)\p{Lu}\p{Ll}+$/u;

/**
 * A word written in code case ("OrderQueue", "DynamoDB", "SciPy", "JavaScript"): an
 * identifier, product or class name, not a person's or a place's name. Names with a
 * capital inside follow a prefix ("McDonald", "DeShawn", "LaToya", "VanDyke").
 */
export function codeCased(word: string): boolean {
  return word.length > 2 && hasCamelHump(word) && !NAME_CAMEL.test(word) && !word.includes("-");
}

/** CAMEL.test(word), by char codes while the word is ASCII (most words; called per token). */
export function hasCamelHump(word: string): boolean {
  let lower = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return CAMEL.test(word);
    if (lower && c >= 65 && c <= 90) return true;
    lower = c >= 97 && c <= 122;
  }
  return false;
}
