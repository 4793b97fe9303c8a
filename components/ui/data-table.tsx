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
}

const VARIANTS = {
  /** A bordered white card of its own. */
  card: { table: "w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-sm", head: "bg-slate-50 text-left text-slate-600", th: "px-4 py-2", td: "px-4 py-2", empty: "px-4 py-6" },
  /** Inside a card that already has a border and padding. */
  plain: { table: "w-full text-sm", head: "text-left text-slate-600", th: "py-1", td: "py-2", empty: "py-4" },
  /** Small figures, such as the numbers behind a chart. */
  compact: { table: "w-full text-xs", head: "text-left text-slate-600", th: "py-1 pr-3", td: "py-1 pr-3", empty: "py-2" },
} as const;

/**
 * A table with a visually hidden caption (its accessible name), a header row and one row
 * per item. `empty` is shown in a full-width row when there are no rows; `alignTop` keeps
 * multi-line cells aligned at the top.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  variant = "card",
  alignTop = false,
  className,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row, index: number) => Key;
  empty?: ReactNode;
  variant?: keyof typeof VARIANTS;
  alignTop?: boolean;
  className?: string;
}) {
  const style = VARIANTS[variant];
  return (
    <table className={cx(style.table, className)}>
      <caption className="sr-only">{caption}</caption>
      <thead className={style.head}>
        <tr>
          {columns.map((column, index) => (
            <th key={index} className={cx(style.th, "font-medium", column.align === "right" && "text-right")}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && empty ? (
          <tr>
            <td colSpan={columns.length} className={cx(style.empty, "text-center text-slate-500")}>
              {empty}
            </td>
          </tr>
        ) : null}
        {rows.map((row, rowIndex) => (
          <tr key={rowKey(row, rowIndex)} className={cx("border-t border-slate-100", alignTop && "align-top")}>
            {columns.map((column, index) => {
              const className = cx(style.td, column.align === "right" && "text-right", column.className);
              return column.rowHeader ? (
                <th key={index} scope="row" className={cx(className, "text-left font-medium")}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={index} className={className}>
                  {column.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
