import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { recentPurgeRuns, retentionOverview } from "@/lib/retention/settings";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { RetentionForm } from "@/components/retention/retention-form";
import { PurgeRunsTable } from "@/components/retention/purge-runs-table";
import { retentionImpactAction, updateRetentionAction } from "./actions";

export const metadata: Metadata = { title: "Retention settings" };

export default async function Page() {
  await requirePagePermission("settings:manage");
  const [sources, runs] = await Promise.all([retentionOverview(), recentPurgeRuns(10)]);
  return (
    <>
      <PageHeader
        title="Retention settings"
        description="Retention period and policy per source. A change applies to logs already stored: a shorter period deletes older logs at the next hourly purge. Every change and every purge is audited."
      />
      {sources.length === 0 ? (
        <EmptyState title="No sources yet">Create a source under Sources; its retention period is set there first and edited here.</EmptyState>
      ) : (
        <div className="grid gap-4">
          {sources.map((source) => (
            <RetentionForm key={source.id} action={updateRetentionAction} impactOf={retentionImpactAction} source={source} />
          ))}
        </div>
      )}
      <h2 className="mt-10 mb-3 text-lg font-medium">Recent purge runs</h2>
      <PurgeRunsTable runs={runs} />
    </>
  );
}
