/**
 * Checks every external corpus's seal test runs on its samples. They report a sample id and
 * offsets only, never text: the corpora are sealed and their samples are not to be printed.
 */
import { ENTITY_TYPES } from "../../types";
import type { ExternalSample } from "./sample";

/** Spans outside the text, overlapping the one before, with surrounding whitespace, or of an unknown type. */
export function spanProblems(samples: readonly ExternalSample[]): string[] {
  const known = new Set<string>([...ENTITY_TYPES, "ID"]);
  const problems: string[] = [];
  for (const s of samples) {
    let end = 0;
    for (const sp of [...s.spans].sort((a, b) => a.start - b.start)) {
      if (!(sp.start >= 0 && sp.end <= s.text.length && sp.start < sp.end)) problems.push(`${s.id}: span ${sp.start}-${sp.end} outside the text`);
      else if (sp.start < end) problems.push(`${s.id}: span ${sp.start}-${sp.end} overlaps the one before`);
      else if (/^\s|\s$/.test(s.text.slice(sp.start, sp.end))) problems.push(`${s.id}: span ${sp.start}-${sp.end} starts or ends with whitespace`);
      if (!known.has(sp.type)) problems.push(`${s.id}: unknown type ${sp.type}`);
      end = Math.max(end, sp.end);
    }
  }
  return problems;
}

// The types every corpus is there to measure: one missing means a whole recognizer goes unscored.
const MEASURED_TYPES = ["PERSON", "LOCATION", "DATE_TIME", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "URL", "SECRET", "ID"] as const;

/** The measured types no span of `samples` carries. */
export function missingTypes(samples: readonly ExternalSample[]): string[] {
  const types = new Set<string>(samples.flatMap((s) => s.spans.map((x) => x.type)));
  return MEASURED_TYPES.filter((t) => !types.has(t));
}
