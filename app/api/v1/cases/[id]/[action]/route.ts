import { z } from "zod";
import { withRoute } from "@/lib/auth/route";
import { jsonError } from "@/lib/errors/answers";
import { CATEGORIES } from "@/lib/evalset/categories";
import { renewLease } from "@/lib/triage/claim";
import { acceptCase, discardCase, skipCase } from "@/lib/triage/decide";
import { TriageError } from "@/lib/triage/errors";
import { redactSelection } from "@/lib/triage/redact-selection";
import { reviseDecision } from "@/lib/triage/revise";
import { DISCARD_REASONS } from "@/lib/triage/schemas";

export const dynamic = "force-dynamic";

const accept = z.object({ expectedOutput: z.string().max(50_000), category: z.enum(CATEGORIES), notes: z.string().max(5_000).nullish(), tags: z.array(z.string().max(100)).max(20).optional() });
const discard = z.object({ reason: z.enum(DISCARD_REASONS), note: z.string().max(1_000).nullish() });
const revise = z.discriminatedUnion("kind", [accept.extend({ kind: z.literal("accept") }), discard.extend({ kind: z.literal("discard") })]);
const redact = z.object({ text: z.string().max(500), type: z.string() });

async function body<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const json = await request.json().catch(() => {
    throw new TriageError(400, "The body must be JSON.");
  });
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TriageError(400, `${issue.path.join(".") || "body"}: ${issue.message}`, issue.path.join(".") || undefined);
  }
  return parsed.data;
}

// POST /api/v1/cases/:id/(accept|discard|skip|renew|revise|redact): the queue's decisions as JSON; 409 when the reviewer lost the case.
export const POST = withRoute<{ id: string; action: string }>({ permission: "case:triage" }, async ({ request, params, user }) => {
  if (!z.uuid().safeParse(params.id).success) return jsonError(404, "No such case.");
  const reviewer = user!;
  switch (params.action) {
    case "accept":
      return Response.json(await acceptCase(params.id, reviewer, await body(request, accept)));
    case "discard":
      await discardCase(params.id, reviewer, await body(request, discard));
      return Response.json({ caseId: params.id, status: "DISCARDED" });
    case "skip":
      await skipCase(params.id, reviewer);
      return Response.json({ caseId: params.id, skipped: true });
    case "renew":
      return Response.json({ caseId: params.id, leaseExpiresAt: await renewLease(params.id, reviewer.id) });
    case "revise":
      return Response.json(await reviseDecision(params.id, reviewer, await body(request, revise)));
    case "redact":
      return Response.json(await redactSelection(params.id, reviewer, await body(request, redact)));
    default:
      return jsonError(404, "Unknown action; use accept, discard, skip, renew, revise or redact.");
  }
});
