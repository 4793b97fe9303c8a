import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeSource, makeUser } from "@/lib/testing/factories";
import { makeFixtureCase, makeSourceLog } from "@/lib/testing/retention";
import { refreshDashboardMetrics } from "./refresh";
import { parseMetricsFilters, type MetricsFilters } from "./filters";
import { acceptedPerWeek, evalSetGrowth } from "./growth";
import { backlog, funnel } from "./funnel";
import { throughput } from "./throughput";
import { representativeness } from "./representativeness";
import { widgetCsv } from "./csv";

// Hand-computed fixture (README of this test: every expected number below is derived
// in the comments from these rows, not from the code under test).
const at = (s: string) => new Date(`2026-${s}Z`);
let filters: MetricsFilters;
let sourceId: string;
let names: { r1: string; r2: string };
let c4MinedAt: Date;

beforeAll(async () => {
  const source = await makeSource({ retentionDays: 3650 });
  sourceId = source.id;
  const [r1, r2] = await Promise.all([makeUser("REVIEWER"), makeUser("REVIEWER")]);
  names = { r1: r1.name, r2: r2.name };
  await db.user.update({ where: { id: r2.id }, data: { name: "Second Reviewer" } });
  names.r2 = "Second Reviewer";
  for (let i = 0; i < 10; i++) await makeSourceLog(sourceId, { receivedAt: at("10-06T09:00:00") });
  for (let i = 0; i < 5; i++) await makeSourceLog(sourceId, { receivedAt: at("10-14T09:00:00") });
  await makeSourceLog(sourceId, { receivedAt: at("09-30T09:00:00") }); // before the range
  const c = (spec: Omit<Parameters<typeof makeFixtureCase>[0], "sourceId">) => makeFixtureCase({ sourceId, ...spec });
  await c({ minedAt: at("09-28T10:00:00"), status: "ACCEPTED", category: "HAPPY_PATH", minedReasons: ["failure"], decidedAt: at("09-29T10:00:00"), reviewerId: r1.id }); // c0
  const c1 = await c({ minedAt: at("10-06T10:00:00"), status: "ACCEPTED", category: "DRIFT", minedReasons: ["failure"], decidedAt: at("10-07T10:00:00"), reviewerId: r1.id });
  await c({ minedAt: at("10-06T11:00:00"), status: "ACCEPTED", category: "EDGE_CASE", minedReasons: ["failure", "negative_feedback"], decidedAt: at("10-08T10:00:00"), reviewerId: r2.id }); // c2
  await c({ minedAt: at("10-07T10:00:00"), status: "DISCARDED", suggestedCategory: "HAPPY_PATH", minedReasons: ["low_confidence"], decidedAt: at("10-08T11:00:00"), reviewerId: r1.id }); // c3
  c4MinedAt = at("10-07T12:00:00");
  await c({ minedAt: c4MinedAt, suggestedCategory: "DRIFT", minedReasons: ["escalation"] }); // c4 pending
  await c({ minedAt: at("10-13T10:00:00"), status: "ACCEPTED", category: "HAPPY_PATH", minedReasons: ["negative_feedback"], decidedAt: at("10-14T10:00:00"), reviewerId: r1.id }); // c5
  const c6 = await c({ minedAt: at("10-13T11:00:00"), suggestedCategory: "DRIFT", minedReasons: ["failure"] }); // c6 pending
  // Two near-duplicates joined c6: 3 mined records, one case.
  await db.case.update({ where: { id: c6.id }, data: { groupSize: 3 } });
  await c({ minedAt: at("10-14T10:00:00"), status: "DISCARDED", suggestedCategory: "EDGE_CASE", minedReasons: ["failure"], decidedAt: at("10-20T10:00:00"), reviewerId: r2.id }); // c7
  // c1's eval item is re-labelled ADVERSARIAL on 10-21: version 1 ends, version 2 starts.
  const v1 = await db.evalItem.findFirstOrThrow({ where: { caseId: c1.id } });
  await db.evalItem.update({ where: { id: v1.id }, data: { validTo: at("10-21T09:00:00") } });
  await db.evalItem.create({
    data: { ...v1, id: undefined, version: 2, category: "ADVERSARIAL", validFrom: at("10-21T09:00:00"), validTo: null, input: v1.input as object, productionOutput: undefined },
  });
  await refreshDashboardMetrics();
  filters = parseMetricsFilters({ source: sourceId, from: "2026-10-05", to: "2026-10-25" });
});

