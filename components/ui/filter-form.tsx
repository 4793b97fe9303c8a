import type { ReactNode } from "react";
import { Button } from "./button";
import { cx } from "./class-names";

/**
 * A filter form that submits with GET: the filters live in the URL, so a filtered view
 * can be bookmarked and shared, and the form works before JavaScript loads. The fields
 * (compact `Field`s) come first, then the submit button and a link back to the unfiltered
 * page, a full navigation so every field starts empty again. `grid` lays the fields out in
 * four columns, the buttons taking the last two.
 *
 * `phoneToggle` folds the fields behind a "Filters" switch below the `sm` breakpoint, so
 * a phone shows the results first. The switch is a checkbox styled by CSS (`peer-checked`),
 * not React state: it works before JavaScript loads, like the rest of the form. It starts
 * open when a filter is applied or a field is marked invalid.
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
  phoneToggle,
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
  phoneToggle?: { active: number; open?: boolean };
  children: ReactNode;
}) {
  const grid = layout === "grid";
  // One filter form per page: its label makes a stable id (a server component has no useId).
  const toggleId = `filters-${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  const body = (
    <>
      {children}
      <div className={cx("flex items-end gap-3", grid && "sm:col-span-2")}>
        <Button type="submit" size="sm">
          {submitLabel}
        </Button>
        <a href={resetHref} className="px-1 py-1.5 text-sm text-slate-600 underline">
          {resetLabel}
        </a>
      </div>
    </>
  );
  return (
    <form
      method="get"
      action={action}
      role={role}
      aria-label={label}
      className={cx(grid ? "grid gap-3 sm:grid-cols-4" : "flex flex-wrap items-end gap-3", "rounded-xl border border-slate-200 bg-white p-4", className)}
    >
      {phoneToggle ? (
        <>
          {/* No name: the switch is never part of the query. */}
          <input id={toggleId} type="checkbox" className="peer sr-only sm:hidden" defaultChecked={phoneToggle.active > 0 || phoneToggle.open} />
          <label
            htmlFor={toggleId}
            className="flex cursor-pointer items-center justify-between text-sm font-medium text-slate-700 peer-focus-visible:ring-2 peer-focus-visible:ring-indigo-500 sm:hidden"
          >
            <span>Filters{phoneToggle.active > 0 ? ` (${phoneToggle.active} applied)` : ""}</span>
            <span aria-hidden="true" className="text-slate-500">
              Show / hide
            </span>
          </label>
          <div className="grid gap-3 max-sm:hidden max-sm:peer-checked:grid sm:contents">{body}</div>
        </>
      ) : (
        body
      )}
    </form>
  );
}
