/**
 * `redactText`: the single-string entry point, plus the size limit and the replacement
 * step shared with `redactRecord`.
 */
import { analyzeText, DEFAULT_THRESHOLD } from "./registry";
import { PlaceholderBook } from "./operators";
import { propagate, valuesToPropagate } from "./propagate";
import { resolveOverlaps } from "./resolve";
import type { Candidate, DetectedEntity, RedactOptions, RedactTextResult } from "./types";
import { isAsciiAlnum } from "./text-scan";
import { getLexicon } from "./lexicon/lexicon";
import { getGazetteer } from "./lexicon/gazetteer";
import { preloadHumanNames } from "./lexicon/human-names";
import { getCalendarWords } from "./lexicon/calendar";
import { spansToOriginal, unicodeView } from "./unicode-view";

/** Bumped whenever detection or replacement changes; stored with every redacted record. */
export const REDACTION_VERSION = "1.11.0";

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

/** A letter or number (\p{L}/\p{N}); ASCII decided by char code, the rest by the regex. */
function glueAt(text: string, at: number): boolean {
  const cp = text.codePointAt(at) ?? 32;
  return cp < 128 ? isAsciiAlnum(cp) : GLUE.test(String.fromCodePoint(cp));
}
/** Characters of context re-checked on each side of a glued placeholder. */
const RECHECK_CONTEXT = 32;

/** Punctuation or a symbol (not a space, letter or digit): it may join the words on its sides. */
function joinerAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c > 32 && c !== 160 && !(c >= 0x2000 && c <= 0x200a) && c !== 0x3000 && !glueAt(text, at);
}

/**
 * An entity whose neighbour is a letter or digit, or a punctuation mark with one beyond it:
 * replacing it changes its neighbours' tokens ("12 Main Street'DE89…", "Jane Doe/DE89…" read
 * as a street and a name once the IBAN after the mark is a placeholder).
 */
function glued(text: string, e: DetectedEntity): boolean {
  if (e.start > 0) {
    // Step back over a surrogate pair so astral letters ("𠀀") count as letters.
    const low = text.charCodeAt(e.start - 1);
    const at = (low & 0xfc00) === 0xdc00 && e.start > 1 ? e.start - 2 : e.start - 1;
    if (glueAt(text, at) || (at > 0 && joinerAt(text, at) && glueAt(text, at - 1))) return true;
  }
  return e.end < text.length && (glueAt(text, e.end) || (e.end + 1 < text.length && joinerAt(text, e.end) && glueAt(text, e.end + 1)));
}

const NEAR_DIGIT_BEFORE = /\d[^\p{L}\p{N}]{0,3}$/u;
const NEAR_DIGIT_AFTER = /^[^\p{L}\p{N}]{0,3}\d/u;

/**
 * Whether replacing the entity can change how its neighbours read: it is glued to a
 * letter or digit, or a number stands right next to it (number scanners join digit
 * groups across a space or a dash). Context-word windows blank placeholders
 * (text-scan.ts), so elsewhere a placeholder reads like the spacing around it.
 */
function touching(text: string, e: DetectedEntity): boolean {
  return glued(text, e) || digitNear(text, Math.max(0, e.start - 4), e.start, -1) || digitNear(text, e.end, Math.min(text.length, e.end + 4), 1);
}

/**
 * NEAR_DIGIT_BEFORE (dir -1) or NEAR_DIGIT_AFTER (dir 1) on text[from, to): on an ASCII
 * window, whether the letter or digit nearest the entity is a digit (char codes, no slice);
 * other windows go to the regexes, which count an astral character as one.
 */
function digitNear(text: string, from: number, to: number, dir: -1 | 1): boolean {
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) > 127) return (dir < 0 ? NEAR_DIGIT_BEFORE : NEAR_DIGIT_AFTER).test(text.slice(from, to));
  }
  for (let k = dir < 0 ? to - 1 : from; dir < 0 ? k >= from : k < to; k += dir) {
    const c = text.charCodeAt(k);
    if (isAsciiAlnum(c)) return c >= 48 && c <= 57;
  }
  return false;
}

