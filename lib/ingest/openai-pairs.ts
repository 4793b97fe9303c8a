import type { CanonicalLog } from "./types";
import { FieldError, toInputMessages, toOutputMessage } from "./messages";
import { toMetadata } from "./metadata";
import { readId, readTimestamp } from "./native";

/**
 * OpenAI chat-completion request/response pairs, one per line, as logging proxies write them:
 *   { "id"?, "timestamp"?, "request": { model, messages, ... },
 *     "response": { id, created, model, choices: [{ message, finish_reason }], usage }, "metadata"? }
 * The record id is the line's `id`, else the response id; the time is `timestamp`, else
 * `response.created` (epoch seconds).
 */
function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** An end-user or session id as given (a short string or a number); anything else is ignored. */
function readEndUserId(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value.length > 0 && value.length <= 256 && !value.includes("\u0000") ? value : null;
}

export function isOpenAiPair(line: Record<string, unknown>): boolean {
  return isObject(line.request) && Array.isArray(line.request.messages) && (isObject(line.response) || line.response === null || isObject(line.error));
}

/** The id and trace id of a pair, read cheaply (before sampling). */
export function openAiPairId(line: Record<string, unknown>): string | null {
  return readId(line.id) ?? (isObject(line.response) ? readId(line.response.id) : null);
}

export function parseOpenAiPair(line: Record<string, unknown>): CanonicalLog {
  const request = line.request as Record<string, unknown>;
  const response = isObject(line.response) ? line.response : null;
  const externalId = openAiPairId(line);
  if (!externalId) throw new FieldError("id", "is required (the line's id or response.id)");
  const choices = response && Array.isArray(response.choices) ? response.choices : [];
  const first = isObject(choices[0]) ? choices[0] : null;
  const metadata = toMetadata(line.metadata, "metadata");
  if (first && typeof first.finish_reason === "string") metadata.finishReason = first.finish_reason;
  const usage = response && isObject(response.usage) ? response.usage : null;
  if (usage) {
    metadata.usage = {
      inputTokens: typeof usage.prompt_tokens === "number" ? usage.prompt_tokens : undefined,
      outputTokens: typeof usage.completion_tokens === "number" ? usage.completion_tokens : undefined,
    };
  }
  if (isObject(line.error)) metadata.error = typeof line.error.message === "string" ? line.error.message : typeof line.error.type === "string" ? line.error.type : "error";
  if (typeof line.latencyMs === "number") metadata.latencyMs = line.latencyMs;
  const timestamp = line.timestamp !== undefined ? readTimestamp(line.timestamp, "timestamp") : response?.created !== undefined ? readTimestamp(response.created, "response.created") : null;
  if (!timestamp) throw new FieldError("timestamp", "is required (the line's timestamp or response.created)");
  const model = (response && typeof response.model === "string" ? response.model : null) ?? (typeof request.model === "string" ? request.model : null);
  return {
    externalId,
    traceId: typeof line.traceId === "string" ? line.traceId : null,
    timestamp,
    model: model ? model.slice(0, 256) : null,
    messages: toInputMessages(request.messages, "request.messages"),
    output: first ? toOutputMessage(first.message ?? null, "response.choices[0].message") : null,
    metadata,
    // OpenAI's own end-user field on the request (and a line-level override).
    endUser: { userId: readEndUserId(line.userId) ?? readEndUserId(request.user), sessionId: readEndUserId(line.sessionId) },
  };
}
