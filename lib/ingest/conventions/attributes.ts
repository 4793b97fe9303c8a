import type { ChatMessage } from "@/lib/core/chat";
import { FieldError, toMessage } from "../messages";
import type { OtlpSpan } from "../otlp-model";

/**
 * Reading span attributes the way every convention needs: typed values (instrumentations
 * disagree on whether a number is a number or a string), JSON-in-a-string attributes,
 * indexed keys (`llm.input_messages.3.message.role`), dotted prefixes
 * (`ai.telemetry.metadata.feedback.score`) and message shapes from several vendors.
 * Errors name the attribute, never its value.
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A non-empty string, else undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** A finite number, also from a numeric string (some SDKs stringify every attribute). */
export function num(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value.trim())) return Number(value);
  return undefined;
}

/** true/false, also from "true"/"false". */
export function bool(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return undefined;
}

/** A JSON attribute: a string is parsed (FieldError if it isn't JSON), a kvlist/array is taken as is. */
export function json(value: unknown, field: string): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new FieldError(field, "is not valid JSON");
  }
}

/** Parsed JSON when the string is JSON, else the string itself (for `input.value`-style attributes). */
export function jsonOrText(value: string): unknown {
  const first = value.trimStart()[0];
  if (first !== "{" && first !== "[" && first !== '"') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** `prefix.N.rest` keys grouped by N (ascending): [[N, { rest: value }], ...]. */
export function indexed(attributes: Record<string, unknown>, prefix: string): Array<[number, Record<string, unknown>]> {
  const groups = new Map<number, Record<string, unknown>>();
  for (const key in attributes) {
    if (!key.startsWith(prefix)) continue;
    const dot = key.indexOf(".", prefix.length);
    const index = Number(key.slice(prefix.length, dot === -1 ? undefined : dot));
    if (dot === -1 || !Number.isInteger(index) || index < 0) continue;
    let group = groups.get(index);
    if (!group) groups.set(index, (group = {}));
    group[key.slice(dot + 1)] = attributes[key];
  }
  return [...groups.entries()].sort(([a], [b]) => a - b);
}

/**
 * `prefix.a.b` keys as a nested object ({ a: { b } }); a `prefix` key holding a JSON object
 * is merged in first. Keys that can't nest (a value and an object at the same path) keep the
 * dotted key. Used for free-form metadata, which each convention flattens its own way.
 */
export function nested(attributes: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const whole = attributes[prefix];
  if (typeof whole === "string") {
    const parsed = jsonOrText(whole);
    if (isObject(parsed)) Object.assign(out, parsed);
  } else if (isObject(whole)) Object.assign(out, whole);
  const start = prefix + ".";
  for (const key in attributes) {
    if (!key.startsWith(start)) continue;
    const path = key.slice(start.length).split(".");
    let node = out;
    let i = 0;
    for (; i < path.length - 1; i++) {
      const next = node[path[i]];
      if (next === undefined) node = node[path[i]] = {} as Record<string, unknown>;
      else if (isObject(next)) node = next;
      else break;
    }
    if (i === path.length - 1) node[path[i]] = attributes[key];
    else out[key.slice(start.length)] = attributes[key];
  }
  return out;
}

/** An end user's or session's id as given: a short string or a number; anything else is no id. */
export function endUserId(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string" && value.length > 0 && value.length <= 256 && !value.includes("\u0000")) return value;
  return null;
}

/** The first id found under `keys`, looking through `sources` in order (span, then trace, then resource). */
export function firstId(sources: Array<Record<string, unknown>>, keys: string[]): string | null {
  for (const source of sources) {
    for (const key of keys) {
      const id = endUserId(source[key]);
      if (id !== null) return id;
    }
  }
  return null;
}

/** The `exception.type` of the span's first exception event (an error class name, not its message). */
export function exceptionType(span: OtlpSpan): string | undefined {
  for (const event of span.events) if (event.name === "exception") return text(event.attributes["exception.type"]);
  return undefined;
}

/**
 * A message in any of the shapes vendors log: OpenAI ({role, content, tool_calls}), OTel
 * semconv parts ({role, parts: [{type: "text", content}]}), or plain text for `role`.
 */
export function looseMessage(value: unknown, field: string, role = "user"): ChatMessage {
  if (typeof value === "string") return { role, content: value };
  if (isObject(value) && Array.isArray(value.parts)) return semconvMessage(value, field);
  if (isObject(value) && typeof value.role === "string") return toMessage(value, field);
  if (isObject(value) && typeof value.content === "string") return { role, content: value.content };
  return { role, content: JSON.stringify(value ?? null) };
}

/** An OTel semconv message ({ role, parts: [text | tool_call | tool_call_response ...] }). */
export function semconvMessage(value: Record<string, unknown>, field: string): ChatMessage {
  if (typeof value.role !== "string" || value.role === "" || value.role.length > 32) throw new FieldError(`${field}.role`, "must be a short string");
  const texts: string[] = [];
  const toolCalls: NonNullable<ChatMessage["tool_calls"]> = [];
  let toolCallId: string | undefined;
  (value.parts as unknown[]).forEach((part, i) => {
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
  const message: ChatMessage = { role: value.role, content: texts.length ? texts.join("\n") : null };
  if (toolCalls.length) message.tool_calls = toolCalls;
  if (toolCallId) message.tool_call_id = toolCallId;
  if (typeof value.finish_reason === "string") message.finish_reason = value.finish_reason;
  return message;
}

/**
 * The messages a JSON input holds: a list of messages, `{ messages, system? }` (OpenAI and
 * Anthropic request bodies), `{ prompt }`, a string; any other value is one user message
 * holding its JSON text (it is redacted like any other text).
 */
export function inputMessages(value: unknown, field: string): ChatMessage[] {
  if (typeof value === "string") return [{ role: "user", content: value }];
  if (Array.isArray(value)) return value.map((m, i) => looseMessage(m, `${field}[${i}]`));
  if (isObject(value) && Array.isArray(value.messages)) {
    const system = typeof value.system === "string" ? [{ role: "system", content: value.system }] : [];
    return [...system, ...value.messages.map((m, i) => looseMessage(m, `${field}.messages[${i}]`))];
  }
  if (isObject(value) && typeof value.prompt === "string") return [{ role: "user", content: value.prompt }];
  return [looseMessage(value, field)];
}

/** The answer a JSON output holds: a chat completion (first choice), a message, a string, or JSON text. */
export function outputMessage(value: unknown, field: string): ChatMessage | null {
  if (value === undefined || value === null) return null;
  if (isObject(value) && Array.isArray(value.choices)) {
    const choice = value.choices[0];
    if (!isObject(choice)) return null;
    const message = isObject(choice.message) ? looseMessage({ role: "assistant", ...choice.message }, `${field}.choices[0].message`, "assistant") : { role: "assistant", content: typeof choice.text === "string" ? choice.text : null };
    if (typeof choice.finish_reason === "string") message.finish_reason = choice.finish_reason;
    return message;
  }
  if (Array.isArray(value)) return value.length ? looseMessage(value[0], `${field}[0]`, "assistant") : null;
  return looseMessage(value, field, "assistant");
}
