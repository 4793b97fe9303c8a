import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { claimNextCase } from "@/lib/triage/claim";
import { getCaseView, recentlyTriaged } from "@/lib/triage/queries";
import { pendingSkippedToday } from "@/lib/triage/undo-skip";
import { batchProgress, currentBatchProgress } from "@/lib/batches/current-batch";
import { isoWeekOf } from "@/lib/batches/iso-week";
import { countOf } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonForm } from "@/components/ui/button-form";
import { CaseWorkbench } from "@/components/triage/case-workbench";
import { RecentlyTriaged } from "@/components/triage/recently-triaged";
import { CurrentBatchSummary } from "@/components/batches/current-batch-summary";
import { SentBackNote } from "@/components/review/sent-back-note";
import { QueueReviewLinks } from "@/components/review/queue-links";
import { awaitingApprovalCount, sentBackNoteOf } from "@/lib/review/queries";
import { CategoryReminder } from "@/components/triage/category-reminder";
import { listGuidelines } from "@/lib/guidelines/store";
import { decideAction, redactAction, renewLeaseAction, undoSkipAction, unskipTodayAction } from "./actions";

export const metadata: Metadata = { title: "Queue" };

export default async function QueuePage() {
  const user = await requirePagePermission("queue:view");
  const canTriage = can(user.role, "case:triage");
  // Opening the queue claims (or resumes) this reviewer's case: one atomic UPDATE, see lib/triage/claim.ts.
  const caseId = canTriage ? await claimNextCase(user.id) : null;
  const [view, recent, skipped, guidelines] = await Promise.all([
    caseId ? getCaseView(caseId) : null,
    recentlyTriaged(user.id),
    canTriage && !caseId ? pendingSkippedToday(user.id) : 0,
    listGuidelines(),
  ]);
  // The batch the case in hand belongs to (a closed week's pending cases move on); else this week's.
  const batch = (view ? (await batchProgress([view.batchId]))[0] : undefined) ?? (await currentBatchProgress());
  // A case a second reviewer sent back shows their comment; the links lead to approvals and assignments.
  const [sentBack, awaiting] = await Promise.all([view ? sentBackNoteOf(view.id) : null, canTriage ? awaitingApprovalCount(user.id) : 0]);
  const header = (
    <>
      <PageHeader
        title="Triage queue"
        description="Write the expected output, pick a category, then accept, discard or skip. Press ? for keyboard shortcuts."
        actions={
          can(user.role, "curation:manage") ? (
            <Link href="/cases/new" className="text-sm text-slate-700 underline">
              Add cases
            </Link>
          ) : null
        }
      />
      <CategoryReminder />
      <CurrentBatchSummary batch={batch} thisWeek={isoWeekOf(new Date()).label} />
      <QueueReviewLinks awaiting={awaiting} canAssign={can(user.role, "batch:manage")} />
      {sentBack ? <SentBackNote {...sentBack} /> : null}
    </>
  );
  return (
    <>
      {view ? (
        <CaseWorkbench header={header} view={view} guidelines={guidelines} mode="triage" decide={decideAction} redact={redactAction} renew={renewLeaseAction} undoSkip={undoSkipAction} />
      ) : (
        <>
          {header}
          <EmptyState
            title="No cases waiting"
            action={
              skipped > 0 ? (
                <ButtonForm action={unskipTodayAction} fields={{}} toast>
                  Show the {countOf(skipped, "case")} I skipped
                </ButtonForm>
              ) : null
            }
          >
            {!canTriage
              ? "Your role can't triage cases."
              : skipped > 0
                ? `Nothing new for you, but you skipped ${countOf(skipped, "case")} today that ${skipped === 1 ? "is" : "are"} still pending.`
                : "You're all caught up: every case of the open batches is decided or claimed by a colleague."}
          </EmptyState>
        </>
      )}
      <RecentlyTriaged items={recent} className="mt-8" />
    </>
  );
}
