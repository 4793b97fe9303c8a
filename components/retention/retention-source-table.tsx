import type { RetentionOverviewRow } from "@/lib/retention/settings";
import { countOf, formatDate } from "@/lib/core/format";
import { DataTable, type Column } from "@/components/ui/data-table";

const DAY_MS = 86_400_000;

type Row = RetentionOverviewRow & { cutoff: Date | null; oldestGoes: Date | null };

const COLUMNS: Column<Row>[] = [
  { header: "Source", rowHeader: true, cell: (source) => `${source.name}${source.active ? "" : " (inactive)"}` },
  { header: "Kept for", className: "sm:whitespace-nowrap", cell: (source) => (source.retentionDays === null ? "not set: cannot ingest" : countOf(source.retentionDays, "day")) },
  { header: "Policy", className: "text-slate-700", cell: (source) => source.retentionPolicy ?? "—" },
  { header: "Logs received before", className: "sm:whitespace-nowrap", cell: ({ cutoff }) => (cutoff ? `${formatDate(cutoff)} are deleted` : "—") },
  { header: "Oldest stored log deleted", label: "Oldest log deleted", className: "sm:whitespace-nowrap", cell: ({ oldestGoes }) => (oldestGoes ? `at the first purge after ${formatDate(oldestGoes)}` : "no logs stored") },
];

/** The public retention table: period, policy, and when each source's oldest stored log goes. */
export function RetentionSourceTable({ sources, now = new Date() }: { sources: RetentionOverviewRow[]; now?: Date }) {
  const rows = sources.map((source) => ({
    ...source,
    cutoff: source.retentionDays === null ? null : new Date(now.getTime() - source.retentionDays * DAY_MS),
    oldestGoes: source.retentionDays !== null && source.oldestLogAt ? new Date(source.oldestLogAt.getTime() + source.retentionDays * DAY_MS) : null,
  }));
  return <DataTable caption="Retention per source" alignTop columns={COLUMNS} rows={rows} rowKey={(source) => source.id} />;
}
