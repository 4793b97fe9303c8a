import { withRoute } from "@/lib/auth/route";
import { jsonError } from "@/lib/errors/answers";
import { parseEvalSetFilters } from "@/lib/evalset/filters";
import { listEvalItems } from "@/lib/evalset/queries";

export const dynamic = "force-dynamic";

// GET /api/v1/eval-set?[q&category&source&week&reviewer&from&to&asOf&page]: one page of eval items (50), as JSON.
export const GET = withRoute({ permission: "evalset:read", scope: "evalset:read" }, async ({ request, apiKey }) => {
  const params = new URL(request.url).searchParams;
  const page = Number(params.get("page") ?? "1");
  if (!Number.isInteger(page) || page < 1) return jsonError(400, "page must be a positive integer", { field: "page" });
  params.delete("page");
  const parsed = parseEvalSetFilters(params);
  if (!parsed.ok) return jsonError(400, parsed.error);
  if (apiKey?.sourceId) {
    if (parsed.filters.source && parsed.filters.source !== apiKey.sourceId) return jsonError(403, "This API key may only read its own source.");
    parsed.filters.source = apiKey.sourceId;
  }
  return Response.json(await listEvalItems(parsed.filters, page));
});
