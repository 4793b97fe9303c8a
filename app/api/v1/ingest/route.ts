import { withRoute } from "@/lib/auth/route";
import { handleNativePush } from "@/lib/ingest/push";

// POST /api/v1/ingest: push a batch of native logs with an "ingest" API key (README "Ingestion").
export const POST = withRoute({ scope: "ingest" }, async ({ request, apiKey }) => handleNativePush(request, apiKey!));
