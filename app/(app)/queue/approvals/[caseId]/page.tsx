import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/guard";
import { approvalView } from "@/lib/review/queries";
import { CATEGORY_LABEL } from "@/lib/core/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Transcript } from "@/components/triage/transcript";
import { ApprovalForm } from "@/components/review/approval-form";
import { reviewDecisionAction } from "../actions";

export const metadata: Metadata = { title: "Second review" };

export default async function ApprovalPage({ params }: { params: Promise<{ caseId: string }> }) {
  const user = await requirePagePermission("case:triage");
  const { caseId } = await params;
  const view = /^[0-9a-f-]{36}$/i.test(caseId) ? await approvalView(caseId) : null;
  if (!view) notFound();
  const own = view.decidedById === user.id;
  return (
    <>
      <PageHeader
        title="Second review"
        description={`${view.firstReviewer} accepted this ${view.sourceName} case (${view.batchWeek}). Read the conversation and the expected output they wrote, pick your own category, then approve or send it back.`}
        actions={
          <Link href="/queue/approvals" className="text-sm text-slate-700 underline">
            All cases awaiting approval
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-4">
          <Transcript messages={view.input.messages ?? []} output={view.output} />
          <section aria-labelledby="first-label-heading" className="rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="first-label-heading" className="text-sm font-semibold text-slate-700">
              Expected output written by {view.firstReviewer}
            </h2>
            <p className="mt-2 whitespace-pre-wrap text-sm">{view.expectedOutput}</p>
            {view.notes ? <p className="mt-2 text-xs text-slate-600">Notes: {view.notes}</p> : null}
          </section>
        </div>
        {/* The decision stays in view beside a long conversation, as on the triage page. */}
        <div className="lg:sticky lg:top-4 lg:self-start">
          {own ? (
            <p role="status" className="rounded-xl border border-slate-200 bg-slate-50 p-4 text-sm">
              You accepted this case yourself: a second review needs someone else.
            </p>
          ) : (
            <ApprovalForm action={reviewDecisionAction} caseId={view.id} firstCategory={view.category ? CATEGORY_LABEL[view.category] : null} />
          )}
        </div>
      </div>
    </>
  );
}
