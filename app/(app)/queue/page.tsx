import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { claimNextCase } from "@/lib/triage/claim";
import { getCaseView, recentlyTriaged } from "@/lib/triage/queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { CaseWorkbench } from "@/components/triage/case-workbench";
import { RecentlyTriaged } from "@/components/triage/recently-triaged";
import { CurrentBatchSummary } from "@/components/batches/current-batch-summary";
import { currentBatchProgress } from "@/lib/batches/current-batch";
import { decideAction, redactAction, renewLeaseAction } from "./actions";

export const metadata: Metadata = { title: "Queue" };

export default async function QueuePage() {
  const user = await requirePagePermission("queue:view");
  const canTriage = can(user.role, "case:triage");
  // Opening the queue claims (or resumes) this reviewer's case: one atomic UPDATE, see lib/triage/claim.ts.
  const caseId = canTriage ? await claimNextCase(user.id) : null;
  const [view, recent, batch] = await Promise.all([caseId ? getCaseView(caseId) : null, recentlyTriaged(user.id), currentBatchProgress()]);
  return (
    <>
      <PageHeader title="Triage queue" description="Write the expected output, pick a category, then accept, discard or skip. Press ? for keyboard shortcuts." />
      <CurrentBatchSummary batch={batch} />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div>
          {view ? (
            <CaseWorkbench view={view} mode="triage" decide={decideAction} redact={redactAction} renew={renewLeaseAction} />
          ) : (
            <EmptyState title="No cases waiting">{canTriage ? "You're all caught up: every case of the open batches is decided, claimed by a colleague or skipped by you today." : "Your role can't triage cases."}</EmptyState>
          )}
        </div>
        <RecentlyTriaged items={recent} />
      </div>
    </>
  );
}
