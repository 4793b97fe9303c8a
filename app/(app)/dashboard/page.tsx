import type { Metadata } from "next";
import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { after } from "next/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { filtersToSearch, parseMetricsFilters } from "@/lib/metrics/filters";
import { dashboardSources } from "@/lib/metrics/dashboard-data";
import { metricsRefreshedAt, refreshDashboardMetrics } from "@/lib/metrics/refresh";
import type { CsvWidget } from "@/lib/metrics/csv";
import { formatDateTime, isoDay } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { FiltersForm } from "@/components/dashboard/filters-form";
import { WidgetSkeleton } from "@/components/dashboard/widget-card";
import { GrowthWidget, TargetWidget } from "./growth-widgets";
import { BacklogWidget, FunnelWidget, ThroughputWidget } from "./review-widgets";
import { MixWidget } from "./mix-widget";
import { AgreementWidget } from "./agreement-widget";
import { CadencePanel } from "./cadence-panel";
import { OriginWidget } from "./origin-widget";

export const metadata: Metadata = { title: "Dashboard" };

// The parser names the URL parameter; a person reads the field's label.
const PROBLEM_TEXT: Record<string, string> = {
  source: "That source doesn't exist; choose one from the list.",
  "from must be on or before to.": "“From” is after “To”.",
};

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("dashboard:view");
  const params = await searchParams;
  const filters = parseMetricsFilters(params);
  const search = filtersToSearch(filters).toString();
  const csv = (widget: CsvWidget) => `/api/v1/metrics/${widget}?${search}`;
  const [sources, refreshedAt] = await Promise.all([dashboardSources(), metricsRefreshedAt()]);
  // A fresh install has rollups from migration time (empty) until the 5-minute job first
  // runs; the first visit starts that refresh so the next page load has real numbers.
  if (!refreshedAt) after(async () => void (await refreshDashboardMetrics().catch(() => false)));
  // A filter that can't be applied (malformed, "from" after "to", a source that doesn't
  // exist) is marked on its field with what was typed, and no figures are shown for a
  // range or source nobody asked for. A range over 3 years is only cut, and says so.
  const unknownSource = filters.sourceId !== null && !sources.some((s) => s.id === filters.sourceId);
  const invalid: { field: "source" | "from" | "to"; message: string } | null = unknownSource
    ? { field: "source", message: PROBLEM_TEXT.source }
    : filters.problem && !filters.rangeCut
      ? { field: filters.problemField ?? "from", message: (filters.problem && PROBLEM_TEXT[filters.problem]) ?? filters.problem }
      : null;
  const raw = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : "");
  // Each widget streams on its own; the key makes a filter change show skeletons again.
  const stream = (title: string, node: ReactNode, wide = false) => (
    <Suspense key={`${title}-${search}`} fallback={<WidgetSkeleton title={title} wide={wide} />}>
      {node}
    </Suspense>
  );
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`Eval-set growth, weekly cadence and the review funnel. Figures as of ${refreshedAt ? `${formatDateTime(refreshedAt)} UTC` : "the last refresh"} (refreshed every 5 minutes; this week's numbers are live).`}
      />
      {invalid ? (
        <>
          <FiltersForm sources={sources} sourceId={raw("source") || null} from={raw("from")} to={raw("to")} problems={{ [invalid.field]: invalid.message }} />
          <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
            <p>These filters can&apos;t be applied: {invalid.message} Fix the highlighted field, or reset the filters.</p>
            <Link href="/dashboard" className={buttonClass({ variant: "secondary", size: "sm" })}>
              Reset filters
            </Link>
          </div>
        </>
      ) : (
        <>
          <FiltersForm sources={sources} sourceId={filters.sourceId} from={isoDay(filters.from)} to={isoDay(filters.to)} />
          {filters.rangeCut && filters.problem ? (
            <p role="status" className="-mt-3 mb-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
              {filters.problem}
            </p>
          ) : null}
          {stream("Current batch", <CadencePanel filters={filters} canManage={can(user.role, "batch:manage")} sources={sources} />)}
          <div className="grid gap-6 lg:grid-cols-2">
            {stream("Eval-set size", <GrowthWidget filters={filters} csvHref={csv("growth")} />)}
            {stream("Accepted per week", <TargetWidget filters={filters} csvHref={csv("accepted")} />)}
            {stream("Funnel", <FunnelWidget filters={filters} csvHref={csv("funnel")} />)}
            {stream("Backlog", <BacklogWidget filters={filters} csvHref={csv("backlog")} />)}
            {/* Five half-width cards would leave one alone in its row: throughput takes the full width. */}
            {stream("Reviewer throughput", <ThroughputWidget wide filters={filters} csvHref={csv("throughput")} reviewersCsvHref={csv("reviewers")} />, true)}
            {stream("Representativeness", <MixWidget filters={filters} csvHref={csv("representativeness")} />, true)}
            {stream("Reviewer agreement", <AgreementWidget filters={filters} />, true)}
            {stream("Mined share", <OriginWidget filters={filters} />, true)}
          </div>
        </>
      )}
    </>
  );
}
