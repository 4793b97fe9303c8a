import type { ChatMessage } from "@/lib/core/chat";
import { FieldError, toMessage } from "../messages";
import type { OtlpSpan } from "../otlp-model";
import { indexed, isObject, json, jsonOrText, looseMessage, nested, semconvMessage, text } from "./attributes";
import { callLog, metadataOptsOut } from "./call-log";
import type { Convention, SpanRole } from "./convention";

/**
 * OpenTelemetry GenAI semantic conventions, every generation of them:
 *  - current (1.37+): `gen_ai.input.messages` / `gen_ai.output.messages` / `gen_ai.system_instructions`
 *    as JSON attributes (role + typed parts), or the same on a `gen_ai.client.inference.operation.details` event;
 *  - 1.28 to 1.36: span events `gen_ai.system.message`, `gen_ai.user.message`, `gen_ai.assistant.message`,
 *    `gen_ai.tool.message` and `gen_ai.choice` (body in `gen_ai.event.content` or as attributes);
 *  - older: `gen_ai.prompt.N.role/content` and `gen_ai.completion.N.*` (OpenLLMetry), or the
 *    `gen_ai.content.prompt` / `gen_ai.content.completion` events.
 * The operation (`gen_ai.operation.name`) says what a span is; without one, any GenAI content
 * or model attribute makes it a model call, so a call whose content capture is off is rejected
 * with a reason instead of vanishing.
 */
const CALL_OPERATIONS = new Set(["chat", "text_completion", "completion", "generate_content"]);
const KNOWN_OTHER_OPERATIONS = new Set(["embeddings", "create_agent", "invoke_agent", "retrieval", "invoke_workflow", "image_generation"]);
const INPUT_EVENTS: Record<string, string> = { "gen_ai.system.message": "system", "gen_ai.user.message": "user", "gen_ai.assistant.message": "assistant", "gen_ai.tool.message": "tool" };
const DETAILS_EVENT = "gen_ai.client.inference.operation.details";
const CONTENT_KEYS = ["gen_ai.input.messages", "gen_ai.system_instructions", "gen_ai.request.model", "gen_ai.response.model", "gen_ai.prompt", "gen_ai.completion"];

function hasGenAiSignal(span: OtlpSpan): boolean {
  for (const key in span.attributes) if (CONTENT_KEYS.some((k) => key === k || key.startsWith(`${k}.`))) return true;
  return span.events.some((e) => e.name in INPUT_EVENTS || e.name === "gen_ai.choice" || e.name === DETAILS_EVENT || e.name === "gen_ai.content.prompt");
}

function classify(span: OtlpSpan): SpanRole | null {
  const operation = span.attributes["gen_ai.operation.name"] ?? span.attributes["llm.request.type"];
  if (typeof operation === "string") {
    if (CALL_OPERATIONS.has(operation)) return { kind: "call" };
    if (operation === "execute_tool") return { kind: "tool", name: text(span.attributes["gen_ai.tool.name"]) ?? span.name, callId: text(span.attributes["gen_ai.tool.call.id"]) ?? null };
    return { kind: "ignored", reason: KNOWN_OTHER_OPERATIONS.has(operation) || operation === "embedding" ? `gen_ai: ${operation} operation` : "gen_ai: an operation other than a model call" };
  }
  return hasGenAiSignal(span) ? { kind: "call" } : null;
}

/** The attributes to read content from: the span's, else a `gen_ai.client.inference.operation.details` event's. */
function contentAttributes(span: OtlpSpan): Record<string, unknown> {
  const details = span.events.find((e) => e.name === DETAILS_EVENT);
  return details ? { ...details.attributes, ...span.attributes } : span.attributes;
}

/** A 1.28-1.36 event's body: `gen_ai.event.content` (JSON) or the attributes themselves. */
function eventBody(attributes: Record<string, unknown>, field: string): Record<string, unknown> {
  const content = attributes["gen_ai.event.content"];
  if (content !== undefined) {
    const body = json(content, `${field}.gen_ai.event.content`);
    return isObject(body) ? body : { content: body };
  }
  return attributes;
}

