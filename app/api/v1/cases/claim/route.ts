import { withRoute } from "@/lib/auth/route";
import { claimNextCase } from "@/lib/triage/claim";
import { getCaseView } from "@/lib/triage/queries";

export const dynamic = "force-dynamic";

// POST /api/v1/cases/claim: claims (or resumes) the signed-in reviewer's next case; 204 when the queue is empty.
export const POST = withRoute({ permission: "case:triage" }, async ({ user }) => {
  const caseId = await claimNextCase(user!.id);
  if (!caseId) return new Response(null, { status: 204 });
  return Response.json({ case: await getCaseView(caseId) });
});
