/**
 * The recognizer registry and the analysis pipeline:
 * candidates -> (validators + context already applied by each recognizer) -> drop those
 * overlapping existing placeholders -> threshold -> overlap resolution -> propagation of
 * detected values to their other occurrences.
 */
import { emailRecognizer } from "./recognizers/email";
import { phoneRecognizer } from "./recognizers/phone";
import { creditCardRecognizer, cryptoRecognizer, ibanRecognizer } from "./recognizers/financial";
import { driverLicenseRecognizer, ssnRecognizer } from "./recognizers/government-id";
import { ipRecognizer, macRecognizer, urlRecognizer } from "./recognizers/network";
import { personalLinkRecognizer } from "./recognizers/personal-links";
import { secretRecognizer } from "./recognizers/secret";
import { dateTimeRecognizer, MACHINE_TIMESTAMP, weekdayRecognizer } from "./recognizers/date-time";
import { personRecognizer } from "./recognizers/person";
import { locationRecognizer } from "./recognizers/location";
import { keyValueRecognizer } from "./recognizers/key-value";
import { layoutRecognizer } from "./recognizers/layout";
import { cuedValueRecognizer, isCuePhrase } from "./recognizers/cued-values";
import { organisationSpans } from "./recognizers/organisations";
import { keepNameInCode, machineDateSpans } from "./recognizers/code-context";
import { resolveOverlaps } from "./resolve";
import { HAS_DIGIT, textScripts } from "./text-scan";
import { ENTITY_TYPES, type Candidate, type DetectedEntity, type EntityType, type Recognizer } from "./types";

/** Every recognizer, in no particular order (overlap resolution decides, not order). */
export const RECOGNIZERS: readonly Recognizer[] = [
  secretRecognizer,
  emailRecognizer,
  urlRecognizer,
  personalLinkRecognizer,
  creditCardRecognizer,
  ibanRecognizer,
  cryptoRecognizer,
  ssnRecognizer,
  driverLicenseRecognizer,
  ipRecognizer,
  macRecognizer,
  phoneRecognizer,
  dateTimeRecognizer,
  weekdayRecognizer,
  keyValueRecognizer,
  personRecognizer,
  locationRecognizer,
  layoutRecognizer,
  cuedValueRecognizer,
];

export const DEFAULT_THRESHOLD = 0.5;

/**
 * Placeholders this engine writes (`<PERSON_1>`, `<EMAIL_ADDRESS_ab12cd34ef>`). Text
 * inside them is never analysed again, which makes redaction idempotent.
 */
export const PLACEHOLDER = new RegExp(`<(?:${[...ENTITY_TYPES].sort((a, b) => b.length - a.length).join("|")})_[0-9a-f]{1,16}>`, "g");

function placeholderRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (!text.includes("<")) return ranges;
  PLACEHOLDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACEHOLDER.exec(text)) !== null) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/**
 * Runs all (or the selected) recognizers and returns sorted, non-overlapping entities.
 * `machineTimestamps`: "redact" also redacts the timestamps of logs and records, which
 * 1.4.0 keeps by default (see README, "Dates").
 */
// A selection of types (`only`) and the recognizers it needs, kept per selection array:
// callers that check many short strings pass the same array each time (ingest's id check).
// The array's contents are compared on each use, so changing it in place is still honoured.
interface Selection {
  types: readonly EntityType[];
  wanted: ReadonlySet<EntityType>;
  recognizers: readonly Recognizer[];
}
const selections = new WeakMap<readonly EntityType[], Selection>();

// Types split from an older, wider one. 1.9.0 types an ITIN as US_ITIN where earlier
// versions said US_SSN: a selection written for those versions ("US_SSN") must still find
// the numbers it found then, so naming the wider type selects its parts too.
const SPLIT_FROM: Partial<Record<EntityType, readonly EntityType[]>> = { US_SSN: ["US_ITIN"] };

function selectionOf(only: readonly EntityType[]): Selection {
  const kept = selections.get(only);
  if (kept !== undefined && kept.types.length === only.length && kept.types.every((t, i) => t === only[i])) return kept;
  const wanted = new Set(only);
  for (const t of only) for (const part of SPLIT_FROM[t] ?? []) wanted.add(part);
  const s = { types: [...only], wanted, recognizers: RECOGNIZERS.filter((r) => r.types.some((t) => wanted.has(t))) };
  selections.set(only, s);
  return s;
}

