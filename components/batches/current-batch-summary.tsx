import { BATCH_STATUS_LABEL } from "@/lib/core/labels";
import type { BatchProgress } from "@/lib/batches/current-batch";

/** One line on the queue page: this week's batch, its status and how far review has come. */
export function CurrentBatchSummary({ batch }: { batch: BatchProgress }) {
  const decided = batch.accepted + batch.discarded;
  const percent = batch.total === 0 ? 0 : Math.round((decided / batch.total) * 100);
  return (
    <section aria-label="Current batch" className="mb-6 flex flex-wrap items-center gap-x-6 gap-y-2 rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm">
      <p>
        <span className="font-medium">This week&apos;s batch {batch.isoWeek}</span>{" "}
        <span className="text-slate-600">({BATCH_STATUS_LABEL[batch.status]})</span>
      </p>
      <p className="text-slate-600">
        {decided} of {batch.total} decided · {batch.pending} pending · {batch.accepted} accepted · {batch.discarded} discarded
      </p>
      <div className="h-2 min-w-32 flex-1 overflow-hidden rounded-full bg-slate-100" role="progressbar" aria-label="Batch progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="h-full bg-emerald-500" style={{ width: `${percent}%` }} />
      </div>
    </section>
  );
}
