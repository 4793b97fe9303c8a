/**
 * Corpus E's two notations. Generated templates name their values with slots (`{first}`,
 * `{iban}`); hand-written sentences mark each personal span inline as `⟦TYPE:value⟧`
 * (brackets that never occur in real text, so code, JSON and quotes stay literal).
 * Both end in a SpanBuilder, so every label is exactly the value's characters.
 */
import { SpanBuilder, type ExternalType } from "../external/sample";

/** The hand-written markup's short type codes. */
const CODES: Record<string, ExternalType> = {
  P: "PERSON",
  L: "LOCATION",
  D: "DATE_TIME",
  E: "EMAIL_ADDRESS",
  T: "PHONE_NUMBER",
  C: "CREDIT_CARD",
  I: "IBAN_CODE",
  S: "SECRET",
  ID: "ID",
  U: "URL",
  IP: "IP_ADDRESS",
  SSN: "US_SSN",
};

const MARK = /⟦([A-Z]+):([^⟧]+)⟧/g;

/** Parses `⟦P:Ana⟧ lives in ⟦L:Porto⟧` into text and spans. */
export function parseMarked(marked: string): SpanBuilder {
  const b = new SpanBuilder();
  let last = 0;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(marked); m; m = MARK.exec(marked)) {
    const type = CODES[m[1]];
    if (!type) throw new Error(`unknown markup code at offset ${m.index}`);
    b.t(marked.slice(last, m.index)).e(type, m[2]);
    last = m.index + m[0].length;
  }
  return b.t(marked.slice(last));
}

/** One slot's value and label (null: literal text such as a company or a ticket number). */
export interface SlotValue {
  type: ExternalType | null;
  value: string;
}

const SLOT = /\{([a-z0-9]+)\}/g;

/**
 * Fills a template's `{slot}`s from `value(name)`; a slot used twice gets the same value.
 * Braces that do not name a slot (JSON in a template) are kept as they are.
 */
export function fillSlots(template: string, value: (slot: string) => SlotValue | undefined): SpanBuilder {
  const b = new SpanBuilder();
  const seen = new Map<string, SlotValue>();
  let last = 0;
  SLOT.lastIndex = 0;
  for (let m = SLOT.exec(template); m; m = SLOT.exec(template)) {
    let v = seen.get(m[1]);
    if (!v) {
      v = value(m[1]);
      if (!v) continue;
      seen.set(m[1], v);
    }
    b.t(template.slice(last, m.index));
    if (v.type) b.e(v.type, v.value);
    else b.t(v.value);
    last = m.index + m[0].length;
  }
  return b.t(template.slice(last));
}
