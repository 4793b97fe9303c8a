/**
 * The `redact-pii` npm package (regex-only SyncRedactor, no Google DLP) as a baseline.
 * It returns only redacted text, so each built-in gets a unique marker and the output
 * is aligned back to the input to recover spans.
 */
import { SyncRedactor } from "redact-pii";
import type { PredictedSpan } from "./scoring";

// Built-in redactor -> our entity type ("DIGITS" matches no gold type but still counts
// as redaction for the over-redaction and leak figures).
const BUILT_INS: Record<string, string> = {
  credentials: "SECRET",
  creditCardNumber: "CREDIT_CARD",
  streetAddress: "LOCATION",
  zipcode: "LOCATION",
  phoneNumber: "PHONE_NUMBER",
  ipAddress: "IP_ADDRESS",
  usSocialSecurityNumber: "US_SSN",
  emailAddress: "EMAIL_ADDRESS",
  username: "PERSON",
  password: "SECRET",
  digits: "DIGITS",
  url: "URL",
  names: "PERSON",
};

// Markers use control characters and lower-case letters so no later regex matches them.
const names = Object.keys(BUILT_INS);
const marker = (i: number) => `\u0001${String.fromCharCode(97 + i)}\u0002`;
const MARKER_RE = /\u0001([a-z])\u0002/g;

const redactor = new SyncRedactor({
  builtInRedactors: Object.fromEntries(names.map((n, i) => [n, { enabled: true, replaceWith: marker(i) }])),
});

/** Runs redact-pii and recovers typed spans by aligning its output with the input. */
export function redactPiiSpans(text: string): PredictedSpan[] {
  const clean = text.replace(/[\u0001\u0002]/g, " ");
  const out = redactor.redact(clean);
  const parts: Array<{ literal: string } | { type: string }> = [];
  let last = 0;
  MARKER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER_RE.exec(out)) !== null) {
    parts.push({ literal: out.slice(last, m.index) });
    parts.push({ type: BUILT_INS[names[m[1].charCodeAt(0) - 97]] });
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
