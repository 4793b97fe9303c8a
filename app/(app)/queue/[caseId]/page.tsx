import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/guard";
import { getCaseView, recentlyTriaged } from "@/lib/triage/queries";
import { PageHeader } from "@/components/ui/page-header";
import { CaseWorkbench } from "@/components/triage/case-workbench";
import { RecentlyTriaged } from "@/components/triage/recently-triaged";
import { listGuidelines } from "@/lib/guidelines/store";
import { decideAction, redactAction, renewLeaseAction } from "../actions";

export const metadata: Metadata = { title: "Revise decision" };

export default async function ReviseCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const user = await requirePagePermission("case:triage");
  const { caseId } = await params;
  const view = /^[0-9a-f-]{36}$/i.test(caseId) ? await getCaseView(caseId) : null;
  // Only the decider revises from "Recently triaged"; anyone else sees "not found" rather than someone's case.
  if (!view || view.decidedById !== user.id || view.status === "PENDING") notFound();
  const [recent, guidelines] = await Promise.all([recentlyTriaged(user.id), listGuidelines()]);
  const header = (
    <PageHeader
      title="Revise decision"
      description={`You ${view.status === "ACCEPTED" ? "accepted" : "discarded"} this case. Accepting again saves a new eval item version; discarding retires the item (history is kept).`}
      actions={
        <Link href="/queue" className="text-sm text-slate-700 underline">
          Back to the queue
        </Link>
      }
    />
  );
  return (
    <>
      <CaseWorkbench header={header} view={view} guidelines={guidelines} mode="revise" decide={decideAction} redact={redactAction} renew={renewLeaseAction} />
      <RecentlyTriaged items={recent} currentId={view.id} className="mt-8" />
    </>
  );
}
