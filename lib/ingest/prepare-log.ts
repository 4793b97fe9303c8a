import { recordKeys, type RecordKeys } from "@/lib/mining/fingerprint";
import { protectIdentifier, protectOptionalIdentifier } from "@/lib/privacy/field-shapes";
import { redactLog, type RedactedLog } from "./redact-log";
import type { DetectionCache } from "./field-cache";
import type { CanonicalLog } from "./types";

/** A redacted log as the write needs it: its JSON text, not the object trees it was made from. */
export type StoredRedaction = Omit<RedactedLog, "input" | "output">;

/** What the ingest workers hand back per record (worker-pool.ts): the ids as stored, the redaction and mining's text keys. */
export interface PreparedLog {
  ids: { externalId: string; traceId: string | null };
  redacted: StoredRedaction;
  keys: RecordKeys;
}

/**
 * The per-record CPU work of ingest that needs no database: the record and trace ids in
 * their stored shape (protectIdentifier: the engine looks at a safe-looking id), redaction,
 * then the fingerprints mining compares (topic for drift, SimHash for near-duplicates),
 * taken from the redacted text only. Runs on a worker thread (redact-worker.ts) or, without
 * workers, on the caller's. The input and output trees are left out of the result: the
 * write stores their JSON text, and copying them back from a worker a second time was
 * pure cost.
 */
export function prepareLog(log: CanonicalLog, cache: DetectionCache | null = null): PreparedLog {
  const ids = { externalId: protectIdentifier(log.externalId), traceId: protectOptionalIdentifier(log.traceId) };
  const r = redactLog(log, cache);
  const redacted: StoredRedaction = { metadata: r.metadata, model: r.model, redactionVersion: r.redactionVersion, entityCounts: r.entityCounts, droppedKeys: r.droppedKeys, json: r.json };
  return { ids, redacted, keys: recordKeys(r.input) };
}
