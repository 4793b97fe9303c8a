import { originShare } from "@/lib/metrics/origin-share";
import type { MetricsFilters } from "@/lib/metrics/filters";
import { formatShortDay } from "@/lib/core/format";
import { NumbersTable, WidgetCard } from "@/components/dashboard/widget-card";

const pct = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

/** Mined vs. added (synthetic, hand-written) cases in the eval set, week by week. */
export async function OriginWidget({ filters }: { filters: MetricsFilters }) {
  const weeks = await originShare(filters);
  const last = weeks.at(-1);
  return (
    <WidgetCard
      wide
      title="Mined share"
      description={`Share of the eval set mined from production at the end of each week; the rest was written by hand or imported as synthetic cases. Now: ${pct(last?.minedShare ?? null)}.`}
      table={
        <NumbersTable
          caption="Eval set by origin per week"
          header={["Week of", "Mined", "Synthetic", "Hand-written", "Mined share"]}
          rows={weeks.map((w) => [w.week, w.mined, w.synthetic, w.handWritten, pct(w.minedShare)])}
        />
      }
    >
      <ol aria-label="Mined share per week" className="space-y-1 text-xs">
        {weeks.slice(-12).map((w) => (
          <li key={w.week} className="grid grid-cols-[4rem_minmax(0,1fr)_3rem] items-center gap-2">
            <span className="text-slate-600">{formatShortDay(w.week)}</span>
            <span className="h-3 overflow-hidden rounded bg-violet-100" aria-hidden="true">
              <span className="block h-full bg-sky-600" style={{ width: `${Math.round((w.minedShare ?? 0) * 100)}%` }} />
            </span>
            <span className="text-right tabular-nums">{pct(w.minedShare)}</span>
          </li>
        ))}
      </ol>
    </WidgetCard>
  );
}