export function analyzeText(text: string, threshold = DEFAULT_THRESHOLD, only?: readonly EntityType[], machineTimestamps: "keep" | "redact" = "keep"): DetectedEntity[] {
  const selection = only ? selectionOf(only) : null;
  const wanted = selection ? selection.wanted : null;
  const protectedRanges = placeholderRanges(text);
  const candidates: Candidate[] = [];
  // Values read after a cue word (the filters below), collected as they come: most texts have none.
  const cuedValues: Candidate[] = [];
  // Most chat messages hold no digit at all; number-only recognizers can skip them.
  const hasDigit = (textScripts(text) & HAS_DIGIT) !== 0;
  for (const r of selection ? selection.recognizers : RECOGNIZERS) {
    if (r.needsDigit && !hasDigit) continue;
    for (const c of r.find(text)) {
      if (machineTimestamps === "redact" && c.source === MACHINE_TIMESTAMP) c.score = 0.85;
      if (c.end <= c.start || c.score < threshold) continue;
      if (wanted && !wanted.has(c.type)) continue;
      candidates.push(c);
      if (c.source.startsWith("cued-") || c.source.startsWith("login-")) cuedValues.push(c);
    }
  }
  let kept = protectedRanges.length ? candidates.filter((c) => !overlapsAny(c, protectedRanges)) : candidates;
  // 1.5.0: "Klantnummer 123456", "患者番号 88123": an identifier after its cue word is no
  // town and postcode; the LOCATION reading that spans the cue and the number goes.
  const cuedIds = cuedValues.length ? cuedValues.filter((c) => c.source === "cued-id" || c.source === "cued-cjk") : cuedValues;
  if (cuedIds.length) kept = kept.filter((c) => c.type !== "LOCATION" || !cuedIds.some((id) => id.type !== "SECRET" && c.start <= id.start && c.end >= id.end && c.end <= id.end + 1 && !/\d/.test(text.slice(c.start, id.start))));
  // 1.6.0: the cue word right before a password or an identifier read after it ("пароль: X",
  // "رمز عبور: X", "NIK: X") is no name or place.
  // So is a reading that spans the cue and the value ("Passcode 4821" as a town and postcode).
  if (cuedValues.length) kept = kept.filter((c) => (c.type !== "PERSON" && c.type !== "LOCATION") || !cuedValues.some((v) => (v.start >= c.end && v.start - c.end <= 3 && isCuePhrase(text.slice(c.start, c.end))) || (c.start < v.start && c.end >= v.end && c.end <= v.end + 1 && isCuePhrase(text.slice(c.start, v.start)))));
  // 1.6.0: a JavaScript Date string ("Thu Mar 14 2024 09:21:33 GMT+0000 (...)") is a machine
  // timestamp: no name, phone number or date inside it, unless timestamps are to be redacted.
  // Every machine date holds an ASCII digit: a text without one has none to look for.
  if (machineTimestamps === "keep" && kept.length && hasDigit) {
    const dates = machineDateSpans(text);
    if (dates.length) kept = kept.filter((c) => !insideAny(c, dates));
  }
  // A company is not a person or a place: names inside organisation spans are dropped.
  if (kept.some((c) => c.type === "PERSON" || c.type === "LOCATION")) {
    const orgs = organisationSpans(text);
    if (orgs.length) kept = kept.filter((c) => (c.type !== "PERSON" && c.type !== "LOCATION") || !insideAny(c, orgs));
    kept = kept.filter((c) => (c.type !== "PERSON" && c.type !== "LOCATION") || keepNameInCode(text, c, threshold));
  }
  return resolveOverlaps(kept);
}

function insideAny(c: Candidate, spans: Array<[number, number]>): boolean {
  for (const [a, b] of spans) if (c.start >= a && c.end <= b) return true;
  return false;
}

function overlapsAny(c: Candidate, ranges: Array<[number, number]>): boolean {
  // Ranges are sorted; binary search for the first range ending after c.start.
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] <= c.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo][0] < c.end;
}
