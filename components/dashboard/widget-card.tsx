import type { ReactNode } from "react";

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
    <section aria-labelledby={id} className={`rounded-xl border border-slate-200 bg-white p-5 ${wide ? "lg:col-span-2" : ""}`}>
      <div className="mb-3 flex items-start justify-between gap-3">
        <div>
          <h2 id={id} className="font-medium">
            {title}
          </h2>
          {description ? <p className="mt-0.5 text-xs text-slate-600">{description}</p> : null}
        </div>
        {csvHref ? (
          <a href={csvHref} download className="shrink-0 rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50">
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
  return (
    <table className="w-full text-xs">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-left text-slate-600">
        <tr>
          {header.map((h) => (
            <th key={h} className="py-1 pr-3 font-medium">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className="border-t border-slate-100">
            {row.map((value, j) => (
              <td key={j} className="py-1 pr-3 tabular-nums">
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
