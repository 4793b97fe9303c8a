/**
 * A day and a month without a year, written or numeric, after a word that makes them a date
 * (split from date-time.ts, 1.11.0).
 */
import { TECH_PRODUCTS } from "../lexicon/tech-products";
import { eachMatch } from "../text-scan";
import type { Push } from "./locale-dates";
import { MONTH_ALT, MONTHS, sentenceAround } from "./date-words";

// 1.6.0: a day and a month without a year ("on 3 March", "23 Dec to 2 Jan", "March 3rd", "5th of
// May") and a numeric day/month after a date cue ("appointment on 12/05"). Kept under the
// machine-text margin (code-context.ts) so a log's "Mar 5" reads as its timestamp, not a date.
// 1.10.0: a range of days ("3-5 May", "12–14 June") is one date; group 3 holds its dash.
export const DAY_MONTH = /(?<![\p{L}\d.,/:-])(\d{1,2})(?:st|nd|rd|th|er|e|º|ª)?(?:([-–])\d{1,2}(?:st|nd|rd|th)?)?[ \u00a0]{1,2}(?:of[ \u00a0])?(\p{L}{3,10})(?![\p{L}\d])/gu;
// 1.7.0: a full stop or comma after the day ends the date ("on May 8.", "on May 8, we met").
export const MONTH_DAY = /(?<![\p{L}\d])(\p{Lu}\p{Ll}{2,8})\.?[ \u00a0](\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\d:/]|[.,/]\d)/gu;
// 1.10.0: chat writes the month in lower case; with an ordinal after it ("my birthday is march 4th").
export const MONTH_DAY_LOWER = /(?<![\p{L}\d])(\p{Ll}{3,9})[ \u00a0](\d{1,2})(?:st|nd|rd|th)(?![\p{L}\d])/gu;
// Every match stands after a space or no-break space (the lookbehind's last part), so a text
// without a day, separator and digit right after one skips the scan ("0.3" in JSON, "v1.2").
const SPACE_DAY_SEPARATOR_DIGIT = /[ \u00a0]\d{1,2}[/.]\d/;
// 1.10.0: an appointment's word in other languages, and a colon after the cue ("Termin: 12.03.").
// 1.11.0: the words of a stay, a journey and a birthday too ("Arrival 12.06., departure 19.06.", "Appt 3/4", "my bday is 4/3").
export const NUMERIC_DAY_MONTH = /(?<=\b(?:on|appointment|birthday|born|due|le|el|am|il|dia|op|den|termin|rdv|cita|turno|wizyta|afspraak|appuntamento|appt|bday|b-day|arrival|departure|arriving|leaving|visit|surgery|flight|check-in|check-out|checkin|checkout|anreise|abreise|ankunft|abflug|geburtstag|arrivée|départ|llegada|salida|arrivo|partenza|chegada|partida|aankomst|vertrek|bday is|birthday is):?[ \u00a0]{1,2})(\d{1,2})[/.](\d{1,2})(?![\d/]|\.\d)/giu;
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
const DAY_MONTH_CUE = /\b(?:on|from|to|until|till|since|by|before|after|is|was|born|due|dated|appointment|birthday|leave|until|the|le|du|au|el|del|al|am|vom|bis|il|dal|op|van|tot|between|date|visit|arrival|departure|arriving|leaving|returning|bday|b-day)(?:[ \u00a0]{1,2}|:[ \u00a0]{0,2})$|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?,?[ \u00a0]{1,2}$/i;

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
function datedMonth(text: string, start: number, end = start): boolean {
  const before = text.slice(Math.max(0, start - 14), start);
  if (DAY_MONTH_CUE.test(before)) return !BETWEEN_BEFORE.test(before) || PERSON_AWAY.test(sentenceAround(text, start, end));
  return continuedDate(text, start) || APOSTROPHE_YEAR_AFTER.test(text.slice(end, end + 6));
}

