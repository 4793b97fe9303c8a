/**
 * Written dates in the languages of our users, from their CLDR patterns (lexicon/calendar.ts):
 * only the patterns of month names present in the text are run. A date without a year
 * ("3 марта") scores lower than a full one.
 */
import { eachMatch } from "../text-scan";
import { dateBoundaries, getCalendarWords } from "../lexicon/calendar";
import { getLexicon, type Lexicon } from "../lexicon/lexicon";

/** Reports a date found at [start, end) (date-time.ts judges machine timestamps and birth cues). */
export type Push = (start: number, end: number, base: number, source: string, hasTime?: boolean) => void;

export function plausibleYear(y: number): boolean {
  return y >= 1800 && y <= 2100;
}

/** The word is lower-case ASCII letters only (most words): one run, which no case folding changes. */
export function asciiLetters(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

const DIGIT_RUN = /\d{1,4}/g;
const LETTER = /[\p{L}\p{M}]/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && LETTER.test(text[k]));
}

function isSeparator(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 44 || c === 46 || c === 9;
}

/** The word right before a number over at most three separators ("März 14", "Nov. 3"), or undefined. */
function wordBefore(text: string, at: number): string | undefined {
  let k = at;
  while (k > 0 && at - k < 3 && isSeparator(text.charCodeAt(k - 1))) k--;
  if (k === at) return undefined;
  const end = k;
  while (k > 0 && end - k < 24 && isLetterAt(text, k - 1)) k--;
  return k < end ? text.slice(k, end) : undefined;
}

/** The word right after a number over at most three separators and a "de"/"of" ("23 de octubre", "14. März"). */
function wordAfter(text: string, at: number): string | undefined {
  let k = at;
  // 1.7.0: a hyphen too ("8-dekabr", Uzbek).
  while (k < text.length && k - at < 3 && (isSeparator(text.charCodeAt(k)) || text.charCodeAt(k) === 45)) k++;
  const start = k;
  while (k < text.length && k - start < 24 && isLetterAt(text, k)) k++;
  if (k === start) return undefined;
  const word = text.slice(start, k);
  if ((word === "de" || word === "del" || word === "of") && text.charCodeAt(k) === 32) return wordAfter(text, k);
  return word;
}

const CJK_SIGN = /[年月日년월일]/;

/**
 * Calls `found` with the locale patterns of each month name standing next to a number, and the
 * number's span. `monthWords` (date-time.ts: the [start, end) spans of the words that can hold a
 * month key, in text order) lets a number with none of them near skip the two look-ups.
 */
export function eachLocaleAnchor(text: string, found: (patterns: readonly number[], start: number, end: number) => void, monthWords: readonly number[] | null = null): void {
  const cal = getCalendarWords();
  // A month name is an anchor only next to a number ("may" and "march" are words too): look
  // at the word on either side of each number rather than at every word.
  DIGIT_RUN.lastIndex = 0;
  let d: RegExpExecArray | null;
  let next = 0;
  while ((d = DIGIT_RUN.exec(text)) !== null) {
    const runEnd = d.index + d[0].length;
    // Numbers inside longer numbers ("3704" in an IBAN, an IP's octets) stand next to no month.
    if (d.index > 0 && isDigit(text.charCodeAt(d.index - 1))) continue;
    if (monthWords !== null) {
      // A key read before the number is a run of letters ending at most three characters before
      // it, one read after it a run starting at most three after it (or after "de"/"of"), each
      // inside one of the words; the words are passed in order, so one pointer walks them.
      while (next < monthWords.length && monthWords[next + 1] < d.index - 3) next += 2;
      const near = next < monthWords.length && monthWords[next] <= runEnd + 3;
      if (!near && !joinedAfter(text, runEnd)) continue;
    }
    const keys = [wordBefore(text, d.index), wordAfter(text, runEnd)];
    const sign = text[d.index + d[0].length];
    if (sign === "年" || sign === "月" || sign === "년" || sign === "월") keys.push(sign);
    for (const w of keys) {
      const list = w ? cal.byMonth.get(w.toLowerCase()) : undefined;
      if (list) found(list, d.index, runEnd);
    }
  }
}

/** Whether `wordAfter` reads on past a "de", "del" or "of" after the number (its key may stand further on). */
function joinedAfter(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && k - at < 3 && (isSeparator(text.charCodeAt(k)) || text.charCodeAt(k) === 45)) k++;
  const c = text.charCodeAt(k);
  return c === 100 || c === 111;
}

