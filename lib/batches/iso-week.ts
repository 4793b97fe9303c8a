/**
 * ISO 8601 weeks (Monday start, week 1 holds the year's first Thursday), in UTC.
 * Review batches are keyed by them: "2026-W48".
 */
export interface IsoWeek {
  /** "2026-W48" */
  label: string;
  year: number;
  week: number;
  /** Monday 00:00 UTC */
  start: Date;
  /** next Monday 00:00 UTC (exclusive) */
  end: Date;
}

const DAY_MS = 86_400_000;

export function isoWeekOf(date: Date): IsoWeek {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday = 0
  const start = new Date(day.getTime() - weekday * DAY_MS);
  const thursday = new Date(start.getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstMonday = new Date(firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * DAY_MS);
  const week = 1 + Math.round((start.getTime() - firstMonday.getTime()) / (7 * DAY_MS));
  return { label: `${year}-W${String(week).padStart(2, "0")}`, year, week, start, end: new Date(start.getTime() + 7 * DAY_MS) };
}

/** The ISO week after the given one. */
export function nextIsoWeek(week: IsoWeek): IsoWeek {
  return isoWeekOf(week.end);
}

/** Parses "2026-W48" back to its week; null when malformed or out of range. */
export function parseIsoWeek(label: string): IsoWeek | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(label);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS + (week - 1) * 7 * DAY_MS);
  const parsed = isoWeekOf(monday);
  return parsed.label === label ? parsed : null;
}
