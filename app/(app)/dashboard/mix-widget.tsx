import { humanise, representativeness, type MixRow } from "@/lib/metrics/representativeness";
import { CATEGORY_LABEL, miningReasonLabel } from "@/lib/core/labels";
import type { MetricsFilters } from "@/lib/metrics/filters";
import { NumbersTable, WidgetCard } from "@/components/dashboard/widget-card";
import { MixChart } from "@/components/dashboard/mix-chart";

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** The label people read for a row's key: the category's or the mining reason's, never the stored value. */
function keyLabel(row: Pick<MixRow, "dimension" | "key">): string {
  if (row.dimension === "reason") return miningReasonLabel(row.key);
  return CATEGORY_LABEL[row.key as keyof typeof CATEGORY_LABEL] ?? humanise(row.key);
}

/** The eval set's category and mining-reason mix next to production's, largest gaps in words. */
export async function MixWidget({ filters, csvHref }: { filters: MetricsFilters; csvHref: string }) {
  const { rows, callouts, basis } = await representativeness(filters);
  const categories = rows.filter((r) => r.dimension === "category").map((r) => ({ ...r, key: keyLabel(r) }));
  const reasons = rows.filter((r) => r.dimension === "reason").map((r) => ({ ...r, key: keyLabel(r) }));
  return (
    <WidgetCard
      wide
      title="Representativeness"
      description={
        basis === "sampled"
          ? "Does the eval set look like production? Categories: every sampled record of the period, by the category suggested for it, vs. the current eval set. Mining reasons: the period's mined cases vs. the eval set."
          : "Does the eval set look like production? No sampled traffic was counted in this period, so both mixes compare the period's mined cases with the current eval set."
      }
      csvHref={csvHref}
      table={
        <NumbersTable
          caption="Production vs eval-set mix"
          header={["Dimension", "Value", basis === "sampled" ? "Production (sampled records / mined cases)" : "Production (mined cases)", "Share", "Eval set", "Share"]}
          rows={rows.map((r) => [r.dimension === "reason" ? "Mining reason" : "Category", keyLabel(r), r.production, pct(r.productionShare), r.evalset, pct(r.evalsetShare)])}
        />
      }
    >
      {callouts.length > 0 ? (
        <ul className="mb-3 space-y-1 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          {callouts.map((line, index) => (
            <li key={`${index}-${line}`}>{line}</li>
          ))}
        </ul>
      ) : (
        <p className="mb-3 text-sm text-slate-600">{rows.length === 0 ? "No sampled traffic, mined cases or eval items yet." : "No gap of 5 points or more between production and the eval set."}</p>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <MixChart rows={categories} label="Category mix: production vs eval set" production={basis === "sampled" ? "Production (sampled)" : "Production (mined)"} />
        <MixChart rows={reasons} label="Mining-reason mix: production vs eval set" production="Production (mined)" />
      </div>
    </WidgetCard>
  );
}
