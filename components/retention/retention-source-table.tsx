import type { RetentionOverviewRow } from "@/lib/retention/settings";
import { formatDate } from "@/lib/core/format";

const DAY_MS = 86_400_000;

/** The public retention table: period, policy, and when each source's oldest stored log goes. */
export function RetentionSourceTable({ sources, now = new Date() }: { sources: RetentionOverviewRow[]; now?: Date }) {
  return (
    <table className="w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-sm">
      <caption className="sr-only">Retention per source</caption>
      <thead className="bg-slate-50 text-left text-slate-600">
        <tr>
          <th className="px-4 py-2 font-medium">Source</th>
          <th className="px-4 py-2 font-medium">Kept for</th>
          <th className="px-4 py-2 font-medium">Policy</th>
          <th className="px-4 py-2 font-medium">Logs received before</th>
          <th className="px-4 py-2 font-medium">Oldest stored log deleted</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((source) => {
          const cutoff = source.retentionDays === null ? null : new Date(now.getTime() - source.retentionDays * DAY_MS);
          const oldestGoes = source.retentionDays !== null && source.oldestLogAt ? new Date(source.oldestLogAt.getTime() + source.retentionDays * DAY_MS) : null;
          return (
            <tr key={source.id} className="border-t border-slate-100 align-top">
              <th scope="row" className="px-4 py-2 text-left font-medium">
                {source.name}
                {source.active ? "" : " (inactive)"}
              </th>
              <td className="px-4 py-2 whitespace-nowrap">{source.retentionDays === null ? "not set: cannot ingest" : `${source.retentionDays} days`}</td>
              <td className="px-4 py-2 text-slate-700">{source.retentionPolicy ?? "—"}</td>
              <td className="px-4 py-2 whitespace-nowrap">{cutoff ? `${formatDate(cutoff)} are deleted` : "—"}</td>
              <td className="px-4 py-2 whitespace-nowrap">{oldestGoes ? `at the first purge after ${formatDate(oldestGoes)}` : "no logs stored"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
