import { FieldError } from "../messages";
import type { OtlpSpan } from "../otlp-model";
import { inputMessages, isObject, json, jsonOrText, nested, outputMessage, text } from "./attributes";
import { callLog, metadataOptsOut } from "./call-log";
import type { CallContext, Convention, SpanRole } from "./convention";

/**
 * Langfuse-style attributes, as the Langfuse SDKs (v3+, built on OpenTelemetry) write them,
 * so a team moving from Langfuse can point its exporter here: `langfuse.observation.type` =
 * generation is a model call; `langfuse.observation.input` / `.output` (JSON or text),
 * `.model.name`, `.usage_details` (JSON), `.level` (ERROR is a failure) and
 * `.status_message`, `.metadata.*`; trace-level `langfuse.trace.tags`, `langfuse.trace.metadata.*`,
 * `user.id` / `session.id` (or the older `langfuse.user.id` / `langfuse.session.id`). Trace-level
 * attributes are often set on the trace's root span only, so they are also read from the other
 * spans of the same trace in the export (CallContext.trace).
 */
const TYPE = "langfuse.observation.type";
const OTHER_TYPES = new Set(["span", "event", "agent", "chain", "retriever", "embedding", "evaluator", "guardrail"]);

function classify(span: OtlpSpan): SpanRole | null {
  const type = span.attributes[TYPE];
  if (typeof type === "string") {
    const lower = type.toLowerCase();
    if (lower === "generation") return { kind: "call" };
    if (lower === "tool") return { kind: "tool", name: span.name, callId: null };
    return { kind: "ignored", reason: `langfuse: ${OTHER_TYPES.has(lower) ? lower : "other"} observation` };
  }
  return span.attributes["langfuse.observation.model.name"] !== undefined ? { kind: "call" } : null;
}

/**
 * Trace-level attributes a span carries (what CallContext.trace collects from the trace's
 * spans): `langfuse.trace.*`, the user and the session, on a span that speaks Langfuse.
 */
export function langfuseTraceAttributes(span: OtlpSpan): Record<string, unknown> | null {
  let found: Record<string, unknown> | null = null;
  for (const key in span.attributes) {
    if (key.startsWith("langfuse.trace.") || key === "langfuse.user.id" || key === "langfuse.session.id") (found ??= {})[key] = span.attributes[key];
  }
  if (found === null && !Object.keys(span.attributes).some((k) => k.startsWith("langfuse."))) return null;
  for (const key of ["user.id", "session.id"]) if (span.attributes[key] !== undefined) (found ??= {})[key] = span.attributes[key];
  return found;
}

function appMetadata(span: OtlpSpan, context: CallContext): Record<string, unknown> {
  const metadata = { ...nested(context.trace, "langfuse.trace.metadata"), ...nested(span.attributes, "langfuse.trace.metadata"), ...nested(span.attributes, "langfuse.observation.metadata") };
  const tags = span.attributes["langfuse.trace.tags"] ?? context.trace["langfuse.trace.tags"];
  const list = typeof tags === "string" ? jsonOrText(tags) : tags;
  if (Array.isArray(list) && metadata.tags === undefined) metadata.tags = list;
  return metadata;
}

/** `usage_details`: Langfuse's { input, output } or OpenAI's { prompt_tokens, completion_tokens }. */
function usage(value: unknown): { input?: unknown; output?: unknown } {
  const details = json(value, "langfuse.observation.usage_details");
  if (!isObject(details)) return {};
  return { input: details.input ?? details.prompt_tokens ?? details.promptTokens ?? details.input_tokens, output: details.output ?? details.completion_tokens ?? details.completionTokens ?? details.output_tokens };
}

function content(value: unknown): unknown {
  return typeof value === "string" ? jsonOrText(value) : value;
}

export const langfuse: Convention = {
  name: "langfuse",
  classify,
  optOut: (span, context) => metadataOptsOut(appMetadata(span, context)),
  toolCallIds: () => [],
  parse(span, context) {
    const a = span.attributes;
    if (a["langfuse.observation.input"] === undefined) throw new FieldError("langfuse.observation.input", "is missing");
    const messages = inputMessages(content(a["langfuse.observation.input"]), "langfuse.observation.input");
    const rawOutput = content(a["langfuse.observation.output"]);
    const output = outputMessage(rawOutput, "langfuse.observation.output");
    const level = text(a["langfuse.observation.level"])?.toUpperCase();
    // Langfuse has no finish-reason attribute: apps put it in the observation's metadata.
    const metadata = appMetadata(span, context);
    const finishReasons = [output?.finish_reason, metadata.finish_reason, metadata.finishReason, ...(Array.isArray(a["gen_ai.response.finish_reasons"]) ? a["gen_ai.response.finish_reasons"] : [])];
    delete metadata.finish_reason;
    delete metadata.finishReason;
    return callLog(
      span,
      {
        convention: "langfuse",
        messages,
        output,
        model: a["langfuse.observation.model.name"] ?? a["gen_ai.response.model"] ?? a["gen_ai.request.model"],
        finishReasons,
        usage: { ...usage(a["langfuse.observation.usage_details"]), ...(a["gen_ai.usage.input_tokens"] !== undefined ? { input: a["gen_ai.usage.input_tokens"] } : {}), ...(a["gen_ai.usage.output_tokens"] !== undefined ? { output: a["gen_ai.usage.output_tokens"] } : {}) },
        ...(level === "ERROR" ? { error: text(a["langfuse.observation.status_message"]) ?? "level ERROR" } : {}),
        user: { value: metadata, field: "langfuse.observation.metadata" },
        userKeys: ["langfuse.user.id", "user.id"],
        sessionKeys: ["langfuse.session.id", "session.id"],
      },
      context,
    );
  },
};
