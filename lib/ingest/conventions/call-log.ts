import type { ChatMessage, StoredMetadata } from "@/lib/core/chat";
import { normaliseFinishReason } from "@/lib/mining/finish-reason";
import type { CanonicalLog } from "../types";
import { FieldError } from "../messages";
import { toMetadata } from "../metadata";
import { durationMs, nanosToDate, type OtlpSpan } from "../otlp-model";
import { bool, exceptionType, firstId, isObject, jsonOrText, nested, num, text } from "./attributes";
import type { CallContext, ConventionName } from "./convention";

/** What a convention read from a model-call span, before it becomes the canonical log. */
export interface CallFacts {
  convention: ConventionName;
  messages: ChatMessage[];
  output: ChatMessage | null;
  model: unknown;
  finishReasons: unknown[];
  usage: { input?: unknown; output?: unknown };
  provider?: unknown;
  operation?: unknown;
  /** A failure the convention reports its own way (Langfuse's level ERROR). */
  error?: string;
  /** Free-form metadata the app attached (AI SDK telemetry metadata, OpenInference `metadata`...), and its attribute name. */
  user?: { value: Record<string, unknown>; field: string };
  /** Where this convention keeps the end user's and the session's ids, most specific first. */
  userKeys: string[];
  sessionKeys: string[];
}

// Identifiers are not metadata: they go to CanonicalLog.endUser (stored only as a keyed hash).
const IDENTIFIER_KEYS = ["userId", "user_id", "user.id", "sessionId", "session_id", "session.id", "enduser.id"];
const NUMBER_KEYS = ["confidence", "latencyMs"];

/**
 * App metadata as the native `metadata` field takes it (lib/ingest/metadata.ts validates it),
 * after undoing what span attributes do to values: numbers and booleans arrive as strings
 * from some SDKs, tags as a JSON string. Identifiers are taken out.
 */
function appMetadata(value: Record<string, unknown>, field: string): StoredMetadata {
  const record: Record<string, unknown> = { ...value };
  for (const key of IDENTIFIER_KEYS) delete record[key];
  for (const key of NUMBER_KEYS) if (typeof record[key] === "string") record[key] = num(record[key]) ?? record[key];
  if (typeof record.escalated === "string") record.escalated = bool(record.escalated) ?? record.escalated;
  if (isObject(record.feedback) && typeof record.feedback.score === "string") record.feedback = { ...record.feedback, score: num(record.feedback.score) ?? record.feedback.score };
  if (typeof record.tags === "string") {
    const parsed = jsonOrText(record.tags);
    record.tags = Array.isArray(parsed) ? parsed : [record.tags];
  }
  return toMetadata(record, field);
}

/** An opt-out flag as attributes carry it: true, "true" (any case) or 1, as the native format takes it. */
export function isOptOut(value: unknown): boolean {
  return value === true || value === 1 || (typeof value === "string" && value.trim().toLowerCase() === "true");
}

/** Whether app metadata (any convention's) asks for the record not to be stored. */
export function metadataOptsOut(value: Record<string, unknown>): boolean {
  return isOptOut(value.optOut) || isOptOut(value.opt_out);
}

function spanStatus(span: OtlpSpan): "OK" | "ERROR" | "UNSET" {
  return span.statusCode === 2 ? "ERROR" : span.statusCode === 1 ? "OK" : "UNSET";
}

/** The span's failure in a few words: error.type, the status message, the exception class, or a failing tool. */
function failure(span: OtlpSpan, facts: CallFacts, context: CallContext): string | undefined {
  const explicit = text(span.attributes["error.type"]) ?? facts.error;
  if (explicit) return explicit.slice(0, 500);
  if (span.statusCode === 2) return (span.statusMessage ?? exceptionType(span) ?? "span status ERROR").slice(0, 500);
  if (context.failedTools.length) return `tool call failed: ${context.failedTools.join(", ")}`.slice(0, 500);
  return undefined;
}

function callMetadata(span: OtlpSpan, facts: CallFacts, context: CallContext): StoredMetadata {
  const metadata: StoredMetadata = {
    ...(facts.user ? appMetadata(facts.user.value, facts.user.field) : {}),
    // Any convention may carry this app's own attributes (evalmine.confidence, .escalated, .feedback.*, .tags).
    ...appMetadata(nested(span.attributes, "evalmine"), "evalmine"),
    convention: facts.convention,
    spanName: span.name,
    spanStatus: spanStatus(span),
  };
  const latency = durationMs(span.startTimeUnixNano, span.endTimeUnixNano);
  if (latency !== undefined) metadata.latencyMs = latency;
  const error = failure(span, facts, context);
  if (error) metadata.error = error;
  if (context.failedTools.length) metadata.toolErrors = context.failedTools;
  const reasons = [...new Set(facts.finishReasons.map((r) => (typeof r === "string" ? normaliseFinishReason(r) : null)).filter((r): r is string => r !== null))];
  if (reasons.length) metadata.finishReason = reasons[0];
  if (reasons.length > 1) metadata.finishReasons = reasons;
  const inputTokens = num(facts.usage.input);
  const outputTokens = num(facts.usage.output);
  if (inputTokens !== undefined || outputTokens !== undefined) metadata.usage = { inputTokens, outputTokens };
  const provider = text(facts.provider);
  if (provider) metadata.provider = provider.slice(0, 100);
  const operation = text(facts.operation);
  if (operation) metadata.operation = operation.slice(0, 100);
  const service = text(span.resource["service.name"]);
  if (service) metadata.service = service.slice(0, 200);
  return metadata;
}

/** The canonical log of a model call from what its convention read; the span gives id, time and status. */
export function callLog(span: OtlpSpan, facts: CallFacts, context: CallContext): CanonicalLog {
  if (facts.messages.length === 0) throw new FieldError("messages", "the span carries no input messages");
  const timestamp = nanosToDate(span.startTimeUnixNano) ?? nanosToDate(span.endTimeUnixNano);
  if (!timestamp) throw new FieldError("startTimeUnixNano", "is missing");
  if (!span.spanId) throw new FieldError("spanId", "is missing");
  const model = text(facts.model);
  const output = facts.output ? { ...facts.output } : null;
  if (output) delete output.finish_reason;
  const messages = facts.messages.map((m) => {
    if (m.finish_reason === undefined) return m;
    const copy = { ...m };
    delete copy.finish_reason;
    return copy;
  });
  const sources = [span.attributes, context.trace, span.resource];
  return {
    externalId: span.spanId,
    traceId: span.traceId || null,
    timestamp,
    model: model ? model.replaceAll("\u0000", "").slice(0, 256) : null,
    messages,
    output,
    metadata: callMetadata(span, facts, context),
    endUser: { userId: firstId(sources, facts.userKeys), sessionId: firstId(sources, facts.sessionKeys) },
  };
}
