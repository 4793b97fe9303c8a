import type { RetentionRun } from "@/lib/generated/prisma/client";
import { formatCount, formatDateTime } from "@/lib/core/format";
import { DataTable, type Column } from "@/components/ui/data-table";

const OUTCOME: Record<string, string> = { RUNNING: "Running", SUCCEEDED: "Succeeded", FAILED: "Failed" };

const COLUMNS: Column<RetentionRun>[] = [
  { header: "Started (UTC)", label: "Started", cell: (run) => formatDateTime(run.startedAt) },
  { header: "Outcome", cell: (run) => `${OUTCOME[run.status] ?? run.status}${run.dryRun ? " (dry run)" : ""}` },
  { header: "Logs deleted", align: "right", className: "tabular-nums", cell: (run) => formatCount(run.deletedLogs) },
  { header: "Cases deleted", align: "right", className: "tabular-nums", cell: (run) => formatCount(run.deletedCases) },
  { header: "Duration", align: "right", className: "tabular-nums", cell: (run) => (run.durationMs === null ? "—" : `${formatCount(run.durationMs)} ms`) },
];

/** Recent retention runs: when, outcome, what was deleted, how long it took. */
export function PurgeRunsTable({ runs }: { runs: RetentionRun[] }) {
  if (runs.length === 0) return <p className="text-sm text-slate-600">No purge has run yet. The first runs at the top of the next hour.</p>;
  return <DataTable caption="Recent purge runs" columns={COLUMNS} rows={runs} rowKey={(run) => run.id} />;
}
