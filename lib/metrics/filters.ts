import { dayField, sourceIdParam } from "./schemas";
import { isoWeekOf } from "@/lib/batches/iso-week";
import { isoDay } from "@/lib/core/format";

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

/**
 * Reads the filters from search params, falling back to the default range for anything
 * missing or malformed (a bad bookmark shows the default view, not an error page).
 */
export function parseMetricsFilters(params: Record<string, string | string[] | undefined>, now: Date = new Date()): MetricsFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const source = sourceIdParam.safeParse(one("source"));
  const to = dayField.safeParse(one("to"));
  const from = dayField.safeParse(one("from"));
  const toDay = to.success ? to.data : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const defaultFrom = new Date(isoWeekOf(toDay).start.getTime() - (DEFAULT_WEEKS - 1) * 7 * 86_400_000);
  let fromDay = from.success ? from.data : defaultFrom;
  if (fromDay > toDay) fromDay = defaultFrom > toDay ? toDay : defaultFrom;
  return { sourceId: source.success ? source.data : null, from: fromDay, to: toDay };
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
