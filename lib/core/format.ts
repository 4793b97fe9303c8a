/**
 * Dates and numbers as the UI shows them. Every date is formatted in UTC, whatever the
 * server's or the browser's time zone, so a page rendered on the server and hydrated in
 * the browser says the same thing, and the labels match the UTC days the data is kept in.
 * No server-only imports: client and server components both use this module.
 */

// Built once: constructing an Intl formatter is far slower than calling one.
const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dateTimeSeconds = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
const time = new Intl.DateTimeFormat("en", { timeStyle: "short", timeZone: "UTC" });
const shortDay = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });
const count = new Intl.NumberFormat("en");

/** Date and time to the minute, in UTC: "Nov 26, 2026, 11:59 PM". */
export function formatDateTime(value: Date): string {
  return dateTime.format(value);
}

/** Date and time to the second, in UTC: "Nov 26, 2026, 11:59:30 PM". */
export function formatDateTimeSeconds(value: Date): string {
  return dateTimeSeconds.format(value);
}

/** The UTC calendar day: "Nov 26, 2026". */
export function formatDate(value: Date): string {
  return date.format(value);
}

/** The UTC time of day to the minute: "11:59 PM". */
export function formatTime(value: Date): string {
  return time.format(value);
}

/** The UTC day as an ISO date, as used in URLs, CSVs and chart keys: "2026-11-26". */
export function isoDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** A day as a short axis label: "2026-10-05" (or that day's Date) becomes "Oct 5". */
export function formatShortDay(day: string | Date): string {
  return shortDay.format(typeof day === "string" ? new Date(`${day}T00:00:00Z`) : day);
}

/** A count with thousands separators: 1234567 becomes "1,234,567". */
export function formatCount(value: number): string {
  return count.format(value);
}

/** A count with its noun in the right number: (1, "case") is "1 case", (1240, "log") is "1,240 logs". */
export function countOf(value: number, singular: string, plural = `${singular}s`): string {
  return `${count.format(value)} ${value === 1 ? singular : plural}`;
}
