"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { authedAction } from "@/lib/auth/guard";
import { userActor } from "@/lib/audit/record";
import { closeWeek, startWeekReview } from "@/lib/batches/close-week";
import { weekSchema } from "@/lib/batches/schemas";
import { weeklyTargetSchema } from "@/lib/metrics/schemas";
import { setWeeklyTarget } from "@/lib/metrics/targets";
import { refreshDashboardMetrics } from "@/lib/metrics/refresh";
import { countOf } from "@/lib/core/format";

export const closeWeekAction = authedAction("batch:manage", weekSchema, async ({ input, user }) => {
  const result = await closeWeek(input.isoWeek, userActor(user));
  // Pending cases changed batch: refresh the rollups once the response is sent (seconds at
  // a million cases), so the backlog catches up without making the lead wait for it.
  after(async () => {
    await refreshDashboardMetrics().catch((error: Error) => console.error("metrics refresh after close failed:", error.message));
  });
  revalidatePath("/dashboard");
  return { ok: true, message: `Closed ${input.isoWeek}; ${countOf(result.movedPending, "pending case")} moved to ${result.movedTo}.` };
});

export const startReviewAction = authedAction("batch:manage", weekSchema, async ({ input, user }) => {
  await startWeekReview(input.isoWeek, userActor(user));
  revalidatePath("/dashboard");
  return { ok: true, message: `${input.isoWeek} is in review: reviewers can finish its cases.` };
});

export const weeklyTargetAction = authedAction("batch:manage", weeklyTargetSchema, async ({ input, user }) => {
  const result = await setWeeklyTarget(input, userActor(user));
  revalidatePath("/dashboard");
  return { ok: true, message: input.min === "" ? `${result.label} now uses the overall band.` : `Target for ${result.label}: ${input.min}-${input.max} per week.` };
});
