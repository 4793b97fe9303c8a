import type { AuditFilters } from "@/lib/audit/queries";

const inputClass = "rounded-md border border-slate-300 px-2 py-1.5 text-sm font-normal";

/** Audit filters as a GET form, so a filtered view is a shareable URL. */
export function AuditFiltersForm({ filters, actions, targetTypes }: { filters: AuditFilters; actions: string[]; targetTypes: string[] }) {
  return (
    <form method="get" action="/admin/audit" aria-label="Audit filters" className="mb-6 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4">
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        Actor
        <input name="actor" defaultValue={filters.actor ?? ""} placeholder="email or system:job" className={inputClass} />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        Action
        <select name="action" defaultValue={filters.action ?? ""} className={inputClass}>
          <option value="">Any action</option>
          {actions.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        Target type
        <select name="targetType" defaultValue={filters.targetType ?? ""} className={inputClass}>
          <option value="">Any target</option>
          {targetTypes.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        Target id
        <input name="targetId" defaultValue={filters.targetId ?? ""} className={inputClass} />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        From
        <input type="date" name="from" defaultValue={filters.from ?? ""} className={inputClass} />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        To
        <input type="date" name="to" defaultValue={filters.to ?? ""} className={inputClass} />
      </label>
      <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
        Filter
      </button>
      <a href="/admin/audit" className="px-1 py-1.5 text-sm text-slate-600 underline">
        Clear
      </a>
    </form>
  );
}