export function localeDates(text: string, push: Push, monthWords: readonly number[] | null = null): void {
  const cal = getCalendarWords();
  const lex = getLexicon();
  // The patterns of the months found run on a window around their number only.
  const seen = new Set<string>();
  eachLocaleAnchor(text, (list, at, runEnd) => {
    const from = Math.max(0, at - 48);
    const slice = text.slice(from, Math.min(text.length, runEnd + 56));
    for (const k of list) {
      eachMatch(cal.patterns[k], slice, (m) => {
        const start = from + m.index;
        const key = `${start}:${m[0].length}`;
        if (seen.has(key)) return;
        seen.add(key);
        localeDate(text, start, start + m[0].length, m[0], lex, push);
      });
    }
  }, monthWords);
}

// Speed: a word with a month name of the locale patterns (a key of `byMonth`) as one of its runs
// of letters and marks, answered once per distinct word (date-time.ts keeps it in the word
// records). The words `wordBefore` and `wordAfter` read are such runs, also cut at astral
// characters (not letters to them); a run opening with marks is no token's part, and one over
// 24 characters is read in part, so the gate is off while a key opens with a mark or is that
// long. The lower-case form of a whole word differs from its runs' only at a Greek sigma (final
// or not): such a word passes.
const NOT_KEY_CHARS = /[^\p{L}\p{M}]|[\u{10000}-\u{10ffff}]/u;
export const localeMonthWord = (w: string) => (asciiLetters(w) ? getCalendarWords().byMonth.has(w) : /[σς]/.test(w) || w.split(NOT_KEY_CHARS).some((run) => getCalendarWords().byMonth.has(run)));
let keysReadAsWords: boolean | undefined;

/** Whether every month key can be read from a word's runs (see above); otherwise the gate stays off. */
export function localeKeysAreWords(): boolean {
  return (keysReadAsWords ??= ![...getCalendarWords().byMonth.keys()].some((k) => k.length >= 24 || /^\p{M}/u.test(k)));
}

const THAI_LETTER = /[\u0e01-\u0e4f]/;

function localeDate(text: string, start: number, end: number, value: string, lex: Lexicon, push: Push): void {
  if (!dateBoundaries(text, start, end)) return;
  const year = /\d{4}/.exec(value);
  // 1.11.0: Thai writes the Buddhist era's year, 543 ahead ("17 พ.ค. 2531", born in 1988).
  if (year && !plausibleYear(+year[0]) && !(THAI_LETTER.test(value) && plausibleYear(+year[0] - 543))) return;
  const day = /(?<!\d)\d{1,2}(?!\d)/.exec(value.replace(/\d{4}/, ""));
  if (day && (+day[0] < 1 || +day[0] > 31)) return;
  // Without a year, only a full month name that is no English word makes a date:
  // "3 марта", "14. März", but not "took 12 set", "3 mar", "got 3 sie values".
  if (!year && !CJK_SIGN.test(value)) {
    const word = value.replace(/[\d.,\s\u00a0\u202f-]+/g, " ").trim().split(" ").sort((a, b) => b.length - a.length)[0] ?? "";
    // 1.7.0: a day written with its ordinal dot ("den 1. september", "am 3. Mai") or a month
    // name of another script ("15 мая", "8 Μαΐου") is a date whatever English words look alike.
    // So is a month before its day and the day's dot ("december 8.", Hungarian).
    const sure = /^\d{1,2}\.[ \u00a0]/.test(value) || /^\p{L}+[ \u00a0]\d{1,2}\.$/u.test(value) || word.charCodeAt(0) >= 0x370;
    if (word.length < (sure ? 3 : 4) || (!sure && lex.commonWords.has(word.toLowerCase()))) return;
  }
  // The word for "year" after it ("1975 года", "2020 m.", "1988 vuonna") belongs to the date.
  const tail = year ? YEAR_WORD_AFTER.exec(text.slice(end, end + 10)) : null;
  push(start, end + (tail ? tail[0].length : 0), year ? 0.9 : 0.55, "locale-date");
}

export const YEAR_WORD_AFTER = /^[ \u00a0](?:г\.?|года|году|гг\.|р\.|року|рік|m\.|metų|gada|évi|yılı|ж\.|roku|r\.|yil|vuonna|년|年)(?![\p{L}])/u;
