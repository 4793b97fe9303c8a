import "server-only";
import { db } from "@/lib/db";
import { acceptCase, type AcceptLabel, type Reviewer } from "@/lib/triage/decide";
import { holdForApproval, wantsSecondReview } from "./hold";

export type AcceptOutcome = { awaitingApproval: true; caseId: string } | ({ awaitingApproval: false } & Awaited<ReturnType<typeof acceptCase>>);

/**
 * The reviewer's Accept: straight into the eval set, or held for a second review when
 * the case's source wants one for this case. The choice depends only on the source's
 * setting and the case id, so reading it before the transaction is safe; acceptCase
 * checks it again under its lock (an admin changing the setting meanwhile gets a 409).
 */
export async function acceptOrHold(caseId: string, reviewer: Reviewer, label: AcceptLabel): Promise<AcceptOutcome> {
  if (await wantsSecondReview(db, caseId)) {
    await holdForApproval(caseId, reviewer, label);
    return { awaitingApproval: true, caseId };
  }
  return { awaitingApproval: false, ...(await acceptCase(caseId, reviewer, label)) };
}
