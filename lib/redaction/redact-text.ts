/**
 * `redactText`: the single-string entry point, plus the size limit and the replacement
 * step shared with `redactRecord`.
 */
import { analyzeText, DEFAULT_THRESHOLD } from "./registry";
import { PlaceholderBook } from "./operators";
import { propagate, valuesToPropagate } from "./propagate";
import { resolveOverlaps } from "./resolve";
import type { Candidate, DetectedEntity, RedactOptions, RedactTextResult } from "./types";

/** Bumped whenever detection or replacement changes; stored with every redacted record. */
export const REDACTION_VERSION = "1.0.0";

/** Fields larger than this (UTF-8 bytes) are truncated before redaction: 256 KiB. */
export const MAX_FIELD_BYTES = 256 * 1024;

/** Appended to a truncated field, after redaction, so readers know text is missing. */
export const TRUNCATION_MARKER = " [TRUNCATED: field exceeded the redaction size limit]";

/**
 * Cuts text to at most `maxBytes` UTF-8 bytes without splitting a character.
 * Returns the kept prefix (its indices equal the input's).
 */
export function truncateToBytes(text: string, maxBytes: number): { text: string; truncated: boolean } {
  if (!Number.isFinite(maxBytes) || text.length * 3 <= maxBytes) return { text, truncated: false };
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let size = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) size = 4;
    if (bytes + size > maxBytes) return { text: text.slice(0, i), truncated: true };
    bytes += size;
    if (pair) i++;
  }
  return { text, truncated: false };
}

const GLUE = /[\p{L}\p{N}]/u;
const SECOND_PASS_MAX_CHARS = 2000;

/** An entity whose neighbour is a letter or digit: replacing it changes its neighbours' context. */
function glued(text: string, e: DetectedEntity): boolean {
  return (e.start > 0 && GLUE.test(text[e.start - 1])) || (e.end < text.length && GLUE.test(text[e.end]));
}

/**
 * Detects entities in already size-limited text, including propagation within the text.
 * Replacing an entity changes its neighbours' context ("Doe078-05-1120" -> "<PERSON_1>078-05-1120"
 * exposes an SSN), so the redacted text is analysed again and new findings are mapped
 * back to input offsets, until nothing new appears. This keeps redaction idempotent; to
 * bound the cost, long texts get the second pass only when an entity touches a word.
 */
export function detectEntities(text: string, options: RedactOptions = {}): DetectedEntity[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  let entities = analyzeText(text, threshold, options.entities);
  entities = propagate(text, entities, valuesToPropagate(text, entities));
  // Short texts (chat messages) always get the check; long ones only when something is glued.
  const needsSecondPass = () => entities.length > 0 && (text.length <= SECOND_PASS_MAX_CHARS || entities.some((e) => glued(text, e)));
  for (let round = 0; round < 3 && needsSecondPass(); round++) {
    const book = new PlaceholderBook();
    // Render the text as it would be redacted, remembering where each plain part came from.
    const plain: Array<{ outStart: number; inStart: number; length: number }> = [];
    let out = "";
    let pos = 0;
    for (const e of entities) {
      plain.push({ outStart: out.length, inStart: pos, length: e.start - pos });
      out += text.slice(pos, e.start) + book.replacementFor(e.type, text.slice(e.start, e.end));
      pos = e.end;
    }
    plain.push({ outStart: out.length, inStart: pos, length: text.length - pos });
    out += text.slice(pos);
    const again = analyzeText(out, threshold, options.entities);
    if (again.length === 0) break;
    const mapped: Candidate[] = [];
    for (const e of again) {
      // Placeholders are protected, so a new entity lies inside one plain part.
      const part = plain.find((p) => e.start >= p.outStart && e.end <= p.outStart + p.length);
      if (part) mapped.push({ ...e, start: part.inStart + e.start - part.outStart, end: part.inStart + e.end - part.outStart, source: "second-pass" });
    }
    if (mapped.length === 0) break;
    entities = resolveOverlaps([...entities.map((e) => ({ ...e, source: "first-pass" })), ...mapped]);
  }
  return entities;
}

/** Replaces each entity (sorted, non-overlapping) with the book's placeholder. */
export function applyReplacements(text: string, entities: readonly DetectedEntity[], book: PlaceholderBook): string {
  let out = "";
  let pos = 0;
  for (const e of entities) {
    out += text.slice(pos, e.start) + book.replacementFor(e.type, text.slice(e.start, e.end));
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Creates the placeholder book an options object asks for. */
export function bookFor(options: RedactOptions = {}): PlaceholderBook {
  const operator = options.operator ?? "placeholder";
  return new PlaceholderBook(operator, operator === "hmac" ? (options.hmacKey ?? process.env.REDACTION_HMAC_KEY) : undefined);
}

/**
 * Detects PII in `text` and replaces it with typed placeholders.
 * Entity offsets index the INPUT string (end exclusive), sorted and non-overlapping.
 * Inputs over `maxBytes` (default 256 KiB) are truncated first and marked; the kept
 * prefix has the same indices as the input, so offsets stay valid.
 * Never throws on any string, including ones with lone surrogates.
 */
export function redactText(text: string, options: RedactOptions = {}, book: PlaceholderBook = bookFor(options)): RedactTextResult {
  const { text: kept, truncated } = truncateToBytes(text, options.maxBytes ?? MAX_FIELD_BYTES);
  const entities = detectEntities(kept, options);
  const redacted = applyReplacements(kept, entities, book);
  return { text: truncated ? redacted + TRUNCATION_MARKER : redacted, entities, truncated };
}