/** An event body ({ content, role?, tool_calls?, id? }) as a chat message. */
function eventMessage(body: Record<string, unknown>, role: string, field: string): ChatMessage {
  const toolCalls = typeof body.tool_calls === "string" ? json(body.tool_calls, `${field}.tool_calls`) : body.tool_calls;
  const content = typeof body.content === "string" || Array.isArray(body.content) || body.content == null ? body.content : JSON.stringify(body.content);
  const calls = Array.isArray(toolCalls)
    ? toolCalls.map((c) => (isObject(c) && isObject(c.function) && typeof c.function.arguments !== "string" ? { ...c, function: { ...c.function, arguments: JSON.stringify(c.function.arguments ?? {}) } } : c))
    : undefined;
  const message = toMessage({ role: typeof body.role === "string" ? body.role : role, content, ...(calls ? { tool_calls: calls } : {}) }, field);
  if (role === "tool" && typeof body.id === "string") message.tool_call_id = body.id;
  return message;
}

function jsonList(value: unknown, field: string): unknown[] | null {
  const parsed = json(value, field);
  if (parsed === undefined) return null;
  if (!Array.isArray(parsed)) throw new FieldError(field, "must be a JSON array");
  return parsed;
}

/** `gen_ai.prompt.N.*` / `gen_ai.completion.N.*` (with `.tool_calls.M.name/arguments/id`), N ascending. */
function indexedMessages(attributes: Record<string, unknown>, prefix: string, role: string): ChatMessage[] {
  return indexed(attributes, prefix).map(([, entry]) => {
    const message: ChatMessage = { role: typeof entry.role === "string" ? entry.role : role, content: typeof entry.content === "string" ? entry.content : null };
    const calls = indexed(entry, "tool_calls.").map(([, call]) => ({
      ...(typeof call.id === "string" ? { id: call.id } : {}),
      type: "function",
      function: { name: String(call.name ?? ""), arguments: String(call.arguments ?? "") },
    }));
    if (calls.length) message.tool_calls = calls;
    if (typeof entry.finish_reason === "string") message.finish_reason = entry.finish_reason;
    return message;
  });
}

function inputMessages(span: OtlpSpan, a: Record<string, unknown>): ChatMessage[] {
  const messages: ChatMessage[] = [];
  const system = jsonList(a["gen_ai.system_instructions"], "gen_ai.system_instructions");
  if (system) {
    const content = system.map((p) => (isObject(p) && typeof p.content === "string" ? p.content : typeof p === "string" ? p : "")).join("\n");
    if (content) messages.push({ role: "system", content });
  }
  const input = jsonList(a["gen_ai.input.messages"], "gen_ai.input.messages");
  if (input) return [...messages, ...input.map((m, i) => (isObject(m) && Array.isArray(m.parts) ? semconvMessage(m, `gen_ai.input.messages[${i}]`) : looseMessage(m, `gen_ai.input.messages[${i}]`)))];
  messages.push(...indexedMessages(a, "gen_ai.prompt.", "user"));
  if (typeof a["gen_ai.prompt"] === "string") {
    const prompt = jsonOrText(a["gen_ai.prompt"]);
    messages.push(...(Array.isArray(prompt) ? prompt.map((m, i) => looseMessage(m, `gen_ai.prompt[${i}]`)) : [looseMessage(prompt, "gen_ai.prompt")]));
  }
  span.events.forEach((event, i) => {
    const role = INPUT_EVENTS[event.name];
    if (role) messages.push(eventMessage(eventBody(event.attributes, `events[${i}]`), role, `events[${i}]`));
    else if (event.name === "gen_ai.content.prompt" && typeof event.attributes["gen_ai.prompt"] === "string") {
      const prompt = jsonOrText(event.attributes["gen_ai.prompt"]);
      messages.push(...(Array.isArray(prompt) ? prompt.map((m, j) => looseMessage(m, `events[${i}].gen_ai.prompt[${j}]`)) : [looseMessage(prompt, `events[${i}].gen_ai.prompt`)]));
    }
  });
  return messages;
}

