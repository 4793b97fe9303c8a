import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guard";
import { auditFacets, listAuditEntries, parseAuditFilters } from "@/lib/audit/queries";
import { auditTargetNames, targetKey } from "@/lib/audit/targets";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { AuditFiltersForm } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";

export const metadata: Metadata = { title: "Audit log" };

type Params = Record<string, string | string[] | undefined>;

/** Date filters the parser would drop or that can't match anything, named per field. */
function dateProblems(params: Params, filters: { from?: string; to?: string }): Partial<Record<"from" | "to", string>> {
  const problems: Partial<Record<"from" | "to", string>> = {};
  for (const field of ["from", "to"] as const) if (typeof params[field] === "string" && params[field] !== "" && !filters[field]) problems[field] = "Enter a date (YYYY-MM-DD).";
  if (filters.from && filters.to && filters.from > filters.to) problems.to = "“To” is before “From”.";
  return problems;
}

export default async function Page({ searchParams }: { searchParams: Promise<Params> }) {
  await requirePagePermission("audit:read");
  const params = await searchParams;
  const filters = parseAuditFilters(params);
  const problems = dateProblems(params, filters);
  const invalid = Object.keys(problems).length > 0;
  const [{ entries, nextBefore }, facets] = await Promise.all([invalid ? { entries: [], nextBefore: null } : listAuditEntries(filters), auditFacets()]);
  const names = await auditTargetNames(entries);
  const rows = entries.map((entry) => ({ ...entry, target: names.get(targetKey(entry)) }));
  const filtered = Object.entries(filters).some(([key, value]) => key !== "before" && value);
  const next = new URLSearchParams(Object.entries({ ...filters, before: nextBefore ?? undefined }).filter((e): e is [string, string] => typeof e[1] === "string"));
  const clear = (
    <Link href="/admin/audit" className={buttonClass({ variant: "secondary", size: "sm" })}>
      Clear filters
    </Link>
  );
  return (
    <>
      <PageHeader title="Audit log" description="Every administrative change and every retention purge, append-only: entries cannot be edited or deleted, here or in the database." />
      <AuditFiltersForm filters={{ ...filters, from: filters.from ?? (params.from as string | undefined), to: filters.to ?? (params.to as string | undefined) }} actions={facets.actions} targetTypes={facets.targetTypes} errors={problems} />
      {invalid ? (
        <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          <p>These filters can&apos;t be applied: {Object.values(problems).join(" ")} Fix the highlighted field, or clear the filters.</p>
          {clear}
        </div>
      ) : entries.length === 0 ? (
        <EmptyState title={filtered ? "No entries match these filters" : "No entries yet"} action={filtered ? clear : null}>
          {filtered ? "Try a wider date range, another action or target, or clear the filters." : "Administrative changes and retention purges appear here."}
        </EmptyState>
      ) : (
        <AuditTable entries={rows} />
      )}
      <nav aria-label="Audit pages" className="mt-4 flex gap-4 text-sm">
        {filters.before ? (
          <a href={`/admin/audit?${new URLSearchParams(Object.entries({ ...filters, before: undefined }).filter((e): e is [string, string] => typeof e[1] === "string"))}`} className="underline">
            Newest
          </a>
        ) : null}
        {nextBefore ? (
          <a href={`/admin/audit?${next}`} className="underline">
            Older entries
          </a>
        ) : null}
      </nav>
    </>
  );
}
