import type { ChatMessage, StoredMetadata } from "@/lib/core/chat";
import type { Candidate, CanonicalLog } from "./types";
import { FieldError, toMessage } from "./messages";
import { guardedParse } from "./native";
import { durationMs, nanosToDate, type OtlpSpan } from "./otlp-model";

/**
 * OpenTelemetry GenAI spans -> logs. Content comes from `gen_ai.input.messages` /
 * `gen_ai.output.messages` (semconv 1.37+, role + typed parts) or the older
 * `gen_ai.prompt.N.*` / `gen_ai.completion.N.*` attributes. Span status ERROR or
 * `error.type` marks a failure; finish reasons, model and token usage go to metadata.
 * `evalmine.*` attributes carry the native metadata fields (confidence, escalated,
 * feedback.score, feedback.comment, tags, opt_out) for apps that want the same rules.
 */
const CHAT_OPERATIONS = new Set(["chat", "text_completion", "completion", "generate_content"]);

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A chat or completion GenAI span (other spans, and other GenAI operations such as embeddings, are ignored). */
export function isGenAiChatSpan(span: OtlpSpan): boolean {
  const operation = span.attributes["gen_ai.operation.name"];
  if (typeof operation === "string") return CHAT_OPERATIONS.has(operation);
  return Object.keys(span.attributes).some((k) => k === "gen_ai.input.messages" || k.startsWith("gen_ai.prompt.") || k.startsWith("gen_ai.completion."));
}

function jsonAttribute(value: unknown, field: string): unknown[] | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value;
  if (typeof value !== "string") throw new FieldError(field, "must be a JSON array");
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) throw new FieldError(field, "must be a JSON array");
    return parsed;
  } catch (error) {
    if (error instanceof FieldError) throw error;
    throw new FieldError(field, "is not valid JSON");
  }
}

/** A semconv message ({ role, parts: [{type:"text",content} | {type:"tool_call",...}] }) as a chat message. */
function fromSemconvMessage(value: unknown, field: string): ChatMessage {
  if (!isObject(value) || !Array.isArray(value.parts)) return toMessage(value, field);
  const texts: string[] = [];
  const toolCalls: NonNullable<ChatMessage["tool_calls"]> = [];
  let toolCallId: string | undefined;
  value.parts.forEach((part, i) => {
    if (!isObject(part)) throw new FieldError(`${field}.parts[${i}]`, "must be an object");
    if (part.type === "text" && typeof part.content === "string") texts.push(part.content);
    else if (part.type === "tool_call") {
      const args = typeof part.arguments === "string" ? part.arguments : JSON.stringify(part.arguments ?? {});
      toolCalls.push({ ...(typeof part.id === "string" ? { id: part.id } : {}), type: "function", function: { name: String(part.name ?? ""), arguments: args } });
    } else if (part.type === "tool_call_response") {
      toolCallId = typeof part.id === "string" ? part.id : undefined;
      texts.push(typeof part.response === "string" ? part.response : JSON.stringify(part.response ?? null));
    }
  });
  if (typeof value.role !== "string") throw new FieldError(`${field}.role`, "must be a string");
  const message: ChatMessage = { role: value.role, content: texts.length ? texts.join("\n") : null };
  if (toolCalls.length) message.tool_calls = toolCalls;
  if (toolCallId) message.tool_call_id = toolCallId;
  return message;
}

/** `gen_ai.prompt.N.role/content` (and `.tool_calls.M.name/arguments`) as messages, N ascending. */
function fromIndexedAttributes(attributes: Record<string, unknown>, prefix: string, defaultRole: string): ChatMessage[] {
  const byIndex = new Map<number, Record<string, unknown>>();
  for (const [key, value] of Object.entries(attributes)) {
    const match = key.startsWith(prefix) ? /^(\d+)\.(.+)$/.exec(key.slice(prefix.length)) : null;
    if (!match) continue;
    const entry = byIndex.get(Number(match[1])) ?? {};
    entry[match[2]] = value;
    byIndex.set(Number(match[1]), entry);
  }
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, entry]) => {
      const message: ChatMessage = { role: typeof entry.role === "string" ? entry.role : defaultRole, content: typeof entry.content === "string" ? entry.content : null };
      const calls: NonNullable<ChatMessage["tool_calls"]> = [];
      for (let i = 0; typeof entry[`tool_calls.${i}.name`] === "string"; i++) {
        calls.push({ type: "function", function: { name: String(entry[`tool_calls.${i}.name`]), arguments: String(entry[`tool_calls.${i}.arguments`] ?? "") } });
      }
      if (calls.length) message.tool_calls = calls;
      if (typeof entry.finish_reason === "string") message.finish_reason = entry.finish_reason;
      return message;
    });
}

