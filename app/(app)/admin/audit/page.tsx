import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { auditFacets, listAuditEntries, parseAuditFilters } from "@/lib/audit/queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { AuditFiltersForm } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";

export const metadata: Metadata = { title: "Audit log" };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("audit:read");
  const filters = parseAuditFilters(await searchParams);
  const [{ entries, nextBefore }, facets] = await Promise.all([listAuditEntries(filters), auditFacets()]);
  const next = new URLSearchParams(Object.entries({ ...filters, before: nextBefore ?? undefined }).filter((e): e is [string, string] => typeof e[1] === "string"));
  return (
    <>
      <PageHeader title="Audit log" description="Every administrative change and every retention purge, append-only: entries cannot be edited or deleted, here or in the database." />
      <AuditFiltersForm filters={filters} actions={facets.actions} targetTypes={facets.targetTypes} />
      {entries.length === 0 ? <EmptyState title="No entries match">Try a wider date range or clear the filters.</EmptyState> : <AuditTable entries={entries} />}
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
