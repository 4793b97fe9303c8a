import { batchProgress, currentBatchProgress } from "@/lib/batches/current-batch";
import { nextIsoWeek, parseIsoWeek } from "@/lib/batches/iso-week";
import { BATCH_STATUS_LABEL } from "@/lib/core/labels";
import { recentBatches } from "@/lib/batches/close-week";
import { weeklyTarget } from "@/lib/metrics/targets";
import type { MetricsFilters } from "@/lib/metrics/filters";
import { WeekActions } from "@/components/dashboard/week-actions";
import { TargetForm } from "@/components/dashboard/target-form";
import { closeWeekAction, startReviewAction, weeklyTargetAction } from "./actions";

type Source = { id: string; name: string; weeklyTargetMin: number | null; weeklyTargetMax: number | null };

/** The current batch (live), the weeks a lead can move along, and the weekly target form. */
export async function CadencePanel({ filters, canManage, sources }: { filters: MetricsFilters; canManage: boolean; sources: Source[] }) {
  const [current, batches, overall] = await Promise.all([currentBatchProgress({ sourceId: filters.sourceId ?? undefined }), recentBatches(6), weeklyTarget(null)]);
  const progress = await batchProgress(batches.map((b) => b.id));
  const done = current.accepted + current.discarded;
  return (
    <section aria-labelledby="cadence" className="mb-6 rounded-xl border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="cadence" className="font-medium">
          Current batch: {current.isoWeek} <span className="text-sm font-normal text-slate-600">({BATCH_STATUS_LABEL[current.status]})</span>
        </h2>
        <p className="text-sm text-slate-700">
          {done} of {current.total} triaged: {current.accepted} accepted, {current.discarded} discarded, {current.pending} pending
        </p>
      </div>
      <div className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100" role="progressbar" aria-label={`${current.isoWeek} progress`} aria-valuemin={0} aria-valuemax={current.total} aria-valuenow={done}>
        <div className="h-full bg-emerald-500" style={{ width: `${current.total === 0 ? 0 : (done / current.total) * 100}%` }} />
      </div>
      {canManage ? (
        <div className="mt-5 grid gap-6 lg:grid-cols-2">
          <div>
            <h3 className="text-sm font-medium">Weeks</h3>
            <p id="week-actions-help" className="mt-1 mb-3 text-xs text-slate-600">
              <strong className="font-medium">Start review</strong> tells reviewers a week&apos;s cases are ready to finish (status “in review”); nothing moves and new cases can still arrive.{" "}
              <strong className="font-medium">Close week</strong> makes it final: its pending cases move to the next week.
            </p>
            <ul className="space-y-2 text-sm">
              {batches.map((b) => {
                const week = parseIsoWeek(b.isoWeek);
                const pending = progress.find((p) => p.id === b.id)?.pending ?? 0;
                return (
                  <li key={b.id} className="flex flex-wrap items-center justify-between gap-3">
                    <span>
                      {b.isoWeek} <span className="text-slate-500">({BATCH_STATUS_LABEL[b.status]}{b.status === "CLOSED" ? "" : `, ${pending} pending`})</span>
                    </span>
                    <WeekActions isoWeek={b.isoWeek} status={b.status} pending={pending} nextWeek={week ? nextIsoWeek(week).label : "the next week"} closeWeek={closeWeekAction} startReview={startReviewAction} />
                  </li>
                );
              })}
            </ul>
          </div>
          <div>
            <h3 className="mb-2 text-sm font-medium">Weekly target band</h3>
            <TargetForm action={weeklyTargetAction} sources={sources} overall={{ min: overall.min, max: overall.max }} />
          </div>
        </div>
      ) : null}
    </section>
  );
}