/** Moves `i` outwards (dir -1 or +1) to the nearest whitespace, at most 32 characters. */
function snapToSpace(text: string, i: number, dir: -1 | 1): number {
  for (let k = 0; k < 32; k++) {
    if (i <= 0 || i >= text.length || /\s/.test(text[dir < 0 ? i - 1 : i])) return i;
    i += dir;
  }
  return Math.max(0, Math.min(text.length, i));
}

interface PlainPart {
  outStart: number;
  inStart: number;
  length: number;
}

/**
 * Finds entities that only appear once their glued neighbours are replaced
 * ("Doe078-05-1120" -> "<PERSON_1>078-05-1120" exposes an SSN). Only short windows around
 * glued placeholders are analysed again: an entity with spaces around it changes no
 * other token, so re-analysing the whole text (the former approach) halved throughput
 * for nothing. Findings are mapped back to input offsets.
 */
function recheckGlued(text: string, entities: DetectedEntity[], threshold: number, only: RedactOptions["entities"], machineTimestamps: RedactOptions["machineTimestamps"]): Candidate[] {
  const book = new PlaceholderBook();
  const plain: PlainPart[] = [];
  const windows: Array<[number, number]> = [];
  let out = "";
  let pos = 0;
  for (const e of entities) {
    plain.push({ outStart: out.length, inStart: pos, length: e.start - pos });
    out += text.slice(pos, e.start);
    const at = out.length;
    out += book.replacementFor(e.type, text.slice(e.start, e.end));
    if (touching(text, e)) windows.push([at - RECHECK_CONTEXT, out.length + RECHECK_CONTEXT]);
    pos = e.end;
  }
  plain.push({ outStart: out.length, inStart: pos, length: text.length - pos });
  out += text.slice(pos);
  const mapped: Candidate[] = [];
  for (const [from, to] of mergeWindows(windows, out)) {
    for (const e of analyzeText(out.slice(from, to), threshold, only, machineTimestamps)) {
      const s = e.start + from;
      const end = e.end + from;
      // Placeholders are protected, so a new entity lies inside one plain part.
      const part = plain.find((p) => s >= p.outStart && end <= p.outStart + p.length);
      if (part) mapped.push({ ...e, start: part.inStart + s - part.outStart, end: part.inStart + end - part.outStart, source: "recheck" });
    }
  }
  return mapped;
}

/** Clamps, snaps to whitespace and merges overlapping windows (input sorted by start). */
function mergeWindows(windows: Array<[number, number]>, text: string): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [a, b] of windows) {
    const from = snapToSpace(text, Math.max(0, a), -1);
    const to = snapToSpace(text, Math.min(text.length, b), 1);
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * Detects entities in already size-limited text, including propagation within the text
 * and a re-check around glued replacements, repeated until nothing new appears (at most
 * three rounds). This keeps redaction idempotent: redacting the output finds nothing.
 * Detection runs on the normalised view (unicode-view.ts: NFKC, zero-width and bidi
 * controls removed); the entities returned index the input.
 */
export function detectEntities(text: string, options: RedactOptions = {}): DetectedEntity[] {
  const view = unicodeView(text);
  return spansToOriginal(view, detectInView(view.text, options));
}

/** `detectEntities` on text that is already its own normalised view (offsets index it). */
export function detectInView(text: string, options: RedactOptions = {}): DetectedEntity[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  let entities = analyzeText(text, threshold, options.entities, options.machineTimestamps);
  entities = propagate(text, entities, valuesToPropagate(text, entities));
  for (let round = 0; round < 3 && entities.some((e) => touching(text, e)); round++) {
    const mapped = recheckGlued(text, entities, threshold, options.entities, options.machineTimestamps);
    if (mapped.length === 0) break;
    entities = resolveOverlaps([...entities.map((e) => ({ ...e, source: "first-pass" })), ...mapped]);
    // A value found only now must also go wherever else it occurs.
    entities = propagate(text, entities, valuesToPropagate(text, mapped));
  }
  return entities;
}

/**
 * Loads the word lists and the gazetteer now instead of on the first call (about half a
 * second): for a process that wants its first request fast, and for the CLI's startup
 * snapshot, which captures the loaded data so later runs skip the load.
 */
export function preloadRedactionData(): void {
  getLexicon();
  getGazetteer();
  preloadHumanNames();
  getCalendarWords();
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
