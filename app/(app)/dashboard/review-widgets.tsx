import { backlog, funnel } from "@/lib/metrics/funnel";
import { throughput } from "@/lib/metrics/throughput";
import type { MetricsFilters } from "@/lib/metrics/filters";
import { countOf } from "@/lib/core/format";
import { BATCH_STATUS_LABEL } from "@/lib/core/labels";
import { NumbersTable, WidgetCard } from "@/components/dashboard/widget-card";
import { FunnelChart } from "@/components/dashboard/funnel-chart";
import { ThroughputChart } from "@/components/dashboard/throughput-chart";
import { BatchProgressChart } from "@/components/dashboard/batch-progress-chart";

const pct = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);

/** sampled -> mined -> cases -> triaged -> accepted / discarded for the period. */
export async function FunnelWidget({ filters, csvHref }: { filters: MetricsFilters; csvHref: string }) {
  const f = await funnel(filters);
  const stages = [
    { stage: "Sampled", count: f.sampled },
    { stage: "Mined", count: f.mined },
    { stage: "Cases", count: f.cases },
    { stage: "Triaged", count: f.triaged },
    { stage: "Accepted", count: f.accepted },
    { stage: "Discarded", count: f.discarded },
  ];
  return (
    <WidgetCard
      title="Funnel"
      description="Logs sampled in the period, records mined from them, the cases they became (near-duplicates share one case), and what triage made of those cases."
      csvHref={csvHref}
      table={<NumbersTable caption="Funnel" header={["Stage", "Count"]} rows={stages.map((s) => [s.stage, s.count])} />}
    >
      <FunnelChart stages={stages} />
    </WidgetCard>
  );
}

/** Pending cases and the age of the oldest; per-batch progress. */
export async function BacklogWidget({ filters, csvHref, now = new Date() }: { filters: MetricsFilters; csvHref: string; now?: Date }) {
  const b = await backlog(filters);
  const ageDays = b.oldestPendingMinedAt ? Math.floor((now.getTime() - b.oldestPendingMinedAt.getTime()) / 86_400_000) : null;
  return (
    <WidgetCard
      title="Backlog"
      description={`${countOf(b.pending, "pending case")}${ageDays === null ? "" : `; the oldest was mined ${ageDays === 0 ? "today" : `${countOf(ageDays, "day")} ago`}`}.`}
      csvHref={csvHref}
      table={<NumbersTable caption="Per-batch progress" header={["Batch", "Status", "Pending", "Accepted", "Discarded"]} rows={b.batches.map((x) => [x.isoWeek, BATCH_STATUS_LABEL[x.status], x.pending, x.accepted, x.discarded])} />}
    >
      <BatchProgressChart batches={b.batches} />
    </WidgetCard>
  );
}

/** Reviewer decisions per week and acceptance rate, and per reviewer. */
export async function ThroughputWidget({ filters, csvHref, reviewersCsvHref, wide = false }: { filters: MetricsFilters; csvHref: string; reviewersCsvHref: string; wide?: boolean }) {
  const t = await throughput(filters);
  return (
    <WidgetCard
      title="Reviewer throughput"
      wide={wide}
      description="Decisions per week with the acceptance rate; per reviewer in the table."
      csvHref={csvHref}
      table={
        <>
          <NumbersTable caption="Decisions per week" header={["Week of", "Accepted", "Discarded", "Acceptance rate"]} rows={t.weeks.map((w) => [w.week, w.accepted, w.discarded, pct(w.acceptanceRate)])} />
          <NumbersTable caption="Per reviewer" header={["Reviewer", "Decided", "Accepted", "Acceptance rate", "Per week"]} rows={t.reviewers.map((r) => [r.reviewer, r.decided, r.accepted, pct(r.acceptanceRate), r.perWeek])} />
          <a href={reviewersCsvHref} download className="mt-2 inline-block text-xs text-slate-600 underline">
            Per-reviewer CSV
          </a>
        </>
      }
    >
      <ThroughputChart weeks={t.weeks} />
    </WidgetCard>
  );
}
