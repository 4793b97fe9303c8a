/**
 * DATE_TIME: full calendar dates (numeric, ISO 8601 with optional time, and written-out
 * month names in several languages). Dates of birth get the highest score via context.
 * Bare times and years alone are not reported: they identify nobody.
 */
import { TECH_PRODUCTS } from "../lexicon/tech-products";
import { before, candidate, eachMatch, HAS_CJK, HAS_HANGUL, hasContext, textScripts } from "../text-scan";
import { dateValid } from "../validators";
import type { Candidate, Recognizer } from "../types";
import { getCalendarWords } from "../lexicon/calendar";
import { tokenizeWords } from "./tokens";
import { lexHas, wordFlag } from "./word-info";
import { relativeDates } from "./relative-dates";
import { asciiLetters, localeDates, localeKeysAreWords, localeMonthWord, plausibleYear, type Push, YEAR_WORD_AFTER } from "./locale-dates";

const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  "january jan janvier janv enero ene januar jänner gennaio gen janeiro",
  "february feb février fevrier févr fev febrero februar febbraio fevereiro",
  "march mar mars marzo märz maerz março marco",
  "april apr avril avr abril aprile",
  "may mai mayo maggio maio",
  "june jun juin junio juni giugno junho",
  "july jul juillet juil julio juli luglio julho",
  "august aug août aout agosto ago",
  "september sep sept septembre septiembre settembre set setembro",
  "october oct octobre octubre oktober ottobre outubro out okt",
  "november nov novembre noviembre novembro",
  "december dec décembre decembre déc diciembre dic dezember dicembre dezembro dez",
];
MONTH_NAMES.forEach((names, i) => names.split(" ").forEach((n) => (MONTHS[n] = i + 1)));
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
// Speed: a word with a month name above as one of its runs of letters (a token splits at marks,
// hyphens and apostrophes), answered once per distinct word (word-info.ts). Every pattern that
// needs a month name takes it as a whole run of letters, so a text with no such word skips them.
// The long s matches "s" under the i flag (ſept); lower-casing only adds letters (İ).
const NOT_LETTERS = /[^\p{L}]+/u;
// Most words are lower-case ASCII letters only: one run, which no case folding changes.
const monthWord = (w: string) => (asciiLetters(w) ? MONTHS[w] !== undefined : w.split(NOT_LETTERS).some((run) => MONTHS[run.replace(/ſ/g, "s")] !== undefined));
const MONTH_WORD = wordFlag({ has: monthWord });

/** Some word of the text holds a month name (the gate of the month-name patterns). */
export function namesMonth(text: string): boolean {
  return (dateWordKinds(text) & DATE_MONTH) !== 0;
}

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
const SECONDS_AFTER = /^[ T]\d{1,2}:\d{2}:\d{2}/;
const DOB_CONTEXT = ["dob", "d.o.b", "born", "birth", "birthday", "date of birth", "birthdate", "geboren", "né", "née", "nacido", "nacimiento", "age",
  // 1.10.0: "geb. 4.3.85", "nata il 4.3.85", "urodzona 04.03.85", "nascido em", "date de naissance".
  "geb", "geburtsdatum", "nato", "nata", "nacida", "nascido", "nascida", "nascimento", "naissance", "urodzony", "urodzona", "urodzenia"];

function fullYear(raw: string): number {
  const y = Number(raw);
  return raw.length === 2 ? (y > 40 ? 1900 + y : 2000 + y) : y;
}

/**
 * A machine's record of when something happened, not a date about a person: a timestamp
 * (date and time) opening a log line, in brackets or after a time key, and a date in a
 * created/updated field or a CSV cell. Nobody is identified by when a server logged a line;
 * redacting these cost a tenth of every log's words. A birth-date cue still wins.
 */
