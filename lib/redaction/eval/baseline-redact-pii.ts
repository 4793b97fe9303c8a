/**
 * The `redact-pii` npm package (regex-only SyncRedactor, no Google DLP) as a baseline.
 * It returns only redacted text, so its labels are located in the output and the
 * output is aligned back to the input to recover spans.
 */
import { SyncRedactor } from "redact-pii";
import type { PredictedSpan } from "./scoring";

// redact-pii 3.4 ignores per-redactor `replaceWith` and writes fixed upper-case labels,
// so we parse those. Label -> our entity type ("DIGITS" matches no gold type but still
// counts as redaction for the over-redaction and leak figures).
const LABELS: Record<string, string> = {
  CREDENTIALS: "SECRET",
  CREDIT_CARD_NUMBER: "CREDIT_CARD",
  STREET_ADDRESS: "LOCATION",
  ZIPCODE: "LOCATION",
  PHONE_NUMBER: "PHONE_NUMBER",
  IP_ADDRESS: "IP_ADDRESS",
  US_SOCIAL_SECURITY_NUMBER: "US_SSN",
  EMAIL_ADDRESS: "EMAIL_ADDRESS",
  USERNAME: "PERSON",
  PASSWORD: "SECRET",
  DIGITS: "DIGITS",
  URL: "URL",
  PERSON_NAME: "PERSON",
};
const MARKER_RE = new RegExp(`(?<![A-Za-z0-9_])(${Object.keys(LABELS).join("|")})(?![A-Za-z0-9_])`, "g");

const redactor = new SyncRedactor();

/** Runs redact-pii and recovers typed spans by aligning its output with the input. */
export function redactPiiSpans(text: string): PredictedSpan[] {
  const clean = text;
  const out = redactor.redact(clean);
  const parts: Array<{ literal: string } | { type: string }> = [];
  let last = 0;
  MARKER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER_RE.exec(out)) !== null) {
    parts.push({ literal: out.slice(last, m.index) });
    parts.push({ type: LABELS[m[1]] });
    last = m.index + m[0].length;
  }
  parts.push({ literal: out.slice(last) });
  const spans: PredictedSpan[] = [];
  let pos = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if ("literal" in p) {
      pos += p.literal.length;
      continue;
    }
    const next = parts[i + 1];
    const nextLiteral = next && "literal" in next ? next.literal : "";
    let end: number;
    if (nextLiteral === "") end = i + 2 >= parts.length ? clean.length : pos;
    else {
      const found = clean.indexOf(nextLiteral.slice(0, 40), pos);
      end = found === -1 ? clean.length : found;
    }
    if (end > pos) spans.push({ type: p.type, start: pos, end });
    pos = end;
  }
  return spans;
}
