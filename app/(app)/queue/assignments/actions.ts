"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/auth/guard";
import { userActor } from "@/lib/audit/record";
import { assignCases, releaseAssignments, setAssignmentStaleHours } from "@/lib/assignments/assign";
import { assignSchema, releaseSchema, staleHoursSchema } from "@/lib/assignments/schemas";
import { secondReviewSchema } from "@/lib/review/schemas";
import { secondReviewLabel, setSecondReview } from "@/lib/review/settings";
import { countOf } from "@/lib/core/format";

export const assignAction = authedAction("batch:manage", assignSchema, async ({ input, user }) => {
  const result = await assignCases(userActor(user), input);
  revalidatePath("/queue/assignments");
  return { ok: true, message: `Assigned ${countOf(result.assigned, "case")} to ${countOf(input.reviewerIds.length, "reviewer")}.` };
});

export const releaseAction = authedAction("batch:manage", releaseSchema, async ({ input, user }) => {
  const released = await releaseAssignments(userActor(user), input.reviewerId);
  revalidatePath("/queue/assignments");
  return { ok: true, message: `${countOf(released, "case")} back in the shared pool.` };
});

export const staleHoursAction = authedAction("batch:manage", staleHoursSchema, async ({ input, user }) => {
  await setAssignmentStaleHours(userActor(user), input.hours);
  revalidatePath("/queue/assignments");
  return { ok: true, message: `Assignments now go back to the pool after ${countOf(input.hours, "hour")} without a claim.` };
});

// Leads set it here and admins on the source page: both hold batch:manage.
export const secondReviewAction = authedAction("batch:manage", secondReviewSchema, async ({ input, user }) => {
  const { name } = await setSecondReview(userActor(user), input);
  revalidatePath("/queue/assignments");
  revalidatePath(`/admin/sources/${input.sourceId}`);
  return { ok: true, message: `Second review of ${name}: ${secondReviewLabel(input.every).toLowerCase()}.` };
});
