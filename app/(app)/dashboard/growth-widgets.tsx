import { acceptedPerWeek, evalSetGrowth } from "@/lib/metrics/growth";
import { weeklyTarget } from "@/lib/metrics/targets";
import type { MetricsFilters } from "@/lib/metrics/filters";
import { formatCount } from "@/lib/core/format";
import { currentEvalSetSize } from "@/lib/metrics/live-size";
import { NumbersTable, WidgetCard } from "@/components/dashboard/widget-card";
import { GrowthChart } from "@/components/dashboard/growth-chart";
import { TargetChart } from "@/components/dashboard/target-chart";

/** Eval-set size over time, cumulative, stacked by category. */
export async function GrowthWidget({ filters, csvHref }: { filters: MetricsFilters; csvHref: string }) {
  const [rows, now] = await Promise.all([evalSetGrowth(filters), currentEvalSetSize(filters.sourceId)]);
  return (
    <WidgetCard
      title="Eval-set size"
      description={`Items in the eval set at the end of each week, by category. Now: ${formatCount(now)} (live).`}
      csvHref={csvHref}
      table={<NumbersTable caption="Eval-set size per week" header={["Week of", "Happy path", "Edge case", "Adversarial", "Drift", "Total"]} rows={rows.map((r) => [r.week, r.HAPPY_PATH, r.EDGE_CASE, r.ADVERSARIAL, r.DRIFT, r.total])} />}
    >
      <GrowthChart rows={rows} />
    </WidgetCard>
  );
}

/** Accepted per week against the target band, with this week's progress (live). */
export async function TargetWidget({ filters, csvHref }: { filters: MetricsFilters; csvHref: string }) {
  const [{ weeks, currentWeek }, band] = await Promise.all([acceptedPerWeek(filters), weeklyTarget(filters.sourceId)]);
  const toGo = Math.max(0, band.min - currentWeek.accepted);
  return (
    <WidgetCard
      title="Accepted per week"
      description={`Target band ${band.min}-${band.max} (${band.scope === "source" ? "this source's" : "overall"}). This week: ${currentWeek.accepted} accepted${toGo > 0 ? `, ${toGo} to reach the band` : currentWeek.accepted > band.max ? ", above the band" : ", within the band"}.`}
      csvHref={csvHref}
      table={<NumbersTable caption="Accepted per week" header={["Week of", "Accepted", "Target"]} rows={weeks.map((w) => [w.week, w.accepted, `${band.min}-${band.max}`])} />}
    >
      <TargetChart weeks={weeks} min={band.min} max={band.max} currentWeek={currentWeek.week} />
    </WidgetCard>
  );
}