// 1.11.0 (review): "between" dates a person's absence or stay ("Between March 3 and March 5 I'll be
// away"), but as often a team's schedule ("Sprint review between March 3 and March 5"): it counts
// as a cue only with a person's pronoun or a word of leave in the sentence.
const BETWEEN_BEFORE = /\bbetween[ \u00a0]{1,2}$/i;
const PERSON_AWAY = /(?:^|[^\p{L}'’])(?:I|I'm|I'll|I've|I'd|[Mm]y|[Mm]e|[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|away|off|leave|vacation|holidays?|trip|ooo|out of office|sick|hospital|travell?ing)(?![\p{L}])/u;

// 1.11.0: a year cut to an apostrophe and two digits after a day and month says it is a date
// without a word before it ("Feb 12 '23 was my last day", "3rd March '24 we moved").
const APOSTROPHE_YEAR_AFTER = /^,?[ \u00a0]['’]\d{2}(?![\p{L}\d])/u;

// 1.11.0: the second date of a pair or range takes the first one's cue ("between March 3 and
// March 5", "on 3 May or 10 May", "12 June to 19 June"): a day and month, then "and", "or", "to"...
const DATE_THEN_JOIN = new RegExp(String.raw`(?:(?<![\p{L}])(?:${MONTH_ALT})\.?[ \u00a0]\d{1,2}(?:st|nd|rd|th)?|(?<![\p{L}\d])\d{1,2}(?:st|nd|rd|th)?[ \u00a0](?:of[ \u00a0])?(?:${MONTH_ALT})\.?),?[ \u00a0](?:and|or|to|till|until|through|thru|&|-|–)[ \u00a0]$`, "iu");
const JOIN_BEFORE = /[ \u00a0](?:and|or|to|till|until|through|thru|&|-|–)[ \u00a0]$/i;

function continuedDate(text: string, start: number): boolean {
  const from = Math.max(0, start - 32);
  const before = text.slice(from, start);
  if (!JOIN_BEFORE.test(before)) return false;
  const first = DATE_THEN_JOIN.exec(before);
  // 1.11.0 (review): the first date of the pair must be dated itself, so a schedule's pair stays whole.
  return first !== null && datedMonth(text, from + first.index);
}

export function dayMonthDates(text: string, monthWord: boolean, push: Push): void {
  if (monthWord) eachMatch(DAY_MONTH, text, (m) => {
    const month = monthOf(m[3]);
    if (!month || +m[1] < 1 || +m[1] > 31) return;
    if (datedMonth(text, m.index, m.index + m[0].length) || (m[2] !== undefined && rangeOfDays(text, m))) push(m.index, m.index + m[0].length, 0.55, "day-month");
  });
  if (monthWord) eachMatch(MONTH_DAY, text, (m) => {
    const month = monthOf(m[1]);
    if (month && +m[2] >= 1 && +m[2] <= 31 && datedMonth(text, m.index, m.index + m[0].length)) push(m.index, m.index + m[0].length, 0.55, "month-day");
  });
  if (monthWord && /\d(?:st|nd|rd|th)/.test(text)) eachMatch(MONTH_DAY_LOWER, text, (m) => {
    const month = monthOf(m[1]);
    if (month && +m[2] >= 1 && +m[2] <= 31 && datedMonth(text, m.index, m.index + m[0].length)) push(m.index, m.index + m[0].length, 0.55, "month-day");
  });
  // Its lookbehind is tried at every character: the scan runs only where a match can start.
  if (mayHoldNumericDayMonth(text)) eachMatch(NUMERIC_DAY_MONTH, text, (m) => {
    // 1.11.0: with a slash the month may come first, as in the US ("My last period was on 2/14").
    if (+m[1] >= 1 && +m[1] <= 31 && +m[2] >= 1 && (+m[2] <= 12 || (text[m.index + m[1].length] === "/" && +m[1] <= 12 && +m[2] <= 31)) && !versionOn(text, m) && !UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) push(m.index, m.index + m[0].length, 0.55, "numeric-day-month");
  });
  // 1.11.0: a day and month with a slash and a time after them ("My appointment is 7/4 at 3pm").
  if (text.includes("/") && TIME_WORD_GATE.test(text)) eachMatch(SLASH_DAY_MONTH_TIMED, text, (m) => {
    const [a, b] = [+m[1], +m[2]];
    if (a >= 1 && a <= 31 && b >= 1 && b <= 31 && (a <= 12 || b <= 12) && !QUANTITY_IN_CLAUSE.test(clauseBefore(text, m.index))) push(m.index, m.index + m[1].length + 1 + m[2].length, 0.55, "numeric-day-month");
  });
}

// 1.11.0: a number's unit after a dotted "day and month" makes it a quantity ("Termin: 3.5 Stunden",
// "on 2.5 h", "am 3.5 km").
const UNIT_AFTER = /^[ \u00a0]?(?:%|‰|°|€|\$|(?:h|hrs?|hours?|std|stunden?|min|mins|minutes?|minuten|sec|secs|seconds?|ms|km|kg|mg|ml|l|m|cm|mm|gb|mb|kb|tb|pts?|points?|stars?|tage?n?|days?|weeks?|jours?|heures?|horas?|ore|uur|godzin[ya]?|saat|eur|usd|chf|gbp|x)(?![\p{L}\d]))/iu;
// An hour with its minutes, or with am/pm, Uhr or h, after "at", "@", "um", "à", "a las", "alle", "om", "o".
const TIME_WORD_GATE = /[ \u00a0](?:at|@|um|à|a las|alle|às|om|o)[ \u00a0]\d/;
const SLASH_DAY_MONTH_TIMED = /(?<![\p{L}\d./:-])(\d{1,2})\/(\d{1,2})(?=[ \u00a0](?:at|@|um|à|a las|alle|às|om|o)[ \u00a0]\d{1,2}(?:[:.h]\d{2}(?:[ \u00a0]?(?:am|pm|uhr|h))?|[ \u00a0]?(?:am|pm|uhr|h))(?![\p{L}\d]))/giu;

// 1.11.0 (review): a fraction said of a measure is no date, even before a time of day ("Ratio was
// 3/4 at 3pm peak load", "CPU load 3/4 at 2pm", "score 7/10 at 5pm").
const QUANTITY_IN_CLAUSE = /(?:^|[^\p{L}])(?:ratios?|rates?|odds|scores?|fractions?|proportions?|shares?|split|loads?|usage|utili[sz]ation|capacity|progress|cpu|memory|ram|disk|votes?|tests?|passed|failed|full|done|ratings?|stars?|points?)(?:[^\p{L}]|$)/iu;

/** The clause before `at`: at most 60 characters back to a sentence's end, a line break or a semicolon. */
function clauseBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 60 && !/[.!?;\n]/.test(text[from - 1])) from--;
  return text.slice(from, at);
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