describe("dashboard numbers against a hand-computed fixture", () => {
  it("eval-set growth is cumulative per category, counting re-labels", async () => {
    expect(await evalSetGrowth(filters)).toEqual([
      { week: "2026-10-05", HAPPY_PATH: 1, EDGE_CASE: 1, ADVERSARIAL: 0, DRIFT: 1, total: 3 },
      { week: "2026-10-12", HAPPY_PATH: 2, EDGE_CASE: 1, ADVERSARIAL: 0, DRIFT: 1, total: 4 },
      { week: "2026-10-19", HAPPY_PATH: 2, EDGE_CASE: 1, ADVERSARIAL: 1, DRIFT: 0, total: 4 },
    ]);
  });

  it("accepted per week by decision time, the current week counted live", async () => {
    const now = at("10-21T12:00:00");
    expect((await acceptedPerWeek(filters, now)).weeks.map((w) => w.accepted)).toEqual([2, 1, 0]);
    // Accepted after the last refresh: the current week sees it at once.
    const reviewer = await makeUser("REVIEWER");
    await makeFixtureCase({ sourceId, minedAt: at("10-20T10:00:00"), status: "ACCEPTED", decidedAt: at("10-21T10:00:00"), reviewerId: reviewer.id });
    const live = await acceptedPerWeek(filters, now);
    expect(live.currentWeek).toEqual({ week: "2026-10-19", accepted: 1 });
    expect(live.weeks.map((w) => w.accepted)).toEqual([2, 1, 1]);
    await db.evalItem.deleteMany({ where: { case: { minedAt: at("10-20T10:00:00"), sourceId } } });
    await db.case.deleteMany({ where: { minedAt: at("10-20T10:00:00"), sourceId } });
  });

  it("funnel: 15 sampled -> 9 mined records -> 7 cases -> 5 triaged -> 3 accepted / 2 discarded", async () => {
    expect(await funnel(filters)).toEqual({ sampled: 15, mined: 9, cases: 7, triaged: 5, accepted: 3, discarded: 2 });
  });

  it("backlog: 2 pending, the oldest mined 10-07, per-batch progress", async () => {
    const result = await backlog(filters);
    expect(result.pending).toBe(2);
    expect(result.oldestPendingMinedAt).toEqual(c4MinedAt);
    expect(result.batches.filter((b) => b.isoWeek <= "2026-W42")).toEqual([
      { isoWeek: "2026-W42", status: "OPEN", pending: 1, accepted: 1, discarded: 1 },
      { isoWeek: "2026-W41", status: "OPEN", pending: 1, accepted: 2, discarded: 1 },
    ]);
  });

  it("throughput per week and per reviewer with acceptance rates", async () => {
    const result = await throughput(filters);
    expect(result.weeks).toEqual([
      { week: "2026-10-05", accepted: 2, discarded: 1, acceptanceRate: 2 / 3 },
      { week: "2026-10-12", accepted: 1, discarded: 0, acceptanceRate: 1 },
      { week: "2026-10-19", accepted: 0, discarded: 1, acceptanceRate: 0 },
    ]);
    expect(result.reviewers).toEqual([
      { reviewer: names.r1, decided: 3, accepted: 2, acceptanceRate: 2 / 3, perWeek: 1 },
      { reviewer: "Second Reviewer", decided: 2, accepted: 1, acceptanceRate: 0.5, perWeek: 0.7 },
    ]);
  });

  it("representativeness: mixes side by side, the largest gaps in words", async () => {
    const result = await representativeness(filters);
    const category = Object.fromEntries(result.rows.filter((r) => r.dimension === "category").map((r) => [r.key, [r.production, r.evalset]]));
    expect(category).toEqual({ DRIFT: [3, 0], EDGE_CASE: [2, 1], HAPPY_PATH: [2, 2], ADVERSARIAL: [0, 1] });
    const reason = Object.fromEntries(result.rows.filter((r) => r.dimension === "reason").map((r) => [r.key, [r.production, r.evalset]]));
    expect(reason).toEqual({ failure: [4, 3], negative_feedback: [2, 2], escalation: [1, 0], low_confidence: [1, 0] });
    expect(result.callouts).toEqual([
      "Drift cases are 43% of production but 0% of the eval set.",
      "Adversarial cases are 0% of production but 25% of the eval set.",
      "Happy path cases are 29% of production but 50% of the eval set.",
    ]);
  });

  it("the CSV downloads carry the same numbers as the widgets", async () => {
    expect(await widgetCsv("funnel", filters)).toEqual({
      filename: "evalmine-funnel-2026-10-05-to-2026-10-25.csv",
      csv: "stage,count\r\nsampled,15\r\nmined,9\r\ncases,7\r\ntriaged,5\r\naccepted,3\r\ndiscarded,2\r\n",
    });
    expect((await widgetCsv("throughput", filters)).csv).toBe(
      "week_start,accepted,discarded,acceptance_rate\r\n2026-10-05,2,1,0.667\r\n2026-10-12,1,0,1\r\n2026-10-19,0,1,0\r\n",
    );
    expect((await widgetCsv("growth", filters)).csv.split("\r\n")[3]).toBe("2026-10-19,2,1,1,0,4");
  });

  it("the rollups compute exactly what the same queries over the base tables compute", async () => {
    await refreshDashboardMetrics();
    const all = parseMetricsFilters({ from: "2026-01-01", to: "2026-12-31" });
    for (const f of [filters, all]) {
      expect(await evalSetGrowth(f, "rollup")).toEqual(await evalSetGrowth(f, "direct"));
      expect(await funnel(f, "rollup")).toEqual(await funnel(f, "direct"));
      expect(await backlog(f, "rollup")).toEqual(await backlog(f, "direct"));
      expect(await throughput(f, "rollup")).toEqual(await throughput(f, "direct"));
      expect(await representativeness(f, "rollup")).toEqual(await representativeness(f, "direct"));
    }
  });
});
