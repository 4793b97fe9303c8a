import type { CaseView } from "@/lib/triage/queries";
import { CATEGORY_LABEL, miningReasonLabel } from "@/lib/core/labels";


function metadataRows(metadata: CaseView["metadata"]): [string, string][] {
  return Object.entries(metadata)
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([key, value]) => [key, typeof value === "object" ? JSON.stringify(value) : String(value)]);
}

/** Why the case was mined and where it belongs: reasons, suggestion, duplicates, batch, metadata. */
export function CaseFacts({ view }: { view: CaseView }) {
  const rows = metadataRows(view.metadata);
  return (
    <section aria-label="About this case" className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
      <dl className="grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1.5">
        <dt className="text-slate-600">Why mined</dt>
        <dd className="flex flex-wrap gap-1">
          {view.minedReasons.length ? view.minedReasons.map((r) => <span key={r} className="rounded-full bg-rose-50 px-2 py-0.5 text-xs font-medium text-rose-800">{miningReasonLabel(r)}</span>) : "—"}
        </dd>
        <dt className="text-slate-600">Suggested category</dt>
        <dd>{view.suggestedCategory ? CATEGORY_LABEL[view.suggestedCategory] : "none"}</dd>
        <dt className="text-slate-600">Near-duplicates</dt>
        <dd>{view.nearDuplicates > 1 ? `${view.nearDuplicates} similar records in this group` : "none (unique)"}</dd>
        <dt className="text-slate-600">Batch</dt>
        <dd>{view.batchWeek}</dd>
        <dt className="text-slate-600">Source</dt>
        <dd>{view.sourceName}</dd>
        {rows.map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="text-slate-600">{key}</dt>
            <dd className="break-words font-mono text-xs leading-5">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
