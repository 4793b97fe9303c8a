import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guard";
import { awaitingApproval } from "@/lib/review/queries";
import { formatDateTime } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Awaiting approval" };

export default async function ApprovalsPage() {
  const user = await requirePagePermission("case:triage");
  const cases = await awaitingApproval(user.id);
  return (
    <>
      <PageHeader
        title="Awaiting approval"
        description="Cases a colleague accepted on a source with second review. Approve to put one in the eval set, or send it back with a comment. Your own accepts wait for someone else."
        actions={
          <Link href="/queue" className="text-sm text-slate-700 underline">
            Back to the queue
          </Link>
        }
      />
      <DataTable
        caption="Cases awaiting approval"
        rows={cases}
        rowKey={(c) => c.id}
        empty="Nothing waits for your approval."
        columns={[
          {
            header: "Case",
            rowHeader: true,
            cell: (c) => (
              <Link href={`/queue/approvals/${c.id}`} className="underline">
                {/* The short id tells two cases of one source apart (links with one name read as one). */}
                Review {c.sourceName} case <span className="font-mono">{c.id.slice(0, 8)}</span>
              </Link>
            ),
          },
          { header: "Accepted by", cell: (c) => c.firstReviewer },
          { header: "Accepted", cell: (c) => (c.acceptedAt ? `${formatDateTime(c.acceptedAt)} UTC` : "—") },
        ]}
      />
    </>
  );
}
