import type { MetricsFilters } from "./filters";
import { formatDay } from "./filters";
import { acceptedPerWeek, evalSetGrowth } from "./growth";
import { backlog, funnel } from "./funnel";
import { throughput } from "./throughput";
import { representativeness } from "./representativeness";
import { weeklyTarget } from "./targets";

/** The dashboard widgets that offer their numbers as CSV. */
export const CSV_WIDGETS = ["growth", "accepted", "funnel", "backlog", "throughput", "reviewers", "representativeness"] as const;
export type CsvWidget = (typeof CSV_WIDGETS)[number];

type Cell = string | number | null;

/** RFC 4180 quoting; cells that a spreadsheet would run as a formula get a leading quote. */
function cell(value: Cell): string {
  if (value === null) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

const rate = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

/** One widget's numbers as CSV, for the same filters as the page. */
export async function widgetCsv(widget: CsvWidget, filters: MetricsFilters, now: Date = new Date()): Promise<{ filename: string; csv: string }> {
  const filename = `evalmine-${widget}-${formatDay(filters.from)}-to-${formatDay(filters.to)}.csv`;
  switch (widget) {
    case "growth": {
      const rows = await evalSetGrowth(filters);
      return { filename, csv: toCsv(["week_start", "happy_path", "edge_case", "adversarial", "drift", "total"], rows.map((r) => [r.week, r.HAPPY_PATH, r.EDGE_CASE, r.ADVERSARIAL, r.DRIFT, r.total])) };
    }
    case "accepted": {
      const [{ weeks }, band] = await Promise.all([acceptedPerWeek(filters, now), weeklyTarget(filters.sourceId)]);
      return { filename, csv: toCsv(["week_start", "accepted", "target_min", "target_max"], weeks.map((w) => [w.week, w.accepted, band.min, band.max])) };
    }
    case "funnel": {
      const f = await funnel(filters);
      return { filename, csv: toCsv(["stage", "count"], [["sampled", f.sampled], ["mined", f.mined], ["cases", f.cases], ["triaged", f.triaged], ["accepted", f.accepted], ["discarded", f.discarded]]) };
    }
    case "backlog": {
      const b = await backlog(filters);
      return { filename, csv: toCsv(["batch", "status", "pending", "accepted", "discarded"], b.batches.map((x) => [x.isoWeek, x.status, x.pending, x.accepted, x.discarded])) };
    }
    case "throughput": {
      const t = await throughput(filters);
      return { filename, csv: toCsv(["week_start", "accepted", "discarded", "acceptance_rate"], t.weeks.map((w) => [w.week, w.accepted, w.discarded, rate(w.acceptanceRate)])) };
    }
    case "reviewers": {
      const t = await throughput(filters);
      return { filename, csv: toCsv(["reviewer", "decided", "accepted", "acceptance_rate", "decisions_per_week"], t.reviewers.map((r) => [r.reviewer, r.decided, r.accepted, rate(r.acceptanceRate), r.perWeek])) };
    }
    case "representativeness": {
      const r = await representativeness(filters);
      return {
        filename,
        csv: toCsv(
          ["dimension", "key", "production_count", "production_share", "evalset_items", "evalset_share"],
          r.rows.map((x) => [x.dimension, x.key, x.production, rate(x.productionShare), x.evalset, rate(x.evalsetShare)]),
        ),
      };
    }
  }
}
