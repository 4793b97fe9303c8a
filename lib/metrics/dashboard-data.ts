import { db } from "@/lib/db";
import { currentBatchProgress } from "@/lib/batches/current-batch";
import type { MetricsFilters } from "./filters";
import { acceptedPerWeek, evalSetGrowth } from "./growth";
import { backlog, funnel } from "./funnel";
import { throughput } from "./throughput";
import { representativeness } from "./representativeness";
import { weeklyTarget } from "./targets";
import type { MetricsMode } from "./views";

/** Sources for the filter and target forms. */
export async function dashboardSources() {
  return await db.source.findMany({ select: { id: true, name: true, weeklyTargetMin: true, weeklyTargetMax: true }, orderBy: { name: "asc" } });
}

/**
 * Every query the dashboard page runs, at once. The page itself streams each widget
 * separately; this is what `npm run bench:dashboard` times (and its baseline, with
 * mode "direct": the same aggregates computed from the base tables).
 */
export async function loadDashboardData(filters: MetricsFilters, mode: MetricsMode = "rollup", now: Date = new Date()) {
  const [growth, accepted, band, funnelCounts, backlogNow, current, throughputNow, mix, sources] = await Promise.all([
    evalSetGrowth(filters, mode),
    acceptedPerWeek(filters, now, mode),
    weeklyTarget(filters.sourceId),
    funnel(filters, mode),
    backlog(filters, mode),
    currentBatchProgress({ now, sourceId: filters.sourceId ?? undefined }),
    throughput(filters, mode),
    representativeness(filters, mode),
    dashboardSources(),
  ]);
  return { growth, accepted, band, funnel: funnelCounts, backlog: backlogNow, current, throughput: throughputNow, mix, sources };
}
