import type { Key, ReactNode } from "react";
import { cx } from "./class-names";

/** One column of a DataTable: its header and how a row fills its cell. */
export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Classes for the body cells only (wrapping, font, colour). */
  className?: string;
  /** Right-aligns the header and the body cells (numbers). */
  align?: "right";
  /** The body cell names its row (`<th scope="row">`), so each cell is announced with it. */
  rowHeader?: boolean;
  /** The cell's label on a phone, where rows become cards; defaults to a text header, "" for none. */
  label?: string;
}

const VARIANTS = {
  /** A bordered white card of its own. */
  card: { table: "w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-sm", head: "bg-slate-50 text-left text-slate-600", th: "px-4 py-2", td: "px-4 py-2", empty: "px-4 py-6" },
  /** Inside a card that already has a border and padding. */
  plain: { table: "w-full text-sm", head: "text-left text-slate-600", th: "py-1", td: "py-2", empty: "py-4" },
  /** Small figures, such as the numbers behind a chart. */
  compact: { table: "w-full text-xs", head: "text-left text-slate-600", th: "py-1 pr-3", td: "py-1 pr-3", empty: "py-2" },
} as const;

// Below the sm breakpoint a card table turns each row into a card: the header row hides
// and every cell shows its column's label before its value (data-label), so a phone
// never scrolls sideways to read a row.
const STACKED = {
  table: "max-sm:block max-sm:border-0 max-sm:bg-transparent",
  head: "max-sm:hidden",
  body: "max-sm:block max-sm:space-y-3",
  row: "max-sm:block max-sm:rounded-lg max-sm:border max-sm:border-slate-200 max-sm:bg-white max-sm:p-3",
  cell: "max-sm:flex max-sm:min-w-0 max-sm:gap-3 max-sm:px-0 max-sm:py-1 max-sm:text-left",
  labelled: "max-sm:before:w-28 max-sm:before:shrink-0 max-sm:before:font-normal max-sm:before:text-slate-500 max-sm:before:content-[attr(data-label)]",
};

function labelOf<Row>(column: Column<Row>): string {
  return column.label ?? (typeof column.header === "string" ? column.header : "");
}

/**
 * A table with a visually hidden caption (its accessible name), a header row and one row
 * per item. `empty` is shown in a full-width row when there are no rows; `alignTop` keeps
 * multi-line cells aligned at the top. The card and plain styles stack into cards on
 * phones; the compact one (numbers behind a chart, in a scrolling container) stays a
 * table, as does any with `stack={false}`.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  variant = "card",
  alignTop = false,
  stack = variant !== "compact",
  className,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row, index: number) => Key;
  empty?: ReactNode;
  variant?: keyof typeof VARIANTS;
  alignTop?: boolean;
  stack?: boolean;
  className?: string;
}) {
  const style = VARIANTS[variant];
  return (
    <table className={cx(style.table, stack && STACKED.table, className)}>
      <caption className="sr-only">{caption}</caption>
      <thead className={cx(style.head, stack && STACKED.head)}>
        <tr>
          {columns.map((column, index) => (
            <th key={index} className={cx(style.th, "font-medium", column.align === "right" && "text-right")}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className={cx(stack && STACKED.body)}>
        {rows.length === 0 && empty ? (
          <tr className={cx(stack && STACKED.row)}>
            <td colSpan={columns.length} className={cx(style.empty, "text-center text-slate-500", stack && "max-sm:block")}>
              {empty}
            </td>
          </tr>
        ) : null}
        {rows.map((row, rowIndex) => (
          <tr key={rowKey(row, rowIndex)} className={cx("border-t border-slate-100", alignTop && "align-top", stack && STACKED.row)}>
            {columns.map((column, index) => {
              const label = stack && !column.rowHeader ? labelOf(column) : "";
              const className = cx(style.td, column.align === "right" && "text-right", column.className, stack && STACKED.cell, label && STACKED.labelled);
              return column.rowHeader ? (
                <th key={index} scope="row" className={cx(className, "text-left font-medium")}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={index} className={className} data-label={label || undefined}>
                  {stack ? <div className="min-w-0 break-words max-sm:flex-1">{column.cell(row)}</div> : column.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
