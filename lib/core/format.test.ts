import { describe, expect, it } from "vitest";
import { countOf, formatCount, formatDate, formatDateTime, formatDateTimeSeconds, formatShortDay, formatTime, isoDay } from "./format";

// Some ICU versions put a narrow no-break space before AM/PM; the wording is what matters here.
const plain = (text: string) => text.replace(/\u202f/g, " ");

describe("format", () => {
  const lateEvening = new Date("2026-11-26T23:59:30.500Z");
  const earlyMorning = new Date("2026-11-27T00:00:05Z");

  it("formats date and time in UTC, to the minute or to the second", () => {
    expect(plain(formatDateTime(lateEvening))).toBe("Nov 26, 2026, 11:59 PM");
    expect(plain(formatDateTimeSeconds(lateEvening))).toBe("Nov 26, 2026, 11:59:30 PM");
    expect(plain(formatDateTime(earlyMorning))).toBe("Nov 27, 2026, 12:00 AM");
  });

  it("keeps a date near midnight UTC on its UTC day", () => {
    expect(formatDate(lateEvening)).toBe("Nov 26, 2026");
    expect(formatDate(earlyMorning)).toBe("Nov 27, 2026");
    expect(isoDay(lateEvening)).toBe("2026-11-26");
    expect(isoDay(earlyMorning)).toBe("2026-11-27");
    expect(formatShortDay(lateEvening)).toBe("Nov 26");
  });

  it("formats the time of day in UTC", () => {
    expect(plain(formatTime(lateEvening))).toBe("11:59 PM");
    expect(plain(formatTime(earlyMorning))).toBe("12:00 AM");
  });

  it("labels an ISO day string as a short day", () => {
    expect(formatShortDay("2026-10-05")).toBe("Oct 5");
    expect(formatShortDay("2026-01-01")).toBe("Jan 1");
  });

  it("formats counts with thousands separators", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1234567)).toBe("1,234,567");
  });

  it("puts the noun in the right number", () => {
    expect(countOf(0, "case")).toBe("0 cases");
    expect(countOf(1, "case")).toBe("1 case");
    expect(countOf(1240, "log")).toBe("1,240 logs");
    expect(countOf(2, "day")).toBe("2 days");
    expect(countOf(3, "entry", "entries")).toBe("3 entries");
  });
});
