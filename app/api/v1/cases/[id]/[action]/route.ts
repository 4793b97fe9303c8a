import { z } from "zod";
import { readJsonBody, withRoute } from "@/lib/auth/route";
import { jsonError } from "@/lib/errors/answers";
import { renewLease } from "@/lib/triage/claim";
import { discardCase, skipCase } from "@/lib/triage/decide";
import { acceptOrHold } from "@/lib/review/accept";
import { redactSelection } from "@/lib/triage/redact-selection";
import { reviseDecision } from "@/lib/triage/revise";
import { acceptBody, discardBody, redactBody, reviseBody } from "@/lib/triage/schemas";

export const dynamic = "force-dynamic";

// POST /api/v1/cases/:id/(accept|discard|skip|renew|revise|redact): the queue's decisions as JSON; 409 when the reviewer lost the case.
export const POST = withRoute<{ id: string; action: string }>({ permission: "case:triage" }, async ({ request, params, user }) => {
  if (!z.uuid().safeParse(params.id).success) return jsonError(404, "No such case.");
  const reviewer = user!;
  switch (params.action) {
    case "accept":
      // {awaitingApproval: true} when the source holds the case for a second review (no item yet).
      return Response.json(await acceptOrHold(params.id, reviewer, await readJsonBody(request, acceptBody)));
    case "discard":
      const { deleted } = await discardCase(params.id, reviewer, await readJsonBody(request, discardBody));
      return Response.json({ caseId: params.id, status: deleted ? "DELETED" : "DISCARDED" });
    case "skip":
      await skipCase(params.id, reviewer);
      return Response.json({ caseId: params.id, skipped: true });
    case "renew":
      return Response.json({ caseId: params.id, leaseExpiresAt: await renewLease(params.id, reviewer.id) });
    case "revise":
      return Response.json(await reviseDecision(params.id, reviewer, await readJsonBody(request, reviseBody)));
    case "redact":
      return Response.json(await redactSelection(params.id, reviewer, await readJsonBody(request, redactBody)));
    default:
      return jsonError(404, "Unknown action; use accept, discard, skip, renew, revise or redact.");
  }
});
