/**
 * Propagation: once a name is detected anywhere in a record, its other occurrences are
 * redacted too, even where no cue was present ("Thanks, Priya" ... "Priya said").
 * This is the cheapest recall gain there is, and it keeps one value = one placeholder.
 */
import { getLexicon } from "./lexicon/lexicon";
import { resolveOverlaps } from "./resolve";
import { rightBoundary } from "./text-scan";
import type { Candidate, DetectedEntity, EntityType } from "./types";

export interface KnownValue {
  type: EntityType;
  /** Lower-case surface form. */
  value: string;
}

const PROPAGATED: ReadonlySet<EntityType> = new Set(["PERSON", "LOCATION"]);
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** Values worth propagating from detected entities: whole names and, for people, name parts. */
export function valuesToPropagate(text: string, entities: readonly DetectedEntity[]): KnownValue[] {
  const lex = getLexicon();
  const out: KnownValue[] = [];
  for (const e of entities) {
    if (!PROPAGATED.has(e.type)) continue;
    const surface = text.slice(e.start, e.end).replace(/\s+/g, " ").trim();
    if (surface.length < 3 || surface.includes("\n")) continue;
    out.push({ type: e.type, value: surface.toLowerCase() });
    if (e.type === "PERSON") {
      for (const part of surface.split(/[\s,]+/)) {
        const p = part.toLowerCase().replace(/[.]$/, "");
        // Parts that are ordinary words ("Will", "Rose") would redact prose; skip them.
        if (p.length >= 3 && /^\p{Lu}/u.test(part) && !lex.commonWords.has(p) && !lex.particles.has(p)) out.push({ type: "PERSON", value: p });
      }
    }
  }
  return out;
}

/** Adds entities for further occurrences of known values, then re-resolves overlaps. */
export function propagate(text: string, entities: DetectedEntity[], values: readonly KnownValue[]): DetectedEntity[] {
  if (values.length === 0) return entities;
  const byFirst = new Map<string, KnownValue[]>();
  for (const v of values) {
    const first = v.value.split(/[\s,]/)[0];
    const list = byFirst.get(first) ?? [];
    if (!list.some((x) => x.value === v.value)) list.push(v);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.value.length - a.value.length);
  const extra: Candidate[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const list = byFirst.get(m[0].toLowerCase());
    if (!list) continue;
    if (m.index > 0 && /[\p{L}\p{N}@._-]/u.test(text[m.index - 1]) && text[m.index - 1] !== "-") continue;
    for (const v of list) {
      const end = m.index + v.value.length;
      if (text.slice(m.index, end).toLowerCase().replace(/\s+/g, " ") !== v.value || !rightBoundary(text, end)) continue;
      extra.push({ type: v.type, start: m.index, end, score: 0.6, source: "propagated" });
      break;
    }
  }
  if (extra.length === 0) return entities;
  const all: Candidate[] = entities.map((e) => ({ ...e, source: "resolved" }));
  // Existing entities win any overlap; propagated hits only fill gaps.
  const free = extra.filter((c) => !overlapsSorted(entities, c));
  return resolveOverlaps([...all, ...free]);
}

/** Binary search in sorted, non-overlapping entities (keeps propagation linear-ish). */
function overlapsSorted(entities: readonly DetectedEntity[], c: Candidate): boolean {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].end <= c.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < entities.length && entities[lo].start < c.end;
}
