"use client";

import type { FormAction } from "@/components/ui/action-outcome";
import { ButtonForm } from "@/components/ui/button-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { countOf } from "@/lib/core/format";

/**
 * "Start review" / "Close week" for one weekly batch (leads and admins). Closing asks
 * first, saying how many pending cases move and where. A closed week has no action (its
 * status is already written beside its name).
 */
export function WeekActions({
  isoWeek,
  status,
  pending,
  nextWeek,
  closeWeek,
  startReview,
}: {
  isoWeek: string;
  status: string;
  pending: number;
  nextWeek: string;
  closeWeek: FormAction;
  startReview: FormAction;
}) {
  if (status === "CLOSED") return null;
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {status === "OPEN" ? (
        <ButtonForm action={startReview} fields={{ isoWeek }} variant="secondary" size="xs" toast aria-label={`Start review of ${isoWeek}`}>
          Start review
        </ButtonForm>
      ) : null}
      <ConfirmAction
        trigger={{ label: "Close week", variant: "primary", size: "xs", "aria-label": `Close week ${isoWeek}` }}
        title={`Close ${isoWeek}?`}
        impact={
          <ul className="list-disc space-y-1 pl-5">
            <li>{pending === 0 ? "No case is pending: nothing moves." : `${countOf(pending, "pending case")} ${pending === 1 ? "moves" : "move"} to ${nextWeek}'s batch, keeping ${pending === 1 ? "its" : "their"} age.`}</li>
            <li>{isoWeek} becomes final: it can&apos;t be reopened, and cases mined from now on go to the next open week.</li>
          </ul>
        }
        confirmLabel={`Close ${isoWeek}`}
        action={closeWeek}
        fields={{ isoWeek }}
      />
    </div>
  );
}
