import type { CanonicalLog, Candidate } from "./types";
import { FieldError, toInputMessages, toOutputMessage } from "./messages";
import { readOptOut, toMetadata } from "./metadata";

/**
 * The native log format (README "Ingestion"):
 *   { id, traceId?, timestamp, model?, input: string | messages, output?, metadata?, userId?, sessionId? }
 */
const MAX_ID_LENGTH = 256;

// A lone UTF-16 surrogate can't be stored as text or JSON in PostgreSQL (and isn't text):
// ids, trace ids and model names carrying one are refused rather than failing the batch.
const LONE_SURROGATE = /\p{Surrogate}/u;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A record id as a string: non-empty strings or finite numbers; null otherwise. */
export function readId(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string" && value.length > 0 && value.length <= MAX_ID_LENGTH && !value.includes("\u0000") && !LONE_SURROGATE.test(value)) return value;
  return null;
}

/** A timestamp from an ISO-8601 string, epoch milliseconds, or epoch seconds. */
export function readTimestamp(value: unknown, field: string): Date {
  let date: Date | null = null;
  if (typeof value === "string" && value.trim() !== "") date = new Date(/^\d+(\.\d+)?$/.test(value) ? Number(value) * (Number(value) < 1e11 ? 1000 : 1) : value);
  else if (typeof value === "number" && Number.isFinite(value)) date = new Date(value < 1e11 ? value * 1000 : value);
  if (!date || Number.isNaN(date.getTime())) throw new FieldError(field, "must be an ISO-8601 date-time or epoch milliseconds");
  const year = date.getUTCFullYear();
  if (year < 1970 || year > 9999) throw new FieldError(field, "is out of range");
  return date;
}

function readOptionalString(value: unknown, field: string, max = 256): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string" || value.length > max || value.includes("\u0000") || LONE_SURROGATE.test(value)) throw new FieldError(field, `must be a string of at most ${max} characters`);
  return value;
}

/** Parses one native log object into the canonical shape; throws FieldError naming the field. */
export function parseNativeLog(record: Record<string, unknown>): CanonicalLog {
  const externalId = readId(record.id);
  if (externalId === null) throw new FieldError("id", `is required: a non-empty string (at most ${MAX_ID_LENGTH} characters) or a number`);
  if (record.input === undefined) throw new FieldError("input", "is required");
  return {
    externalId,
    traceId: readOptionalString(record.traceId, "traceId"),
    timestamp: readTimestamp(record.timestamp, "timestamp"),
    model: readOptionalString(record.model, "model"),
    messages: toInputMessages(record.input, "input"),
    output: toOutputMessage(record.output, "output"),
    metadata: toMetadata(record.metadata, "metadata"),
    endUser: { userId: readOptionalString(record.userId, "userId"), sessionId: readOptionalString(record.sessionId, "sessionId") },
  };
}

/** Wraps a parse in the Candidate contract: errors become a rejection reason. */
export function guardedParse(parse: () => CanonicalLog): Candidate["parse"] {
  return () => {
    try {
      return { ok: true, log: parse() };
    } catch (error) {
      if (error instanceof FieldError) return { ok: false, reason: error.message };
      // Any other failure is this record's alone: it must not sink its batch. Logged by
      // name only (a message could quote the record).
      console.error("ingest: a record could not be read:", (error as Error)?.name);
      return { ok: false, reason: "record: could not be read" };
    }
  };
}

/**
 * A Candidate for one native record at `index`. Only id, traceId and optOut are read
 * up front; full validation waits until the record is sampled in.
 */
export function nativeCandidate(record: unknown, index: number): Candidate {
  if (!isObject(record)) return { index, id: null, traceId: null, optOut: false, parse: () => ({ ok: false, reason: "record: must be a JSON object" }) };
  const traceId = typeof record.traceId === "string" && record.traceId.length <= 256 && !record.traceId.includes("\u0000") && !LONE_SURROGATE.test(record.traceId) ? record.traceId : null;
  return { index, id: readId(record.id), traceId, optOut: readOptOut(record), parse: guardedParse(() => parseNativeLog(record)) };
}
