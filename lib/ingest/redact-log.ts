import { redactRecord, type EntityCounts } from "@/lib/redaction";
import type { StoredInput, StoredMetadata, StoredOutput } from "@/lib/core/chat";
import type { CanonicalLog } from "./types";

export interface RedactedLog {
  input: StoredInput;
  output: StoredOutput;
  metadata: StoredMetadata;
  redactionVersion: string;
  entityCounts: EntityCounts;
  /** The same input, output and metadata as JSON text, serialised once for the INSERTs. */
  json: { input: string; output: string | null; metadata: string };
}

// Metadata keys whose values are machine words, not free text: skipping them saves
// the recognisers' time and keeps mining rules (finish reason, status) exact.
const MACHINE_KEYS = new Set(["finishReason", "spanStatus", "operation", "provider"]);

interface Leaf {
  key: string;
  set: (value: string) => void;
  value: string;
}

/** Every string leaf of the metadata tree (nested objects and arrays too). */
function stringLeaves(value: unknown, leaves: Leaf[], path: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (typeof item === "string") leaves.push({ key: `f${leaves.length}`, value: item, set: (v) => (value[i] = v) });
      else stringLeaves(item, leaves, `${path}[${i}]`);
    });
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const [key, item] of Object.entries(record)) {
      if (path === "" && MACHINE_KEYS.has(key)) continue;
      if (typeof item === "string") leaves.push({ key: `f${leaves.length}`, value: item, set: (v) => (record[key] = v) });
      else stringLeaves(item, leaves, `${path}.${key}`);
    }
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
 * Redacts a canonical log with ONE placeholder book across messages, output and every
 * string in the metadata (error text, feedback comments, tags, custom fields), so the
 * same person gets the same placeholder everywhere. This is the only way a log becomes
 * storable (invariant 1): the pipeline writes nothing but this function's result.
 */
export function redactLog(log: CanonicalLog): RedactedLog {
  const metadata = structuredClone(log.metadata);
  const leaves: Leaf[] = [];
  stringLeaves(metadata, leaves, "");
  const flat: Record<string, string> = {};
  for (const leaf of leaves) flat[leaf.key] = leaf.value;
  const result = redactRecord({ messages: log.messages, output: log.output, metadata: flat, freeTextFields: leaves.map((l) => l.key) });
  for (const leaf of leaves) leaf.set(result.record.metadata![leaf.key] as string);
  const input = withoutNul<StoredInput>({ messages: result.record.messages ?? [] } as StoredInput);
  const output = withoutNul((result.record.output as StoredOutput) ?? null);
  const cleanMetadata = withoutNul(metadata);
  return {
    input: input.value,
    output: output.value,
    metadata: cleanMetadata.value,
    redactionVersion: result.redactionVersion,
    entityCounts: result.entityCounts,
    json: { input: input.json, output: output.value === null ? null : output.json, metadata: cleanMetadata.json },
  };
}
