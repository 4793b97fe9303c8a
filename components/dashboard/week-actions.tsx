"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import { FormMessage } from "@/components/ui/form-message";
import { Button } from "@/components/ui/button";

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
          <Button type="submit" variant="secondary" size="xs" disabled={starting}>
            Start review<span className="sr-only"> of {isoWeek}</span>
          </Button>
        </form>
      ) : null}
      <form
        action={closeAction}
        onSubmit={(event) => {
          if (!window.confirm(`Close ${isoWeek}? Its pending cases move to the next week's batch.`)) event.preventDefault();
        }}
      >
        <input type="hidden" name="isoWeek" value={isoWeek} />
        <Button type="submit" size="xs" disabled={closing}>
          Close week<span className="sr-only"> {isoWeek}</span>
        </Button>
      </form>
      <FormMessage state={closeState ?? reviewState} />
    </div>
  );
}
