import Link from "next/link";
import { formatDateTimeSeconds } from "@/lib/core/format";
import { auditActionLabel, auditTargetLabel } from "@/lib/core/labels";
import type { TargetName } from "@/lib/audit/targets";
import { DataTable, type Column } from "@/components/ui/data-table";
import { actorName, describeEntry } from "./describe-entry";

export interface AuditRow {
  id: string;
  at: Date;
  actorLabel: string;
  /** The acting user's name, when the actor is a user who still exists. */
  actorName?: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  details: unknown;
  /** The target's name and page, when known (lib/audit/targets.ts). */
  target?: TargetName;
}

function What({ entry }: { entry: AuditRow }) {
  const { summary, changes } = describeEntry(entry.action, entry.details);
  return (
    <div className="min-w-0 space-y-1">
      <p>
        <span className="font-medium">{auditActionLabel(entry.action)}</span>
        {summary ? <span className="text-slate-700"> · {summary}</span> : null}
      </p>
      {changes.length ? (
        <ul className="space-y-0.5 text-xs text-slate-700">
          {changes.map((change) => (
            <li key={change.field} className="wrap-anywhere">
              <span className="font-medium">{change.field}:</span> <del className="text-red-800 decoration-red-300">{change.from}</del> → <ins className="text-emerald-800 no-underline">{change.to}</ins>
            </li>
          ))}
        </ul>
      ) : null}
      <details className="text-xs">
        <summary className="cursor-pointer text-slate-500">Raw details</summary>
        <pre className="mt-1 max-w-xl overflow-x-auto rounded bg-slate-50 p-2 whitespace-pre-wrap text-slate-700 wrap-anywhere">{JSON.stringify(entry.details, null, 1)}</pre>
      </details>
    </div>
  );
}

function Target({ entry }: { entry: AuditRow }) {
  const type = auditTargetLabel(entry.targetType);
  const name = entry.target?.name;
  return (
    <div className="min-w-0 text-xs">
      <span className="text-slate-500">{type}</span>
      {name ? (
        <span className="block text-sm wrap-anywhere">
          {entry.target?.href ? (
            <Link href={entry.target.href} className="underline decoration-slate-300">
              {name}
            </Link>
          ) : (
            name
          )}
        </span>
      ) : entry.targetId ? (
        <span className="block font-mono break-all text-slate-500">{entry.targetId}</span>
      ) : null}
    </div>
  );
}

/** A person by name, with the e-mail the entry recorded beneath; keys and jobs by their label. */
function Who({ entry }: { entry: AuditRow }) {
  const label = actorName(entry.actorLabel);
  if (!entry.actorName || !entry.actorLabel.startsWith("user:")) return <>{label}</>;
  return (
    <>
      <span className="block">{entry.actorName}</span>
      <span className="block text-xs text-slate-500">{label}</span>
    </>
  );
}

const COLUMNS: Column<AuditRow>[] = [
  { header: "When (UTC)", label: "When", className: "whitespace-nowrap max-sm:whitespace-normal", cell: (entry) => formatDateTimeSeconds(entry.at) },
  { header: "Who", className: "wrap-anywhere", cell: (entry) => <Who entry={entry} /> },
  { header: "What", cell: (entry) => <What entry={entry} /> },
  { header: "Target", cell: (entry) => <Target entry={entry} /> },
];

/** Audit entries, read-only: there is deliberately no edit or delete control. */
export function AuditTable({ entries }: { entries: AuditRow[] }) {
  return <DataTable caption="Audit log entries" alignTop columns={COLUMNS} rows={entries} rowKey={(entry) => entry.id} />;
}
