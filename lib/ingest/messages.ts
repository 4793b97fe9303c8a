import type { ChatMessage } from "@/lib/core/chat";

/**
 * Building canonical chat messages from untrusted JSON. Only known keys survive:
 * a stray field (a participant `name`, an SDK's debugging blob) could carry personal
 * data that redaction would not look at, so it is dropped rather than stored.
 * Errors name the field path and never quote the value.
 */
export class FieldError extends Error {
  constructor(public readonly field: string, message: string) {
    super(`${field}: ${message}`);
  }
}

const MAX_MESSAGES = 500;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function toContent(value: unknown, field: string): ChatMessage["content"] {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    return value.map((part, i) => {
      if (typeof part === "string") return { type: "text", text: part };
      if (!isObject(part) || typeof part.type !== "string") throw new FieldError(`${field}[${i}]`, "must be a content part with a string `type`");
      if (part.type === "text" || typeof part.text === "string") {
        if (typeof part.text !== "string") throw new FieldError(`${field}[${i}].text`, "must be a string");
        return { type: part.type, text: part.text };
      }
      // Images, audio and files are not kept: only their type, so the record still reads right.
      return { type: part.type };
    });
  }
  throw new FieldError(field, "must be a string, null or an array of content parts");
}

// Deeper JSON than any tool call needs; past it JSON.stringify could overflow the stack
// and fail the whole batch instead of this one record.
const MAX_ARGUMENTS_DEPTH = 64;

function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Tool-call arguments sent as JSON rather than a string, as text. */
function argumentsText(value: unknown, field: string): string {
  if (depthOf(value, MAX_ARGUMENTS_DEPTH) > MAX_ARGUMENTS_DEPTH) throw new FieldError(field, `nests deeper than ${MAX_ARGUMENTS_DEPTH} levels`);
  return JSON.stringify(value);
}

function toToolCalls(value: unknown, field: string): ChatMessage["tool_calls"] {
  if (!Array.isArray(value)) throw new FieldError(field, "must be an array");
  return value.map((call, i) => {
    if (!isObject(call) || !isObject(call.function)) throw new FieldError(`${field}[${i}].function`, "must be an object");
    const fn = call.function;
    if (typeof fn.name !== "string") throw new FieldError(`${field}[${i}].function.name`, "must be a string");
    const args = typeof fn.arguments === "string" ? fn.arguments : fn.arguments === undefined ? "" : argumentsText(fn.arguments, `${field}[${i}].function.arguments`);
    return {
      ...(typeof call.id === "string" ? { id: call.id } : {}),
      type: "function",
      function: { name: fn.name, arguments: args },
    };
  });
}

/** One message: role, content, tool calls and (for tool results) the call id. */
export function toMessage(value: unknown, field: string): ChatMessage {
  if (!isObject(value)) throw new FieldError(field, "must be a message object");
  if (typeof value.role !== "string" || value.role.length === 0 || value.role.length > 32) throw new FieldError(`${field}.role`, "must be a short string");
  const message: ChatMessage = { role: value.role, content: toContent(value.content, `${field}.content`) };
  if (value.tool_calls !== undefined && value.tool_calls !== null) message.tool_calls = toToolCalls(value.tool_calls, `${field}.tool_calls`);
  if (typeof value.tool_call_id === "string") message.tool_call_id = value.tool_call_id;
  return message;
}

/** `input` as a string (one user message), an array of messages, or `{ messages }`. */
export function toInputMessages(value: unknown, field: string): ChatMessage[] {
  if (typeof value === "string") return [{ role: "user", content: value }];
  const list = isObject(value) && Array.isArray(value.messages) ? value.messages : value;
  if (!Array.isArray(list)) throw new FieldError(field, "must be a string or an array of chat messages");
  if (list.length === 0) throw new FieldError(field, "must not be empty");
  if (list.length > MAX_MESSAGES) throw new FieldError(field, `has more than ${MAX_MESSAGES} messages`);
  const base = isObject(value) && Array.isArray(value.messages) ? `${field}.messages` : field;
  return list.map((m, i) => toMessage(m, `${base}[${i}]`));
}

/** `output` as a string (the assistant's answer), a message, or null/absent. */
export function toOutputMessage(value: unknown, field: string): ChatMessage | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return { role: "assistant", content: value };
  return toMessage({ role: "assistant", ...(value as object) }, field);
}
