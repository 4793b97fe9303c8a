/**
 * DATE_TIME: full calendar dates (numeric, ISO 8601 with optional time, and written-out
 * month names in several languages). Dates of birth get the highest score via context.
 * Bare times and years alone are not reported: they identify nobody.
 */
import { before, candidate, eachMatch, hasContext } from "../text-scan";
import { dateValid } from "../validators";
import type { Candidate, Recognizer } from "../types";

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

const ISO = /(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s?Z|\s?[+-]\d{2}:?\d{2})?)?(?![\d])/g;
const NUMERIC = /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)/g;
const YMD_SLASH = /(?<![\d./-])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d]|[./]\d)/g;
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s{1,3}(?:of\\s|de\\s)?(${MONTH_ALT})\\.?,?(?:\\s{1,3}de)?\\s{1,3}(\\d{4})(?!\\d)`, "giu");
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\\s{1,3})?(${MONTH_ALT})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})(?!\\d)`, "giu");
const MONTH_YEAR = new RegExp(`(?<!\\p{L})(${MONTH_ALT})\\.?\\s{1,3}(\\d{4})(?!\\d)`, "giu");
const SPACED_YEAR = /\s\d{4}(?!\d)/;
const TIME_AFTER = /^[ T]\d{1,2}:\d{2}/;
const SECONDS_AFTER = /^[ T]\d{1,2}:\d{2}:\d{2}/;
const DOB_CONTEXT = ["dob", "d.o.b", "born", "birth", "birthday", "date of birth", "birthdate", "geboren", "né", "née", "nacido", "nacimiento", "age"];

function plausibleYear(y: number): boolean {
  return y >= 1800 && y <= 2100;
}

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
const LINE_OPENING = /(?:^|\n)[ \t]*\[?$/;
const CSV_CELL_BEFORE = /(?:^|[,;\t])["']?$/;
const CSV_CELL_AFTER = /^["']?(?:[,;\t]|\r?\n|$)/;

function machineDate(text: string, start: number, end: number, hasTime: boolean): boolean {
  // Seconds or the "T" of ISO 8601: people don't write times that way, programs do.
  if (hasTime && (/T\d|\d:\d\d:\d\d/.test(text.slice(start, end)) || SECONDS_AFTER.test(text.slice(end, end + 10)))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  if (MACHINE_KEY.test(before)) return true;
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

function findDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Spans judged machine timestamps: a shorter reading inside one ("Mar 2025" in "12 Mar 2025 10:47") is one too.
  const machine: Array<[number, number]> = [];
  const push = (start: number, end: number, base: number, source: string, hasTime = false) => {
    const dob = hasContext(before(text, start, 32), DOB_CONTEXT);
    if (!dob && machine.some(([a, b]) => start >= a && end <= b)) return;
    if (!dob && machineDate(text, start, end, hasTime || TIME_AFTER.test(text.slice(end, end + 9)))) {
      machine.push([start, end]);
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
    // "1.2.24" is as often a version number as a date; two-digit years need a separator other than ".".
    const score = m[2] === "." && m[4].length === 2 ? 0.4 : 0.8;
    push(m.index, m.index + m[0].length, score, "numeric");
  });
  if (year) eachMatch(YMD_SLASH, text, (m) => {
    if (plausibleYear(+m[1]) && dateValid(+m[1], +m[3], +m[4])) push(m.index, m.index + m[0].length, 0.8, "ymd");
  });
  // The three written-month patterns end in whitespace then a four-digit year: gate their
  // long case-insensitive alternations (each tried at every letter) on that.
  const spacedYear = year && SPACED_YEAR.test(text);
  if (spacedYear) eachMatch(DAY_MONTH_YEAR, text, (m) => {
    const month = MONTHS[m[2].toLowerCase()];
    if (plausibleYear(+m[3]) && dateValid(+m[3], month, +m[1])) push(m.index, m.index + m[0].length, 0.9, "dmy-text");
  });
  if (spacedYear) eachMatch(MONTH_DAY_YEAR, text, (m) => {
    const month = MONTHS[m[1].toLowerCase()];
    if (plausibleYear(+m[3]) && dateValid(+m[3], month, +m[2])) push(m.index, m.index + m[0].length, 0.9, "mdy-text");
  });
  if (spacedYear) eachMatch(MONTH_YEAR, text, (m) => {
    // "may 2024" with a lower-case modal verb is too ambiguous; month names need a capital.
    if (!/^\p{Lu}/u.test(m[1]) || !plausibleYear(+m[2]) || m[1].length < 3) return;
    push(m.index, m.index + m[0].length, 0.5, "month-year");
  });
  return out;
}

export const dateTimeRecognizer: Recognizer = { id: "date", needsDigit: true, types: ["DATE_TIME"], find: findDates };
