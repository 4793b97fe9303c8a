import type { StoredMetadata } from "@/lib/core/chat";
import { FieldError } from "./messages";

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

const MAX_TAGS = 50;
const MAX_DEPTH = 6;

function optionalNumber(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) throw new FieldError(field, "must be a number");
  return value;
}

function plainJson(value: unknown, field: string, depth: number): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (depth > MAX_DEPTH) throw new FieldError(field, `nests deeper than ${MAX_DEPTH} levels`);
  if (Array.isArray(value)) return value.map((item, i) => plainJson(item, `${field}[${i}]`, depth + 1));
  // Paths name a producer's own keys by position: a key can be personal data too.
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v], i) => [k, plainJson(v, `${field}.{key ${i + 1}}`, depth + 1)]));
  return null;
}

/**
 * Validates the documented metadata fields (latencyMs, confidence, error, escalated,
 * feedback, tags, optOut) and keeps other keys as plain JSON. Every string in the
 * result is redacted later (lib/ingest/redact-log.ts), not only the known ones.
 */
export function toMetadata(value: unknown, field: string): StoredMetadata {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw new FieldError(field, "must be an object");
  // optOut/opt_out are decided before parsing and are not stored.
  const { latencyMs, confidence, error, escalated, feedback, tags, ...rest } = value;
  delete rest.optOut;
  delete rest.opt_out;
  const metadata = plainJson(rest, field, 0) as StoredMetadata;
  const latency = optionalNumber(latencyMs, `${field}.latencyMs`);
  if (latency !== undefined) metadata.latencyMs = latency;
  const conf = optionalNumber(confidence, `${field}.confidence`);
  if (conf !== undefined) metadata.confidence = conf;
  if (error !== undefined && error !== null && error !== false) {
    metadata.error = typeof error === "string" ? error : error === true ? "error" : JSON.stringify(plainJson(error, `${field}.error`, 0));
  }
  if (escalated !== undefined && escalated !== null) {
    if (typeof escalated !== "boolean") throw new FieldError(`${field}.escalated`, "must be true or false");
    metadata.escalated = escalated;
  }
  if (feedback !== undefined && feedback !== null) {
    if (!isObject(feedback)) throw new FieldError(`${field}.feedback`, "must be an object with score and/or comment");
    const score = optionalNumber(feedback.score, `${field}.feedback.score`);
    if (feedback.comment !== undefined && feedback.comment !== null && typeof feedback.comment !== "string") throw new FieldError(`${field}.feedback.comment`, "must be a string");
    metadata.feedback = { ...(score !== undefined ? { score } : {}), ...(typeof feedback.comment === "string" ? { comment: feedback.comment } : {}) };
  }
  if (tags !== undefined && tags !== null) {
    if (!Array.isArray(tags) || tags.some((t) => typeof t !== "string")) throw new FieldError(`${field}.tags`, "must be an array of strings");
    if (tags.length > MAX_TAGS) throw new FieldError(`${field}.tags`, `has more than ${MAX_TAGS} tags`);
    metadata.tags = tags as string[];
  }
  return metadata;
}

/** An opt-out flag as producers send it: true, "true" (any case) or 1. */
export function isOptOutFlag(value: unknown): boolean {
  return value === true || value === 1 || (typeof value === "string" && value.trim().toLowerCase() === "true");
}

/** Whether a raw record asks not to be stored (`metadata.optOut`/`opt_out` or a top-level `optOut`). */
export function readOptOut(record: Record<string, unknown>): boolean {
  if (isOptOutFlag(record.optOut)) return true;
  const metadata = record.metadata;
  return isObject(metadata) && (isOptOutFlag(metadata.optOut) || isOptOutFlag(metadata.opt_out));
}
