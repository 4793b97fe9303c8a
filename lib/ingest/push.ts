import type { ApiKeyPrincipal } from "@/lib/auth/api-keys";
import { HttpProblem, MAX_LOGS_PER_REQUEST, readChargedBody, sourceForKey } from "./http";
import { nativeCandidate } from "./native";
import { ingestCandidates } from "./pipeline";
import { genAiCandidates } from "./genai-spans";
import { spansFromOtlpJson } from "./otlp-json";
import { encodeExportResponse, spansFromOtlpProtobuf } from "./otlp-proto";
import { OtlpFormatError, type OtlpSpan } from "./otlp-model";
import { labelCandidate } from "./tally";
import type { RecordOutcome } from "./types";

function parseJsonBody(body: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(body).toString("utf8"));
  } catch {
    // Never echo the body: it is raw, unredacted log text.
    throw new HttpProblem(400, "The body is not valid JSON.");
  }
}

/**
 * POST /api/v1/ingest: `{ logs: [...] }` -> per-record outcomes and totals. Refusals
 * throw (HttpProblem, IngestRefused); withRoute answers them through lib/errors/answers.ts.
 */
export async function handleNativePush(request: Request, apiKey: ApiKeyPrincipal): Promise<Response> {
  const source = await sourceForKey(apiKey);
  const body = parseJsonBody(await readChargedBody(request, apiKey));
  const logs = (body as { logs?: unknown } | null)?.logs;
  if (!Array.isArray(logs)) throw new HttpProblem(400, 'The body must be a JSON object with a "logs" array.');
  if (logs.length > MAX_LOGS_PER_REQUEST) throw new HttpProblem(413, `At most ${MAX_LOGS_PER_REQUEST.toLocaleString("en")} logs per request (got ${logs.length}); split the batch.`);
  const result = await ingestCandidates(
    source,
    logs.map((log, index) => labelCandidate(nativeCandidate(log, index), { format: "native", convention: "native" })),
    // A full redaction queue answers 503 + Retry-After: the producer keeps the records and resends.
    { whenFull: "refuse" },
  );
  return Response.json({ source: source.name, totals: result.totals, results: result.outcomes });
}

/**
 * The OTLP answer's error_message: how many spans were rejected and why, most frequent
 * reason first (reasons name attributes, never content), at most five reasons.
 */
export function rejectionSummary(outcomes: RecordOutcome[]): string {
  const reasons = new Map<string, number>();
  for (const o of outcomes) if (o.status === "rejected") reasons.set(o.reason ?? "unreadable", (reasons.get(o.reason ?? "unreadable") ?? 0) + 1);
  const total = [...reasons.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return "";
  const listed = [...reasons.entries()].sort((a, b) => b[1] - a[1]);
  const parts = listed.slice(0, 5).map(([reason, n]) => `${reason} (${n} span${n === 1 ? "" : "s"})`);
  if (listed.length > 5) parts.push(`${listed.length - 5} more reason(s)`);
  return `${total} model-call span${total === 1 ? " was" : "s were"} rejected: ${parts.join("; ")}`;
}

/**
 * POST /api/v1/otlp/v1/traces: OTLP/HTTP traces as JSON or protobuf. Every model call, in
 * any convention lib/ingest/conventions/ reads, is a record; other spans are ignored and
 * counted. Answers in the request's encoding with an ExportTraceServiceResponse whose
 * partial_success says how many spans were rejected and why; JSON answers also carry this
 * app's totals, per-span outcomes and the ignored spans by reason.
 */
export async function handleOtlpPush(request: Request, apiKey: ApiKeyPrincipal): Promise<Response> {
  const contentType = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  const protobuf = contentType === "application/x-protobuf" || contentType === "application/protobuf";
  if (!protobuf && contentType !== "application/json") throw new HttpProblem(415, "Send OTLP traces as application/json or application/x-protobuf.");
  const source = await sourceForKey(apiKey);
  const body = await readChargedBody(request, apiKey);
  let spans: OtlpSpan[];
  try {
    spans = protobuf ? spansFromOtlpProtobuf(body) : spansFromOtlpJson(parseJsonBody(body));
  } catch (error) {
    if (error instanceof OtlpFormatError) throw new HttpProblem(400, `Not a valid OTLP trace export: ${error.message}.`);
    throw error;
  }
  // The same ceiling as native pushes: a request's work stays bounded however small its spans.
  if (spans.length > MAX_LOGS_PER_REQUEST) throw new HttpProblem(413, `At most ${MAX_LOGS_PER_REQUEST.toLocaleString("en")} spans per request (got ${spans.length}); export smaller batches (OTEL_BSP_MAX_EXPORT_BATCH_SIZE).`);
  const { candidates, ignored } = genAiCandidates(spans, protobuf ? "otlp-protobuf" : "otlp-json");
  const result = await ingestCandidates(source, candidates, { ignoredSpans: ignored, whenFull: "refuse" });
  const rejected = result.totals.rejected;
  const message = rejectionSummary(result.outcomes);
  if (protobuf) {
    return new Response(Buffer.from(encodeExportResponse(rejected, message)), { status: 200, headers: { "content-type": "application/x-protobuf" } });
  }
  const ignoredSpans = ignored.reduce((n, entry) => n + entry.count, 0);
  return Response.json({
    ...(rejected ? { partialSuccess: { rejectedSpans: rejected, errorMessage: message } } : {}),
    source: source.name,
    totals: { ...result.totals, ignoredSpans },
    results: result.outcomes,
    ignored: ignored.map(({ convention, reason, count }) => ({ convention, reason, count })),
  });
}
