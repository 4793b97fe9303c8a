/**
 * What follows a date the patterns found without it: a year after a day and month, a Japanese
 * era year before one, an appointment's time of day (split from date-time.ts, 1.11.0).
 */
import { before, hasContext } from "../text-scan";
import type { Candidate } from "../types";
import { plausibleYear } from "./locale-dates";
import { getCalendarWords } from "../lexicon/calendar";
import { DOB_CONTEXT, MACHINE_TIMESTAMP } from "./date-machine";

// A year written after a day and month the patterns took without it ("12 tháng 3 năm 1985",
// "12 მარტი 1985", "12-mart 1985-yil"), with the year words of those languages.
const YEAR_TAIL = /^,?[ \u00a0](?:năm[ \u00a0])?(\d{4})(?:-?yil|[ \u00a0]?(?:წ\.|წელი|года|г\.|року|р\.|évben|yılı))?(?!\d)/u;

// 1.6.0: a Japanese era year before a month and day ("昭和60年3月5日", "平成元年4月1日"): the
// year belongs to the date (a birth date written in the era calendar).
const ERA_YEAR_BEFORE = /(?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元)年$/u;

export function yearTails(text: string, out: Candidate[]): void {
  for (const c of out) {
    const era = c.source !== MACHINE_TIMESTAMP && /^\d{1,2}月/.test(text.slice(c.start, c.start + 3)) ? ERA_YEAR_BEFORE.exec(text.slice(Math.max(0, c.start - 7), c.start)) : null;
    if (era) {
      c.start -= era[0].length;
      c.score = Math.max(c.score, 0.85);
    }
    if (c.source === MACHINE_TIMESTAMP) continue;
    weekdayHead(text, c);
    if (/\d{4}/.test(text.slice(c.start, c.end))) continue;
    const m = YEAR_TAIL.exec(text.slice(c.end, c.end + 16)) ?? SHORT_YEAR_TAIL.exec(text.slice(c.end, c.end + 6)) ?? bornTwoDigitYear(text, c);
    if (m && (m[1] === undefined || plausibleYear(+m[1]) || buddhistYear(text, c, +m[1]))) c.end += m[0].length;
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
export const TIME_TAIL = /^(?:\.?,?[ \u00a0](?:at|@|around|from|um|gegen|à|a las|alle|às|om|o)[ \u00a0]|,?[ \u00a0])(?:\d{1,2}(?:[:.]\d{2}|h\d{2})(?:[ \u00a0]?(?:am|pm|a\.m\.|p\.m\.|uhr|h))?|\d{1,2}[ \u00a0]?(?:am|pm|a\.m\.|p\.m\.|uhr|h))(?![\p{L}\d])(?![ \u00a0]?(?:%|(?:million|billion|trillion|thousand|hundred|percent|per cent|mio|mrd|millions?|milliards?|millionen|milliarden|tausend|millones|miliardi|milioni)(?![\p{L}])))/iu;
// A year alone, or a month and a year, has no time of day after it.
const UNTIMED_SOURCES = new Set(["event-year", "birth-year", "month-year"]);

// 1.11.0: the weekday before a date is part of it ("Monday, March 3rd", "Montag, den 12. Januar",
// "lundi 12 janvier", "Tue 14 May"), in any language ICU names weekdays in (one word).
const WEEKDAY_HEAD = /(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}-]{1,15})[,.]?[ \u00a0](?:(?:den|le|el|the)[ \u00a0])?$/u;
const WEEKDAY_SHORT = new Set(["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]);

function weekdayHead(text: string, c: Candidate): void {
  const from = Math.max(0, c.start - 24);
  const m = WEEKDAY_HEAD.exec(text.slice(from, c.start));
  if (!m) return;
  const word = m[1].toLowerCase();
  // An English abbreviation only with its capital ("Sat 3 May", not "we sat 3 May").
  if (getCalendarWords().weekdays.has(word) || (WEEKDAY_SHORT.has(word) && /^\p{Lu}/u.test(m[1]))) c.start = from + m.index;
}

// 1.11.0: a Thai date's year is the Buddhist era's, 543 ahead ("17 พฤษภาคม 2531", born in 1988).
const THAI_LETTER = /[\u0e01-\u0e4f]/;
function buddhistYear(text: string, c: Candidate, year: number): boolean {
  return plausibleYear(year - 543) && THAI_LETTER.test(text.slice(c.start, c.end));
}
