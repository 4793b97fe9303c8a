/**
 * DATE_TIME: full calendar dates (numeric, ISO 8601 with optional time, and written-out
 * month names in several languages). Dates of birth get the highest score via context.
 * Bare times and years alone are not reported: they identify nobody.
 * 1.11.0: split in parts: date-words.ts (the word gates), date-machine.ts (timestamps kept),
 * date-day-month.ts (dates without a year), date-tails.ts (years and times after a date) and
 * date-personal.ts (life-event years, weekdays, sentences about a person).
 */
import { before, candidate, eachMatch, hasContext } from "../text-scan";
import { dateValid } from "../validators";
import type { Candidate, Recognizer } from "../types";
import { relativeDates } from "./relative-dates";
import { localeDates, plausibleYear, type Push, YEAR_WORD_AFTER } from "./locale-dates";
import { HU_MONTHS, localeMonthWords, mayHoldEvent, mayNameHungarianMonth, mayNameLifeEvent, mayNameLocaleMonth, MONTH_ALT, MONTHS, namesMonth } from "./date-words";
import { birthColumn, DOB_CONTEXT, machineDate, MACHINE_TIMESTAMP, VERSION_BEFORE } from "./date-machine";
import { DAY_MONTH, dayMonthDates, MONTH_DAY, MONTH_DAY_LOWER, monthOf } from "./date-day-month";
import { yearTails } from "./date-tails";
import { cuedMonthYears } from "./date-month-year";
import { eventYears, personalSentence, personalWeekdays, personStepYears } from "./date-personal";

export { CJK_EVENT, EVENT_YEAR_BEFORE, localeMonthWords, mayHoldEvent, mayNameHungarianMonth, mayNameLifeEvent, mayNameLocaleMonth, namesMonth, PERSONAL_EVENT } from "./date-words";
export { MACHINE_TIMESTAMP } from "./date-machine";
export { mayHoldNumericDayMonth, monthOf, NUMERIC_DAY_MONTH } from "./date-day-month";

