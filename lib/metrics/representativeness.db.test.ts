import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Category } from "@/lib/generated/prisma/enums";
import { makeSource, makeUser } from "@/lib/testing/factories";
import { makeFixtureCase } from "@/lib/testing/retention";
import { refreshDashboardMetrics } from "./refresh";
import { parseMetricsFilters, type MetricsFilters } from "./filters";
import { representativeness } from "./representativeness";

// Hand-computed fixture: every expected number below is derived in the comments from these rows.
const at = (s: string) => new Date(`2026-${s}Z`);
let filters: MetricsFilters;
let emptyPeriod: MetricsFilters;
let sourceId: string;

const sampled = (day: string, category: Category, count: number) => db.sampledTraffic.create({ data: { sourceId, day: at(`${day}T00:00:00`), category, count } });

beforeAll(async () => {
  sourceId = (await makeSource({ retentionDays: 3650 })).id;
  const reviewer = await makeUser("REVIEWER");
  // Sampled traffic in the period: 100 records on 10-06, 100 on 10-07; happy paths 150 of 200.
  await sampled("10-06", "HAPPY_PATH", 70);
  await sampled("10-06", "EDGE_CASE", 20);
  await sampled("10-06", "DRIFT", 10);
  await sampled("10-07", "HAPPY_PATH", 80);
  await sampled("10-07", "EDGE_CASE", 20);
  // Outside the period: never counted.
  await sampled("09-20", "EDGE_CASE", 1000);
  // What was mined in the period: three failures (edge cases), all accepted into the eval set,
  // plus one baseline case (happy path) still pending.
  for (const hour of ["10", "11", "12"]) {
    await makeFixtureCase({ sourceId, minedAt: at(`10-06T${hour}:00:00`), status: "ACCEPTED", category: "EDGE_CASE", minedReasons: ["failure"], decidedAt: at("10-08T10:00:00"), reviewerId: reviewer.id });
  }
  await makeFixtureCase({ sourceId, minedAt: at("10-07T10:00:00"), suggestedCategory: "HAPPY_PATH", minedReasons: ["baseline"] });
  // A mined case in a later period with no sampled counts at all.
  await makeFixtureCase({ sourceId, minedAt: at("11-16T10:00:00"), suggestedCategory: "DRIFT", minedReasons: ["drift"] });
  await refreshDashboardMetrics();
  filters = parseMetricsFilters({ source: sourceId, from: "2026-10-05", to: "2026-10-11" });
  emptyPeriod = parseMetricsFilters({ source: sourceId, from: "2026-11-16", to: "2026-11-22" });
});

describe("representativeness against all sampled traffic", () => {
  it("compares the eval set's categories with every sampled record of the period, not with the mined cases", async () => {
    const result = await representativeness(filters);
    expect(result.basis).toBe("sampled");
    const category = Object.fromEntries(result.rows.filter((r) => r.dimension === "category").map((r) => [r.key, [r.production, r.evalset]]));
    // Production: 150 happy, 40 edge, 10 drift (of 200); the eval set: 3 edge cases.
    expect(category).toEqual({ HAPPY_PATH: [150, 0], EDGE_CASE: [40, 3], DRIFT: [10, 0] });
    const happy = result.rows.find((r) => r.dimension === "category" && r.key === "HAPPY_PATH")!;
    expect(happy.productionShare).toBeCloseTo(0.75);
    // Mining reasons can only compare mined cases: 3 failures and 1 baseline in the period.
    const reason = Object.fromEntries(result.rows.filter((r) => r.dimension === "reason").map((r) => [r.key, [r.production, r.evalset]]));
    expect(reason).toEqual({ failure: [3, 3], baseline: [1, 0] });
    // The gaps a failure-only queue hides: edge cases 20% vs 100% (80 points), happy paths
    // 75% vs 0% (75 points); drift 5% vs 0% is exactly the 5-point minimum; reasons 75/25 vs 100/0 (25 points).
    expect(result.callouts).toEqual([
      "Edge cases are 20% of production but 100% of the eval set.",
      "Happy path cases are 75% of production but 0% of the eval set.",
      "Cases mined for failure are 75% of production but 100% of the eval set.",
    ]);
  });

  it("falls back to the mined cases when nothing was counted in the period, and says so", async () => {
    const result = await representativeness(emptyPeriod);
    expect(result.basis).toBe("mined");
    const category = Object.fromEntries(result.rows.filter((r) => r.dimension === "category").map((r) => [r.key, [r.production, r.evalset]]));
    expect(category).toEqual({ DRIFT: [1, 0], EDGE_CASE: [0, 3] });
  });

  it("reads the same numbers from the rollups and from the base tables", async () => {
    for (const f of [filters, emptyPeriod]) expect(await representativeness(f, "rollup")).toEqual(await representativeness(f, "direct"));
  });
});