const MACHINE_KEY = /(?:\b(?:ts|timestamp|created|updated|modified|deleted|logged|received|started|finished|processed|indexed|synced|inserted|last_seen|last_login|event_time)(?:_?at|_?on|_?time|_?date)?["']?[ \t]{0,2}[:=>]{1,2}[ \t]{0,2}["']?|@timestamp["']?[ \t]{0,2}:[ \t]{0,2}["']?|\b(?:created|updated|modified|deleted)_?at["']?[ \t]{0,3}(?:[<>]=?|=|between)[ \t]{0,3}["']?)$/i;
// 1.5.0: business dates of records and queries, not of a person: a batch, a period, an
// order's or an invoice's date, and a date compared in SQL ("created >= DATE '2024-01-01'",
// "BETWEEN '2024-01-01' AND ...").
const BUSINESS_DATE_BEFORE = /(?:\b(?:batch|period|since|until|as_of|effective|valid_from|valid_to|valid_until|due|due_date|expires|expiry|release|released|run_date|report_date|order_date|ship_date|shipped|invoice_date|billing_date|start_date|end_date|from_date|to_date|snapshot|partition)["']?[ \t]{0,2}[:=][ \t]{0,2}["']?|(?:[<>]=?|\bbetween)[ \t]{0,3}(?:date[ \t]{0,2}|timestamp[ \t]{0,2})?['"]|\bdate[ \t]{0,2}'|\bbetween[ \t]{0,3}'[\d-]{10}'[ \t]{0,3}and[ \t]{0,3}')$/i;
const VERSION_BEFORE = /(?:\bbuild|\bversion|\bver|\brelease|\btag|\bimage|\bv)[ \t]?[=:]?[ \t]?["']?$/i;
const LINE_OPENING = /(?:^|\n)[ \t]*\[?$/;
const CSV_CELL_BEFORE = /(?:^|[,;\t])["']?$/;
const CSV_CELL_AFTER = /^["']?(?:[,;\t]|\r?\n|$)/;

function machineDate(text: string, start: number, end: number, hasTime: boolean): boolean {
  // Seconds or the "T" of ISO 8601: people don't write times that way, programs do.
  if (hasTime && (/T\d|\d:\d\d:\d\d/.test(text.slice(start, end)) || SECONDS_AFTER.test(text.slice(end, end + 10)))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  if (MACHINE_KEY.test(before) || BUSINESS_DATE_BEFORE.test(before)) return true;
  // "Date: Mon, 12 Mar 2025 10:47 GMT": a bare date or time key counts when a time follows.
  if (hasTime && /\b(?:date|time|datetime)["']?[ \t]{0,2}[:=][ \t]{0,2}["']?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?[ \t])?$/i.test(before)) return true;
  if (hasTime && (LINE_OPENING.test(before) || /\[$/.test(before))) return true;
  // A CSV cell: separators on both sides and at least two more separators on the line.
  if (CSV_CELL_BEFORE.test(before) && CSV_CELL_AFTER.test(text.slice(end, end + 3))) {
    const lineStart = text.lastIndexOf("\n", start) + 1;
    const lineEnd = text.indexOf("\n", end);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    return (line.match(/[,;\t]/g)?.length ?? 0) >= 3;
  }
  return false;
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
  return findDates(NATIVE_DIGIT.test(text) ? asciiDigits(text) : text);
}

function findDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Spans judged machine timestamps: a shorter reading inside one ("Mar 2025" in "12 Mar 2025 10:47") is one too.
  const machine: Array<[number, number]> = [];
  const push = (start: number, end: number, base: number, source: string, hasTime = false) => {
    // 1.5.0: "build=2025.03.1", "version 2024.1.15": a version numbered like a date.
    if (VERSION_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return;
    const dob = hasContext(before(text, start, 32), DOB_CONTEXT);
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
    if (plausibleYear(+m[1]) && dateValid(+m[1], +m[3], +m[4])) push(m.index, m.index + m[0].length, 0.8, "ymd");
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
  if (year) eachMatch(BIRTH_YEAR, text, (m) => {
    if (plausibleYear(+m[1])) push(m.index, m.index + m[0].length, 0.8, "birth-year");
  });
  if (spacedYear) eachMatch(MONTH_YEAR, text, (m) => {
    // "may 2024" with a lower-case modal verb is too ambiguous; month names need a capital.
    if (!/^\p{Lu}/u.test(m[1]) || !plausibleYear(+m[2]) || m[1].length < 3) return;
    push(m.index, m.index + m[0].length, 0.5, "month-year");
  });
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

// 1.6.0: a day and a month without a year ("on 3 March", "23 Dec to 2 Jan", "March 3rd", "5th of
// May") and a numeric day/month after a date cue ("appointment on 12/05"). Kept under the
// machine-text margin (code-context.ts) so a log's "Mar 5" reads as its timestamp, not a date.
// 1.10.0: a range of days ("3-5 May", "12–14 June") is one date; group 3 holds its dash.
const DAY_MONTH = /(?<![\p{L}\d.,/:-])(\d{1,2})(?:st|nd|rd|th|er|e|º|ª)?(?:([-–])\d{1,2}(?:st|nd|rd|th)?)?[ \u00a0]{1,2}(?:of[ \u00a0])?(\p{L}{3,10})(?![\p{L}\d])/gu;
// 1.7.0: a full stop or comma after the day ends the date ("on May 8.", "on May 8, we met").
const MONTH_DAY = /(?<![\p{L}\d])(\p{Lu}\p{Ll}{2,8})\.?[ \u00a0](\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\d:/]|[.,/]\d)/gu;
// 1.10.0: chat writes the month in lower case; with an ordinal after it ("my birthday is march 4th").
const MONTH_DAY_LOWER = /(?<![\p{L}\d])(\p{Ll}{3,9})[ \u00a0](\d{1,2})(?:st|nd|rd|th)(?![\p{L}\d])/gu;
// Every match stands after a space or no-break space (the lookbehind's last part), so a text
// without a day, separator and digit right after one skips the scan ("0.3" in JSON, "v1.2").
const SPACE_DAY_SEPARATOR_DIGIT = /[ \u00a0]\d{1,2}[/.]\d/;
// 1.10.0: an appointment's word in other languages, and a colon after the cue ("Termin: 12.03.").
export const NUMERIC_DAY_MONTH = /(?<=\b(?:on|appointment|birthday|born|due|le|el|am|il|dia|op|den|termin|rdv|cita|turno|wizyta|afspraak|appuntamento):?[ \u00a0]{1,2})(\d{1,2})[/.](\d{1,2})(?![\d/]|\.\d)/giu;
// Month words that are also ordinary words of a language ("set", "out", "mar" the sea, "dez" ten).
const AMBIGUOUS_MONTHS = new Set(["set", "out", "gen", "ago", "mar", "dez", "dic", "jan", "mai", "may"]);

export function monthOf(word: string): number {
  const l = word.toLowerCase();
  const month = MONTHS[l];
  if (!month) return 0;
  // An ambiguous word needs its capital ("14 May", not "14 may", "3 set").
  if (AMBIGUOUS_MONTHS.has(l) && (word === l || l === "set" || l === "out" || l === "ago" || l === "gen")) return 0;
  return month;
}

// Before a day and month: a word that introduces a date ("from 23 Dec", "on Jan 5"),
// unlike a count ("Processed 12 Jan files").
const DAY_MONTH_CUE = /\b(?:on|from|to|until|till|since|by|before|after|is|was|born|due|dated|appointment|birthday|leave|until|the|le|du|au|el|del|al|am|vom|bis|il|dal|op|van|tot)[ \u00a0]{1,2}$|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?,?[ \u00a0]{1,2}$/i;

/**
 * A range of days before a month is a date without a cue ("off 3-5 May"), unless the month is
 * an ordinary word too and a sentence goes on after it ("pages 3-5 May be missing").
 */
function rangeOfDays(text: string, m: RegExpExecArray): boolean {
  const to = Number(/[-–](\d{1,2})/.exec(m[0])?.[1]);
  if (!(to > +m[1] && to <= 31)) return false;
  // After a part of a text the numbers count those parts ("Chapters 10-12 March through the section").
  if (PARTS_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) return false;
  return !AMBIGUOUS_MONTHS.has(m[3].toLowerCase()) || !MODAL_GOES_ON.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
}
// Parts of a book, a document or a course, numbered in ranges ("pages 3-5", "ch. 10-12", "§§ 4-6").
const PARTS_BEFORE = /(?:^|[^\p{L}])(?:chapters?|ch|pages?|pp?|sections?|secs?|§§?|verses?|lines?|items?|steps?|slides?|questions?|exercises?|lessons?|units?|episodes?|figures?|figs?|tables?|parts?|volumes?|vols?|articles?|paragraphs?|paras?|rows?|columns?|levels?|tracks?)\.?[ \u00a0]{1,2}$/iu;
// The verbs that follow the modal "may" (and "mar", "set" as verbs) in a sentence.
const MODAL_GOES_ON = /^[ \u00a0](?:be|have|not|also|need|take|cause|vary|affect|include|apply|require|contain|get|still|only|well|seem|look|come|go|use|help|change|happen|differ|work|fail|lead|result|become|make|mean)\b/;

/** A date cue right before it: without a year, a day and month in a log or table is mostly not a person's date. */
function datedMonth(text: string, start: number): boolean {
  return DAY_MONTH_CUE.test(text.slice(Math.max(0, start - 14), start));
}

function dayMonthDates(text: string, monthWord: boolean, push: Push): void {
  if (monthWord) eachMatch(DAY_MONTH, text, (m) => {
    const month = monthOf(m[3]);
    if (!month || +m[1] < 1 || +m[1] > 31) return;
    if (datedMonth(text, m.index) || (m[2] !== undefined && rangeOfDays(text, m))) push(m.index, m.index + m[0].length, 0.55, "day-month");
  });
  if (monthWord) eachMatch(MONTH_DAY, text, (m) => {
    const month = monthOf(m[1]);
    if (month && +m[2] >= 1 && +m[2] <= 31 && datedMonth(text, m.index)) push(m.index, m.index + m[0].length, 0.55, "month-day");
  });
  if (monthWord && /\d(?:st|nd|rd|th)/.test(text)) eachMatch(MONTH_DAY_LOWER, text, (m) => {
    const month = monthOf(m[1]);
    if (month && +m[2] >= 1 && +m[2] <= 31 && datedMonth(text, m.index)) push(m.index, m.index + m[0].length, 0.55, "month-day");
  });
  // Its lookbehind is tried at every character: the scan runs only where a match can start.
  if (mayHoldNumericDayMonth(text)) eachMatch(NUMERIC_DAY_MONTH, text, (m) => {
    if (+m[1] >= 1 && +m[1] <= 31 && +m[2] >= 1 && +m[2] <= 12 && !versionOn(text, m)) push(m.index, m.index + m[0].length, 0.55, "numeric-day-month");
  });
}

/** False only when NUMERIC_DAY_MONTH cannot match: no space, one or two digits, "/" or "." and a digit. */
// 1.10.0: words that make "on 3.6" a version one runs: a product's (lexicon/tech-products.ts) or these.
const VERSION_WORDS = new Set("version versions v ver build sdk api runtime upgrade upgraded upgrading downgrade downgraded stay stays stayed staying still stuck pinned pin running runs run remain remains cluster server client library package plugin firmware kernel".split(" "));

/**
 * 1.10.0: "Kafka stays on 3.6 until Q2", "we're still on 2.4": after "on", a dotted day and month
 * is a version when a product or a word of versions stands before it in the clause. "Meet me on
 * 3.6 at noon" and "on 3/6" stay dates; so does every other cue ("am 3.6.").
 */
function versionOn(text: string, m: RegExpExecArray): boolean {
  if (text[m.index + m[1].length] !== ".") return false;
  const before = text.slice(Math.max(0, m.index - 60), m.index);
  if (!/\bon:?[ \u00a0]{1,2}$/i.test(before)) return false;
  // The clause: from the last sentence end (not a version's dot, "on 1.12 and the nodes on 1.11").
  let from = 0;
  for (let k = before.length - 1; k > 0 && from === 0; k--) if (/[.!?\n]/.test(before[k - 1]) && /\s/.test(before[k])) from = k;
  const clause = before.slice(from).toLowerCase();
  for (const w of clause.match(/[a-z][a-z0-9]*/g) ?? []) if (VERSION_WORDS.has(w) || TECH_PRODUCTS.has(w)) return true;
  return false;
}

export function mayHoldNumericDayMonth(text: string): boolean {
  return SPACE_DAY_SEPARATOR_DIGIT.test(text);
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
const HU_MONTHS = "január|február|március|április|május|június|július|augusztus|szeptember|október|november|december";
export const HU_DATE = new RegExp(String.raw`(?<![\p{L}\d])(?:(\d{4})\.[ \u00a0])?(?:${HU_MONTHS})[ \u00a0](\d{1,2})-(?:[aáeé]n|j[aáeé]n|ig|t[oóöő]l|[aáeé]t[oóöő]l|i|[aáeé]ig|j[aáeé]ig)(?![\p{L}])`, "giu");
// Speed: a Hungarian month name is a run of letters, so it lies inside one token; asked of the
// words that are date words at all (DATE_WORD below), with the pattern's own flags (ſ, K).
const HU_MONTH_IN_WORD = new RegExp(HU_MONTHS, "iu");
const HU_MONTH_IN_ASCII = asciiMatcher(HU_MONTHS);
const huMonthWord = (w: string) => (asciiLetters(w) && HU_MONTH_IN_ASCII ? HU_MONTH_IN_ASCII.test(w) : HU_MONTH_IN_WORD.test(w));

// A year written after a day and month the patterns took without it ("12 tháng 3 năm 1985",
// "12 მარტი 1985", "12-mart 1985-yil"), with the year words of those languages.
const YEAR_TAIL = /^,?[ \u00a0](?:năm[ \u00a0])?(\d{4})(?:-?yil|[ \u00a0]?(?:წ\.|წელი|года|г\.|року|р\.|évben|yılı))?(?!\d)/u;

// 1.6.0: a Japanese era year before a month and day ("昭和60年3月5日", "平成元年4月1日"): the
// year belongs to the date (a birth date written in the era calendar).
const ERA_YEAR_BEFORE = /(?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元)年$/u;

function yearTails(text: string, out: Candidate[]): void {
  for (const c of out) {
    const era = c.source !== MACHINE_TIMESTAMP && /^\d{1,2}月/.test(text.slice(c.start, c.start + 3)) ? ERA_YEAR_BEFORE.exec(text.slice(Math.max(0, c.start - 7), c.start)) : null;
    if (era) {
      c.start -= era[0].length;
      c.score = Math.max(c.score, 0.85);
    }
    if (c.source === MACHINE_TIMESTAMP) continue;
    if (/\d{4}/.test(text.slice(c.start, c.end))) continue;
    const m = YEAR_TAIL.exec(text.slice(c.end, c.end + 16)) ?? SHORT_YEAR_TAIL.exec(text.slice(c.end, c.end + 6)) ?? bornTwoDigitYear(text, c);
    if (m && (m[1] === undefined || plausibleYear(+m[1]))) c.end += m[0].length;
    // An appointment's day and month, without a year, take the time after them.
    else if (!UNTIMED_SOURCES.has(c.source)) {
      const t = TIME_TAIL.exec(text.slice(c.end, c.end + 24));
      if (t) c.end += t[0].length;
    }
  }
}

// 1.10.0: a birth date's year in two digits after its day and month ("born on 4 March 85").
const TWO_DIGIT_YEAR_TAIL = /^,?[ \u00a0]\d{2}(?![\p{L}\d]|[.,:/]\d)/u;
function bornTwoDigitYear(text: string, c: Candidate): RegExpExecArray | null {
  const m = TWO_DIGIT_YEAR_TAIL.exec(text.slice(c.end, c.end + 5));
  return m && hasContext(before(text, c.start, 32), DOB_CONTEXT) ? m : null;
}

// 1.10.0: "12th Feb '23", "March 4, '85": a year cut to two digits after an apostrophe.
const SHORT_YEAR_TAIL = /^,?[ \u00a0]['’]\d{2}(?![\p{L}\d])/u;
// 1.10.0: the time of an appointment after its day and month ("Mon 3 Jun, 10:15", "14 May at 3:30pm",
// "3. Juni um 15 Uhr", "le 14 mai à 15h30"): a clock with minutes, or an hour with am/pm, Uhr or h.
// After a date that ends in a full stop ("3 okt.", "12.03.") only with its word for "at".
// A number's word or a per cent sign after it makes it a decimal ("2 Oct, 10.55 million downloads").
const TIME_TAIL = /^(?:\.?,?[ \u00a0](?:at|around|from|um|gegen|à|a las|alle|às|om|o)[ \u00a0]|,?[ \u00a0])(?:\d{1,2}(?:[:.]\d{2}|h\d{2})(?:[ \u00a0]?(?:am|pm|a\.m\.|p\.m\.|uhr|h))?|\d{1,2}[ \u00a0]?(?:am|pm|a\.m\.|p\.m\.|uhr|h))(?![\p{L}\d])(?![ \u00a0]?(?:%|(?:million|billion|trillion|thousand|hundred|percent|per cent|mio|mrd|millions?|milliards?|millionen|milliarden|tausend|millones|miliardi|milioni)(?![\p{L}])))/iu;
// A year alone, or a month and a year, has no time of day after it.
const UNTIMED_SOURCES = new Set(["event-year", "birth-year", "month-year"]);

// 1.6.0: a year with the Russian/Ukrainian "year of birth" words after it ("1985 г.р.", "1990 р.н.",
// "1985 года рождения", "1990 року народження"): a birth year in a record or a complaint.
const BIRTH_YEAR = /(?<![\d.,])(\d{4})[ \u00a0]?(?:г\.[ \u00a0]?р\.?|р\.[ \u00a0]?н\.?|года рождения|року народження)(?![\p{L}])/gu;

/** Source id of machine timestamps: reported below the threshold unless the caller asks to redact them. */
export const MACHINE_TIMESTAMP = "machine-timestamp";

const LOCALE_MONTH_WORD = wordFlag({ has: localeMonthWord });

/** False only when no number of the text can stand next to a month name of the locale patterns. */
export function mayNameLocaleMonth(text: string): boolean {
  // The year and month signs of Chinese, Japanese and Korean are read as characters, not words.
  if (!localeKeysAreWords() || (textScripts(text) & (HAS_CJK | HAS_HANGUL)) !== 0) return true;
  return (dateWordKinds(text) & DATE_LOCALE_MONTH) !== 0;
}

// A year tied to a person's life event ("born in 1987", "geboren 1987", "родился в 1975 году"),
// matched on the text that ends with the year.
const LIFE_EVENT_VERBS = String.raw`born|died|married|graduated|retired|emigrated|immigrated|moved|relocated|diagnosed|admitted|hired|baptized|baptised|divorced|widowed|passed away|geboren|gestorben|verheiratet|heiratete|né|née|décédée?|mariée?|nacid[oa]|falleci[oó]|casad[oa]|nat[oa]|mort[oa]|sposat[oa]|nascid[oa]|urodzon[ya]|urodził[a]?|zmarł[a]?|narozen[aá]?|narodil[a]?|született|meghalt|родил(?:ся|ась)|умер(?:ла)?|народи(?:вся|лася)|doğdu|doğumlu|född|født|syntyi|geboren|rođen[a]?|născut[ăa]?|γεννήθηκε`;
export const EVENT_YEAR_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${LIFE_EVENT_VERBS})(?:[ \u00a0][\p{L}\p{M}'’-]{1,20}){0,4}?[ \u00a0](?:in|im|en|em|nel|no|na|w|v|ve|в|у|i|år|vuonna|roku|jahr|anno|ano|año|the year|year|during|around|circa|c\.|ca\.)?[ \u00a0]?(?:(?:the )?year[ \u00a0])?(\d{4})$`,
  "iu",
);
// Speed: a word ending one of those verbs in a run of letters, answered once per distinct word
// (word-info.ts). The verb is followed by a space, so it ends a run of letters; it may start
// inside one where the window before a year cuts a word ("…xmoved" read as "moved"). "passed
// away" ends a run with "passed".
const LIFE_EVENT_END = new RegExp(`(?:${LIFE_EVENT_VERBS.replace("passed away", "passed")})$`, "iu");
const LIFE_EVENT_END_ASCII = asciiMatcher(LIFE_EVENT_END.source);
const lifeEventWord = (w: string) => (asciiLetters(w) && LIFE_EVENT_END_ASCII ? LIFE_EVENT_END_ASCII.test(w) : w.split(NOT_LETTERS).some((run) => LIFE_EVENT_END.test(run)));
const LIFE_EVENT_WORD = wordFlag({ has: lifeEventWord });

/**
 * The same pattern without the i and u flags, for a word of lower-case ASCII letters: a pattern
 * of lower-case literals answers such a word alike either way (its non-ASCII letters match no
 * ASCII letter). Null when the pattern holds a capital or an escape; `\p{L}*` (matching nothing
 * is enough for these unanchored tests) is dropped.
 */
function asciiMatcher(source: string): RegExp | null {
  const plain = source.replaceAll("\\p{L}*", "");
  return /[A-Z\\]/.test(plain) ? null : new RegExp(plain);
}

/** False only when no window before a year can hold a life-event verb (the gate of EVENT_YEAR_BEFORE). */
export function mayNameLifeEvent(text: string): boolean {
  return (dateWordKinds(text) & DATE_LIFE_EVENT) !== 0;
}

// A weekday in a sentence about a person ("I moved ... last Tuesday", "she was admitted on Monday").
const PERSONAL = /(?:^|[^\p{L}])(?:i|i'm|i've|my|me|we|our|us|he|she|his|her|they|their|them|ich|mein|meine|wir|je|j'|mon|ma|nous|yo|mi|nosotros|io|il mio|eu|meu|minha|ik|mijn|jag|min|mitt|jeg|minä|ja|mój|moje|já|můj|я|мой|моя|мы|ben|benim)(?:[^\p{L}]|$)/iu;
const WEEKDAY_LEAD = /(?:^|[^\p{L}])(?:on|last|next|this|coming|since|until|by|am|le|el|il|na|в|во|w|we|v|ve|på|op|i|em|no)[ \u00a0]$/iu;

const YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/g;

function eventYears(text: string, push: Push): void {
  // The verb pattern runs only on the words before a year-like number, not over the text.
  eachMatch(YEAR, text, (y) => {
    const from = Math.max(0, y.index - 90);
    const m = EVENT_YEAR_BEFORE.exec(text.slice(from, y.index + 4));
    if (m) push(y.index, y.index + 4, 0.75, "event-year");
  });
}

/** Weekdays in a sentence about a person, any language ICU names them in. */
// A cheap first test (ASCII, no \p classes): most texts that tie a weekday to a person say so in English.
const PRONOUN_GATE = /\b(?:I|I'm|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]hey|[Tt]heir)\b|[^\x00-\x7f]/;

const EVENT_GATE = /fl[yiew]|driving|drove|appoint|born|birthday|visit|trip|travel|surgery/i;

// A weekday name of any locale, answered once per distinct word (word-info.ts).
// 1.10.0: English weekday abbreviations ("Tue 14th at 3:30pm"). "sat", "wed" and "sun" are words
// too: an abbreviation counts only with a capital, before a day of the month.
const WEEKDAY_ABBREVIATIONS = new Set(["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]);
const WEEKDAY = wordFlag({ has: (w) => getCalendarWords().weekdays.has(w) || WEEKDAY_ABBREVIATIONS.has(w) });
// 1.10.0: the day of the month after a weekday ("Monday 2nd", "martes 14", "Tue, 14th").
const DAY_AFTER_WEEKDAY = /^,?[ \u00a0](?:the[ \u00a0])?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\p{L}\d]|[.:,/]\d)/u;

// An English month's abbreviation after the day ("Mon 3 Jun"), the language of the weekday abbreviations.
const MONTH_AFTER_DAY = /^[ \u00a0](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

function personalWeekdays(text: string): Candidate[] {
  const out: Candidate[] = [];
  // The tokens are PERSON's (tokens.ts keeps the last text's), so the weekday names are found
  // from the word records; the two gate regexes run only on a text that names a weekday.
  let gate: boolean | undefined;
  for (const t of tokenizeWords(text)) {
    if (!lexHas(t.info, WEEKDAY)) continue;
    // 1.10.0: the pronouns and events of other languages too ("Ich habe am Dienstag einen Termin").
    gate ??= PRONOUN_GATE.test(text) || EVENT_GATE.test(text) || mayHoldEvent(text) || PERSONAL.test(text);
    if (!gate) break;
    // 1.10.0: the day and the time after it are part of the date ("Dienstag um 15 Uhr").
    let end = t.end;
    const day = DAY_AFTER_WEEKDAY.exec(text.slice(end, end + 10));
    if (day) end += day[0].length;
    // An abbreviation needs its day and its capital: "we sat 3 rows back".
    if (WEEKDAY_ABBREVIATIONS.has(t.info.lower) && (!day || !t.info.cap)) continue;
    const time = TIME_TAIL.exec(text.slice(end, end + 24));
    if (time) end += time[0].length;
    // In capitals ("the SAT 2 times") or opening a sentence, where every word has a capital
    // ("Sun 5 hours of sleep"), an abbreviation is a date only with an ordinal, a comma, a month or a time.
    if (WEEKDAY_ABBREVIATIONS.has(t.info.lower) && (t.allCaps || t.sentenceStart) && !time && day && !/^,|(?:st|nd|rd|th)$/.test(day[0]) && !MONTH_AFTER_DAY.test(text.slice(end, end + 6))) continue;
    // A day or a time after the weekday says it is a date ("giovedì 14 alle 15:30"); else a word before it must.
    if ((!day && !time && !WEEKDAY_LEAD.test(text.slice(Math.max(0, t.start - 8), t.start))) || !personalSentence(text, t.start, end)) continue;
    out.push(candidate("DATE_TIME", t.start, end, 0.6, "weekday"));
  }
  return out;
}

// 1.6.0: a person's travel, appointment or life event in the sentence makes its dates personal
// even without a pronoun ("ok so samuel is flying to Lyon on Thursday").
const EVENT_OPEN = "(?:^|[^\\p{L}])(?:";
const EVENT_CLOSE = ")(?:[^\\p{L}]|$)";
export const PERSONAL_EVENT = /(?:^|[^\p{L}])(?:fly|flying|flew|flight|driving to|drove to|travel\p{L}*|trip|visit\p{L}*|appointment|appt|surgery|operation|hospital|admitted|discharged|born|birthday|wedding|married|funeral|interview|check-?up|dentist|doctor|vaccin\p{L}*|termin|geburtstag|rendez-vous|anniversaire|cita|cumpleaños|appuntamento|compleanno|consulta|aniversário|afspraak|verjaardag|wizyta|urodziny|randevu|doğum|приём|прием|визит|день рождения|запис\p{L}*|vol|vuelo|volo|voo|vlucht|flug|arzt|krankenhaus|médecin|hôpital|médico|medico|ospedale|dokter|ziekenhuis|lekarz|szpital|рейс|прилет\p{L}*|прилёт\p{L}*|вылет\p{L}*|родил\p{L}*|народи\p{L}*|больниц\p{L}*|лікар\p{L}*|врач\p{L}*)(?:[^\p{L}]|$)/iu;

// Pronouns of Chinese, Japanese and Korean (I, he, she; 저/제/나 with their particles).
const CJK_PERSONAL = /[我他她私僕俺彼]|저는|제가|나는|그녀|그는/;
// The events of a person in Chinese, Japanese and Korean (hospital, flight, birthday, surgery, booking).
export const CJK_EVENT = /医院|病院|병원|航班|飞机|飛行機|生日|出生|生まれ|手术|手術|予約|预约|預約|예약|비행기|수술|생일|진료/;

/** The sentence around [start, end) is about a person: a personal pronoun or a person's event in it. */
// How far before a date its sentence is read: a text without full stops would otherwise be read
// back to its start at each weekday in it, a square of its length.
const SENTENCE_BEFORE = 400;

function personalSentence(text: string, start: number, end: number, eventOnly = false): boolean {
  const lo = Math.max(0, start - SENTENCE_BEFORE);
  const head = text.slice(lo, start + 1);
  const from = lo + Math.max(head.lastIndexOf(". "), head.lastIndexOf("\n"), head.lastIndexOf("! "), head.lastIndexOf("? "), -1) + 1;
  // Read after the date at most 120 characters, so its sentence's end is looked for there only.
  const tail = text.slice(end, end + 120);
  let to = tail.length;
  for (const sep of [". ", "\n", "! ", "? "]) {
    const k = tail.indexOf(sep);
    if (k >= 0 && k < to) to = k;
  }
  const sentence = text.slice(from, end + to);
  if (eventOnly) return PERSONAL_EVENT.test(sentence) || CJK_EVENT.test(sentence);
  return PERSONAL.test(sentence) || PERSONAL_EVENT.test(sentence) || CJK_PERSONAL.test(sentence);
}

export const dateTimeRecognizer: Recognizer = { id: "date", needsDigit: true, types: ["DATE_TIME"], find: findDatesAnyDigits };
/**
 * Texts without an ASCII digit skip the date recognizer (registry.ts); a date written only in
 * another script's digits is read here, on the weekday recognizer's pass.
 */
function nativeDigitDates(text: string): Candidate[] {
  NATIVE_DIGIT.lastIndex = 0;
  if (!NATIVE_DIGIT.test(text) || /\d/.test(text)) return [];
  return findDates(asciiDigits(text));
}

// Speed: PERSONAL_EVENT's words without its boundaries. A sentence is a slice of the text, so
// a text where this finds nothing has no sentence about an event; null (no gate) if the
// pattern's boundaries ever change shape.
const EVENT_WORDS = ((src) => (src.startsWith(EVENT_OPEN) && src.endsWith(EVENT_CLOSE) ? new RegExp(src.slice(EVENT_OPEN.length, -EVENT_CLOSE.length), PERSONAL_EVENT.flags) : null))(PERSONAL_EVENT.source);

// Speed: EVENT_WORDS asked of each distinct word once (word-info.ts) instead of running its
// case-insensitive alternation over every text. Its one-word alternatives are made of letters
// (and a hyphen that joins letters), so they lie inside one token; the word's lower-case form
// may only add letters (İ becomes i and a mark), never lose a match. An alternative of several
// words ("driving to") ends a token with its first word: such a token sends the whole text to
// EVENT_WORDS. Null (no word gate) if the alternation ever holds a group.
// An event word opens after a non-letter: the sentences `personalSentence` cuts start at the
// text's start, after a newline or at the space of ". ", never inside a word (their end may cut
// one). In a token, whose lower-case form keeps every non-letter, the word starts the token or
// follows a mark, apostrophe or hyphen; "involve", "determine", "cooperation" do not pass.
const EVENT_ALTERNATIVES = EVENT_WORDS && !/[()]/.test(EVENT_WORDS.source) ? EVENT_WORDS.source.split("|") : null;
const EVENT_ONE_WORD = EVENT_ALTERNATIVES ? EVENT_ALTERNATIVES.filter((a) => !a.includes(" ")).join("|") : null;
const EVENT_IN_WORD = EVENT_ONE_WORD === null ? null : new RegExp(`(?<![\\p{L}])(?:${EVENT_ONE_WORD})`, "iu");
const EVENT_PHRASE_END = EVENT_ALTERNATIVES && new RegExp(`(?:${EVENT_ALTERNATIVES.filter((a) => a.includes(" ")).map((a) => a.slice(0, a.indexOf(" "))).join("|")})$`, "iu");
// A word of ASCII letters only has one place after a non-letter: its start.
const EVENT_IN_ASCII = EVENT_ONE_WORD === null ? null : asciiMatcher(`^(?:${EVENT_ONE_WORD})`);
const EVENT_PHRASE_END_ASCII = EVENT_PHRASE_END && asciiMatcher(EVENT_PHRASE_END.source);
const eventWord = (w: string) => EVENT_IN_WORD !== null && (asciiLetters(w) && EVENT_IN_ASCII ? EVENT_IN_ASCII.test(w) : EVENT_IN_WORD.test(w));
const eventPhraseWord = (w: string) => EVENT_PHRASE_END !== null && (asciiLetters(w) && EVENT_PHRASE_END_ASCII ? EVENT_PHRASE_END_ASCII.test(w) : EVENT_PHRASE_END.test(w));
const EVENT_WORD = wordFlag({ has: eventWord });
const EVENT_PHRASE_WORD = wordFlag({ has: eventPhraseWord });

// The kinds of date word a text holds, from one pass over its tokens: one flag per distinct word
// says whether it is any of them (most words are none), the kinds are read only for those that are.
const DATE_MONTH = 1;
const DATE_LOCALE_MONTH = 2;
const DATE_LIFE_EVENT = 4;
const DATE_EVENT = 8;
const DATE_EVENT_PHRASE = 16;
// Read without a flag bit of its own (they are few): only for the words that are date words.
const DATE_HU_MONTH = 32;
const DATE_WORD = wordFlag({ has: (w) => monthWord(w) || localeMonthWord(w) || lifeEventWord(w) || eventWord(w) || eventPhraseWord(w) || huMonthWord(w) });
const DATE_WORD_KINDS: ReadonlyArray<readonly [number, number]> = [
  [MONTH_WORD, DATE_MONTH],
  [LOCALE_MONTH_WORD, DATE_LOCALE_MONTH],
  [LIFE_EVENT_WORD, DATE_LIFE_EVENT],
  [EVENT_WORD, DATE_EVENT],
  [EVENT_PHRASE_WORD, DATE_EVENT_PHRASE],
];
let kindsText: string | null = null;
let kinds = 0;
// The spans of the text's words holding a month of the locale patterns, in text order (start, end, ...).
let localeMonthSpans: number[] = [];

function dateWordKinds(text: string): number {
  if (text === kindsText) return kinds;
  let found = 0;
  const spans: number[] = [];
  for (const t of tokenizeWords(text)) {
    if (!lexHas(t.info, DATE_WORD)) continue;
    for (const [flag, kind] of DATE_WORD_KINDS) if (lexHas(t.info, flag)) found |= kind;
    if ((found & DATE_HU_MONTH) === 0 && huMonthWord(t.info.lower)) found |= DATE_HU_MONTH;
    if (lexHas(t.info, LOCALE_MONTH_WORD)) spans.push(t.start, t.end);
  }
  kindsText = text;
  kinds = found;
  localeMonthSpans = spans;
  return found;
}

/**
 * The words of `text` that can hold a month key of the locale patterns, as [start, end) pairs
 * in text order, for `localeDates` to skip the numbers no such word stands next to; null when
 * every number must be looked at (the same cases that turn `mayNameLocaleMonth` off).
 */
export function localeMonthWords(text: string): readonly number[] | null {
  if (!localeKeysAreWords() || (textScripts(text) & (HAS_CJK | HAS_HANGUL)) !== 0) return null;
  dateWordKinds(text);
  return localeMonthSpans;
}

/** False only when no word of the text holds a Hungarian month name (the gate of HU_DATE). */
export function mayNameHungarianMonth(text: string): boolean {
  return (dateWordKinds(text) & DATE_HU_MONTH) !== 0;
}

/** False only when no sentence of the text can hold a person's event (relative dates need one). */
export function mayHoldEvent(text: string): boolean {
  if (EVENT_WORDS === null || EVENT_IN_WORD === null || CJK_EVENT.test(text)) return true;
  const found = dateWordKinds(text);
  return (found & DATE_EVENT) !== 0 || ((found & DATE_EVENT_PHRASE) !== 0 && EVENT_WORDS.test(text));
}

function personalDates(text: string): Candidate[] {
  // A relative date ("two weeks ago") is personal only next to a person's event ("her surgery"): a
  // pronoun alone ("we shipped it last month") is ordinary prose.
  const relative = mayHoldEvent(text) ? relativeDates(text, (start, end) => personalSentence(text, start, end, true)) : [];
  return [...personalWeekdays(text), ...nativeDigitDates(text), ...relative];
}

export const weekdayRecognizer: Recognizer = { id: "weekday", types: ["DATE_TIME"], find: personalDates };
