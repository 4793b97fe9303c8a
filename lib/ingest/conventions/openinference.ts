import type { ChatMessage } from "@/lib/core/chat";
import { FieldError } from "../messages";
import type { OtlpSpan } from "../otlp-model";
import { indexed, inputMessages, isObject, jsonOrText, nested, outputMessage, text } from "./attributes";
import { callLog, metadataOptsOut } from "./call-log";
import type { Convention, SpanRole } from "./convention";

/**
 * OpenInference (Arize Phoenix's instrumentations for OpenAI, LangChain, LlamaIndex, the
 * Vercel AI SDK bridge...). `openinference.span.kind` = LLM is a model call; its messages are
 * flattened as `llm.input_messages.N.message.role/content` (or `.message.contents.M.message_content.text`,
 * with `.message.tool_calls.M.tool_call.function.name/arguments`), the answer as
 * `llm.output_messages.*`; without them, `input.value` / `output.value` (JSON or text, per
 * `input.mime_type`) are read. Model `llm.model_name`, finish reason `llm.finish_reason`, usage
 * `llm.token_count.prompt/completion`, the app's `metadata` (JSON) and `tag.tags`, `user.id`
 * and `session.id`. CHAIN, AGENT, RETRIEVER... spans are not model calls; a TOOL span that
 * failed marks the call that asked for it.
 */
const KIND = "openinference.span.kind";
const OTHER_KINDS = new Set(["CHAIN", "AGENT", "RETRIEVER", "RERANKER", "EMBEDDING", "GUARDRAIL", "EVALUATOR", "PROMPT"]);

function classify(span: OtlpSpan): SpanRole | null {
  const kind = span.attributes[KIND];
  if (typeof kind === "string") {
    const upper = kind.toUpperCase();
    if (upper === "LLM") return { kind: "call" };
    if (upper === "TOOL") return { kind: "tool", name: text(span.attributes["tool.name"]) ?? span.name, callId: text(span.attributes["tool_call.id"]) ?? text(span.attributes["tool.id"]) ?? null };
    return { kind: "ignored", reason: `openinference: ${OTHER_KINDS.has(upper) ? upper : "other"} span` };
  }
  for (const key in span.attributes) if (key.startsWith("llm.input_messages.") || key === "llm.model_name") return { kind: "call" };
  return null;
}

/** `<prefix>N.message.*` as chat messages. */
function flattenedMessages(attributes: Record<string, unknown>, prefix: string, role: string): ChatMessage[] {
  return indexed(attributes, prefix).map(([, entry]) => {
    const texts = indexed(entry, "message.contents.")
      .filter(([, part]) => part["message_content.type"] === undefined || part["message_content.type"] === "text")
      .map(([, part]) => part["message_content.text"])
      .filter((t): t is string => typeof t === "string");
    const content = typeof entry["message.content"] === "string" ? entry["message.content"] : texts.length ? texts.join("\n") : null;
    const message: ChatMessage = { role: typeof entry["message.role"] === "string" ? entry["message.role"] : role, content };
    const calls = indexed(entry, "message.tool_calls.").map(([, call]) => ({
      ...(typeof call["tool_call.id"] === "string" ? { id: call["tool_call.id"] } : {}),
      type: "function",
      function: { name: String(call["tool_call.function.name"] ?? ""), arguments: String(call["tool_call.function.arguments"] ?? "") },
    }));
    if (calls.length) message.tool_calls = calls;
    if (typeof entry["message.tool_call_id"] === "string") message.tool_call_id = entry["message.tool_call_id"];
    return message;
  });
}

/** `input.value` / `output.value` as JSON when the mime type (or the text itself) says so. */
function value(attributes: Record<string, unknown>, side: "input" | "output"): unknown {
  const raw = attributes[`${side}.value`];
  if (typeof raw !== "string") return raw;
  const mime = attributes[`${side}.mime_type`];
  return mime === "text/plain" ? raw : jsonOrText(raw);
}

function appMetadata(span: OtlpSpan): Record<string, unknown> {
  const metadata = nested(span.attributes, "metadata");
  const tags = span.attributes["tag.tags"];
  if (Array.isArray(tags) && metadata.tags === undefined) metadata.tags = tags;
  return metadata;
}

export const openInference: Convention = {
  name: "openinference",
  classify,
  optOut: (span) => metadataOptsOut(nested(span.attributes, "metadata")),
  toolCallIds(span) {
    const ids: string[] = [];
    for (const [key, v] of Object.entries(span.attributes)) if (key.startsWith("llm.output_messages.") && key.endsWith(".tool_call.id") && typeof v === "string") ids.push(v);
    return ids;
  },
  parse(span, context) {
    const a = span.attributes;
    let messages = flattenedMessages(a, "llm.input_messages.", "user");
    if (messages.length === 0 && a["input.value"] !== undefined) messages = inputMessages(value(a, "input"), "input.value");
    if (messages.length === 0) throw new FieldError("llm.input_messages", "is missing (and there is no input.value): is the instrumentation hiding inputs?");
    const outputs = flattenedMessages(a, "llm.output_messages.", "assistant");
    const rawOutput = value(a, "output");
    const output = outputs[0] ?? outputMessage(rawOutput, "output.value");
    const finish = a["llm.finish_reason"] ?? (isObject(rawOutput) && Array.isArray(rawOutput.choices) && isObject(rawOutput.choices[0]) ? rawOutput.choices[0].finish_reason : undefined) ?? output?.finish_reason;
    return callLog(
      span,
      {
        convention: "openinference",
        messages,
        output: output ? { ...output, role: output.role || "assistant" } : null,
        model: a["llm.response.model_name"] ?? a["llm.model_name"] ?? a["llm.request.model_name"],
        finishReasons: [finish],
        usage: { input: a["llm.token_count.prompt"], output: a["llm.token_count.completion"] },
        provider: a["llm.provider"] ?? a["llm.system"],
        user: { value: appMetadata(span), field: "metadata" },
        userKeys: ["user.id"],
        sessionKeys: ["session.id"],
      },
      context,
    );
  },
};
