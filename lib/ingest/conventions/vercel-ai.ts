import type { ChatMessage } from "@/lib/core/chat";
import { FieldError } from "../messages";
import type { OtlpSpan } from "../otlp-model";
import { inputMessages, isObject, json, jsonOrText, nested, text } from "./attributes";
import { callLog, metadataOptsOut } from "./call-log";
import type { Convention, SpanRole } from "./convention";

/**
 * The Vercel AI SDK's own telemetry (`experimental_telemetry: { isEnabled: true }`). A call
 * to generateText / streamText / generateObject / streamObject is an outer `ai.generateText`
 * span around one inner `ai.generateText.doGenerate` (or `.doStream`) span per model call
 * (one per step, one per retry). The inner span is the model call and the only one stored:
 * it has `ai.prompt.messages` (the provider-level prompt), `ai.response.text` /
 * `ai.response.toolCalls` / `ai.response.object`, `ai.response.finishReason`, `ai.usage.*`,
 * `ai.model.id`, and the app's `ai.telemetry.metadata.*` (userId, sessionId, optOut and any
 * other key, e.g. confidence, escalated, feedback.score). `ai.toolCall` spans that failed
 * mark the model call that asked for them.
 */
const CALLS = new Set(["ai.generateText", "ai.streamText", "ai.generateObject", "ai.streamObject"]);
const METADATA = "ai.telemetry.metadata";

function operationOf(span: OtlpSpan): string | undefined {
  return text(span.attributes["ai.operationId"]) ?? (span.name.startsWith("ai.") ? span.name.split(" ")[0] : undefined);
}

function classify(span: OtlpSpan): SpanRole | null {
  const operation = operationOf(span);
  if (!operation) return null;
  if (CALLS.has(operation)) return { kind: "ignored", reason: "ai-sdk: call wrapper (its doGenerate/doStream span is the model call)" };
  const dot = operation.lastIndexOf(".");
  if (CALLS.has(operation.slice(0, dot)) && (operation.endsWith(".doGenerate") || operation.endsWith(".doStream"))) return { kind: "call" };
  if (operation === "ai.toolCall") return { kind: "tool", name: text(span.attributes["ai.toolCall.name"]) ?? "tool", callId: text(span.attributes["ai.toolCall.id"]) ?? null };
  if (operation.startsWith("ai.embed") || operation.startsWith("ai.rerank")) return { kind: "ignored", reason: "ai-sdk: embedding or rerank" };
  return { kind: "ignored", reason: "ai-sdk: other operation" };
}

/** A tool result's output ({ type: "text" | "json" | "error-text" | ..., value }) as text. */
function toolOutput(output: unknown): string {
  if (isObject(output) && "value" in output) return typeof output.value === "string" ? output.value : JSON.stringify(output.value ?? null);
  return typeof output === "string" ? output : JSON.stringify(output ?? null);
}

/** One provider-level prompt message (LanguageModelV2/V3 prompt) as chat messages (a tool message per result). */
function promptMessage(value: unknown, field: string): ChatMessage[] {
  if (!isObject(value) || typeof value.role !== "string") throw new FieldError(`${field}.role`, "must be a string");
  const role = value.role;
  if (typeof value.content === "string") return [{ role, content: value.content }];
  if (!Array.isArray(value.content)) throw new FieldError(`${field}.content`, "must be a string or an array of parts");
  const texts: string[] = [];
  const parts: NonNullable<Exclude<ChatMessage["content"], string | null>> = [];
  const calls: NonNullable<ChatMessage["tool_calls"]> = [];
  const results: ChatMessage[] = [];
  for (const part of value.content) {
    if (!isObject(part)) continue;
    if (part.type === "text" && typeof part.text === "string") texts.push(part.text);
    else if (part.type === "tool-call") {
      calls.push({
        ...(typeof part.toolCallId === "string" ? { id: part.toolCallId } : {}),
        type: "function",
        function: { name: String(part.toolName ?? ""), arguments: typeof part.input === "string" ? part.input : JSON.stringify(part.input ?? part.args ?? {}) },
      });
    } else if (part.type === "tool-result") {
      results.push({ role: "tool", content: toolOutput(part.output ?? part.result), ...(typeof part.toolCallId === "string" ? { tool_call_id: part.toolCallId } : {}) });
    } else if (part.type === "file" || part.type === "image") parts.push({ type: part.type });
    // Reasoning parts are the model's scratchpad, not the conversation: left out.
  }
  if (role === "tool") return results;
  const content = parts.length ? [...texts.map((t) => ({ type: "text", text: t })), ...parts] : texts.length ? texts.join("\n") : null;
  const message: ChatMessage = { role, content };
  if (calls.length) message.tool_calls = calls;
  return [message, ...results];
}

