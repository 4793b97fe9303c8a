/**
 * 1.11.0: a month and a year after a word that places something in time ("depuis mars 2020",
 * "desde marzo de 2020", "od marca 2020", "с марта 2020", "since march 2020"). Languages that write
 * their months in lower case lose no date for it: the word before says it is one, where "March
 * 2020" alone needs its capital (date-time.ts).
 */
import { eachMatch } from "../text-scan";
import { CALENDAR_DATA } from "../lexicon/calendar-data";
import type { Push } from "./locale-dates";
import { plausibleYear } from "./locale-dates";
import { MONTHS, sentenceAround } from "./date-words";

// Words for since, from, until, in, by in the languages of our users, then a month's word (and
// "de", "of"), read back from a year: a text is scanned for its years only, which are few.
const CUE_MONTH_BEFORE = /(?<![\p{L}])(since|from|until|till|in|by|seit|ab|bis|im|depuis|dès|en|jusqu'en|desde|hasta|dal|nel|od|do|w|sinds|vanaf|sedan|från|fra|siden|с|до|в|з|від|beri|kể từ|em|até)[ \u00a0](\p{L}{3,12})\.?[ \u00a0](?:(?:de|del|of)[ \u00a0])?$/iu;
const SPACED_YEAR = /[ \u00a0](\d{4})(?!\d)/g;

let names: Set<string> | null = null;

/** Month names of one word, lower-cased: the English and Romance ones of date-time.ts and every locale's long names. */
function monthNames(): Set<string> {
  if (names) return names;
  names = new Set(Object.keys(MONTHS).filter((m) => m.length >= 3));
  for (const cal of Object.values(CALENDAR_DATA)) for (const m of cal.months) if (/^\p{L}+$/u.test(m)) names.add(m.toLowerCase());
  return names;
}

// Months that are ordinary words too ("mar" the sea, "set", "out", "ago"): only the whole names count here.
const SHORT_WORDS = new Set(["mar", "set", "out", "ago", "gen", "dez", "dic", "jan", "ene", "sept", "mai", "may", "mac", "mayo"]);

export function cuedMonthYears(text: string, push: Push): void {
  eachMatch(SPACED_YEAR, text, (y) => {
    const yearStart = y.index + 1;
    const from = Math.max(0, yearStart - 40);
    const m = CUE_MONTH_BEFORE.exec(text.slice(from, yearStart));
    if (!m) return;
    const word = m[2].toLowerCase();
    // "Mars" with its capital is the planet ("a crew on Mars in 2030"); French writes "mars".
    if (!monthNames().has(word) || SHORT_WORDS.has(word) || m[2] === "Mars" || !plausibleYear(+y[1])) return;
    const cueStart = from + m.index;
    if (ENGLISH_MONTHS.has(word) && !PERSON_IN_SENTENCE.test(sentenceAround(text, cueStart, yearStart + 4))) return;
    push(cueStart + m[1].length + 1, yearStart + 4, 0.6, "month-year");
  });
}

// 1.11.0 (review): English capitalises its months, so "since march 2020" in lower case is read as a
// date only in a sentence about a person ("I've lived here since march 2020"), not in a report's
// ("Q3 numbers: revenue since march 2020 up 12%"). Dutch writes "april" and "november" in lower
// case too ("sinds april 2020"): its pronouns count as well.
const ENGLISH_MONTHS = new Set(["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"]);
const PERSON_IN_SENTENCE = /(?:^|[^\p{L}'’])(?:I|I'm|I've|I'd|I'll|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s|[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Tt]hey|[Tt]heir|[Ii]k|[Mm]ijn|[Ww]ij|[Hh]ij|[Zz]ij|[Zz]e)(?![\p{L}])/u;

