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
import { originShare } from "@/lib/metrics/origin-share";
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
    // The funnel is mined traffic: the lead's hand-written and imported items are not in it.
    expect(flow).toMatchObject({ accepted: made.items - made.curated });
    const perWeek = await throughput(filters);
    expect(perWeek.reviewers).toHaveLength(2);
    const mix = await representativeness(filters);
    expect(mix.basis).toBe("sampled");
    expect(mix.rows.filter((r) => r.dimension === "category" && r.production > 0 && r.evalset > 0)).toHaveLength(4);
  });
});

describe("demo history: curated cases and the audit log", () => {
  it("holds hand-written and imported items, so the eval set is not 100% mined", async () => {
    expect(made.curated).toBeGreaterThan(0);
    const origins = await db.evalItem.groupBy({ by: ["origin"], where: { sourceId }, _count: true });
    expect(origins.map((o) => o.origin).sort()).toEqual(["HAND_WRITTEN", "MINED", "SYNTHETIC"]);
    const last = (await originShare(filters)).at(-1)!;
    expect(last.minedShare).toBeGreaterThan(0.8);
    expect(last.minedShare).toBeLessThan(1);
    // Curated cases have no source log, as lib/curation adds them.
    expect(await db.case.count({ where: { sourceId, origin: { not: "MINED" }, sourceLogId: { not: null } } })).toBe(0);
  });

  it("writes the audit entries the real actions would: every decision, review, addition and closed week", async () => {
    const caseIds = (await db.case.findMany({ where: { sourceId }, select: { id: true } })).map((c) => c.id);
    const entries = await db.auditLog.findMany({ where: { OR: [{ targetId: { in: caseIds } }, { targetType: "Source", targetId: sourceId }] } });
    const batches = await db.auditLog.count({ where: { action: "batch.close", actorId: { not: null }, at: { lt: NOW } }, });
    expect(batches).toBeGreaterThanOrEqual(12);
    const count = (action: string) => entries.filter((e) => e.action === action).length;
    const accepted = await db.case.count({ where: { sourceId, status: "ACCEPTED" } });
    const reviewed = new Set((await db.caseReview.findMany({ where: { case: { sourceId } }, select: { caseId: true } })).map((r) => r.caseId)).size;
    // Every accept wrote case.accepted, or case.awaiting_approval then case.approved under second review.
    expect(count("case.accepted") + reviewed).toBe(accepted);
    expect(count("case.approved")).toBe(reviewed);
    expect(count("case.discarded")).toBe(made.discarded);
    expect(count("case.added") + count("cases.imported")).toBe(made.curated);
    expect(entries.every((e) => e.at < NOW && e.actorLabel.startsWith("user:") && e.actorId)).toBe(true);
    // Details are structured facts, never the conversation's text.
    expect(JSON.stringify(entries.map((e) => e.details))).not.toMatch(/order|refund|sofa/i);
  });
});
