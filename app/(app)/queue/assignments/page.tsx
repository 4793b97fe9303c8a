import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guard";
import { assignmentOverview } from "@/lib/assignments/queries";
import { secondReviewSettings } from "@/lib/review/queries";
import { countOf, formatDateTime } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { PageSection } from "@/components/ui/page-section";
import { DataTable } from "@/components/ui/data-table";
import { ButtonForm } from "@/components/ui/button-form";
import { AssignForm } from "@/components/assignments/assign-form";
import { StaleHoursForm } from "@/components/assignments/stale-hours-form";
import { SecondReviewForm } from "@/components/review/second-review-form";
import { assignAction, releaseAction, secondReviewAction, staleHoursAction } from "./actions";

export const metadata: Metadata = { title: "Assignments" };

export default async function AssignmentsPage() {
  await requirePagePermission("batch:manage");
  const [overview, reviewSettings] = await Promise.all([assignmentOverview(), secondReviewSettings()]);
  return (
    <>
      <PageHeader
        title="Assignments"
        description={`Reviewers see the cases assigned to them first, then the shared pool. A reviewer's assignments never block the queue: after ${countOf(overview.staleHours, "hour")} without a claim they are offered to everyone. ${countOf(overview.unassigned, "pending case")} of the open weeks ${overview.unassigned === 1 ? "is" : "are"} unassigned.`}
        actions={
          <Link href="/queue/approvals" className="text-sm text-slate-700 underline">
            Awaiting approval
          </Link>
        }
      />
      <PageSection title="Assign cases" className="mb-8">
        <AssignForm
          action={assignAction}
          batches={overview.batches.map((b) => ({ id: b.id, label: b.isoWeek }))}
          sources={overview.sources.map((s) => ({ id: s.id, label: s.name }))}
          reviewers={overview.reviewers.map((r) => ({ id: r.id, label: r.name }))}
        />
      </PageSection>
      <PageSection title="Reviewers" className="mb-8">
        <DataTable
          caption="Assigned cases per reviewer"
          rows={overview.reviewers}
          rowKey={(r) => r.id}
          empty="No active reviewers."
          columns={[
            { header: "Reviewer", rowHeader: true, cell: (r) => r.name },
            { header: "Assigned, pending", align: "right", cell: (r) => r.assigned },
            { header: "Last claim", cell: (r) => (r.queueActiveAt ? `${formatDateTime(r.queueActiveAt)} UTC` : "Never") },
            { header: "Status", cell: (r) => (r.assigned === 0 ? "—" : r.away ? "Away: their cases are in the shared pool" : "Active") },
            {
              header: "",
              label: "",
              cell: (r) =>
                r.assigned > 0 ? (
                  <ButtonForm action={releaseAction} fields={{ reviewerId: r.id }} variant="secondary" size="sm" aria-label={`Release the cases assigned to ${r.name}`}>
                    Release
                  </ButtonForm>
                ) : null,
            },
          ]}
        />
        <div className="mt-4">
          <StaleHoursForm action={staleHoursAction} hours={overview.staleHours} />
        </div>
      </PageSection>
      <PageSection title="Second review">
        <p className="mb-3 text-sm text-slate-600">
          With second review on, an accepted case waits until a second reviewer (never the first) or a lead approves it; only approved cases become eval items. One in N reviews a
          fixed sample of accepted cases.
        </p>
        <ul className="space-y-3">
          {reviewSettings.map((s) => (
            <li key={s.id}>
              <SecondReviewForm action={secondReviewAction} sourceId={s.id} sourceName={s.name} every={s.secondReviewEvery} />
            </li>
          ))}
        </ul>
      </PageSection>
    </>
  );
}