const ISO = /(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s?Z|\s?[+-]\d{2}:?\d{2})?)?(?![\d])/g;
const NUMERIC = /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)/g;
const YMD_SLASH = /(?<![\d./-])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d]|[./]\d)/g;
// Hungarian and Korean numeric dates: "1988. 11. 02.", "2020. 1. 3."
const YMD_DOTTED = /(?<![\d.])(\d{4})\. (\d{1,2})\. (\d{1,2})\.?(?!\d)/g;
// 1.6.0: Czech, Slovak, Croatian and Serbian dates with a space after each dot: "15. 7. 1989.",
// "1. 9. 1976"; Korean short dates with a two-digit year: "24. 2. 18." (year first).
const DMY_SPACED = /(?<![\d.])(\d{1,2})\. ?(\d{1,2})\. ?(\d{4})(?:\.(?![\d]))?(?!\d)/g;
const YY_M_D_SPACED = /(?<![\d.])(\d{2})\. (\d{1,2})\. (\d{1,2})\.(?!\d)/g;
// A word before a date that says it is one: "on", "Date:", "DOB", "born", "appointment".
const DATE_CUE_BEFORE = /(?:\b(?:on|date|dob|born|due|appointment|am|le|el|il|op|den|dne|dana|dnia|от|на)[ \t]{0,2}:?[ \t]{0,2}|\b(?:date of birth|geburtsdatum|date de naissance|fecha de nacimiento)[ \t]{0,2}[:|]?[ \t]{0,2})$/i;
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º|ª|\\.)?\\s{1,3}(?:of\\s|de\\s)?(${MONTH_ALT})\\.?,?(?:\\s{1,3}de)?\\s{1,3}(\\d{4})(?!\\d)`, "giu");
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\\s{1,3})?(${MONTH_ALT})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})(?!\\d)`, "giu");
const MONTH_YEAR = new RegExp(`(?<!\\p{L})(${MONTH_ALT})\\.?\\s{1,3}(\\d{4})(?!\\d)`, "giu");
const SPACED_YEAR = /\s\d{4}(?!\d)/;
// 1.10.0: forms, airlines and medical records write "4-Mar-1985", "04-Mar-85", "04/MAR/1985" and
// "04MAR1985"; the month is a run of letters of its own, so the month-word gate holds.
const DAY_MON_YEAR_JOINED = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})([-/]?)(${MONTH_ALT})\\2(\\d{4}|\\d{2})(?![\\p{L}\\d])`, "giu");
const TIME_AFTER = /^[ T]\d{1,2}:\d{2}/;

function fullYear(raw: string): number {
  const y = Number(raw);
  return raw.length === 2 ? (y > 40 ? 1900 + y : 2000 + y) : y;
}


// Decimal digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai...): each
// is one UTF-16 unit, so replacing it with its ASCII digit keeps every offset.
const NATIVE_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0e50-\u0e59\u0ed0-\u0ed9\u1040-\u1049\u17e0-\u17e9]/g;
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x1040, 0x17e0];

/** 1.6.0: "١٩٨٧-١٠-١١", "१९७९ मार्च १०", "۱۴۰۲/۱۱/۸": dates written in the digits of other scripts. */
function asciiDigits(text: string): string {
  return text.replace(NATIVE_DIGIT, (ch) => {
    const c = ch.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => c >= z && c <= z + 9) ?? c;
    return String.fromCharCode(48 + c - zero);
  });
}

function findDatesAnyDigits(text: string): Candidate[] {
  NATIVE_DIGIT.lastIndex = 0;
  return NATIVE_DIGIT.test(text) ? findDates(asciiDigits(text), ARABIC_SCRIPT_DIGIT.test(text)) : findDates(text);
}

// 1.11.0: Persian writes dates in the Solar Hijri calendar, in Persian or Arabic-Indic digits
// ("۱۴۰۲/۱۱/۸", a birth date "۱۳۶۴/۷/۲۴"): years 1300-1450 are that calendar's, not the 14th century.
const ARABIC_SCRIPT_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/;
const solarHijri = (y: number, m: number, d: number) => y >= 1300 && y <= 1450 && m >= 1 && m <= 12 && d >= 1 && d <= 31;

function findDates(text: string, arabicScriptDigits = false): Candidate[] {
  const out: Candidate[] = [];
  // Spans judged machine timestamps: a shorter reading inside one ("Mar 2025" in "12 Mar 2025 10:47") is one too.
  const machine: Array<[number, number]> = [];
  const push = (start: number, end: number, base: number, source: string, hasTime = false) => {
    // 1.5.0: "build=2025.03.1", "version 2024.1.15": a version numbered like a date.
    if (VERSION_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return;
    // 1.11.0: or a CSV cell under a birth-date header, however far down its table.
    const dob = hasContext(before(text, start, 32), DOB_CONTEXT) || birthColumn(text, start, end);
    if (!dob && machine.some(([a, b]) => start >= a && end <= b)) return;
    if (!dob && machineDate(text, start, end, hasTime || TIME_AFTER.test(text.slice(end, end + 9)))) {
      machine.push([start, end]);
      // Kept below the threshold; `machineTimestamps: "redact"` lifts it (registry.ts).
      out.push(candidate("DATE_TIME", start, end, 0.3, MACHINE_TIMESTAMP));
      return;
    }
    out.push(candidate("DATE_TIME", start, end, dob ? base + 0.3 : base, source));
  };
  // Cheap gates: every pattern but NUMERIC needs a four-digit year, NUMERIC a separator
  // between digits; most messages with a digit have neither.
  const year = /\d{4}/.test(text);
  if (year) eachMatch(ISO, text, (m) => {
    if (plausibleYear(+m[1]) && dateValid(+m[1], +m[2], +m[3])) push(m.index, m.index + m[0].length, 0.85, "iso", m[0].length > 10);
  });
  if (/\d[/.-]\d/.test(text)) eachMatch(NUMERIC, text, (m) => {
    const a = +m[1];
    const b = +m[3];
    const y = fullYear(m[4]);
    if (!plausibleYear(y) || !(dateValid(y, a, b) || dateValid(y, b, a))) return;
    // "1.2.24" is as often a version number as a date; two-digit years need a separator other than ".",
    // or a word before them that says they are a date ("on 05.07.24", "Date: 25.08.23").
    const dateCue = DATE_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
    const score = m[2] === "." && m[4].length === 2 && !dateCue ? 0.4 : 0.8;
    // The word for "year" after it ("13.11.1998 г.") belongs to the date.
    const tail = m[4].length === 4 ? YEAR_WORD_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 10)) : null;
    push(m.index, m.index + m[0].length + (tail ? tail[0].length : 0), score, "numeric");
  });
  if (year && text.includes(". ")) eachMatch(YMD_DOTTED, text, (m) => {
    if (plausibleYear(+m[1]) && dateValid(+m[1], +m[2], +m[3])) push(m.index, m.index + m[0].length, 0.8, "ymd-dotted");
  });
  if (text.includes(". ")) {
    if (year) eachMatch(DMY_SPACED, text, (m) => {
      if (m[0].includes(" ") && plausibleYear(+m[3]) && dateValid(+m[3], +m[2], +m[1])) push(m.index, m.index + m[0].length, 0.8, "dmy-spaced");
    });
    eachMatch(YY_M_D_SPACED, text, (m) => {
      if (dateValid(2000 + +m[1], +m[2], +m[3]) && DATE_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) push(m.index, m.index + m[0].length, 0.7, "ymd-short");
    });
  }
  if (year) eachMatch(YMD_SLASH, text, (m) => {
    if ((plausibleYear(+m[1]) && dateValid(+m[1], +m[3], +m[4])) || (arabicScriptDigits && solarHijri(+m[1], +m[3], +m[4]))) push(m.index, m.index + m[0].length, 0.8, "ymd");
  });
  // The three written-month patterns end in whitespace then a four-digit year and hold a month
  // name: gate their long case-insensitive alternations (each tried at every letter) on both.
  const monthWord = namesMonth(text);
  const spacedYear = monthWord && year && SPACED_YEAR.test(text);
  if (spacedYear) eachMatch(DAY_MONTH_YEAR, text, (m) => {
    const month = MONTHS[m[2].toLowerCase()];
    if (plausibleYear(+m[3]) && dateValid(+m[3], month, +m[1])) push(m.index, m.index + m[0].length, 0.9, "dmy-text");
  });
  if (spacedYear) eachMatch(MONTH_DAY_YEAR, text, (m) => {
    const month = MONTHS[m[1].toLowerCase()];
    if (plausibleYear(+m[3]) && dateValid(+m[3], month, +m[2])) push(m.index, m.index + m[0].length, 0.9, "mdy-text");
  });
  if (monthWord && /\d[-/]?\p{L}{3}/u.test(text)) eachMatch(DAY_MON_YEAR_JOINED, text, (m) => joinedDate(text, m, push));
  if (mayNameLocaleMonth(text)) localeDates(text, push, localeMonthWords(text));
  // 1.6.0: Hebrew dates write the month with the preposition ב glued on ("12 בדצמבר 1976").
  if (HAS_HEBREW_MONTH.test(text)) eachMatch(HEBREW_DATE, text, (m) => push(m.index, m.index + m[0].length, m[2] ? 0.85 : 0.6, "he-date"));
  // 1.7.0: a day alone after "on the", ending its clause ("see him in Cluj on the 21st.", "on the
  // 3rd at noon"); "on the 3rd floor" goes on with a noun and stays.
  if (text.includes("on the ")) eachMatch(ON_THE_DAY, text, (m) => push(m.index + m[0].length - m[1].length, m.index + m[0].length, 0.55, "day-ordinal"));
  // 1.7.0: Hungarian writes the day with a case suffix ("június 5-én", "2024. március 3-án", "május 10-ig").
  if (mayNameHungarianMonth(text) && HU_SUFFIX_GATE.test(text)) eachMatch(HU_DATE, text, (m) => {
    if (+m[2] >= 1 && +m[2] <= 31 && (!m[1] || plausibleYear(+m[1]))) push(m.index, m.index + m[0].length, m[1] ? 0.85 : 0.6, "hu-date");
  });
  if (mayNameLifeEvent(text)) eventYears(text, push);
  if (year) personStepYears(text, push);
  if (year) eachMatch(BIRTH_YEAR, text, (m) => {
    if (plausibleYear(+m[1])) push(m.index, m.index + m[0].length, 0.8, "birth-year");
  });
  if (spacedYear) eachMatch(MONTH_YEAR, text, (m) => {
    // "may 2024" with a lower-case modal verb is too ambiguous; month names need a capital.
    if (!/^\p{Lu}/u.test(m[1]) || !plausibleYear(+m[2]) || m[1].length < 3) return;
    push(m.index, m.index + m[0].length, 0.5, "month-year");
  });
  // 1.11.0: a month in lower case and a year after "since", "depuis", "desde", "od"...
  if (spacedYear || (year && mayNameLocaleMonth(text) && SPACED_YEAR.test(text))) cuedMonthYears(text, push);
  if (/\d/.test(text)) dayMonthDates(text, monthWord, push);
  yearTails(text, out);
  return out;
}

function joinedDate(text: string, m: RegExpExecArray, push: Push): void {
  const month = monthOf(m[3]);
  const y = fullYear(m[4]);
  // Glued together ("04MAR1985") only in capitals, as records write it; "3may2024" is a handle.
  if (!month || !dateValid(y, month, +m[1]) || !plausibleYear(y) || (m[2] === "" && m[3] !== m[3].toUpperCase())) return;
  // A two-digit year needs a separator: "12Mar24" is as often an id.
  if (m[2] === "" && m[4].length === 2) return;
  const end = m.index + m[0].length;
  // An access log's "10/Oct/2000:13:55:36" goes on with its clock.
  const clock = text.charCodeAt(end) === 58 && /\d/.test(text[end + 1] ?? "");
  push(m.index, end, 0.8, "dmy-joined", clock);
}


/** The patterns run only when `namesMonth`, with the group holding the month and whether `monthOf` must accept it (speed-gate tests). */
export const MONTH_NAME_PATTERNS: ReadonlyArray<readonly [RegExp, number, boolean]> = [
  [DAY_MONTH_YEAR, 2, false],
  [MONTH_DAY_YEAR, 1, false],
  [MONTH_YEAR, 1, false],
  [DAY_MONTH, 3, true],
  [DAY_MON_YEAR_JOINED, 3, true],
  [MONTH_DAY, 1, true],
  [MONTH_DAY_LOWER, 1, true],
];

const HEBREW_MONTHS = "ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר";
const HAS_HEBREW_MONTH = new RegExp(`ב(?:${HEBREW_MONTHS})`);
const HEBREW_DATE = new RegExp(`(?<![\\d.])\\d{1,2}[ \\u00a0]?(?:ב|-?ב)(?:${HEBREW_MONTHS})(?![\\u05d0-\\u05ea])(?:[ \\u00a0,]{1,2}(\\d{4}))?(?!\\d)`, "g");
const ON_THE_DAY = /\b[Oo]n the ((?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?=[ \u00a0]?(?:[.,;!?)]|$)|[ \u00a0](?:at|in|or|and|as|because|so|but|then|when|for)\b)/g;
const HU_SUFFIX_GATE = /\d-[a-zá-ű]/;
export const HU_DATE = new RegExp(String.raw`(?<![\p{L}\d])(?:(\d{4})\.[ \u00a0])?(?:${HU_MONTHS})[ \u00a0](\d{1,2})-(?:[aáeé]n|j[aáeé]n|ig|t[oóöő]l|[aáeé]t[oóöő]l|i|[aáeé]ig|j[aáeé]ig)(?![\p{L}])`, "giu");

// 1.6.0: a year with the Russian/Ukrainian "year of birth" words after it ("1985 г.р.", "1990 р.н.",
// "1985 года рождения", "1990 року народження"): a birth year in a record or a complaint.
const BIRTH_YEAR = /(?<![\d.,])(\d{4})[ \u00a0]?(?:г\.[ \u00a0]?р\.?|р\.[ \u00a0]?н\.?|года рождения|року народження)(?![\p{L}])/gu;

export const dateTimeRecognizer: Recognizer = { id: "date", needsDigit: true, types: ["DATE_TIME"], find: findDatesAnyDigits };
/**
 * Texts without an ASCII digit skip the date recognizer (registry.ts); a date written only in
 * another script's digits is read here, on the weekday recognizer's pass.
 */
function nativeDigitDates(text: string): Candidate[] {
  NATIVE_DIGIT.lastIndex = 0;
  if (!NATIVE_DIGIT.test(text) || /\d/.test(text)) return [];
  return findDates(asciiDigits(text), ARABIC_SCRIPT_DIGIT.test(text));
}

function personalDates(text: string): Candidate[] {
  // A relative date ("two weeks ago") is personal only next to a person's event ("her surgery"): a
  // pronoun alone ("we shipped it last month") is ordinary prose.
  const relative = mayHoldEvent(text) ? relativeDates(text, (start, end) => personalSentence(text, start, end, true)) : [];
  return [...personalWeekdays(text), ...nativeDigitDates(text), ...relative];
}

export const weekdayRecognizer: Recognizer = { id: "weekday", types: ["DATE_TIME"], find: personalDates };
