import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePagePermission } from "@/lib/auth/guard";
import { reviewsOfWeek } from "@/lib/metrics/agreement-data";
import { CATEGORY_LABEL, REVIEW_OUTCOME_LABEL } from "@/lib/core/labels";
import { formatDateTime } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Disagreements" };

const paramsSchema = z.object({ week: z.string().regex(/^\d{4}-W\d{2}$/), source: z.uuid().optional(), all: z.literal("1").optional() });

/** The second reviews of one week where the two people disagreed (or all of them with ?all=1). */
export default async function DisagreementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("dashboard:view");
  const parsed = paramsSchema.safeParse(await searchParams);
  if (!parsed.success) notFound();
  const { week, source, all } = parsed.data;
  const rows = await reviewsOfWeek(week, { sourceId: source ?? null, all: all === "1" });
  if (!rows) notFound();
  const toggle = new URLSearchParams({ week, ...(source ? { source } : {}), ...(all ? {} : { all: "1" }) });
  return (
    <>
      <PageHeader
        title={`${all ? "Second reviews" : "Disagreements"} in ${week}`}
        description={all ? "Every second review of the week." : "Second reviews where the category differed or the case was sent back."}
        actions={
          <div className="flex gap-4 text-sm">
            <Link href={`/dashboard/disagreements?${toggle}`} className="underline">
              {all ? "Only disagreements" : "All second reviews"}
            </Link>
            <Link href="/dashboard" className="underline">
              Back to the dashboard
            </Link>
          </div>
        }
      />
      <DataTable
        caption={`Second reviews in ${week}`}
        rows={rows}
        rowKey={(r) => r.id}
        alignTop
        empty="No disagreements that week."
        columns={[
          { header: "When", rowHeader: true, cell: (r) => `${formatDateTime(r.at)} UTC` },
          { header: "Source", cell: (r) => r.sourceName },
          { header: "First reviewer", cell: (r) => `${r.firstReviewer}: ${CATEGORY_LABEL[r.firstCategory]}` },
          { header: "Second reviewer", cell: (r) => `${r.secondReviewer}: ${CATEGORY_LABEL[r.category]}` },
          { header: "Outcome", cell: (r) => REVIEW_OUTCOME_LABEL[r.outcome] },
          { header: "Comment", className: "whitespace-pre-wrap", cell: (r) => r.comment ?? "—" },
          {
            header: "Eval item",
            cell: (r) =>
              r.itemId ? (
                <Link href={`/eval-set/${r.itemId}`} className="underline">
                  Open<span className="sr-only"> the eval item</span>
                </Link>
              ) : (
                "—"
              ),
          },
        ]}
      />
    </>
  );
}
