import { readJsonBody, withRoute } from "@/lib/auth/route";
import { eraseEndUser } from "@/lib/privacy/erasure";
import { erasureRequestSchema } from "@/lib/privacy/schemas";

export const dynamic = "force-dynamic";

// POST /api/v1/erasure: { userId, dryRun? } with an "erasure" API key -> the receipt (counts only).
export const POST = withRoute({ scope: "erasure" }, async ({ request, apiKey }) => {
  const input = await readJsonBody(request, erasureRequestSchema);
  // A key bound to a source erases in that source only; the opt-out list is global.
  const receipt = await eraseEndUser(input.userId, { label: `apikey:${apiKey!.prefix}` }, { dryRun: input.dryRun, sourceId: apiKey!.sourceId ?? undefined });
  return Response.json(receipt);
});
