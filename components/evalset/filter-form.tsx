import Link from "next/link";
import { CATEGORIES, CATEGORY_LABEL } from "@/lib/evalset/categories";

const field = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm font-normal";

/** The eval set's search and filters: a plain GET form, so every view has a shareable URL. */
export function EvalSetFilterForm({
  options,
  values,
}: {
  options: { sources: { id: string; name: string }[]; weeks: string[]; reviewers: { id: string; name: string }[] };
  values: Record<string, string>;
}) {
  return (
    <form method="get" role="search" aria-label="Filter the eval set" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-4">
      <label className="flex flex-col gap-1 text-sm font-medium sm:col-span-2">
        Search
        <input name="q" type="search" defaultValue={values.q} placeholder="expected output, notes, tag" className={field} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Category
        <select name="category" defaultValue={values.category ?? ""} className={field}>
          <option value="">Any</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABEL[c]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Source
        <select name="source" defaultValue={values.source ?? ""} className={field}>
          <option value="">Any</option>
          {options.sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Batch week
        <select name="week" defaultValue={values.week ?? ""} className={field}>
          <option value="">Any</option>
          {options.weeks.map((w) => (
            <option key={w}>{w}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Reviewer
        <select name="reviewer" defaultValue={values.reviewer ?? ""} className={field}>
          <option value="">Any</option>
          {options.reviewers.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Labelled from
        <input name="from" type="date" defaultValue={values.from} className={field} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Labelled to
        <input name="to" type="date" defaultValue={values.to} className={field} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium sm:col-span-2">
        As of (UTC)
        <input name="asOf" type="datetime-local" step="1" defaultValue={values.asOf} className={field} />
      </label>
      <div className="flex items-end gap-2 sm:col-span-2">
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-medium text-white">
          Apply filters
        </button>
        <Link href="/eval-set" className="text-sm text-slate-700 underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