function promptMessages(a: Record<string, unknown>): ChatMessage[] {
  const prompt = json(a["ai.prompt.messages"], "ai.prompt.messages");
  if (Array.isArray(prompt)) return prompt.flatMap((m, i) => promptMessage(m, `ai.prompt.messages[${i}]`));
  // Older SDKs put only the caller's prompt ({ system, prompt, messages }) on the span.
  const outer = json(a["ai.prompt"], "ai.prompt");
  if (outer !== undefined) return inputMessages(outer, "ai.prompt");
  throw new FieldError("ai.prompt.messages", "is missing: is experimental_telemetry.recordInputs off?");
}

function answer(a: Record<string, unknown>): ChatMessage | null {
  const calls = json(a["ai.response.toolCalls"], "ai.response.toolCalls");
  const toolCalls = Array.isArray(calls)
    ? calls.filter(isObject).map((c) => ({
        ...(typeof c.toolCallId === "string" ? { id: c.toolCallId } : {}),
        type: "function",
        function: { name: String(c.toolName ?? ""), arguments: typeof c.input === "string" ? c.input : typeof c.args === "string" ? c.args : JSON.stringify(c.input ?? c.args ?? {}) },
      }))
    : [];
  const content = text(a["ai.response.text"]) ?? (a["ai.response.object"] !== undefined ? String(a["ai.response.object"]) : null);
  if (content === null && toolCalls.length === 0) return null;
  return { role: "assistant", content, ...(toolCalls.length ? { tool_calls: toolCalls } : {}) };
}

export const vercelAi: Convention = {
  name: "vercel-ai",
  classify,
  optOut: (span) => metadataOptsOut(nested(span.attributes, METADATA)),
  toolCallIds(span) {
    const raw = span.attributes["ai.response.toolCalls"];
    const calls = typeof raw === "string" ? jsonOrText(raw) : raw;
    return Array.isArray(calls) ? calls.filter(isObject).map((c) => c.toolCallId).filter((id): id is string => typeof id === "string") : [];
  },
  parse(span, context) {
    const a = span.attributes;
    const finish = a["ai.response.finishReason"] ?? a["gen_ai.response.finish_reasons"];
    return callLog(
      span,
      {
        convention: "vercel-ai",
        messages: promptMessages(a),
        output: answer(a),
        model: a["ai.response.model"] ?? a["gen_ai.response.model"] ?? a["ai.model.id"],
        finishReasons: Array.isArray(finish) ? finish : [finish],
        usage: { input: a["ai.usage.inputTokens"] ?? a["ai.usage.promptTokens"], output: a["ai.usage.outputTokens"] ?? a["ai.usage.completionTokens"] },
        provider: a["ai.model.provider"],
        operation: operationOf(span),
        user: { value: { ...nested(a, METADATA), ...(text(a["ai.telemetry.functionId"]) ? { functionId: a["ai.telemetry.functionId"] } : {}) }, field: METADATA },
        userKeys: [`${METADATA}.userId`, `${METADATA}.user_id`, "user.id", "enduser.id"],
        sessionKeys: [`${METADATA}.sessionId`, `${METADATA}.session_id`, "session.id"],
      },
      context,
    );
  },
};
