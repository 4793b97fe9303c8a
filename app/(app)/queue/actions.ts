"use server";

import { revalidatePath } from "next/cache";
import { ActionError, authedAction } from "@/lib/auth/guard";
import type { ActionResult } from "@/lib/errors/answers";
import { renewLease } from "@/lib/triage/claim";
import { discardCase, skipCase } from "@/lib/triage/decide";
import { acceptOrHold } from "@/lib/review/accept";
import { reviseDecision } from "@/lib/triage/revise";
import { redactSelection } from "@/lib/triage/redact-selection";
import { decisionSchema, redactSchema, renewSchema, undoSkipSchema, unskipTodaySchema } from "@/lib/triage/schemas";
import { undoSkip, unskipToday } from "@/lib/triage/undo-skip";

// Accept / Discard / Skip on the held case, or a revision of the reviewer's own decision.
export const decideAction = authedAction<typeof decisionSchema, unknown>("case:triage", decisionSchema, async ({ input, user }) => {
  // Triage and eval-set rule errors (409 lost case, 400 field) become the form's message in authedAction.
  const result = await (async (): Promise<ActionResult<unknown>> => {
    if (input.intent === "skip") {
      if (input.mode === "revise") throw new ActionError("A decided case can't be skipped; accept or discard it.");
      await skipCase(input.caseId, user);
      return { ok: true, message: "Skipped. You won't see that case again today." };
    }
    if (input.intent === "accept") {
      const label = { expectedOutput: input.expectedOutput ?? "", category: input.category as never, notes: input.notes ?? null, tags: input.tags, confirmEqualsProduction: input.confirmEqualsProduction };
      if (input.mode === "revise") await reviseDecision(input.caseId, user, { kind: "accept", ...label });
      else if ((await acceptOrHold(input.caseId, user, label)).awaitingApproval) return { ok: true, message: "Accepted: it waits for a second reviewer's approval before it joins the eval set." };
      return { ok: true, message: input.mode === "revise" ? "Revision saved: the eval item has a new version." : "Accepted into the eval set." };
    }
    if (!input.discardReason) return { ok: false, error: "Pick a reason to discard.", fieldErrors: { discardReason: ["Pick a reason to discard."] } };
    const choice = { reason: input.discardReason, note: input.discardNote ?? null };
    if (input.mode === "revise") await reviseDecision(input.caseId, user, { kind: "discard", ...choice });
    else if ((await discardCase(input.caseId, user, choice)).deleted) return { ok: true, message: "Deleted: the case and its source logs are gone, nothing was redacted by hand." };
    return { ok: true, message: input.mode === "revise" ? "Revision saved: the case is now discarded." : "Discarded." };
  })();
  if (result.ok) {
    revalidatePath("/queue");
    revalidatePath("/eval-set");
  }
  return result;
});

// Called by the case page while the reviewer is active, so an open case isn't lost mid-thought.
export const renewLeaseAction = authedAction<typeof renewSchema, { leaseExpiresAt: string }>("case:triage", renewSchema, async ({ input, user }) => {
  const until = await renewLease(input.caseId, user.id);
  return { ok: true, data: { leaseExpiresAt: until.toISOString() } };
});

// Redaction audit: replaces the selected text everywhere this case's data lives.
export const redactAction = authedAction<typeof redactSchema, { placeholder: string }>("case:triage", redactSchema, async ({ input, user }) => {
  const done = await redactSelection(input.caseId, user, { text: input.text, type: input.type });
  revalidatePath("/queue");
  return { ok: true, message: `Redacted as ${done.placeholder} (${done.caseOccurrences} on the case, ${done.sourceLogOccurrences} on the source log).`, data: { placeholder: done.placeholder } };
});

// The Undo of a skip: the case comes back to the reviewer when nobody took it meanwhile.
export const undoSkipAction = authedAction<typeof undoSkipSchema, { restored: boolean }>("case:triage", undoSkipSchema, async ({ input, user }) => {
  const { restored } = await undoSkip(input.caseId, user.id);
  revalidatePath("/queue");
  return { ok: true, message: restored ? "Skip undone: the case is back." : "Skip undone, but a colleague has that case now.", data: { restored } };
});

// "Show them": the cases the reviewer skipped today come back into their queue.
export const unskipTodayAction = authedAction("case:triage", unskipTodaySchema, async ({ user }) => {
  const count = await unskipToday(user.id);
  revalidatePath("/queue");
  return { ok: true, message: count === 1 ? "The case you skipped is back in your queue." : `The ${count} cases you skipped are back in your queue.` };
});
