import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guard";
import { parseEvalSetFilters, type EvalSetFilters } from "@/lib/evalset/filters";
import { evalSetFilterOptions, listEvalItems } from "@/lib/evalset/queries";
import { CATEGORY_LABEL } from "@/lib/core/labels";
import { formatDateTime } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";
import { EvalSetFilterForm } from "@/components/evalset/filter-form";
import { ExportLinks } from "@/components/evalset/export-links";

export const metadata: Metadata = { title: "Eval set" };

export default async function EvalSetPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("evalset:read");
  const raw = await searchParams;
  const parsed = parseEvalSetFilters(raw);
  const filters: EvalSetFilters = parsed.ok ? parsed.filters : {};
  const page = Math.max(1, Number(Array.isArray(raw.page) ? raw.page[0] : raw.page) || 1);
  const [list, options] = await Promise.all([listEvalItems(filters, page), evalSetFilterOptions()]);
  const query = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === "string" && v && k !== "page" ? [[k, v]] : [])));
  return (
    <>
      <PageHeader title="Eval set" description="Every case a reviewer accepted, with its labelled expected output. Filter, look back “as of” any moment, and export." />
      <EvalSetFilterForm options={options} values={Object.fromEntries(query)} />
      {parsed.ok ? null : (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {parsed.error}
        </p>
      )}
      <ExportLinks query={query.toString()} />
      <p className="mt-4 text-sm text-slate-600" aria-live="polite">
        {list.total} {list.total === 1 ? "item" : "items"}
        {filters.asOf ? ` as of ${formatDateTime(filters.asOf)} UTC` : ""}
      </p>
      {list.total === 0 ? (
        <div className="mt-2">
          <EmptyState title="No eval items match">Accepted cases from the triage queue appear here.</EmptyState>
        </div>
      ) : (
        <DataTable
          caption="Eval items"
          className="mt-2"
          alignTop
          rows={list.items}
          rowKey={(item) => item.id}
          columns={[
            {
              header: "Expected output",
              className: "max-w-md",
              cell: (item) => (
                <>
                  <Link href={`/eval-set/${item.itemId}`} className="line-clamp-2 text-slate-900 underline decoration-slate-300">
                    {item.expectedOutput}
                  </Link>
                  {item.version > 1 ? <span className="text-xs text-slate-600">version {item.version}</span> : null}
                </>
              ),
            },
            { header: "Category", cell: (item) => CATEGORY_LABEL[item.category] },
            { header: "Source", cell: (item) => item.source?.name ?? "—" },
            { header: "Week", cell: (item) => item.batch?.isoWeek ?? "—" },
            { header: "Reviewer", cell: (item) => item.reviewer.name },
            { header: "Labelled (UTC)", className: "text-slate-600", cell: (item) => formatDateTime(item.labelledAt) },
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
  );
}
