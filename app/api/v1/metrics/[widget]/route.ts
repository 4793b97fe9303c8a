import { withRoute } from "@/lib/auth/route";
import { jsonError } from "@/lib/errors/answers";
import { CSV_WIDGETS, widgetCsv, type CsvWidget } from "@/lib/metrics/csv";
import { readMetricsFilters } from "@/lib/metrics/filters";

// GET /api/v1/metrics/:widget: one dashboard widget's numbers as CSV (same ?source=&from=&to= filters as /dashboard).
export const GET = withRoute<{ widget: string }>({ permission: "dashboard:view" }, async ({ request, params }) => {
  if (!(CSV_WIDGETS as readonly string[]).includes(params.widget)) {
    return jsonError(404, `Unknown widget; use one of ${CSV_WIDGETS.join(", ")}.`);
  }
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const { filename, csv } = await widgetCsv(params.widget as CsvWidget, readMetricsFilters(search));
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" },
  });
});
