import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guard";
import { parseEvalSetFilters, type EvalSetFilters } from "@/lib/evalset/filters";
import { evalSetFilterOptions, listEvalItems } from "@/lib/evalset/queries";
import { CATEGORY_LABEL } from "@/lib/evalset/categories";
import { formatDateTime } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
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
        <table className="mt-2 w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-sm">
          <caption className="sr-only">Eval items</caption>
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th className="px-3 py-2 font-medium">Expected output</th>
              <th className="px-3 py-2 font-medium">Category</th>
              <th className="px-3 py-2 font-medium">Source</th>
              <th className="px-3 py-2 font-medium">Week</th>
              <th className="px-3 py-2 font-medium">Reviewer</th>
              <th className="px-3 py-2 font-medium">Labelled (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.id} className="border-t border-slate-100 align-top">
                <td className="max-w-md px-3 py-2">
                  <Link href={`/eval-set/${item.itemId}`} className="line-clamp-2 text-slate-900 underline decoration-slate-300">
                    {item.expectedOutput}
                  </Link>
                  {item.version > 1 ? <span className="text-xs text-slate-600">version {item.version}</span> : null}
                </td>
                <td className="px-3 py-2">{CATEGORY_LABEL[item.category]}</td>
                <td className="px-3 py-2">{item.source?.name ?? "—"}</td>
                <td className="px-3 py-2">{item.batch?.isoWeek ?? "—"}</td>
                <td className="px-3 py-2">{item.reviewer.name}</td>
                <td className="px-3 py-2 text-slate-600">{formatDateTime(item.labelledAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
