import { describe, expect, it } from "vitest";
import { evalSetWhere, parseEvalSetFilters, filtersForCaller } from "./filters";

describe("eval set filters", () => {
  it("reads zone-less times as UTC and a bare 'to' date as the end of that day", () => {
    const parsed = parseEvalSetFilters(new URLSearchParams("asOf=2026-11-20T08:30&to=2026-11-20&from=2026-11-01&category=DRIFT&week=2026-W47"));
    expect(parsed.ok && parsed.filters).toMatchObject({
      asOf: new Date("2026-11-20T08:30:00Z"),
      to: new Date("2026-11-20T23:59:59.999Z"),
      from: new Date("2026-11-01T00:00:00Z"),
      category: "DRIFT",
      week: "2026-W47",
    });
  });

  it("names the parameter that is wrong", () => {
    expect(parseEvalSetFilters(new URLSearchParams("asOf=last-tuesday"))).toEqual({ ok: false, error: "asOf: asOf must be a date or ISO timestamp", field: "asOf" });
    expect(parseEvalSetFilters(new URLSearchParams("source=abc"))).toMatchObject({ ok: false, error: expect.stringMatching(/^source:/) });
    expect(parseEvalSetFilters(new URLSearchParams("week=48"))).toMatchObject({ ok: false, error: expect.stringMatching(/^week:/) });
    expect(parseEvalSetFilters(new URLSearchParams("category=BOGUS"))).toMatchObject({ ok: false, error: expect.stringMatching(/^category:/), field: "category" });
  });

  it("filters by origin and by the expected-equals-production flag, naming a bad value", () => {
    const parsed = parseEvalSetFilters(new URLSearchParams("origin=HAND_WRITTEN&expectedEqualsProduction=yes"));
    expect(parsed.ok && evalSetWhere(parsed.filters)).toEqual({ AND: [{ validTo: null }, { origin: "HAND_WRITTEN" }, { expectedEqualsProduction: true }] });
    const no = parseEvalSetFilters(new URLSearchParams("origin=&expectedEqualsProduction=no"));
    expect(no.ok && evalSetWhere(no.filters)).toEqual({ AND: [{ validTo: null }, { expectedEqualsProduction: false }] });
    expect(parseEvalSetFilters(new URLSearchParams("origin=SCRAPED"))).toMatchObject({ ok: false, field: "origin" });
    expect(parseEvalSetFilters(new URLSearchParams("expectedEqualsProduction=maybe"))).toMatchObject({ ok: false, field: "expectedEqualsProduction" });
  });

  it("refuses a range that ends before it starts, naming 'to'", () => {
    expect(parseEvalSetFilters(new URLSearchParams("from=2026-11-20&to=2026-11-01"))).toEqual({ ok: false, error: "to: to must be on or after from", field: "to" });
    expect(parseEvalSetFilters(new URLSearchParams("from=2026-11-20&to=2026-11-20")).ok).toBe(true);
  });

  it("current versions without asOf; versions valid at the moment with it", () => {
    expect(evalSetWhere({})).toEqual({ AND: [{ validTo: null }] });
    const at = new Date("2026-11-20T00:00:00Z");
    expect(evalSetWhere({ asOf: at })).toEqual({ AND: [{ validFrom: { lte: at } }, { OR: [{ validTo: null }, { validTo: { gt: at } }] }] });
  });
});

describe("filtersForCaller", () => {
  const mine = "5b0f7c9e-3a51-4f7e-9d0c-0c4d2a9b8e11";
  const other = "8d1e2f3a-4b5c-4d6e-8f70-112233445566";

  it("holds a key issued for one source to that source, whatever the query asks", () => {
    expect(filtersForCaller(new URLSearchParams("category=DRIFT"), { sourceId: mine })).toMatchObject({ category: "DRIFT", source: mine });
    expect(() => filtersForCaller(new URLSearchParams(`source=${other}`), { sourceId: mine })).toThrow(expect.objectContaining({ status: 403, field: "source" }));
  });

  it("lets sessions and unbound keys filter by any source, and names a malformed field with a 400", () => {
    expect(filtersForCaller(new URLSearchParams(`source=${other}`), null)).toMatchObject({ source: other });
    expect(filtersForCaller(new URLSearchParams(`source=${other}`), { sourceId: null })).toMatchObject({ source: other });
    expect(() => filtersForCaller(new URLSearchParams("week=soon"), null)).toThrow(expect.objectContaining({ status: 400, message: expect.stringContaining("week") }));
  });
});
