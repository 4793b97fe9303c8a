import type { EntityCounts } from "@/lib/redaction";
import type { ChatMessage, StoredInput, StoredMetadata, StoredOutput } from "@/lib/core/chat";
import { isStorableToken, LONG_TOKEN_MAX, MESSAGE_ROLES, protectIdentifier, SPAN_STATUSES } from "@/lib/privacy/field-shapes";
import { redactRecordCached, type DetectionCache } from "./field-cache";
import type { CanonicalLog } from "./types";

export interface RedactedLog {
  input: StoredInput;
  output: StoredOutput;
  metadata: StoredMetadata;
  /** The model name: as given when it is a safe token, else redacted like text. */
  model: string | null;
  redactionVersion: string;
  entityCounts: EntityCounts;
  /** Metadata keys that were not stored (too long or outside the key charset), by position: never the key. */
  droppedKeys: string[];
  /** The same input, output and metadata as JSON text, serialised once for the INSERTs. */
  json: { input: string; output: string | null; metadata: string };
}

// Top-level metadata fields whose values are machine words: stored as given when they fit
// their shape (which keeps mining rules on finish reason and status exact), redacted like
// any text when they don't. A producer can put anything in them.
const MACHINE_VALUES: Record<string, (value: string) => boolean> = {
  finishReason: (v) => isStorableToken(v),
  finishReasons: (v) => isStorableToken(v),
  spanStatus: (v) => SPAN_STATUSES.has(v),
  operation: (v) => isStorableToken(v),
  provider: (v) => isStorableToken(v),
};

/** A string that must be redacted as free text before it is stored, and where it goes back. */
interface Slot {
  value: string;
  set: (value: string) => void;
}

/**
 * Walks the metadata tree: drops keys that are not safe tokens (reporting their position),
 * and collects every string that is not a machine value fitting its shape.
 */
function metadataSlots(value: unknown, slots: Slot[], dropped: string[], path: string, machine?: (v: string) => boolean): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (typeof item === "string") {
        if (!machine?.(item)) slots.push({ value: item, set: (v) => (value[i] = v) });
      } else metadataSlots(item, slots, dropped, `${path}[${i}]`);
    });
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    Object.keys(record).forEach((key, position) => {
      if (!isStorableToken(key)) {
        delete record[key];
        dropped.push(`${path}: key #${position + 1}`);
        return;
      }
      const item = record[key];
      const shape = path === "metadata" ? MACHINE_VALUES[key] : undefined;
      if (typeof item === "string") {
        if (!shape?.(item)) slots.push({ value: item, set: (v) => (record[key] = v) });
      } else metadataSlots(item, slots, dropped, `${path}.${key}`, shape);
    });
  }
}

/**
 * The structural fields of messages. Ids (tool_call_id, tool_calls[].id) are replaced by
 * their protected form in place; a role, content-part type or function name outside its
 * shape becomes a slot for the redactor. Run on the copy that redactRecord returns, so
 * the slots' setters write into what is stored.
 */
function messageSlots(message: ChatMessage, slots: Slot[]): void {
  if (!MESSAGE_ROLES.has(message.role)) slots.push({ value: message.role, set: (v) => (message.role = v) });
  if (typeof message.tool_call_id === "string") message.tool_call_id = protectIdentifier(message.tool_call_id);
  if (Array.isArray(message.content)) {
    for (const part of message.content) if (!isStorableToken(part.type)) slots.push({ value: part.type, set: (v) => (part.type = v) });
  }
  for (const call of message.tool_calls ?? []) {
    if (typeof call.id === "string") call.id = protectIdentifier(call.id);
    if (typeof call.type === "string" && !isStorableToken(call.type)) call.type = "function";
    const fn = call.function;
    if (fn && typeof fn.name === "string" && !isStorableToken(fn.name, LONG_TOKEN_MAX)) slots.push({ value: fn.name, set: (v) => (fn.name = v) });
  }
}

// PostgreSQL text and jsonb can't hold U+0000 nor a lone UTF-16 surrogate (JSON.stringify
// writes one as "\udxxx", which jsonb refuses); one such character would fail the whole
// batch's INSERT, so NULs are dropped and lone surrogates become U+FFFD here (neither
// carries meaning in chat text). Serialised once: the text goes to the database, and only
// the rare value with one of them is rebuilt.
const LONE_SURROGATES = /\p{Surrogate}/gu;
function withoutNul<T>(value: T): { value: T; json: string } {
  const json = JSON.stringify(value);
  if (!json.includes("\\u0000") && !json.includes("\\ud")) return { value, json };
  const clean = JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? v.replaceAll("\u0000", "").replace(LONE_SURROGATES, "\ufffd") : v));
  return { value: JSON.parse(clean) as T, json: clean };
}

/**
 * Redacts a canonical log with ONE placeholder book across messages, output, every
 * string in the metadata (error text, feedback comments, tags, custom fields) and every
 * structural field outside its shape, so the same person gets the same placeholder
 * everywhere. This is the only way a log becomes storable (invariant 1): the pipeline
 * writes nothing but this function's result. With a `cache` (the ingest workers'), each
 * field's detection may come from an earlier record with the same text: same result.
 */
export function redactLog(log: CanonicalLog, cache: DetectionCache | null = null): RedactedLog {
  const metadata = structuredClone(log.metadata) as Record<string, unknown>;
  const slots: Slot[] = [];
  const droppedKeys: string[] = [];
  metadataSlots(metadata, slots, droppedKeys, "metadata");
  let model = log.model;
  if (model !== null && !isStorableToken(model, LONG_TOKEN_MAX)) slots.push({ value: model, set: (v) => (model = v) });
  const textSlots = slots.length;

  // Message text is the engine's own work; the structural fields join the same book.
  const flat: Record<string, string> = {};
  slots.forEach((slot, i) => (flat[`f${i}`] = slot.value));
  const first = redactRecordCached({ messages: log.messages, output: log.output, metadata: flat, freeTextFields: Object.keys(flat) }, cache);
  const messages = first.record.messages ?? [];
  const output = (first.record.output as StoredOutput) ?? null;
  const structural: Slot[] = [];
  for (const message of messages) messageSlots(message, structural);
  if (output) messageSlots(output, structural);
  let result = first;
  if (structural.length) {
    // Rare (a producer's own role or tool name): a second pass with the same values seen
    // first, so a name in a role gets the placeholder it has in the text.
    const again: Record<string, string> = { ...flat };
    structural.forEach((slot, i) => (again[`s${i}`] = slot.value));
    result = redactRecordCached({ messages: log.messages, output: log.output, metadata: again, freeTextFields: Object.keys(again) }, cache);
    structural.forEach((slot, i) => slot.set(result.record.metadata![`s${i}`] as string));
  }
  slots.slice(0, textSlots).forEach((slot, i) => slot.set(result.record.metadata![`f${i}`] as string));

  const input = withoutNul<StoredInput>({ messages } as StoredInput);
  const cleanOutput = withoutNul(output);
  const cleanMetadata = withoutNul(metadata as StoredMetadata);
  return {
    input: input.value,
    output: cleanOutput.value,
    metadata: cleanMetadata.value,
    model,
    redactionVersion: result.redactionVersion,
    entityCounts: result.entityCounts,
    droppedKeys,
    json: { input: input.json, output: cleanOutput.value === null ? null : cleanOutput.json, metadata: cleanMetadata.json },
  };
}
