import type { ReactNode } from "react";
import { Button } from "./button";
import { cx } from "./class-names";

/**
 * A filter form that submits with GET: the filters live in the URL, so a filtered view
 * can be bookmarked and shared, and the form works before JavaScript loads. The fields
 * (compact `Field`s) come first, then the submit button and a link back to the unfiltered
 * page, a full navigation so every field starts empty again. `grid` lays the fields out in
 * four columns, the buttons taking the last two.
 */
export function FilterForm({
  label,
  action,
  resetHref,
  resetLabel = "Clear",
  submitLabel = "Apply",
  layout = "row",
  role,
  className,
  children,
}: {
  label: string;
  action: string;
  resetHref: string;
  resetLabel?: string;
  submitLabel?: string;
  layout?: "row" | "grid";
  role?: "search";
  className?: string;
  children: ReactNode;
}) {
  const grid = layout === "grid";
  return (
    <form
      method="get"
      action={action}
      role={role}
      aria-label={label}
      className={cx(grid ? "grid gap-3 sm:grid-cols-4" : "flex flex-wrap items-end gap-3", "rounded-xl border border-slate-200 bg-white p-4", className)}
    >
      {children}
      <div className={cx("flex items-end gap-3", grid && "sm:col-span-2")}>
        <Button type="submit" size="sm">
          {submitLabel}
        </Button>
        <a href={resetHref} className="px-1 py-1.5 text-sm text-slate-600 underline">
          {resetLabel}
        </a>
      </div>
    </form>
  );
}
