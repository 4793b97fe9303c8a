import { humanise, representativeness } from "@/lib/metrics/representativeness";
import type { MetricsFilters } from "@/lib/metrics/filters";
import { NumbersTable, WidgetCard } from "@/components/dashboard/widget-card";
import { MixChart } from "@/components/dashboard/mix-chart";

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** The eval set's category and mining-reason mix next to production's, largest gaps in words. */
export async function MixWidget({ filters, csvHref }: { filters: MetricsFilters; csvHref: string }) {
  const { rows, callouts } = await representativeness(filters);
  const categories = rows.filter((r) => r.dimension === "category").map((r) => ({ ...r, key: humanise(r.key) }));
  const reasons = rows.filter((r) => r.dimension === "reason").map((r) => ({ ...r, key: humanise(r.key) }));
  return (
    <WidgetCard
      wide
      title="Representativeness"
      description="Does the eval set look like production? Mix of mined production cases in the period vs. the current eval set."
      csvHref={csvHref}
      table={
        <NumbersTable
          caption="Production vs eval-set mix"
          header={["Dimension", "Value", "Production", "Share", "Eval set", "Share"]}
          rows={rows.map((r) => [r.dimension, humanise(r.key), r.production, pct(r.productionShare), r.evalset, pct(r.evalsetShare)])}
        />
      }
    >
      {callouts.length > 0 ? (
        <ul className="mb-3 space-y-1 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          {callouts.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p className="mb-3 text-sm text-slate-600">{rows.length === 0 ? "No mined cases or eval items yet." : "No gap of 5 points or more between production and the eval set."}</p>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <MixChart rows={categories} label="Category mix: production vs eval set" />
        <MixChart rows={reasons} label="Mining-reason mix: production vs eval set" />
      </div>
    </WidgetCard>
  );
}
