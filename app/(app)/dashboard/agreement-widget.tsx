import Link from "next/link";
import { agreementByWeek } from "@/lib/metrics/agreement-data";
import type { MetricsFilters } from "@/lib/metrics/filters";
import { countOf } from "@/lib/core/format";
import { WidgetCard } from "@/components/dashboard/widget-card";
import { DataTable } from "@/components/ui/data-table";

const pct = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);
const kappaText = (kappa: number | null) => (kappa === null ? "—" : kappa.toFixed(2));

/**
 * Agreement of first and second reviewers per week of the second review: Cohen's kappa
 * of their categories, how often they picked the same one, and the share of accepts the
 * second reviewer approved; the week's disagreements are one click away.
 */
export async function AgreementWidget({ filters }: { filters: MetricsFilters }) {
  const weeks = await agreementByWeek(filters);
  const reviewed = weeks.reduce((sum, w) => sum + w.reviewed, 0);
  const disagreementsHref = (week: string) => `/dashboard/disagreements?${new URLSearchParams({ week, ...(filters.sourceId ? { source: filters.sourceId } : {}) })}`;
  return (
    <WidgetCard
      wide
      title="Reviewer agreement"
      description={`Cases seen by two people (second review): ${countOf(reviewed, "case")} in the period. Kappa is 1 for full agreement on the category and 0 for what chance gives; the approved share is how often the second reviewer agreed with the accept.`}
    >
      {/* Six columns are wider than a phone: the table scrolls, not the page ("relative" keeps
          the links' screen-reader text, positioned absolutely, inside the scrolling box). */}
      <div className="relative overflow-x-auto">
        <DataTable
          variant="compact"
          caption="Agreement per week"
          rows={weeks}
          rowKey={(w) => w.week}
          empty="No second reviews in the period."
          columns={[
            { header: "Week", rowHeader: true, cell: (w) => w.week },
            { header: "Reviewed", align: "right", cell: (w) => w.reviewed, className: "tabular-nums" },
            { header: "Category kappa", align: "right", cell: (w) => kappaText(w.categoryKappa), className: "tabular-nums" },
            { header: "Same category", align: "right", cell: (w) => pct(w.categoryAgreement), className: "tabular-nums" },
            { header: "Approved", align: "right", cell: (w) => pct(w.decisionAgreement), className: "tabular-nums" },
            {
              header: "Disagreements",
              align: "right",
              className: "tabular-nums",
              cell: (w) =>
                w.disagreements > 0 ? (
                  <Link href={disagreementsHref(w.week)} className="underline">
                    {w.disagreements}
                    <span className="sr-only"> disagreements in {w.week}</span>
                  </Link>
                ) : (
                  0
                ),
            },
          ]}
        />
      </div>
    </WidgetCard>
  );
}
