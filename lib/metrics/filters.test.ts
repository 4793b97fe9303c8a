import { describe, expect, it } from "vitest";
import { filtersToSearch, formatDay, parseMetricsFilters, readMetricsFilters } from "./filters";
import { MAX_RANGE_DAYS } from "./schemas";
import { DomainError } from "@/lib/errors/domain-error";
import { toCsv } from "./csv";
import { describeGaps, humanise, type MixRow } from "./representativeness";

describe("dashboard filters", () => {
  const now = new Date("2026-11-26T15:00:00Z"); // Thursday of 2026-W48

  it("defaults to this week and the eleven before it, all sources", () => {
    const f = parseMetricsFilters({}, now);
    expect([f.sourceId, formatDay(f.from), formatDay(f.to)]).toEqual([null, "2026-09-07", "2026-11-26"]);
  });

  it("keeps valid URL values and ignores malformed ones", () => {
    const id = "5f0c6f6e-8f5e-4c8a-9d7e-0a1b2c3d4e5f";
    const f = parseMetricsFilters({ source: id, from: "2026-01-05", to: "2026-03-01" }, now);
    expect(filtersToSearch(f).toString()).toBe(`from=2026-01-05&to=2026-03-01&source=${id}`);
    const bad = parseMetricsFilters({ source: "x'; drop", from: "soon", to: ["2026-01-01", "2026-02-01"] }, now);
    expect([bad.sourceId, formatDay(bad.from), formatDay(bad.to)]).toEqual([null, "2026-09-07", "2026-11-26"]);
  });

  it("a from after to falls back to a sane range", () => {
    const f = parseMetricsFilters({ from: "2026-12-01", to: "2026-11-01" }, now);
    expect(f.from <= f.to).toBe(true);
    expect(f.problem).toBe("from must be on or before to.");
    expect([f.problemField, f.rangeCut]).toEqual(["from", false]);
  });

  it("the page cuts a range over 3 years to its last 3 years and says so, naming the parameter", () => {
    const f = parseMetricsFilters({ from: "0001-01-01", to: "2026-11-26" }, now);
    expect([formatDay(f.from), formatDay(f.to)]).toEqual(["2023-11-27", "2026-11-26"]);
    expect((f.to.getTime() - f.from.getTime()) / 86_400_000 + 1).toBe(MAX_RANGE_DAYS);
    expect(f.problem).toMatch(/^from: the date range may span at most 3 years/);
    expect([f.problemField, f.rangeCut]).toEqual(["from", true]);
    expect(parseMetricsFilters({ from: "2023-11-27", to: "2026-11-26" }, now).problem).toBeNull();
  });

  it("the API refuses a malformed value or a range over 3 years with a 400 naming the parameter", () => {
    const refusal = (params: Record<string, string>) => {
      try {
        readMetricsFilters(params, now);
        return null;
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        return { status: (error as DomainError).status, field: (error as DomainError).field, message: (error as DomainError).message };
      }
    };
    expect(refusal({ from: "0001-01-01", to: "9999-12-31" })).toEqual({ status: 400, field: "from", message: "from: the date range may span at most 3 years (1,096 days)." });
    expect(refusal({ to: "soon" })).toMatchObject({ status: 400, field: "to" });
    expect(refusal({ source: "x'; drop" })).toMatchObject({ status: 400, field: "source" });
    expect(refusal({ from: "2026-01-05", to: "2026-03-01" })).toBeNull();
    expect(refusal({})).toBeNull();
  });
});

describe("CSV", () => {
  it("quotes commas and quotes, and defuses spreadsheet formulas in text cells", () => {
    expect(toCsv(["a", "b"], [['x,"y"', "=HYPERLINK(1)"], [-3, null]])).toBe('a,b\r\n"x,""y""",\'=HYPERLINK(1)\r\n-3,\r\n');
  });
});

describe("representativeness callouts", () => {
  const row = (dimension: "category" | "reason", key: string, p: number, e: number): MixRow => ({ dimension, key, production: p * 100, evalset: e * 100, productionShare: p, evalsetShare: e });

  it("names the largest gaps first and skips gaps under 5 points", () => {
    const rows = [row("category", "DRIFT", 0.18, 0.04), row("category", "HAPPY_PATH", 0.5, 0.52), row("category", "EDGE_CASE", 0.32, 0.44), row("reason", "negative_feedback", 0.3, 0.1), row("reason", "failure", 0.7, 0.88)];
    expect(describeGaps(rows)).toEqual([
      "Cases mined for negative feedback are 30% of production but 10% of the eval set.",
      "Cases mined for failure are 70% of production but 88% of the eval set.",
      "Drift cases are 18% of production but 4% of the eval set.",
    ]);
  });

  it("says nothing when one side is empty (nothing to compare yet)", () => {
    expect(describeGaps([row("category", "DRIFT", 1, 0)])).toEqual([]);
    expect(humanise("LOW_CONFIDENCE")).toBe("Low confidence");
  });
});
