import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeSource, makeUser } from "@/lib/testing/factories";
import { makeFixtureCase } from "@/lib/testing/retention";
import { refreshDashboardMetrics } from "./refresh";
import { parseMetricsFilters, type MetricsFilters } from "./filters";
import { backlog, funnel } from "./funnel";
import { representativeness } from "./representativeness";

// A lead's hand-written and imported cases go through the queue but were never traffic:
// the funnel and the production side of the mix leave them out, the backlog counts them.
let filters: MetricsFilters;

beforeAll(async () => {
  const sourceId = (await makeSource({ retentionDays: 3650 })).id;
  const reviewer = await makeUser("REVIEWER");
  const minedAt = new Date("2026-09-08T10:00:00Z");
  // Mined: one accepted edge case (a failure) and one pending drift case.
  await makeFixtureCase({ sourceId, minedAt, status: "ACCEPTED", category: "EDGE_CASE", minedReasons: ["failure"], decidedAt: minedAt, reviewerId: reviewer.id });
  await makeFixtureCase({ sourceId, minedAt, suggestedCategory: "DRIFT", minedReasons: ["drift"] });
  // Curated: an accepted hand-written adversarial case, an accepted synthetic one, a pending synthetic one.
  const curated = [
    await makeFixtureCase({ sourceId, minedAt, status: "ACCEPTED", category: "ADVERSARIAL", minedReasons: [], decidedAt: minedAt, reviewerId: reviewer.id }),
    await makeFixtureCase({ sourceId, minedAt, status: "ACCEPTED", category: "ADVERSARIAL", minedReasons: [], decidedAt: minedAt, reviewerId: reviewer.id }),
    await makeFixtureCase({ sourceId, minedAt, suggestedCategory: "HAPPY_PATH", minedReasons: [] }),
  ];
  const origins = ["HAND_WRITTEN", "SYNTHETIC", "SYNTHETIC"] as const;
  for (const [n, made] of curated.entries()) {
    await db.case.update({ where: { id: made.id }, data: { origin: origins[n] } });
    await db.evalItem.updateMany({ where: { caseId: made.id }, data: { origin: origins[n] } });
  }
  await refreshDashboardMetrics();
  filters = parseMetricsFilters({ source: sourceId, from: "2026-09-07", to: "2026-09-13" });
});

describe("curated cases are not production traffic", () => {
  it("leaves them out of the funnel's mined records, cases and decisions", async () => {
    for (const mode of ["rollup", "direct"] as const) {
      expect(await funnel(filters, mode)).toMatchObject({ mined: 2, cases: 2, triaged: 1, accepted: 1, discarded: 0 });
    }
  });

  it("still counts a pending curated case in the backlog: it waits in the queue like any other", async () => {
    for (const mode of ["rollup", "direct"] as const) {
      expect((await backlog(filters, mode)).pending).toBeGreaterThanOrEqual(2);
      const week = (await backlog(filters, mode)).batches.find((b) => b.isoWeek === "2026-W37");
      expect(week).toMatchObject({ pending: 2, accepted: 3 });
    }
  });

  it("compares the eval set (curated items included) with the mined cases only", async () => {
    for (const mode of ["rollup", "direct"] as const) {
      const result = await representativeness(filters, mode);
      expect(result.basis).toBe("mined");
      const category = Object.fromEntries(result.rows.filter((r) => r.dimension === "category").map((r) => [r.key, [r.production, r.evalset]]));
      expect(category).toEqual({ EDGE_CASE: [1, 1], DRIFT: [1, 0], ADVERSARIAL: [0, 2] });
    }
  });
});
