import { BATCH_STATUS_LABEL } from "@/lib/core/labels";
import type { BatchProgress } from "@/lib/batches/current-batch";

/**
 * One line on the queue page: the batch being reviewed, its status and how far review
 * has come. "This week's batch" only while it is this week's and still open; a closed
 * or earlier week is named by its week.
 */
export function CurrentBatchSummary({ batch, thisWeek }: { batch: BatchProgress; thisWeek: string }) {
  const decided = batch.accepted + batch.discarded;
  const percent = batch.total === 0 ? 0 : Math.round((decided / batch.total) * 100);
  const name = batch.isoWeek === thisWeek && batch.status !== "CLOSED" ? `This week's batch ${batch.isoWeek}` : `Batch ${batch.isoWeek}`;
  return (
    <section aria-label="Current batch" className="mb-6 flex flex-wrap items-center gap-x-6 gap-y-2 rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm">
      <p>
        <span className="font-medium">{name}</span> <span className="text-slate-600">({BATCH_STATUS_LABEL[batch.status]})</span>
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
