import type { ChatMessage, StoredMetadata } from "@/lib/core/chat";

/** What happened to one record of a push, a file line or a span. */
export type RecordStatus = "stored" | "sampled_out" | "duplicate" | "opted_out" | "rejected";

export interface RecordOutcome {
  /** Position in the request's `logs` array (or the line number / span index for other formats). */
  index: number;
  /** The producer's id when it could be read (never content). */
  id?: string;
  status: RecordStatus;
  /** For `rejected`: which field was wrong, never the value. */
  reason?: string;
  /** For `stored`: whether a mining rule fired and a case was made. */
  mined?: boolean;
  /** For `stored`: metadata keys that were not kept (too long or outside the key charset), by position. */
  droppedKeys?: string[];
}

export interface IngestTotals {
  received: number;
  stored: number;
  sampled_out: number;
  duplicate: number;
  opted_out: number;
  rejected: number;
  mined: number;
}

/**
 * A log in the canonical (not yet redacted) shape every parser produces: native JSON,
 * OTLP GenAI spans and OpenAI request/response pairs all end here. It lives only in
 * memory between parsing and `redactRecord`; nothing of it is written unredacted.
 */
export interface CanonicalLog {
  externalId: string;
  traceId: string | null;
  timestamp: Date;
  model: string | null;
  messages: ChatMessage[];
  output: ChatMessage | null;
  metadata: StoredMetadata;
  /**
   * Who the producer's end user is, when it says: native `userId`/`sessionId`, OTel
   * `user.id`/`enduser.id` and `session.id`, an OpenAI request's `user`. Never stored as
   * given: the pipeline keeps only a keyed hash (erasure and the opt-out list match on it).
   */
  endUser: { userId: string | null; sessionId: string | null };
}

/**
 * One incoming record before the pipeline decides about it. `id`, `traceId` and `optOut`
 * are read cheaply so opt-out and sampling are decided before `parse` (the heavy part:
 * validation and normalisation) runs at all.
 */
export interface Candidate {
  index: number;
  id: string | null;
  traceId: string | null;
  optOut: boolean;
  /** Returns the canonical log, or a rejection naming the field (never its content). */
  parse: () => { ok: true; log: CanonicalLog } | { ok: false; reason: string };
}

/** A record that could not even be read (bad JSON line, not an object...). */
export interface Unreadable {
  index: number;
  reason: string;
}

export function emptyTotals(): IngestTotals {
  return { received: 0, stored: 0, sampled_out: 0, duplicate: 0, opted_out: 0, rejected: 0, mined: 0 };
}

/** Totals of a list of outcomes. */
export function totalsOf(outcomes: RecordOutcome[]): IngestTotals {
  const totals = emptyTotals();
  for (const outcome of outcomes) {
    totals.received++;
    totals[outcome.status]++;
    if (outcome.mined) totals.mined++;
  }
  return totals;
}
