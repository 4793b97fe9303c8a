import { withRoute } from "@/lib/auth/route";
import { jsonError } from "@/lib/errors/answers";
import { filtersForCaller, parsePage } from "@/lib/evalset/filters";
import { listEvalItems } from "@/lib/evalset/queries";

export const dynamic = "force-dynamic";

// GET /api/v1/eval-set?[q&category&source&week&reviewer&from&to&asOf&page]: one page of eval items (50), as JSON.
export const GET = withRoute({ permission: "evalset:read", scope: "evalset:read" }, async ({ request, apiKey }) => {
  const params = new URL(request.url).searchParams;
  const { page, error } = parsePage(params.get("page"));
  if (error) return jsonError(400, error, { field: "page" });
  params.delete("page");
  return Response.json(await listEvalItems(filtersForCaller(params, apiKey), page));
});
