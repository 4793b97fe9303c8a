"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/auth/guard";
import { approveCase, sendBackCase } from "@/lib/review/approve";
import { reviewDecisionSchema } from "@/lib/review/schemas";

// Approve or send back a case awaiting approval; the guarded UPDATE answers 403 (own case) or 409 (someone was first).
export const reviewDecisionAction = authedAction("case:triage", reviewDecisionSchema, async ({ input, user }) => {
  const message =
    input.intent === "approve"
      ? (await approveCase(input.caseId, user, input.category), "Approved: the case is in the eval set.")
      : (await sendBackCase(input.caseId, user, input.category, input.comment ?? ""), "Sent back: it returns to its first reviewer's queue with your comment.");
  revalidatePath("/queue/approvals");
  revalidatePath("/eval-set");
  return { ok: true, message };
});
