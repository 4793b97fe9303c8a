import { formatDateTimeSeconds } from "@/lib/core/format";

export interface AuditRow {
  id: string;
  at: Date;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  details: unknown;
}

/** Audit entries, read-only: there is deliberately no edit or delete control. */
export function AuditTable({ entries }: { entries: AuditRow[] }) {
  return (
    <table className="w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-sm">
      <caption className="sr-only">Audit log entries</caption>
      <thead className="bg-slate-50 text-left text-slate-600">
        <tr>
          <th className="px-4 py-2 font-medium">When (UTC)</th>
          <th className="px-4 py-2 font-medium">Actor</th>
          <th className="px-4 py-2 font-medium">Action</th>
          <th className="px-4 py-2 font-medium">Target</th>
          <th className="px-4 py-2 font-medium">Details</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} className="border-t border-slate-100 align-top">
            <td className="px-4 py-2 whitespace-nowrap">{formatDateTimeSeconds(entry.at)}</td>
            <td className="px-4 py-2">{entry.actorLabel}</td>
            <td className="px-4 py-2 font-mono text-xs">{entry.action}</td>
            <td className="px-4 py-2 text-xs">
              {entry.targetType}
              {entry.targetId ? <span className="block break-all text-slate-500">{entry.targetId}</span> : null}
            </td>
            <td className="px-4 py-2">
              <pre className="max-w-md overflow-x-auto text-xs whitespace-pre-wrap text-slate-700">{JSON.stringify(entry.details, null, 1)}</pre>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
