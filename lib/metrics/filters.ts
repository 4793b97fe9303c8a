import { dayField, MAX_RANGE_DAYS, sourceIdParam } from "./schemas";
import { isoWeekOf } from "@/lib/batches/iso-week";
import { isoDay } from "@/lib/core/format";
import { DomainError } from "@/lib/errors/domain-error";

/** Dashboard filters, as kept in the URL: ?source=<uuid>&from=YYYY-MM-DD&to=YYYY-MM-DD. */
export interface MetricsFilters {
  sourceId: string | null;
  /** First day (UTC, inclusive). */
  from: Date;
  /** Last day (UTC, inclusive). */
  to: Date;
}

/** Weeks shown when the URL names no range: this week and the eleven before it. */
export const DEFAULT_WEEKS = 12;

const DAY_MS = 86_400_000;

/** What was wrong with the URL's filters, naming the parameter. */
export interface FiltersProblem {
  field: "source" | "from" | "to";
  message: string;
  /** The range was only cut to the longest allowed (the figures shown are still what was asked, in part). */
  cut?: boolean;
}

/**
 * Reads the filters from search params. Anything missing falls back to the default
 * range; anything malformed too, reported as the problem; a range longer than
 * MAX_RANGE_DAYS is cut to its last MAX_RANGE_DAYS days, also reported.
 */
function resolveFilters(params: Record<string, string | string[] | undefined>, now: Date): { filters: MetricsFilters; problem: FiltersProblem | null } {
  const problems: FiltersProblem[] = [];
  const read = <T>(key: FiltersProblem["field"], schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, expected: string): T | undefined => {
    const raw = params[key];
    if (raw === undefined || raw === "") return undefined;
    const parsed = schema.safeParse(typeof raw === "string" ? raw : undefined);
    if (parsed.success) return parsed.data;
    problems.push({ field: key, message: `${key} must be ${expected}.` });
    return undefined;
  };
  const sourceId = read("source", sourceIdParam, "a source id") ?? null;
  const to = read("to", dayField, "a date (YYYY-MM-DD)");
  const from = read("from", dayField, "a date (YYYY-MM-DD)");
  const toDay = to ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const defaultFrom = new Date(isoWeekOf(toDay).start.getTime() - (DEFAULT_WEEKS - 1) * 7 * DAY_MS);
  let fromDay = from ?? defaultFrom;
  if (fromDay > toDay) {
    problems.push({ field: "from", message: "from must be on or before to." });
    fromDay = defaultFrom > toDay ? toDay : defaultFrom;
  }
  const earliest = new Date(toDay.getTime() - (MAX_RANGE_DAYS - 1) * DAY_MS);
  if (fromDay < earliest) {
    problems.push({ field: "from", message: `from: the date range may span at most 3 years (${MAX_RANGE_DAYS.toLocaleString("en")} days); showing the last 3 years up to ${isoDay(toDay)}.`, cut: true });
    fromDay = earliest;
  }
  return { filters: { sourceId, from: fromDay, to: toDay }, problem: problems[0] ?? null };
}

/**
 * The dashboard page's filters: a bad bookmark shows a sane view with the problem
 * named above it, not an error page.
 */
export function parseMetricsFilters(
  params: Record<string, string | string[] | undefined>,
  now: Date = new Date(),
): MetricsFilters & { problem: string | null; problemField: FiltersProblem["field"] | null; rangeCut: boolean } {
  const { filters, problem } = resolveFilters(params, now);
  return { ...filters, problem: problem?.message ?? null, problemField: problem?.field ?? null, rangeCut: problem?.cut ?? false };
}

/** The CSV API's filters: a malformed value or a range over 3 years is a 400 naming the parameter. */
export function readMetricsFilters(params: Record<string, string | string[] | undefined>, now: Date = new Date()): MetricsFilters {
  const { filters, problem } = resolveFilters(params, now);
  if (problem) throw new DomainError(problem.message.replace(/; showing .*$/, "."), 400, problem.field);
  return filters;
}

/** "2026-11-26" */
export function formatDay(date: Date): string {
  return isoDay(date);
}

/** The filters back as URL search params (for links, CSV downloads and the filter form). */
export function filtersToSearch(filters: MetricsFilters): URLSearchParams {
  const search = new URLSearchParams({ from: formatDay(filters.from), to: formatDay(filters.to) });
  if (filters.sourceId) search.set("source", filters.sourceId);
  return search;
}
