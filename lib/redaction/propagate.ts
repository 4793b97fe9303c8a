/**
 * Propagation: once a name is detected anywhere in a record, its other occurrences are
 * redacted too, even where no cue was present ("Thanks, Priya" ... "Priya said").
 * This is the cheapest recall gain there is, and it keeps one value = one placeholder.
 */
import { getLexicon } from "./lexicon/lexicon";
import { resolveOverlaps } from "./resolve";
import { collapseWhitespace, isJsSpace, rightBoundary } from "./text-scan";
import { ENTITY_TYPES, type Candidate, type DetectedEntity, type EntityType } from "./types";

export interface KnownValue {
  type: EntityType;
  /** Lower-case surface form. */
  value: string;
}

// Every type propagates: a value detected once (even only thanks to context) must not
// survive elsewhere in the record, e.g. an IBAN glued to the previous token.
const PROPAGATED: ReadonlySet<EntityType> = new Set(ENTITY_TYPES);
// Letter runs and digit runs separately, so "Street12" still exposes "12".
const WORD = /\p{L}[\p{L}\p{M}'’-]*|\p{N}+/gu;
// WORD at a given index.
const WORD_AT = new RegExp(WORD.source, "uy");
// The first word of a value (WORD, anchored). These and the patterns below are built once, not
// once per value or word as literals inside the loops were.
const FIRST_WORD = /^(?:\p{L}[\p{L}\p{M}'’-]*|\p{N}+)/u;
const NAME_PART_BREAK = /[\s,]+/;
const TRAILING_DOT = /[.]$/;
const UPPER_START = /^\p{Lu}/u;
const LETTER_END = /\p{L}/u;
const LEADING_NON_WORD = /^[^\p{L}\p{N}]+/u;
const GLUE_BEFORE = /[\p{L}\p{N}@._]/u;
const SPACE_OR_DIGIT = /[\s\d]/;
// Apostrophes and hyphens join words into one ("d'Anne", "dell'Anna", "Jane's", "ex-Jane"):
// a known value is also looked for at each part of such a word.
const JOINER = /['’-]/gu;

/** Values worth propagating from detected entities: whole names and, for people, name parts. */
export function valuesToPropagate(text: string, entities: readonly DetectedEntity[]): KnownValue[] {
  const lex = getLexicon();
  const out: KnownValue[] = [];
  for (const e of entities) {
    if (!PROPAGATED.has(e.type)) continue;
    const surface = collapseWhitespace(text.slice(e.start, e.end)).trim();
    if (surface.length < 3 || surface.includes("\n")) continue;
    out.push({ type: e.type, value: surface.toLowerCase() });
    if (e.type === "PERSON") {
      for (const part of surface.split(NAME_PART_BREAK)) {
        const p = part.toLowerCase().replace(TRAILING_DOT, "");
        // Parts that are ordinary words ("Will", "Rose") would redact prose; skip them.
        if (p.length >= 3 && UPPER_START.test(part) && !lex.commonWords.has(p) && !lex.particles.has(p)) out.push({ type: "PERSON", value: p });
      }
    }
  }
  return out;
}

/**
 * 1.11.0: the known values sharing a first word. A few are compared as slices at each occurrence
 * of the word, as 1.10.0 did; more than WALK_FROM are read from a trie of their characters,
 * walked once along the text at each occurrence ("Anna" with hundreds of known "Anna ..."
 * values used to compare each whole value at each of its occurrences). The trie is built on the
 * group's first look-up, so a text where no first word occurs outside an entity builds none.
 */
interface FirstWordValues {
  /** The distinct values, in the order given; longest first once the text is scanned. */
  list: KnownValue[];
  root: ValueNode | undefined;
}

interface ValueNode {
  next: Map<number, ValueNode> | undefined;
  value: KnownValue | undefined;
}

const WALK_FROM = 4;

// Values compared and characters walked by propagation's look-ups so far: the linear-work test
// (speed-propagate.test.ts) reads it.
let lookupSteps = 0;
/** 1.11.0: values compared and characters walked by propagation's look-ups so far (a work count for tests). */
export function propagationSteps(): number {
  return lookupSteps;
}

function trieOf(list: readonly KnownValue[]): ValueNode {
  const root: ValueNode = { next: undefined, value: undefined };
  for (const v of list) {
    let node = root;
    for (let i = 0; i < v.value.length; i++) {
      const c = v.value.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: undefined, value: undefined }));
      node = child;
    }
    // The list holds distinct values: each ends at its own node.
    node.value = v;
  }
  return root;
}

/** Adds entities for further occurrences of known values, then re-resolves overlaps. */
export function propagate(text: string, entities: DetectedEntity[], values: readonly KnownValue[]): DetectedEntity[] {
  return propagateWith(text, entities, values, false);
}

/** `propagate` by a slice per value at each occurrence, as 1.10.0 did: the walk's reference in tests. */
export function propagateBySlices(text: string, entities: DetectedEntity[], values: readonly KnownValue[]): DetectedEntity[] {
  return propagateWith(text, entities, values, true);
}

function propagateWith(text: string, entities: DetectedEntity[], values: readonly KnownValue[], bySlices: boolean): DetectedEntity[] {
  if (values.length === 0) return entities;
  const byFirst = new Map<string, FirstWordValues>();
  // Duplicates share their first word; a set finds them when there are many values.
  const seen = values.length > 8 ? new Set<string>() : undefined;
  for (const known of values) {
    // A value opening with a sign ("+44 20 7946 0958", "#4471") is looked for from its first
    // word: no word starts at the sign, so the whole value was never found again.
    const v = FIRST_WORD.test(known.value) ? known : { type: known.type, value: known.value.replace(LEADING_NON_WORD, "") };
    if (v.value.length < 3) continue;
    const first = (FIRST_WORD.exec(v.value) ?? [v.value])[0];
    let group = byFirst.get(first);
    if (!group) byFirst.set(first, (group = { list: [], root: undefined }));
    if (seen ? seen.has(v.value) : group.list.some((x) => x.value === v.value)) continue;
    seen?.add(v.value);
    group.list.push(v);
  }
  for (const group of byFirst.values()) group.list.sort((a, b) => b.value.length - a.value.length);
  const lower = text.toLowerCase();
  if (!occursOutside(text, lower, entities, byFirst.keys())) return entities;
  // The walk reads the whole text's lower case: the same characters as a slice's lower case unless
  // lower-casing changes a length (İ), depends on context (Greek final sigma) or a slice could cut a
  // surrogate pair. Such texts take the exact comparison of a slice per value.
  const walkable = !bySlices && lower.length === text.length && !/[\u0370-\u03ff\ud800-\udfff]/.test(text);
  const extra: Candidate[] = [];
  // An entity's edge is a boundary: once it is replaced, its neighbour stands alone
  // ("4242 4242Jane" becomes "4242 4242<PERSON_1>").
  const starts = new Set(entities.map((e) => e.start));
  const ends = new Set(entities.map((e) => e.end));
  const at = (from: number, group: FirstWordValues | undefined, glued: boolean): Candidate | null => {
    if (!group) return null;
    if (!walkable || group.list.length <= WALK_FROM) return slicedOccurrence(text, from, group.list, glued, starts);
    return walkedOccurrence(text, lower, from, (group.root ??= trieOf(group.list)), glued, starts);
  };
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const word = m[0].toLowerCase();
    // A capitalised word after an underscore is still the name ("user_Jane"); a lower-case one
    // is a code identifier's part ("eu_west_1").
    const glued = m.index > 0 && !ends.has(m.index) && GLUE_BEFORE.test(text[m.index - 1]) && !(text[m.index - 1] === "_" && UPPER_START.test(m[0]));
    const whole = at(m.index, byFirst.get(word), glued);
    if (whole) {
      extra.push(whole);
      continue;
    }
    if (word.length < 4 || !/['’-]/.test(word)) continue;
    // The capitalised parts of a joined word, each up to the next joiner: "Jane's" -> "jane",
    // "d'Anne" -> "anne"; lower-case parts are words of their own ("eu-west-1", "l'est").
    let from = 0;
    JOINER.lastIndex = 0;
    for (let j: RegExpExecArray | null; from < word.length; from = j ? j.index + 1 : word.length) {
      j = JOINER.exec(word);
      const part = word.slice(from, j ? j.index : word.length);
      const hit = part.length >= 3 && UPPER_START.test(m[0].slice(from)) ? at(m.index + from, byFirst.get(part), from === 0 && glued) : null;
      if (hit) extra.push(hit);
    }
  }
  // A word an entity cuts in two ("…0130 00|4242 4242 4242" after an IBAN): its rest stands alone
  // once the entity is replaced, so a value is looked for where the entity ends too.
  for (const end of ends) {
    if (end === 0 || rightBoundary(text, end) || rightBoundary(text, end - 1)) continue;
    WORD_AT.lastIndex = end;
    const w = WORD_AT.exec(text);
    const hit = w ? at(end, byFirst.get(w[0].toLowerCase()), false) : null;
    if (hit) extra.push(hit);
  }
  if (extra.length === 0) return entities;
  const all: Candidate[] = entities.map((e) => ({ ...e, source: "resolved" }));
  // Existing entities win any overlap; propagated hits only fill gaps.
  const free = extra.filter((c) => !overlapsSorted(entities, c));
  return resolveOverlaps([...all, ...free]);
}

// A single short word glued to other letters is a different word ("Ann" in "Joann");
// a longer multi-part value ("12 Main Street") is the same value wherever it sits.
function gluedAway(v: KnownValue, glued: boolean): boolean {
  return glued && !(v.value.length >= 6 && SPACE_OR_DIGIT.test(v.value));
}

/**
 * The longest known value (of those sharing the word at `at`) that occurs at `at`, read by walking
 * the trie along the text's lower case, whitespace runs read as one space (as `collapseWhitespace`
 * of the slice: a run of two or more inside the slice would shorten it, so no longer value fits).
 */
function walkedOccurrence(text: string, lower: string, at: number, root: ValueNode, glued: boolean, starts: ReadonlySet<number>): Candidate | null {
  let best: KnownValue | undefined;
  let node: ValueNode | undefined = root;
  for (let i = at; node.next && i < lower.length; i++) {
    lookupSteps++;
    let c = lower.charCodeAt(i);
    if (isJsSpace(c)) {
      if (i > at && isJsSpace(lower.charCodeAt(i - 1))) break;
      c = 32;
    }
    node = node.next.get(c);
    if (!node) break;
    const v = node.value;
    if (v && !gluedAway(v, glued) && valueEnds(text, i + 1, starts, v.type)) best = v;
  }
  return best ? { type: best.type, start: at, end: at + best.value.length, score: 0.6, source: "propagated" } : null;
}

/** The longest known value of `list` (sorted longest first) that occurs at `at`, by a slice per value. */
function slicedOccurrence(text: string, at: number, list: readonly KnownValue[], glued: boolean, starts: ReadonlySet<number>): Candidate | null {
  for (const v of list) {
    lookupSteps++;
    if (gluedAway(v, glued)) continue;
    const end = at + v.value.length;
    if (collapseWhitespace(text.slice(at, end).toLowerCase()) !== v.value || !valueEnds(text, end, starts, v.type)) continue;
    return { type: v.type, start: at, end, score: 0.6, source: "propagated" };
  }
  return null;
}

/** A value found at a word's start must end where a word, an entity or a part of a word ends. */
function valueEnds(text: string, end: number, starts: ReadonlySet<number>, type: EntityType): boolean {
  return rightBoundary(text, end) || starts.has(end) || partEnds(text, end, type);
}

/**
 * Where a word made of parts has a part end: letters then digits ("Okonkwo10", as WORD splits
 * them) or an underscore; after a name or a place, only an underscore before a capital
 * ("Okonkwo_Mr"), as a lower-case part is a code word's ("west" in "west_1").
 */
function partEnds(text: string, end: number, type: EntityType): boolean {
  const next = text.charCodeAt(end);
  const last = text.charCodeAt(end - 1);
  if (next >= 48 && next <= 57) return !(last >= 48 && last <= 57) && LETTER_END.test(text[end - 1]);
  return next === 95 && ((type !== "PERSON" && type !== "LOCATION") || UPPER_START.test(text.slice(end + 1, end + 3)));
}

/** Binary search in sorted, non-overlapping entities (keeps propagation linear-ish). */
function overlapsSorted(entities: readonly DetectedEntity[], c: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].end <= c.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < entities.length && entities[lo].start < c.end;
}

/**
 * Whether any first word occurs (case-insensitively) outside the detected entities.
 * A propagated hit that overlaps an entity is dropped anyway, so when every occurrence
 * lies inside one (the usual case: each value appears once) the word scan can be
 * skipped. Lower-casing that changes the length (rare scripts) or is context-dependent
 * (Greek final sigma) answers true: the full scan then decides.
 */
function occursOutside(text: string, lower: string, entities: readonly DetectedEntity[], firsts: Iterable<string>): boolean {
  if (lower.length !== text.length || /[\u0370-\u03ff]/.test(text)) return true;
  for (const first of firsts) {
    for (let at = lower.indexOf(first); at !== -1; at = lower.indexOf(first, at + 1)) {
      if (!overlapsSorted(entities, { start: at, end: at + first.length })) return true;
    }
  }
  return false;
}
