"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/guard";
import { FormMessage } from "@/components/ui/form-message";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

/** "Start review" / "Close week" buttons for one weekly batch (leads and admins). */
export function WeekActions({ isoWeek, status, closeWeek, startReview }: { isoWeek: string; status: string; closeWeek: Action; startReview: Action }) {
  const [closeState, closeAction, closing] = useActionState(closeWeek, null);
  const [reviewState, reviewAction, starting] = useActionState(startReview, null);
  if (status === "CLOSED") return <span className="text-xs text-slate-500">closed</span>;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {status === "OPEN" ? (
        <form action={reviewAction}>
          <input type="hidden" name="isoWeek" value={isoWeek} />
          <button type="submit" disabled={starting} className="rounded-md border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50 disabled:opacity-60">
            Start review<span className="sr-only"> of {isoWeek}</span>
          </button>
        </form>
      ) : null}
      <form
        action={closeAction}
        onSubmit={(event) => {
          if (!window.confirm(`Close ${isoWeek}? Its pending cases move to the next week's batch.`)) event.preventDefault();
        }}
      >
        <input type="hidden" name="isoWeek" value={isoWeek} />
        <button type="submit" disabled={closing} className="rounded-md bg-slate-900 px-2 py-1 text-xs font-medium text-white hover:bg-slate-700 disabled:opacity-60">
          Close week<span className="sr-only"> {isoWeek}</span>
        </button>
      </form>
      <FormMessage state={closeState ?? reviewState} />
    </div>
  );
}
