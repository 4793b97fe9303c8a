import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { formatCount } from "@/lib/core/format";

/**
 * A dashboard widget: title, one-line explanation, the chart, and its numbers (a table
 * behind "Show numbers" plus a CSV download with the page's filters).
 */
export function WidgetCard({
  title,
  description,
  csvHref,
  table,
  children,
  wide = false,
}: {
  title: string;
  description?: string;
  csvHref?: string;
  table?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  const id = `widget-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    // min-w-0: a grid item is otherwise as wide as its widest content (a numbers table with
    // many weeks), which pushed the page sideways on a phone.
    <section aria-labelledby={id} className={`min-w-0 rounded-xl border border-slate-200 bg-white p-5 ${wide ? "lg:col-span-2" : ""}`}>
      <div className="mb-3 flex items-start justify-between gap-3">
        <div>
          <h2 id={id} className="font-medium">
            {title}
          </h2>
          {description ? <p className="mt-0.5 text-xs text-slate-600">{description}</p> : null}
        </div>
        {csvHref ? (
          <a href={csvHref} download className={buttonClass({ variant: "secondary", size: "xs", className: "shrink-0" })}>
            Download CSV<span className="sr-only"> of {title}</span>
          </a>
        ) : null}
      </div>
      {children}
      {table ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-xs text-slate-600">Show numbers</summary>
          <div className="mt-2 overflow-x-auto">{table}</div>
        </details>
      ) : null}
    </section>
  );
}

/** The placeholder a widget shows while its query streams in. */
export function WidgetSkeleton({ title, wide = false }: { title: string; wide?: boolean }) {
  return (
    <section aria-busy="true" aria-label={`${title} (loading)`} className={`rounded-xl border border-slate-200 bg-white p-5 ${wide ? "lg:col-span-2" : ""}`}>
      <p className="font-medium text-slate-400">{title}</p>
      <div className="mt-4 h-56 animate-pulse rounded-lg bg-slate-100" />
    </section>
  );
}

/** A small numbers table for a widget. */
export function NumbersTable({ caption, header, rows }: { caption: string; header: string[]; rows: (string | number)[][] }) {
  // Whole numbers read with separators ("1,654"), like the charts; shares arrive as text.
  const cell = (value: string | number) => (typeof value === "number" && Number.isInteger(value) ? formatCount(value) : value);
  const columns = header.map((h, j) => ({ header: h, cell: (row: (string | number)[]) => cell(row[j]), className: "tabular-nums" }));
  return <DataTable variant="compact" caption={caption} columns={columns} rows={rows} rowKey={(_row, i) => i} />;
}
