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
import { MONTHS } from "./date-words";

// Words for since, from, until, in, by in the languages of our users.
const MONTH_YEAR_CUED = /(?<![\p{L}])(?:since|from|until|till|in|by|seit|ab|bis|im|depuis|dès|en|jusqu'en|desde|hasta|dal|nel|od|do|w|sinds|vanaf|sedan|från|fra|siden|с|до|в|з|від|beri|kể từ|desde|em|até)[ \u00a0](\p{L}{3,12})\.?[ \u00a0](?:(?:de|del|of)[ \u00a0])?(\d{4})(?!\d)/giu;

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
  eachMatch(MONTH_YEAR_CUED, text, (m) => {
    const word = m[1].toLowerCase();
    // "Mars" with its capital is the planet ("a crew on Mars in 2030"); French writes "mars".
    if (!monthNames().has(word) || SHORT_WORDS.has(word) || m[1] === "Mars" || !plausibleYear(+m[2])) return;
    const start = m.index + m[0].length - m[0].slice(m[0].indexOf(" ") + 1).length;
    push(start, m.index + m[0].length, 0.6, "month-year");
  });
}
