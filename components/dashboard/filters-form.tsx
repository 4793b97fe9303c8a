/**
 * Source and date-range filters as a plain GET form: the filters live in the URL, so a
 * filtered dashboard can be bookmarked and shared, and it works before JavaScript loads.
 */
export function FiltersForm({ sources, sourceId, from, to }: { sources: { id: string; name: string }[]; sourceId: string | null; from: string; to: string }) {
  const inputClass = "rounded-md border border-slate-300 px-2 py-1.5 text-sm font-normal";
  return (
    <form method="get" action="/dashboard" aria-label="Dashboard filters" className="mb-6 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4">
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        Source
        <select name="source" defaultValue={sourceId ?? ""} className={inputClass}>
          <option value="">All sources</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        From
        <input type="date" name="from" defaultValue={from} className={inputClass} />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        To
        <input type="date" name="to" defaultValue={to} className={inputClass} />
      </label>
      <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
        Apply
      </button>
      <a href="/dashboard" className="px-1 py-1.5 text-sm text-slate-600 underline">
        Reset
      </a>
    </form>
  );
}
