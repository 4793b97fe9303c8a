/**
 * Pure helper behind the admin preview page: the input split into plain and entity
 * segments plus the redacted text. Runs on the server (the engine needs node:crypto);
 * the page passes the result to the client component.
 */
import { bookFor, detectEntities, MAX_FIELD_BYTES, REDACTION_VERSION, TRUNCATION_MARKER, truncateToBytes, applyReplacements } from "./redact-text";
import { countEntitiesByType } from "./entity-counts";
import type { PreviewResult, PreviewSegment } from "./preview-types";
import type { RedactOptions } from "./types";

/** Splits `text` into plain and entity segments and redacts it, in one analysis. */
export function previewSegments(text: string, options: RedactOptions = {}): PreviewResult {
  const { text: kept, truncated } = truncateToBytes(text, options.maxBytes ?? MAX_FIELD_BYTES);
  const entities = detectEntities(kept, options);
  const book = bookFor(options);
  const segments: PreviewSegment[] = [];
  let pos = 0;
  for (const e of entities) {
    if (e.start > pos) segments.push({ kind: "text", text: kept.slice(pos, e.start) });
    const value = kept.slice(e.start, e.end);
    segments.push({ kind: "entity", text: value, type: e.type, score: e.score, replacement: book.replacementFor(e.type, value) });
    pos = e.end;
  }
  if (pos < kept.length) segments.push({ kind: "text", text: kept.slice(pos) });
  const redacted = applyReplacements(kept, entities, book) + (truncated ? TRUNCATION_MARKER : "");
  return { segments, redacted, counts: countEntitiesByType(entities), truncated, redactionVersion: REDACTION_VERSION };
}
