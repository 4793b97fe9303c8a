/**
 * Cutting an address block's lines into parts: the pieces between wide spaces, tabs, bars,
 * semicolons, commas and sentence breaks, their edges trimmed and a leading key ("Street:")
 * dropped. Which lines are cut is decided by address-block.ts.
 */
import { bareWord, isStreetWord, NUMBER_MARKERS, UNIT_BEFORE } from "./address-vocabulary";

export type Kind = "street" | "weakStreet" | "streetName" | "number" | "unit" | "postal" | "postcode" | "country" | "region" | "town" | "none";

export interface Part {
  start: number;
  end: number;
  text: string;
  /** A blank line or a sentence break follows: the block cannot continue past this part. */
  closes: boolean;
  /** The part opens its line. */
  lineStart: boolean;
  kind: Kind;
  /** A known place (gazetteer, region or country list). */
  known: boolean;
  /** A street part whose words are only the street type and the number ("փողոց 2"). */
  bare?: boolean;
  /** A full stop followed the part (a German verb after a town is the sentence, not the town). */
  sentenceEnd?: boolean;
}

const KEY = /^(\p{L}[\p{L}'’-]*(?:[ \u00a0][\p{L}'’-]+){0,3})[ \u00a0]?:[ \t\u00a0]+(?=\S)/u;

// Within a line: two or more spaces, a tab, " | ", "; ", ", ", the Arabic comma.
const SEPARATOR = /[ \t\u00a0]{2,}|\t|[ \t]*\|[ \t]*|;[ \t]+|,[ \t\u00a0]*|،[ \t]*|\.[ \t]+(?=\p{Lu})/gu;

// What a part's edges lose: spacing, bullets, dashes, quotes and brackets before; spacing,
// sentence punctuation, closing brackets and quotes after (char codes: this runs per part).
const LEADING = new Set([..." \t\u00a0\r\n\f\v\u2028\u2029\u202f\u3000-•*>·–—\"'“”‘’("].map((c) => c.charCodeAt(0)));
const TRAILING = new Set([..." \t\u00a0\r\n\f\v\u2028\u2029\u202f\u3000.,;:!?)\"'“”‘’"].map((c) => c.charCodeAt(0)));

export const ABBREVIATION_DOT = /(?:^|[\s])\p{L}{1,5}\.$/u;

/**
 * ABBREVIATION_DOT.test(line.slice(s, e)) (the part ends in a dot closing one to five letters
 * after a space or its start: "Izda.", "str."), read backwards over ASCII instead of slicing and
 * scanning the part from its start; anything non-ASCII is left to the regex.
 */
export function abbreviationDot(line: string, s: number, e: number): boolean {
  let k = e - 2;
  while (k >= s && e - 2 - k <= 5) {
    const c = line.charCodeAt(k);
    if (c >= 128) return ABBREVIATION_DOT.test(line.slice(s, e));
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    k--;
  }
  const letters = e - 2 - k;
  if (letters < 1 || letters > 5) return false;
  if (k < s) return true;
  const c = line.charCodeAt(k);
  return c === 32 || (c >= 9 && c <= 13);
}

export const LAST_WORD = /([\p{L}\p{M}]+|\d)$/u;

/**
 * LAST_WORD.exec(line.slice(from, to))?.[1] (the word, or the digit, right before a sentence
 * break), read backwards over ASCII; a non-ASCII character is left to the regex.
 */
export function lastWord(line: string, from: number, to: number): string | undefined {
  let k = to - 1;
  while (k >= from) {
    const c = line.charCodeAt(k);
    if (c >= 128) return LAST_WORD.exec(line.slice(from, to))?.[1];
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    k--;
  }
  if (k < to - 1) return line.slice(k + 1, to);
  const c = line.charCodeAt(to - 1);
  return to > from && c >= 48 && c <= 57 ? line[to - 1] : undefined;
}

/** Cuts one line into parts (offsets into the text). */
export function lineParts(text: string, from: number, to: number, out: Part[]): void {
  const line = text.slice(from, to);
  let pos = 0;
  let first = true;
  // The first colon at or after the part's start, found once for the parts before it.
  let colon = -2;
  const push = (a: number, b: number, closes: boolean) => {
    let s = a;
    let e = b;
    while (s < e && LEADING.has(line.charCodeAt(s))) s++;
    let sentenceEnd = closes;
    while (e > s && TRAILING.has(line.charCodeAt(e - 1))) {
      const c = line.charCodeAt(e - 1);
      // Keep the dot of an abbreviation ("Izda.", "Apt.", "str.") on the part.
      if (c === 46 && abbreviationDot(line, s, e)) break;
      if (c === 46 || c === 33 || c === 63) sentenceEnd = true;
      e--;
    }
    // "Street: ...", "Postal code: ...": a key names the part, it is not part of the address.
    if (colon !== -1 && colon < s) colon = line.indexOf(":", s);
    const key = colon > s && colon < e ? KEY.exec(line.slice(s, e)) : null;
    if (key && !NUMBER_MARKERS.has(bareWord(key[1]).split(" ").pop() ?? "") && !UNIT_BEFORE.has(bareWord(key[1]))) s += key[0].length;
    if (e > s) out.push({ start: from + s, end: from + e, text: line.slice(s, e), closes, lineStart: first, kind: "none", known: false, sentenceEnd });
    first = false;
  };
  SEPARATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEPARATOR.exec(line)) !== null) {
    if (m[0].startsWith(".")) {
      // A sentence break, unless the dot closes an abbreviation ("St. Louis", "ul. Długa").
      const word = lastWord(line, pos, m.index);
      if (word === undefined || (word.length < 4 && !/\d/.test(word)) || /^\p{Lu}+$/u.test(word) || isStreetWord(word + ".") || UNIT_BEFORE.has(word.toLowerCase() + ".")) continue;
      push(pos, m.index, true);
    } else push(pos, m.index, false);
    pos = m.index + m[0].length;
  }
  push(pos, line.length, false);
}

/** Lines with a digit, and the two lines either side of one (a block needs a number). */
export function candidateLines(text: string): Array<[number, number, boolean]> {
  const lines: Array<[number, number, boolean]> = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let digit = false;
    for (let k = start; k < end && !digit; k++) {
      const c = text.charCodeAt(k);
      digit = c >= 48 && c <= 57;
    }
    lines.push([start, end, digit]);
    start = end + 1;
  }
  return lines;
}
