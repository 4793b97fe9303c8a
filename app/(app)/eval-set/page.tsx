import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guard";
import { parseEvalSetFilters, parsePage } from "@/lib/evalset/filters";
import { evalSetFilterOptions, listEvalItems } from "@/lib/evalset/queries";
import { CASE_ORIGIN_LABEL, CATEGORY_LABEL } from "@/lib/core/labels";
import { countOf, formatDateTime } from "@/lib/core/format";
import { userQuestion } from "@/lib/core/question";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";
import { buttonClass } from "@/components/ui/button";
import { EvalSetFilterForm } from "@/components/evalset/filter-form";
import { ExportLinks } from "@/components/evalset/export-links";

export const metadata: Metadata = { title: "Eval set" };

// What a person reads when a filter in the URL can't be applied (the parser's message names the API parameter).
const FILTER_PROBLEM: Record<string, string> = {
  q: "Search text is limited to 500 characters.",
  category: "That category doesn't exist; choose one from the list.",
  source: "That source isn't known; choose one from the list.",
  week: "A batch week looks like 2026-W48.",
  reviewer: "That reviewer isn't known; choose one from the list.",
  origin: "That origin doesn't exist; choose one from the list.",
  expectedEqualsProduction: "Choose yes or no.",
  from: "Enter a date.",
  to: "Enter a date.",
  asOf: "Enter a date and time.",
};

function problemOf(field: string | undefined, error: string): string {
  if (field === "to" && error.includes("after from")) return "“Labelled to” is before “Labelled from”.";
  return (field && FILTER_PROBLEM[field]) ?? error;
}

export default async function EvalSetPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("evalset:read");
  const raw = await searchParams;
  const parsed = parseEvalSetFilters(raw);
  // A page number out of range shows the nearest page (the JSON API answers it with a 400).
  const { page } = parsePage(raw.page);
  // A filter that can't be applied lists nothing: never a silently widened or misleadingly empty list.
  const [firstTry, options] = await Promise.all([parsed.ok ? listEvalItems(parsed.filters, page) : null, evalSetFilterOptions()]);
  // Past the last page (a link kept from a longer list, a narrower filter): the last page, not
  // an empty table under "Page 99 of 4".
  const list = firstTry && parsed.ok && firstTry.page > firstTry.pageCount ? await listEvalItems(parsed.filters, firstTry.pageCount) : firstTry;
  const query = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === "string" && v && k !== "page" ? [[k, v]] : [])));
  const filtered = query.size > 0;
  const problem = parsed.ok ? null : problemOf(parsed.field, parsed.error);
  const clear = (
    <Link href="/eval-set" className={buttonClass({ variant: "secondary", size: "sm" })}>
      Clear filters
    </Link>
  );
  return (
    <>
      <PageHeader title="Eval set" description="Every case a reviewer accepted, with its labelled expected output. Filter, look back “as of” any moment, and export." />
      <EvalSetFilterForm options={options} values={Object.fromEntries(query)} errors={!parsed.ok && parsed.field ? { [parsed.field]: [problem!] } : undefined} />
      {problem ? (
        <div role="alert" className="mt-4 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          <p>This filter can&apos;t be applied: {problem} Fix the highlighted field, or clear the filters.</p>
          {clear}
        </div>
      ) : null}
      {list ? (
        <>
          <ExportLinks query={query.toString()} />
          <p className="mt-4 text-sm text-slate-600" aria-live="polite">
            {countOf(list.total, "item")}
            {parsed.ok && parsed.filters.asOf ? ` as of ${formatDateTime(parsed.filters.asOf)} UTC` : ""}
          </p>
          {list.total === 0 ? (
            <div className="mt-2">
              {filtered ? (
                <EmptyState title="No eval items match these filters" action={clear}>
                  Widen the filters or clear them to see the whole eval set.
                </EmptyState>
              ) : (
                <EmptyState title="No accepted cases yet">Accepted cases from the triage queue appear here.</EmptyState>
              )}
            </div>
          ) : (
            <DataTable
              caption="Eval items"
              className="mt-2"
              alignTop
              rows={list.items}
              rowKey={(item) => item.id}
              columns={[
                { header: "Question", className: "max-w-xs text-slate-700", cell: (item) => <span className="line-clamp-3 wrap-anywhere">{userQuestion(item.input, 160)}</span> },
                {
                  header: "Expected output",
                  className: "max-w-md",
                  cell: (item) => (
                    <>
                      <Link href={`/eval-set/${item.itemId}`} className="line-clamp-3 text-slate-900 underline decoration-slate-300 wrap-anywhere">
                        {item.expectedOutput}
                      </Link>
                      {item.version > 1 ? <span className="text-xs text-slate-600">version {item.version}</span> : null}
                      {item.expectedEqualsProduction ? <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">expected = production</span> : null}
                    </>
                  ),
                },
                { header: "Category", cell: (item) => CATEGORY_LABEL[item.category] },
                { header: "Origin", cell: (item) => CASE_ORIGIN_LABEL[item.origin] },
                { header: "Source · week", label: "Source", cell: (item) => `${item.source?.name ?? "—"} · ${item.batch?.isoWeek ?? "—"}` },
                { header: "Reviewer", cell: (item) => item.reviewer.name },
                { header: "Labelled (UTC)", label: "Labelled", className: "text-slate-600", cell: (item) => formatDateTime(item.labelledAt) },
              ]}
            />
          )}
          {list.pageCount > 1 ? (
            <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
              {list.page > 1 ? <Link href={`?${new URLSearchParams([...query, ["page", String(list.page - 1)]])}`}>Previous page</Link> : null}
              <span>
                Page {list.page} of {list.pageCount}
              </span>
              {list.page < list.pageCount ? <Link href={`?${new URLSearchParams([...query, ["page", String(list.page + 1)]])}`}>Next page</Link> : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}