function outputMessages(span: OtlpSpan, a: Record<string, unknown>): ChatMessage[] {
  const output = jsonList(a["gen_ai.output.messages"], "gen_ai.output.messages");
  if (output) return output.map((m, i) => (isObject(m) && Array.isArray(m.parts) ? semconvMessage(m, `gen_ai.output.messages[${i}]`) : looseMessage(m, `gen_ai.output.messages[${i}]`, "assistant")));
  const indexedOut = indexedMessages(a, "gen_ai.completion.", "assistant");
  if (indexedOut.length) return indexedOut;
  if (typeof a["gen_ai.completion"] === "string") {
    const completion = jsonOrText(a["gen_ai.completion"]);
    return Array.isArray(completion) ? completion.map((m, i) => looseMessage(m, `gen_ai.completion[${i}]`, "assistant")) : [looseMessage(completion, "gen_ai.completion", "assistant")];
  }
  const choices: Array<[number, ChatMessage]> = [];
  span.events.forEach((event, i) => {
    if (event.name === "gen_ai.content.completion" && typeof event.attributes["gen_ai.completion"] === "string") {
      const completion = jsonOrText(event.attributes["gen_ai.completion"]);
      choices.push([choices.length, looseMessage(Array.isArray(completion) ? completion[0] : completion, `events[${i}].gen_ai.completion`, "assistant")]);
    }
    if (event.name !== "gen_ai.choice") return;
    const body = eventBody(event.attributes, `events[${i}]`);
    const raw = typeof body.message === "string" ? jsonOrText(body.message) : body.message;
    const message = eventMessage(isObject(raw) ? raw : { content: raw ?? body.content ?? null }, "assistant", `events[${i}].message`);
    if (typeof body.finish_reason === "string") message.finish_reason = body.finish_reason;
    choices.push([typeof body.index === "number" ? body.index : choices.length, message]);
  });
  return choices.sort(([x], [y]) => x - y).map(([, m]) => m);
}

/** OpenLLMetry's association properties are where its users put per-call metadata. */
function optOut(span: OtlpSpan): boolean {
  return metadataOptsOut(nested(span.attributes, "traceloop.association.properties"));
}

export const otelGenAi: Convention = {
  name: "otel-genai",
  classify,
  optOut,
  toolCallIds(span) {
    const ids: string[] = [];
    for (const [key, value] of Object.entries(span.attributes)) if (key.startsWith("gen_ai.completion.") && key.endsWith(".id") && key.includes(".tool_calls.") && typeof value === "string") ids.push(value);
    const raw = span.attributes["gen_ai.output.messages"];
    if (typeof raw === "string" && raw.includes("tool_call")) {
      const output = jsonOrText(raw);
      if (Array.isArray(output)) for (const m of output) if (isObject(m) && Array.isArray(m.parts)) for (const p of m.parts) if (isObject(p) && p.type === "tool_call" && typeof p.id === "string") ids.push(p.id);
    }
    return ids;
  },
  parse(span, context) {
    const a = contentAttributes(span);
    const messages = inputMessages(span, a);
    if (messages.length === 0) throw new FieldError("gen_ai.input.messages", "is missing (no gen_ai.prompt.N attributes or gen_ai.*.message events either): turn on the instrumentation's content capture");
    const outputs = outputMessages(span, a);
    const listed = a["gen_ai.response.finish_reasons"];
    const finishReasons = Array.isArray(listed) ? listed : typeof listed === "string" ? [listed] : outputs.map((m) => m.finish_reason);
    const association = nested(span.attributes, "traceloop.association.properties");
    return callLog(
      span,
      {
        convention: "otel-genai",
        messages,
        output: outputs[0] ? { ...outputs[0], role: outputs[0].role || "assistant" } : null,
        model: a["gen_ai.response.model"] ?? a["gen_ai.request.model"],
        finishReasons,
        usage: { input: a["gen_ai.usage.input_tokens"] ?? a["gen_ai.usage.prompt_tokens"], output: a["gen_ai.usage.output_tokens"] ?? a["gen_ai.usage.completion_tokens"] },
        provider: a["gen_ai.provider.name"] ?? a["gen_ai.system"],
        operation: a["gen_ai.operation.name"],
        ...(Object.keys(association).length ? { user: { value: association, field: "traceloop.association.properties" } } : {}),
        userKeys: ["user.id", "enduser.id", "traceloop.association.properties.user_id", "traceloop.association.properties.userId"],
        sessionKeys: ["session.id", "gen_ai.conversation.id", "traceloop.association.properties.session_id", "traceloop.association.properties.sessionId"],
      },
      context,
    );
  },
};
