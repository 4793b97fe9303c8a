/**
 * Dates as each language writes them (1.4.0), from the CLDR date formats in
 * calendar-data.ts: every locale's long and medium date pattern becomes a regular
 * expression in which the day and year are digit runs and the month is the alternation of
 * that locale's twelve names ("23. listopadu 2020", "2020. gada 23. novembris",
 * "23 ноября 2020 г.", "2020年11月23日", "12 de octubre de 1990"). The year may be left
 * out where it ends or opens the pattern ("3 марта", "14. März"). Built once per process.
 */
import { CALENDAR_DATA } from "./calendar-data";

export interface CalendarWords {
  /** Compiled date patterns (global, case-insensitive), each with its year optional; no word boundaries (see `dateBoundaries`). */
  patterns: RegExp[];
  /** Whether pattern k can match without a year. */
  yearless: boolean[];
  /** Lower-cased month name (no trailing dot) or year sign ("年", "년") -> indices into `patterns`. */
  byMonth: Map<string, number[]>;
  /** Lower-cased weekday names of every locale. */
  weekdays: Set<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const SPACE = "[\\s\\u00a0\\u202f]{1,3}";

function literal(s: string): string {
  return s.split(/\s+/).map(escape).join(SPACE);
}

function alternation(names: readonly string[]): string {
  const forms = new Set<string>();
  for (const n of names) {
    // An abbreviation's dot is optional ("janv." or "janv"); spaces inside names are flexible.
    forms.add(literal(n).replace(/\\\.$/, "\\.?"));
  }
  return `(?:${[...forms].sort((a, b) => b.length - a.length).join("|")})`;
}

/** A pattern source from a template, with the year (and the literal joining it) optional at either end. */
function source(template: string, months: readonly string[], short: readonly string[]): string | null {
  const pieces = template.split(/(\{[dymMnw]\})/).filter(Boolean);
  if (!pieces.some((p) => p === "{M}" || p === "{m}") && !/[年년]/.test(template)) return null;
  const toRegex = (p: string): string | null => {
    if (p === "{d}") return "\\d{1,2}";
    if (p === "{y}") return "\\d{4}";
    if (p === "{n}") return "\\d{1,2}";
    if (p === "{M}") return months.length ? alternation(months) : null;
    if (p === "{m}") return short.length ? alternation(short) : null;
    if (p === "{w}") return null;
    return literal(p);
  };
  const parts = pieces.map(toRegex);
  if (parts.some((p) => p === null)) return null;
  const yearAt = pieces.indexOf("{y}");
  let body: string;
  if (yearAt > 0 && yearAt === pieces.length - 1) {
    // "... {y}": the year (and the literal before it) may be left out.
    body = parts.slice(0, yearAt - 1).join("") + `(?:${parts.slice(yearAt - 1).join("")})?`;
  } else if (yearAt > 0 && yearAt === pieces.length - 2 && !/\{/.test(pieces[pieces.length - 1])) {
    // "... {y} г.": the year may be left out, and the word after it on its own.
    body = parts.slice(0, yearAt - 1).join("") + `(?:${parts[yearAt - 1]}${parts[yearAt]}(?:${parts[yearAt + 1]})?)?`;
  } else if (yearAt === 0) {
    body = `(?:${parts.slice(0, 2).join("")})?` + parts.slice(2).join("");
  } else body = parts.join("");
  return body;
}

let cached: CalendarWords | null = null;

export function getCalendarWords(): CalendarWords {
  return cached ?? (cached = build());
}

function build(): CalendarWords {
  const bySource = new Map<string, Set<string>>();
  const weekdays = new Set<string>();
  for (const cal of Object.values(CALENDAR_DATA)) {
    for (const w of cal.weekdays) weekdays.add(w.toLowerCase().replace(/^(?:יום) /, ""));
    for (const template of [cal.long, cal.medium]) {
      const s = source(template, cal.months, cal.monthsShort);
      if (!s) continue;
      const keys = bySource.get(s) ?? new Set<string>();
      const names = template.includes("{M}") ? cal.months : template.includes("{m}") ? cal.monthsShort : [];
      // Keyed by the name's longest word ("de novembre" -> "novembre", "tháng 11" -> "tháng", "11월" -> "월"),
      // which is what the word tokenizer will see.
      for (const n of names) {
        const words = n.toLowerCase().replace(/\.$/, "").split(/[\s\d]+/).filter(Boolean);
        if (words.length) keys.add(words.sort((a, b) => b.length - a.length)[0]);
      }
      if (template.includes("年")) keys.add("年").add("月");
      if (template.includes("년")) keys.add("년");
      bySource.set(s, keys);
    }
  }
  const patterns: RegExp[] = [];
  const yearless: boolean[] = [];
  const byMonth = new Map<string, number[]>();
  for (const [s, keys] of bySource) {
    const k = patterns.length;
    // No \p{L} look-arounds here: with the "i" flag each one costs milliseconds to compile;
    // callers check the boundaries (`dateBoundaries`).
    patterns.push(new RegExp(s, "giu"));
    yearless.push(s.includes(")?"));
    for (const key of keys) {
      const list = byMonth.get(key) ?? [];
      list.push(k);
      byMonth.set(key, list);
    }
  }
  return { patterns, yearless, byMonth, weekdays };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Chinese, Japanese and Korean run words together: a date next to one of their characters stands alone.
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Whether a match at [start, end) stands alone: no letter or digit right before or after it. */
export function dateBoundaries(text: string, start: number, end: number): boolean {
  const ok = (c: string) => !WORD_CHAR.test(c) || CJK.test(c);
  return (start === 0 || ok(text[start - 1])) && (end >= text.length || ok(text[end]));
}
