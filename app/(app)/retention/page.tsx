import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { lastCompletedPurge, recentPurgeRuns, retentionOverview } from "@/lib/retention/settings";
import { countOf, formatDateTime } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { RetentionSourceTable } from "@/components/retention/retention-source-table";
import { PurgeRunsTable } from "@/components/retention/purge-runs-table";

export const metadata: Metadata = { title: "Retention" };

export default async function RetentionPage() {
  await requirePagePermission("retention:read");
  const [sources, last, runs] = await Promise.all([retentionOverview(), lastCompletedPurge(), recentPurgeRuns(5)]);
  return (
    <>
      <PageHeader title="Retention" description="How long each source's production logs are kept, what is deleted when, and what is kept." />
      <section aria-labelledby="how-it-works" className="mb-8 rounded-xl border border-slate-200 bg-white p-5 text-sm leading-6 text-slate-700">
        <h2 id="how-it-works" className="mb-2 font-medium text-slate-900">
          What is deleted, and what is kept
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>Every sampled log is redacted before it is stored. It is deleted once it is older than its source&apos;s retention period below.</li>
          <li>Cases mined from a deleted log go with it, unless a reviewer accepted them (pending and discarded cases are deleted).</li>
          <li>Accepted eval items keep their own sanitised (redacted) copy and stay in the eval set; only their link to the deleted log is removed.</li>
          <li>A purge runs automatically every hour. Changing a period applies to logs already stored: a shorter one deletes older logs at the next run.</li>
        </ul>
        <p className="mt-3">
          Last purge: {last ? `${formatDateTime(last.startedAt)} UTC, deleted ${countOf(last.deletedLogs, "log")} and ${countOf(last.deletedCases, "case")}.` : "none yet."}
        </p>
      </section>
      {sources.length === 0 ? <EmptyState title="No sources yet">Sources appear here once an admin creates them.</EmptyState> : <RetentionSourceTable sources={sources} />}
      <h2 className="mt-10 mb-3 text-lg font-medium">Recent purge runs</h2>
      <PurgeRunsTable runs={runs} />
    </>
  );
}
