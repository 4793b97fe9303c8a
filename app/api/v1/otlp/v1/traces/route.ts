import { withRoute } from "@/lib/auth/route";
import { handleOtlpPush } from "@/lib/ingest/push";

// POST /api/v1/otlp/v1/traces: OTLP/HTTP trace export (JSON or protobuf); GenAI chat spans become logs.
export const POST = withRoute({ scope: "ingest" }, async ({ request, apiKey }) => handleOtlpPush(request, apiKey!));
