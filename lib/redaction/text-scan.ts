/**
 * Small, allocation-free character helpers shared by recognizers. Recognizers use these
 * instead of unbounded regular expressions so that scanning stays linear on hostile input.
 */
import type { Candidate, EntityType } from "./types";

const LETTER = /\p{L}|\p{M}/u;

/** Whether every character is ASCII (a loop: cheaper than a regex call on a short string). */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** JavaScript's `\s` (WhiteSpace and LineTerminator), by char code. */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `s.replace(/\s+/g, " ")`, without the regex call when it would change nothing (every
 * whitespace character already a single plain space): the usual case for entity values.
 */
export function collapseWhitespace(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isJsSpace(c) && (c !== 32 || (i + 1 < s.length && isJsSpace(s.charCodeAt(i + 1))))) return s.replace(/\s+/g, " ");
  }
  return s;
}

/** ASCII letter or digit. */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Any Unicode letter or digit (non-ASCII checked with a one-character regex). */
function isWordCode(code: number): boolean {
  if (code < 128) return isAsciiAlnum(code) || code === 95;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER.test(String.fromCharCode(code));
}

/** True when the character at `index` does not continue a word/number. */
export function rightBoundary(text: string, index: number): boolean {
  return index >= text.length || !isWordCode(text.charCodeAt(index));
}

/**
 * Runs a global regex over the text and calls `onMatch` for each match. The regex must
 * have the `g` flag. Guards against zero-length matches looping forever.
 */
export function eachMatch(re: RegExp, text: string, onMatch: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    onMatch(m);
  }
}

/** Builds a candidate, clamping the score into [0, 1]. */
export function candidate(type: EntityType, start: number, end: number, score: number, source: string): Candidate {
  return { type, start, end, score: Math.max(0, Math.min(1, score)), source };
}

// Placeholders this engine wrote ("<CREDIT_CARD_1>") must not act as context words:
// otherwise redacting a card would make the next number "card context" and redacting
// twice would change the text.
const PLACEHOLDER_IN_WINDOW = /<[a-z_]{2,40}_[0-9a-f]{1,16}>/g;

function withoutPlaceholders(window: string): string {
  if (!window.includes("<") && !window.includes(">")) return window;
  // Also blank a placeholder cut by the window's edge ("d_card_1> ...", "... <credit_ca").
  return window.replace(PLACEHOLDER_IN_WINDOW, " ").replace(/^[a-z_]*_[0-9a-f]{0,16}>/, " ").replace(/<[a-z_]{0,40}(?:_[0-9a-f]{0,16})?$/, " ");
}

/** Lower-cased window of text before `start` (used for context words), placeholders blanked. */
export function before(text: string, start: number, chars: number): string {
  return withoutPlaceholders(text.slice(Math.max(0, start - chars), start).toLowerCase());
}

/** Lower-cased window of text after `end`, placeholders blanked. */
export function after(text: string, end: number, chars: number): string {
  return withoutPlaceholders(text.slice(end, Math.min(text.length, end + chars)).toLowerCase());
}

/**
 * Whether any context word occurs in the window. Words are matched on word boundaries
 * so "ip" does not fire inside "ship". `words` must be lower-case.
 */
export function hasContext(window: string, words: readonly string[]): boolean {
  for (const w of words) {
    let i = window.indexOf(w);
    while (i !== -1) {
      const okLeft = i === 0 || !isAsciiAlnum(window.charCodeAt(i - 1));
      const j = i + w.length;
      const okRight = j >= window.length || !isAsciiAlnum(window.charCodeAt(j));
      if (okLeft && okRight) return true;
      i = window.indexOf(w, i + 1);
    }
  }
  return false;
}

/**
 * Scripts and character classes present in a text (bits below), from one char-code pass,
 * kept for the most recent text: recognizers whose patterns need a script or a character
 * the text lacks skip those patterns in O(1) instead of running them over it.
 */
export const HAS_DIGIT = 1;
export const HAS_ARABIC = 2; // U+0600-06FF
export const HAS_HEBREW = 4; // U+0590-05FF
export const HAS_DEVANAGARI = 8; // U+0900-097F
export const HAS_CJK = 16; // U+3000-9FFF (kana, CJK punctuation and ideographs)
export const HAS_HANGUL = 32; // U+AC00-D7A3
export const HAS_NON_ASCII = 64;

let maskText: string | null = null;
let maskValue = 0;

const NON_ASCII = /[^\x00-\x7f]/;

export function textScripts(text: string): number {
  if (text === maskText) return maskValue;
  // Two native scans; the char-code loop only from the first non-ASCII character (most chat
  // text has none).
  let mask = /[0-9]/.test(text) ? HAS_DIGIT : 0;
  const first = text.search(NON_ASCII);
  for (let i = first < 0 ? text.length : first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    mask |= HAS_NON_ASCII;
    if (c >= 0x590 && c <= 0x5ff) mask |= HAS_HEBREW;
    else if (c >= 0x600 && c <= 0x6ff) mask |= HAS_ARABIC;
    else if (c >= 0x900 && c <= 0x97f) mask |= HAS_DEVANAGARI;
    else if (c >= 0x3000 && c <= 0x9fff) mask |= HAS_CJK;
    else if (c >= 0xac00 && c <= 0xd7a3) mask |= HAS_HANGUL;
  }
  maskText = text;
  maskValue = mask;
  return mask;
}

/**
 * Whether, right before some match of `at` (a global regex of what follows a value) and the
 * spaces or tabs before it, a run of letters and digits holds an ASCII digit: what a value
 * ending in `\d[\p{L}\d]*` there needs. Non-ASCII characters count as letters (the run only
 * grows), so the answer is true wherever such a value stands: a gate for scans that try
 * every capital letter or digit of the text. Linear: each run is walked back once.
 */
export function digitRunBefore(text: string, at: RegExp): boolean {
  at.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = at.exec(text)) !== null) {
    if (m[0].length === 0) at.lastIndex++;
    let k = m.index - 1;
    while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
    for (; k >= 0; k--) {
      const c = text.charCodeAt(k);
      if (c >= 48 && c <= 57) return true;
      if (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    }
  }
  return false;
}
