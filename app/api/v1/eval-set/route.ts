import { withRoute } from "@/lib/auth/route";
import { jsonError } from "@/lib/errors/answers";
import { filtersForCaller } from "@/lib/evalset/filters";
import { listEvalItems } from "@/lib/evalset/queries";

export const dynamic = "force-dynamic";

// GET /api/v1/eval-set?[q&category&source&week&reviewer&from&to&asOf&page]: one page of eval items (50), as JSON.
export const GET = withRoute({ permission: "evalset:read", scope: "evalset:read" }, async ({ request, apiKey }) => {
  const params = new URL(request.url).searchParams;
  const page = Number(params.get("page") ?? "1");
  if (!Number.isInteger(page) || page < 1) return jsonError(400, "page must be a positive integer", { field: "page" });
  params.delete("page");
  return Response.json(await listEvalItems(filtersForCaller(params, apiKey), page));
});
