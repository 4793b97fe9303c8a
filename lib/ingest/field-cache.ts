import crypto from "node:crypto";
import { redactRecord, type ChatRecord, type DetectedEntity, type RedactRecordResult } from "@/lib/redaction";
import { detectInView } from "@/lib/redaction/redact-text";

/**
 * What the engine detects in one field's text, remembered per ingest worker: a source's
 * system prompt, tool schemas, canned answers and metadata values repeat in record after
 * record, and detection is most of a record's cost.
 *
 * Only detection is cached, because only detection is a function of the field's text
 * alone. A field's redacted text also depends on its record: names found in other fields
 * are propagated into it, and placeholders are numbered across the record's fields. So
 * `redactRecordCached` hands the cache to redactRecord as its detection, and the engine's
 * record steps (propagation, one placeholder book) run on every record as always;
 * field-cache.test.ts compares it with redactRecord on varied records.
 *
 * Privacy: the key is a SHA-256 of a random secret (made when the cache is, held in memory
 * only, never written) followed by the text, so not even a guessed value can be looked up
 * without the secret; the entry is the entities' types, offsets and scores. No text is
 * held. Not an HMAC: the keys never leave this object, so nobody can extend one (the attack
 * an HMAC's second pass prevents), and a one-shot hash cost about half as much per field.
 */
export class DetectionCache {
  // Least recently used order is a linked list through the entries, not the Map's own order:
  // moving a hit to the end by delete + set, and evicting from the Map's start, left deleted
  // slots that every eviction's iterator walked over again (once the cache was full, a miss
  // cost more than detecting a short text).
  private readonly entries = new Map<string, Slot>();
  private oldest: Slot | null = null;
  private newest: Slot | null = null;
  // 32 random bytes as base64url: ASCII, so prefixing the text keeps them byte for byte.
  private readonly secret = crypto.randomBytes(32).toString("base64url");
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  /** The engine's detectInView for `viewText` (default options), from the cache when seen before. */
  detect(viewText: string): DetectedEntity[] {
    const key = crypto.hash("sha256", this.secret + viewText, "base64");
    const cached = this.entries.get(key);
    if (cached) {
      this.hits++;
      this.unlink(cached);
      this.append(cached);
      return cached.entities.map((e) => ({ ...e }));
    }
    this.misses++;
    const found = detectInView(viewText);
    const entities = Object.freeze(found.map((e) => Object.freeze({ type: e.type, start: e.start, end: e.end, score: e.score })));
    const slot: Slot = { key, entities, older: null, newer: null };
    this.bytes += entrySize(entities);
    this.entries.set(key, slot);
    this.append(slot);
    while (this.bytes > this.maxBytes && this.oldest) {
      const old = this.oldest;
      this.unlink(old);
      this.entries.delete(old.key);
      this.bytes -= entrySize(old.entities);
    }
    return found;
  }

  private unlink(slot: Slot): void {
    if (slot.older) slot.older.newer = slot.newer;
    else this.oldest = slot.newer;
    if (slot.newer) slot.newer.older = slot.older;
    else this.newest = slot.older;
    slot.older = slot.newer = null;
  }

  private append(slot: Slot): void {
    slot.older = this.newest;
    if (this.newest) this.newest.newer = slot;
    else this.oldest = slot;
    this.newest = slot;
  }

  /** Entries held (tests and the bench's figures). */
  get size(): number {
    return this.entries.size;
  }

  /** Every key and entry, for the test that checks no text is held. */
  snapshot(): Array<[string, readonly DetectedEntity[]]> {
    return [...this.entries].map(([key, slot]) => [key, slot.entities]);
  }
}

interface Slot {
  key: string;
  entities: readonly DetectedEntity[];
  older: Slot | null;
  newer: Slot | null;
}

/**
 * The cache an ingest thread uses: INGEST_FIELD_CACHE_MB (default 4, per worker thread;
 * 0 or less turns it off and every field is detected afresh), or null when off.
 */
export function fieldCacheFromEnv(): DetectionCache | null {
  const raw = process.env.INGEST_FIELD_CACHE_MB?.trim();
  const mb = raw ? Number(raw) : DEFAULT_CACHE_MB;
  // Not a number: the default; zero or less: off (someone who writes "-1" means "none").
  const size = Number.isFinite(mb) ? Math.min(Math.max(mb, 0), 1024) : DEFAULT_CACHE_MB;
  return size > 0 ? new DetectionCache(size * 1024 * 1024) : null;
}

const DEFAULT_CACHE_MB = 4;

// A rough heap size: the 44-character key and the Map slot, plus one small object per entity.
const entrySize = (entities: readonly DetectedEntity[]) => 160 + 64 * entities.length;

/**
 * redactRecord with default options, its per-field detection taken from `cache`; without
 * a cache, the engine's own detection. Same result either way.
 */
export function redactRecordCached<T extends ChatRecord>(record: T, cache: DetectionCache | null): RedactRecordResult<T> {
  return cache ? redactRecord(record, {}, (viewText) => cache.detect(viewText)) : redactRecord(record);
}
