import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isoWeekOf } from "@/lib/batches/iso-week";
import { makeSource, makeUser } from "@/lib/testing/factories";
import { refreshDashboardMetrics } from "@/lib/metrics/refresh";
import { parseMetricsFilters, type MetricsFilters } from "@/lib/metrics/filters";
import { evalSetGrowth } from "@/lib/metrics/growth";
import { funnel } from "@/lib/metrics/funnel";
import { throughput } from "@/lib/metrics/throughput";
import { representativeness } from "@/lib/metrics/representativeness";
import { seedDemoHistory } from "./history";

// Far from every other test's dates: the test database is shared, and the history closes
// the weekly batches of its twelve weeks (another file's cases in those weeks would move on).
const NOW = new Date("2030-03-04T10:00:00Z");
let sourceId: string;
let filters: MetricsFilters;
let made: Awaited<ReturnType<typeof seedDemoHistory>>;
let reviewerIds: [string, string];

beforeAll(async () => {
  sourceId = (await makeSource({ retentionDays: 30 })).id;
  const [r1, r2, lead] = await Promise.all([makeUser("REVIEWER"), makeUser("REVIEWER"), makeUser("LEAD")]);
  reviewerIds = [r1.id, r2.id];
  made = await seedDemoHistory({ id: sourceId, retentionDays: 30 }, { reviewerIds, leadId: lead.id }, NOW);
  await refreshDashboardMetrics();
  const weekStart = isoWeekOf(NOW).start;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const parsed = parseMetricsFilters({ source: sourceId, from: day(new Date(weekStart.getTime() - 12 * 7 * 86_400_000)), to: day(new Date(weekStart.getTime() - 86_400_000)) }, NOW);
  expect(parsed.problem).toBeNull();
  filters = parsed;
}, 120_000);

describe("demo history: twelve weeks before the current one", () => {
  it("closes one batch per week and leaves the current week alone", async () => {
    const weeks = await db.case.findMany({ where: { sourceId }, select: { batch: { select: { isoWeek: true, status: true } } }, distinct: ["batchId"] });
    expect(weeks).toHaveLength(12);
    expect(weeks.every((w) => w.batch.status === "CLOSED")).toBe(true);
    expect(weeks.map((w) => w.batch.isoWeek)).not.toContain(isoWeekOf(NOW).label);
    expect(await db.case.count({ where: { sourceId, status: "PENDING" } })).toBe(0);
    expect(await db.evalItem.count({ where: { sourceId, labelledAt: { gte: isoWeekOf(NOW).start } } })).toBe(0);
  });

  it("holds accepted items of all four categories, discards, and two reviewers' decisions", async () => {
    const categories = await db.evalItem.groupBy({ by: ["category"], where: { sourceId }, _count: true });
    expect(categories.map((c) => c.category).sort()).toEqual(["ADVERSARIAL", "DRIFT", "EDGE_CASE", "HAPPY_PATH"]);
    expect(made.discarded).toBeGreaterThan(0);
    expect(await db.case.count({ where: { sourceId, status: "DISCARDED", discardReason: { not: null } } })).toBe(made.discarded);
    const deciders = await db.case.groupBy({ by: ["decidedById"], where: { sourceId }, _count: true });
    expect(deciders.map((d) => d.decidedById).sort()).toEqual([...reviewerIds].sort());
    const reviews = await db.caseReview.findMany({ where: { case: { sourceId } } });
    expect(reviews.length).toBe(made.reviews);
    expect(reviews.every((r) => r.reviewerId !== r.firstReviewerId)).toBe(true);
  });

  it("keeps records only within retention; counts of sampled traffic for every day", async () => {
    const oldest = await db.sourceLog.aggregate({ where: { sourceId }, _min: { receivedAt: true } });
    expect(oldest._min.receivedAt!.getTime()).toBeGreaterThanOrEqual(NOW.getTime() - 30 * 86_400_000);
    const days = await db.sampledTraffic.groupBy({ by: ["day"], where: { sourceId } });
    expect(days.length).toBeGreaterThanOrEqual(84);
    expect(await db.trafficFingerprint.count({ where: { sourceId } })).toBeGreaterThan(0);
  });

  it("gives every dashboard widget something real over the twelve weeks", async () => {
    const growth = await evalSetGrowth(filters);
    expect(growth.at(-1)!.total).toBe(made.items);
    expect(growth.at(-1)!.DRIFT).toBeGreaterThan(0);
    const flow = await funnel(filters);
    expect(flow).toMatchObject({ accepted: made.items });
    const perWeek = await throughput(filters);
    expect(perWeek.reviewers).toHaveLength(2);
    const mix = await representativeness(filters);
    expect(mix.basis).toBe("sampled");
    expect(mix.rows.filter((r) => r.dimension === "category" && r.production > 0 && r.evalset > 0)).toHaveLength(4);
  });
});
