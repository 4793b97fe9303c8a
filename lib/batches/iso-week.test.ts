import { describe, expect, it } from "vitest";
import { isoWeekOf, nextIsoWeek, parseIsoWeek } from "./iso-week";

describe("isoWeekOf", () => {
  it.each([
    ["2026-11-26T12:00:00Z", "2026-W48", "2026-11-23"],
    ["2026-11-23T00:00:00Z", "2026-W48", "2026-11-23"],
    ["2026-11-29T23:59:59Z", "2026-W48", "2026-11-23"],
    // Years whose first days belong to the previous year's last week, and vice versa.
    ["2021-01-03T10:00:00Z", "2020-W53", "2020-12-28"],
    ["2024-12-30T10:00:00Z", "2025-W01", "2024-12-30"],
    ["2027-01-01T10:00:00Z", "2026-W53", "2026-12-28"],
  ])("%s is %s starting %s", (at, label, monday) => {
    const week = isoWeekOf(new Date(at));
    expect(week.label).toBe(label);
    expect(week.start.toISOString().slice(0, 10)).toBe(monday);
    expect(week.end.getTime() - week.start.getTime()).toBe(7 * 86_400_000);
  });

  it("round-trips labels and steps to the next week across a year end", () => {
    expect(parseIsoWeek("2026-W53")!.start.toISOString().slice(0, 10)).toBe("2026-12-28");
    expect(nextIsoWeek(parseIsoWeek("2026-W53")!).label).toBe("2027-W01");
    expect(parseIsoWeek("2025-W53")).toBeNull();
    expect(parseIsoWeek("garbage")).toBeNull();
  });
});
