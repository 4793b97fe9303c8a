/**
 * `redactRecord`: redacts every free-text part of a chat log with ONE placeholder book,
 * so a value gets the same placeholder in the prompt, the tool call and the answer.
 * Two passes: detect everywhere, then propagate each detected name to all fields.
 */
import { bookFor, applyReplacements, detectInView, MAX_FIELD_BYTES, REDACTION_VERSION, TRUNCATION_MARKER, truncateToBytes } from "./redact-text";
import { propagate, valuesToPropagate, type KnownValue } from "./propagate";
import { countEntitiesByType, type EntityCounts } from "./entity-counts";
import type { DetectedEntity, RedactOptions } from "./types";
import type { ChatMessage } from "../core/chat";
import { spansToOriginal, unicodeView } from "./unicode-view";

export interface ChatRecord {
  messages?: ChatMessage[];
  /** Model output, as a string or a message. */
  output?: string | ChatMessage | null;
  /** Arbitrary metadata; only string fields named in `freeTextFields` are redacted. */
  metadata?: Record<string, unknown>;
  /** Metadata keys whose string values are free text (user notes, feedback comments...). */
  freeTextFields?: string[];
  [k: string]: unknown;
}

export interface RedactRecordResult<T> {
  record: T;
  redactionVersion: string;
  /** Counts by type, never values: safe to store next to the record. */
  entityCounts: EntityCounts;
  truncatedFields: number;
}

interface Slot {
  get: () => string;
  set: (v: string) => void;
}

function collectSlots(record: ChatRecord): Slot[] {
  const slots: Slot[] = [];
  const message = (m: ChatMessage) => {
    if (typeof m.content === "string") slots.push({ get: () => m.content as string, set: (v) => (m.content = v) });
    else if (Array.isArray(m.content))
      for (const part of m.content) if (typeof part.text === "string") slots.push({ get: () => part.text as string, set: (v) => (part.text = v) });
    for (const call of m.tool_calls ?? [])
      if (call.function && typeof call.function.arguments === "string") {
        const fn = call.function;
        slots.push({ get: () => fn.arguments as string, set: (v) => (fn.arguments = v) });
      }
  };
  for (const m of record.messages ?? []) message(m);
  if (typeof record.output === "string") slots.push({ get: () => record.output as string, set: (v) => (record.output = v) });
  else if (record.output && typeof record.output === "object") message(record.output);
  const meta = record.metadata;
  if (meta) for (const key of record.freeTextFields ?? []) if (typeof meta[key] === "string") slots.push({ get: () => meta[key] as string, set: (v) => (meta[key] = v) });
  return slots;
}

/**
 * Redacts a chat record: message contents (string or text parts), tool-call arguments
 * (as text, so JSON keys guide detection), the output, and metadata fields listed in
 * `freeTextFields`. Returns a deep copy; the input is not modified. Tool-call JSON keeps
 * its structure because placeholders contain no quotes or backslashes.
 *
 * `detect` finds the entities of one field's normalised view; the ingest workers pass one
 * that remembers what it found in texts that repeat (lib/ingest/field-cache.ts). Only
 * detection depends on the field alone: propagation and the placeholder book below always
 * run for the whole record.
 */
export function redactRecord<T extends ChatRecord>(
  record: T,
  options: RedactOptions = {},
  detect: (viewText: string) => DetectedEntity[] = (viewText) => detectInView(viewText, options),
): RedactRecordResult<T> {
  const copy = structuredClone(record);
  const slots = collectSlots(copy);
  const book = bookFor(options);
  const maxBytes = options.maxBytes ?? MAX_FIELD_BYTES;
  let truncatedFields = 0;
  const texts = slots.map((s) => {
    const t = truncateToBytes(s.get(), maxBytes);
    if (t.truncated) truncatedFields++;
    return t;
  });
  // Detection and propagation run on each field's normalised view (unicode-view.ts), so a
  // name found in one field is also found where another field hides it behind zero-width
  // characters; the entities are mapped back to the field's own offsets to replace.
  const views = texts.map((t) => unicodeView(t.text));
  const found: DetectedEntity[][] = views.map((v) => detect(v.text));
  const known: KnownValue[] = found.flatMap((ents, i) => valuesToPropagate(views[i].text, ents));
  const all: DetectedEntity[] = [];
  slots.forEach((slot, i) => {
    const ents = spansToOriginal(views[i], propagate(views[i].text, found[i], known));
    all.push(...ents);
    const redacted = applyReplacements(texts[i].text, ents, book);
    slot.set(texts[i].truncated ? redacted + TRUNCATION_MARKER : redacted);
  });
  return { record: copy, redactionVersion: REDACTION_VERSION, entityCounts: countEntitiesByType(all), truncatedFields };
}
