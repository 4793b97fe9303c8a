import type { RetentionRun } from "@/lib/generated/prisma/client";
import { formatCount, formatDateTime } from "@/lib/core/format";

/** Recent retention runs: when, outcome, what was deleted, how long it took. */
export function PurgeRunsTable({ runs }: { runs: RetentionRun[] }) {
  if (runs.length === 0) return <p className="text-sm text-slate-600">No purge has run yet. The first runs at the top of the next hour.</p>;
  return (
    <table className="w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-sm">
      <caption className="sr-only">Recent purge runs</caption>
      <thead className="bg-slate-50 text-left text-slate-600">
        <tr>
          <th className="px-4 py-2 font-medium">Started (UTC)</th>
          <th className="px-4 py-2 font-medium">Outcome</th>
          <th className="px-4 py-2 text-right font-medium">Logs deleted</th>
          <th className="px-4 py-2 text-right font-medium">Cases deleted</th>
          <th className="px-4 py-2 text-right font-medium">Duration</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.id} className="border-t border-slate-100">
            <td className="px-4 py-2">{formatDateTime(run.startedAt)}</td>
            <td className="px-4 py-2">
              {run.status.toLowerCase()}
              {run.dryRun ? " (dry run)" : ""}
            </td>
            <td className="px-4 py-2 text-right tabular-nums">{formatCount(run.deletedLogs)}</td>
            <td className="px-4 py-2 text-right tabular-nums">{formatCount(run.deletedCases)}</td>
            <td className="px-4 py-2 text-right tabular-nums">{run.durationMs === null ? "—" : `${formatCount(run.durationMs)} ms`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
