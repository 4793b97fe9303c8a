import { formatDateTimeSeconds } from "@/lib/core/format";
import { DataTable, type Column } from "@/components/ui/data-table";

export interface AuditRow {
  id: string;
  at: Date;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  details: unknown;
}

const COLUMNS: Column<AuditRow>[] = [
  { header: "When (UTC)", className: "whitespace-nowrap", cell: (entry) => formatDateTimeSeconds(entry.at) },
  { header: "Actor", cell: (entry) => entry.actorLabel },
  { header: "Action", className: "font-mono text-xs", cell: (entry) => entry.action },
  {
    header: "Target",
    className: "text-xs",
    cell: (entry) => (
      <>
        {entry.targetType}
        {entry.targetId ? <span className="block break-all text-slate-500">{entry.targetId}</span> : null}
      </>
    ),
  },
  {
    header: "Details",
    cell: (entry) => <pre className="max-w-md overflow-x-auto text-xs whitespace-pre-wrap text-slate-700">{JSON.stringify(entry.details, null, 1)}</pre>,
  },
];

/** Audit entries, read-only: there is deliberately no edit or delete control. */
export function AuditTable({ entries }: { entries: AuditRow[] }) {
  return <DataTable caption="Audit log entries" alignTop columns={COLUMNS} rows={entries} rowKey={(entry) => entry.id} />;
}
