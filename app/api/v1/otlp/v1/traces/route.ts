import { withRoute } from "@/lib/auth/route";
import { handleOtlpPush } from "@/lib/ingest/push";
import { withDatabaseOutage } from "@/lib/ingest/http";

// POST /api/v1/otlp/v1/traces: OTLP/HTTP trace export (JSON or protobuf); GenAI chat spans become logs.
export const POST = withDatabaseOutage(withRoute({ scope: "ingest" }, async ({ request, apiKey }) => handleOtlpPush(request, apiKey!)));
