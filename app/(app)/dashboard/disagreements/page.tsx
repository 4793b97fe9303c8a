import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePagePermission } from "@/lib/auth/guard";
import { reviewsOfWeek } from "@/lib/metrics/agreement-data";
import { isoWeekOf, parseIsoWeek } from "@/lib/batches/iso-week";
import { CATEGORY_LABEL, REVIEW_OUTCOME_LABEL } from "@/lib/core/labels";
import { formatDateTime } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { Field, Input } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Disagreements" };

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** What is wrong with the filters, per field, in words (a bad link answers this, not a 404). */
function problemsOf(params: Params): Partial<Record<"week" | "source", string>> {
  const problems: Partial<Record<"week" | "source", string>> = {};
  const week = one(params.week);
  if (!week) problems.week = "Pick a week, like 2026-W48.";
  else if (!parseIsoWeek(week)) problems.week = `“${week.slice(0, 20)}” is not an ISO week like 2026-W48.`;
  const source = one(params.source);
  if (source && !z.uuid().safeParse(source).success) problems.source = "The source in the link is not a source id; open the page from the dashboard again.";
  return problems;
}

/** The second reviews of one week where the two people disagreed (or all of them with ?all=1). */
export default async function DisagreementsPage({ searchParams }: { searchParams: Promise<Params> }) {
  await requirePagePermission("dashboard:view");
  const params = await searchParams;
  const problems = problemsOf(params);
  const all = one(params.all) === "1";
  const source = problems.source ? undefined : one(params.source);
  const weekForm = (
    <FilterForm label="Week" action="/dashboard/disagreements" resetHref={`/dashboard/disagreements?week=${isoWeekOf(new Date()).label}`} resetLabel="This week" submitLabel="Show" className="mb-4">
      <Field compact label="ISO week" errors={problems.week ? [problems.week] : undefined}>
        <Input compact name="week" defaultValue={one(params.week) ?? ""} placeholder="2026-W48" className="w-32" />
      </Field>
      {source ? <input type="hidden" name="source" value={source} /> : null}
      {all ? <input type="hidden" name="all" value="1" /> : null}
    </FilterForm>
  );
  if (problems.week || problems.source) {
    return (
      <>
        <PageHeader title="Disagreements" description="Second reviews where the category differed or the case was sent back." />
        {weekForm}
        <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          <p>This filter can&apos;t be applied: {Object.values(problems).join(" ")}</p>
          <Link href="/dashboard" className={buttonClass({ variant: "secondary", size: "sm" })}>
            Back to the dashboard
          </Link>
        </div>
      </>
    );
  }
  const week = one(params.week)!;
  const rows = (await reviewsOfWeek(week, { sourceId: source ?? null, all })) ?? [];
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
      {weekForm}
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
