import crypto from "node:crypto";
import { countEntitiesByType, redactRecord, TRUNCATION_MARKER, type ChatRecord, type DetectedEntity, type RedactRecordResult } from "@/lib/redaction";
import { applyReplacements, bookFor, detectInView, MAX_FIELD_BYTES, REDACTION_VERSION, truncateToBytes } from "@/lib/redaction/redact-text";
import { propagate, valuesToPropagate, type KnownValue } from "@/lib/redaction/propagate";
import { spansToOriginal, unicodeView } from "@/lib/redaction/unicode-view";
import type { ChatMessage } from "@/lib/core/chat";

/**
 * What the engine detects in one field's text, remembered per ingest worker: a source's
 * system prompt, tool schemas, canned answers and metadata values repeat in record after
 * record, and detection is most of a record's cost.
 *
 * Only detection is cached, because only detection is a function of the field's text
 * alone. A field's redacted text also depends on its record: names found in other fields
 * are propagated into it, and placeholders are numbered across the record's fields. So
 * `redactRecordCached` runs the engine's record steps (propagation, one placeholder book)
 * on every record, exactly as redactRecord does, with the cached detection in place of a
 * fresh one; field-cache.test.ts compares it with redactRecord on varied records.
 *
 * Privacy: the key is an HMAC-SHA-256 of the text under a random key made when the cache
 * is (held in memory only, never written), so not even a guessed value can be looked up;
 * the entry is the entities' types, offsets and scores. No text is held.
 */
export class DetectionCache {
  private readonly entries = new Map<string, readonly DetectedEntity[]>();
  private readonly secret = crypto.randomBytes(32);
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  /** The engine's detectInView for `viewText` (default options), from the cache when seen before. */
  detect(viewText: string): DetectedEntity[] {
    const key = crypto.createHmac("sha256", this.secret).update(viewText).digest("base64");
    const cached = this.entries.get(key);
    if (cached) {
      this.hits++;
      // Most recently used last: Map keeps insertion order, so the oldest is evicted first.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached.map((e) => ({ ...e }));
    }
    this.misses++;
    const found = detectInView(viewText);
    const entry = Object.freeze(found.map((e) => Object.freeze({ type: e.type, start: e.start, end: e.end, score: e.score })));
    this.bytes += entrySize(entry);
    this.entries.set(key, entry);
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldKey);
      this.bytes -= entrySize(old);
    }
    return found;
  }

  /** Entries held (tests and the bench's figures). */
  get size(): number {
    return this.entries.size;
  }

  /** Every key and entry, for the test that checks no text is held. */
  snapshot(): Array<[string, readonly DetectedEntity[]]> {
    return [...this.entries];
  }
}

/**
 * The cache an ingest thread uses: INGEST_FIELD_CACHE_MB (default 4, per worker thread;
 * 0 turns it off and every field is detected afresh), or null when off.
 */
export function fieldCacheFromEnv(): DetectionCache | null {
  const raw = process.env.INGEST_FIELD_CACHE_MB?.trim();
  const mb = raw ? Number(raw) : DEFAULT_CACHE_MB;
  const size = Number.isFinite(mb) && mb >= 0 ? Math.min(mb, 1024) : DEFAULT_CACHE_MB;
  return size > 0 ? new DetectionCache(size * 1024 * 1024) : null;
}

const DEFAULT_CACHE_MB = 4;

// A rough heap size: the 44-character key and the Map slot, plus one small object per entity.
const entrySize = (entities: readonly DetectedEntity[]) => 160 + 64 * entities.length;

/** The free-text fields of a record, in redactRecord's order (its collectSlots). */
function collectSlots(record: ChatRecord): Array<{ get: () => string; set: (v: string) => void }> {
  const slots: Array<{ get: () => string; set: (v: string) => void }> = [];
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
 * redactRecord with default options, its per-field detection taken from `cache`; without
 * a cache, the engine's redactRecord itself. Same result either way.
 */
export function redactRecordCached<T extends ChatRecord>(record: T, cache: DetectionCache | null): RedactRecordResult<T> {
  if (!cache) return redactRecord(record);
  const copy = structuredClone(record);
  const slots = collectSlots(copy);
  const book = bookFor();
  let truncatedFields = 0;
  const texts = slots.map((s) => {
    const t = truncateToBytes(s.get(), MAX_FIELD_BYTES);
    if (t.truncated) truncatedFields++;
    return t;
  });
  const views = texts.map((t) => unicodeView(t.text));
  const found = views.map((v) => cache.detect(v.text));
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
