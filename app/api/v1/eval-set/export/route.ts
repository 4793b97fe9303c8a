import { withRoute } from "@/lib/auth/route";
import { jsonError } from "@/lib/errors/answers";
import { exportEvalSet } from "@/lib/evalset/export";
import { filtersForCaller } from "@/lib/evalset/filters";
import { EXPORT_CONTENT_TYPE, EXPORT_EXTENSION, EXPORT_FORMATS, type ExportFormat } from "@/lib/evalset/formats";

export const dynamic = "force-dynamic";

// GET /api/v1/eval-set/export?format=jsonl|csv|promptfoo|openai-evals[&asOf&category&source...]: streams the eval set.
export const GET = withRoute({ permission: "evalset:read", scope: "evalset:read" }, async ({ request, apiKey }) => {
  const params = new URL(request.url).searchParams;
  const format = (params.get("format") ?? "jsonl") as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) return jsonError(400, `format must be one of ${EXPORT_FORMATS.join(", ")}`, { field: "format" });
  params.delete("format");
  const filters = filtersForCaller(params, apiKey);
  const stamp = (filters.asOf ?? new Date()).toISOString().replace(/[:.]/g, "-");
  return new Response(exportEvalSet(format, filters), {
    headers: {
      "content-type": EXPORT_CONTENT_TYPE[format],
      "content-disposition": `attachment; filename="eval-set-${stamp}.${EXPORT_EXTENSION[format]}"`,
      "cache-control": "no-store",
    },
  });
});
