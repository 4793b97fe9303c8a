/**
 * Dates of a person's life in sentences about a person: a year after a life event's verb, a
 * weekday, and the test of whether a sentence is about a person (split from date-time.ts, 1.11.0).
 */
import { candidate, eachMatch } from "../text-scan";
import type { Candidate } from "../types";
import { getCalendarWords } from "../lexicon/calendar";
import { tokenizeWords } from "./tokens";
import { lexHas, wordFlag } from "./word-info";
import type { Push } from "./locale-dates";
import { CJK_EVENT, EVENT_YEAR_BEFORE, mayHoldEvent, PERSONAL_EVENT, VERB_FINAL_EVENTS } from "./date-words";
import { TIME_TAIL } from "./date-tails";
import { TECH_PRODUCTS } from "../lexicon/tech-products";

// A weekday in a sentence about a person ("I moved ... last Tuesday", "she was admitted on Monday").
const PERSONAL = /(?:^|[^\p{L}])(?:i|i'm|i've|my|me|we|our|us|he|she|his|her|they|their|them|ich|mein|meine|wir|je|j'|mon|ma|nous|yo|mi|nosotros|io|il mio|eu|meu|minha|ik|mijn|jag|min|mitt|jeg|minä|ja|mój|moje|já|můj|я|мой|моя|мы|ben|benim)(?:[^\p{L}]|$)/iu;
const WEEKDAY_LEAD = /(?:^|[^\p{L}])(?:on|last|next|this|coming|since|until|by|am|le|el|il|na|в|во|w|we|v|ve|på|op|i|em|no)[ \u00a0]$/iu;

const YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/g;

export function eventYears(text: string, push: Push): void {
  // The verb pattern runs only on the words before a year-like number, not over the text.
  eachMatch(YEAR, text, (y) => {
    const from = Math.max(0, y.index - 90);
    const m = EVENT_YEAR_BEFORE.exec(text.slice(from, y.index + 4)) ?? EVENT_YEAR_AFTER.exec(text.slice(y.index + 4, y.index + 80));
    if (m) push(y.index, y.index + 4, 0.75, "event-year");
  });
  // 1.11.0: a year cut to two digits after an apostrophe ("I was born in '85", "married in ’09").
  if (text.includes("'") || text.includes("’")) eachMatch(APOSTROPHE_YEAR, text, (y) => {
    if (EVENT_SHORT_YEAR_BEFORE.exec(text.slice(Math.max(0, y.index - 90), y.index + 3))) push(y.index, y.index + 3, 0.75, "event-year");
  });
}

/**
 * 1.11.0: a year after an everyday step of one's own life, told by its person ("I started the new
 * job in 2021", "we met in the summer of 2015", "she joined the team in 2018").
 */
export function personStepYears(text: string, push: Push): void {
  if (SUBJECT_GATE.test(text)) eachMatch(YEAR, text, (y) => {
    const m = PERSON_STEP_YEAR_BEFORE.exec(text.slice(Math.max(0, y.index - 100), y.index + 4));
    if (m && !technicalStep(m[1], m[2])) push(y.index, y.index + 4, 0.7, "event-year");
  });
}

// 1.11.0 (review): starting, finishing or studying a product or a piece of technical work is no
// step of a life ("I started using Linux in 1998", "I started the migration to Kubernetes in 2021");
// joining, leaving or working at a company, even a software one, still is.
const OBJECT_STEPS = /^(?:started|began|finished|completed|studied|studying)$/;
const TECH_WORK = new Set("migration migrating deployment deploying rollout refactor refactoring rewrite rewriting upgrade upgrading codebase repo repository pipeline cluster sprint integration prototype programming coding port porting".split(" "));

function technicalStep(step: string, object: string): boolean {
  if (!OBJECT_STEPS.test(step)) return false;
  for (const w of object.toLowerCase().match(/[a-z][a-z0-9+#.]*/g) ?? []) if (TECH_WORK.has(w) || TECH_PRODUCTS.has(w)) return true;
  return false;
}

// A subject pronoun, then (over auxiliaries) a verb of a step in a life, a few words, a preposition of
// time and the year. The pronoun makes it the person's own: "The project started in 2021" is kept,
// and so is a team's "we started the migration in 2021"; work is a job's only with "at", "for", "as"
// ("She worked at Google from 2010", not "He worked on Windows 95 in 1995").
const SUBJECT_GATE = /\b(?:I|[Hh]e|[Ss]he)\b/;
const LIFE_STEPS = "started|joined|left|quit|lived|living|work(?:ed|ing) (?:at|for|as)|studied|studying|met|visited|travell?ed|arrived|returned|enrolled|attended|settled|began|became|adopted|got (?:engaged|married|divorced|sick|diagnosed)|came|went|finished|completed|lost";
const PERSON_STEP_YEAR_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:I|[Hh]e|[Ss]he)(?:'ve|'d)?[ \u00a0](?:(?:have|has|had|been|first|finally|also|then|just)[ \u00a0]){0,2}(${LIFE_STEPS})((?:[ \u00a0][\p{L}\p{M}\d'’,-]{1,20}){0,6}?)[ \u00a0](?:in|since|from|until|to|of|during|around)[ \u00a0]\d{4}$`, "u");

// 1.11.0: the year before its clause's closing participle ("Ich bin 1984 geboren", "1984 in Köln
// geboren", "Ik ben in 1990 getrouwd"), at most three words between.
const EVENT_YEAR_AFTER = new RegExp(String.raw`^(?:[ \u00a0][\p{L}\p{M}'’-]{1,20}){0,3}?[ \u00a0](?:${VERB_FINAL_EVENTS})(?![\p{L}])`, "iu");
const APOSTROPHE_YEAR = /(?<![\p{L}\d'’])['’]\d{2}(?![\p{L}\d'’])/gu;
// EVENT_YEAR_BEFORE ending in an apostrophe year instead of four digits.
const EVENT_SHORT_YEAR_BEFORE = new RegExp(EVENT_YEAR_BEFORE.source.replace(String.raw`(\d{4})$`, String.raw`(['’]\d{2})$`), "iu");

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

const MACHINE_CLOCK_AFTER = /^[ \u00a0]+(?:\p{L}{3,9}\.?[ \u00a0]+)?(?:\d{4}[ \u00a0]+)?\d{1,2}:\d{2}:\d{2}/u;
// An English month's abbreviation after the day ("Mon 3 Jun"), the language of the weekday abbreviations.
const MONTH_AFTER_DAY = /^[ \u00a0](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

export function personalWeekdays(text: string): Candidate[] {
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
    // 1.11.0: a clock with seconds after the date makes it a program's ("Mon 12 May 2025 10:22:11 UTC").
    if (day && MACHINE_CLOCK_AFTER.test(text.slice(end, end + 32))) continue;
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

// Pronouns of Chinese, Japanese and Korean (I, he, she; 저/제/나 with their particles).
const CJK_PERSONAL = /[我他她私僕俺彼]|저는|제가|나는|그녀|그는/;

/** The sentence around [start, end) is about a person: a personal pronoun or a person's event in it. */
// How far before a date its sentence is read: a text without full stops would otherwise be read
// back to its start at each weekday in it, a square of its length.
const SENTENCE_BEFORE = 400;

export function personalSentence(text: string, start: number, end: number, eventOnly = false): boolean {
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