function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function spanMetadata(span: OtlpSpan, finishReasons: string[]): StoredMetadata {
  const a = span.attributes;
  const metadata: StoredMetadata = { spanStatus: span.statusCode === 2 ? "ERROR" : span.statusCode === 1 ? "OK" : "UNSET", spanName: span.name };
  const latency = durationMs(span.startTimeUnixNano, span.endTimeUnixNano);
  if (latency !== undefined) metadata.latencyMs = latency;
  if (typeof a["error.type"] === "string") metadata.error = a["error.type"];
  else if (span.statusCode === 2) metadata.error = span.statusMessage ?? "span status ERROR";
  if (finishReasons.length) {
    metadata.finishReason = finishReasons[0];
    metadata.finishReasons = finishReasons;
  }
  const inputTokens = num(a["gen_ai.usage.input_tokens"]) ?? num(a["gen_ai.usage.prompt_tokens"]);
  const outputTokens = num(a["gen_ai.usage.output_tokens"]) ?? num(a["gen_ai.usage.completion_tokens"]);
  if (inputTokens !== undefined || outputTokens !== undefined) metadata.usage = { inputTokens, outputTokens };
  for (const key of ["gen_ai.provider.name", "gen_ai.system", "gen_ai.operation.name", "gen_ai.conversation.id"]) if (typeof a[key] === "string") metadata[key.replace("gen_ai.", "")] = a[key];
  if (typeof span.resource["service.name"] === "string") metadata.service = span.resource["service.name"];
  const confidence = num(a["evalmine.confidence"]);
  if (confidence !== undefined) metadata.confidence = confidence;
  if (typeof a["evalmine.escalated"] === "boolean") metadata.escalated = a["evalmine.escalated"];
  const score = num(a["evalmine.feedback.score"]);
  const comment = a["evalmine.feedback.comment"];
  if (score !== undefined || typeof comment === "string") metadata.feedback = { score, ...(typeof comment === "string" ? { comment } : {}) };
  if (Array.isArray(a["evalmine.tags"])) metadata.tags = (a["evalmine.tags"] as unknown[]).filter((t): t is string => typeof t === "string");
  return metadata;
}

/** The first of `keys` set on the span (or, failing that, its resource) as a short string. */
function endUserAttribute(span: OtlpSpan, keys: string[]): string | null {
  for (const attributes of [span.attributes, span.resource]) {
    for (const key of keys) {
      const value = attributes[key];
      if (typeof value === "number" && Number.isFinite(value)) return String(value);
      if (typeof value === "string" && value.length > 0 && value.length <= 256 && !value.includes("\u0000")) return value;
    }
  }
  return null;
}

/** Converts one GenAI span to the canonical log; throws FieldError naming the attribute. */
export function parseGenAiSpan(span: OtlpSpan): CanonicalLog {
  const a = span.attributes;
  let messages: ChatMessage[] = [];
  const system = jsonAttribute(a["gen_ai.system_instructions"], "gen_ai.system_instructions");
  if (system) {
    const content = system.map((p) => (isObject(p) && typeof p.content === "string" ? p.content : "")).join("\n");
    if (content) messages.push({ role: "system", content });
  }
  const input = jsonAttribute(a["gen_ai.input.messages"], "gen_ai.input.messages");
  if (input) messages.push(...input.map((m, i) => fromSemconvMessage(m, `gen_ai.input.messages[${i}]`)));
  else messages = [...messages, ...fromIndexedAttributes(a, "gen_ai.prompt.", "user")];
  if (messages.length === 0) throw new FieldError("gen_ai.input.messages", "is missing (and there are no gen_ai.prompt.N attributes)");

  const output = jsonAttribute(a["gen_ai.output.messages"], "gen_ai.output.messages");
  const outputs = output ? output.map((m, i) => fromSemconvMessage(m, `gen_ai.output.messages[${i}]`)) : fromIndexedAttributes(a, "gen_ai.completion.", "assistant");
  const finishReasons: string[] = [];
  const listed = a["gen_ai.response.finish_reasons"];
  if (Array.isArray(listed)) finishReasons.push(...listed.filter((r): r is string => typeof r === "string"));
  for (const [i, m] of (output ?? []).entries()) if (isObject(m) && typeof m.finish_reason === "string" && !listed) finishReasons[i] = m.finish_reason;
  for (const m of outputs) {
    if (typeof m.finish_reason === "string" && !finishReasons.includes(m.finish_reason)) finishReasons.push(m.finish_reason);
    delete m.finish_reason;
  }
  const first = outputs[0] ?? null;

  const timestamp = nanosToDate(span.startTimeUnixNano) ?? nanosToDate(span.endTimeUnixNano);
  if (!timestamp) throw new FieldError("startTimeUnixNano", "is missing");
  if (!span.spanId) throw new FieldError("spanId", "is missing");
  const model = a["gen_ai.response.model"] ?? a["gen_ai.request.model"];
  return {
    externalId: span.spanId,
    traceId: span.traceId || null,
    timestamp,
    model: typeof model === "string" ? model.replaceAll("\u0000", "").slice(0, 256) : null,
    messages,
    output: first ? { ...first, role: first.role || "assistant" } : null,
    metadata: spanMetadata(span, finishReasons.filter(Boolean)),
    endUser: { userId: endUserAttribute(span, ["user.id", "enduser.id"]), sessionId: endUserAttribute(span, ["session.id"]) },
  };
}

/** Candidates for the GenAI chat spans of an export (other spans are skipped and counted by the caller). */
export function genAiCandidates(spans: OtlpSpan[]): { candidates: Candidate[]; ignored: number } {
  const candidates: Candidate[] = [];
  let ignored = 0;
  spans.forEach((span, index) => {
    if (!isGenAiChatSpan(span)) {
      ignored++;
      return;
    }
    candidates.push({
      index,
      id: span.spanId || null,
      traceId: span.traceId || null,
      optOut: span.attributes["evalmine.opt_out"] === true,
      parse: guardedParse(() => parseGenAiSpan(span)),
    });
  });
  return { candidates, ignored };
}
