/**
 * Operators turn a detected value into its replacement. One `PlaceholderBook` is shared
 * across every field of a record so the same value gets the same placeholder everywhere
 * (the conversation keeps its meaning: "<PERSON_1> emailed <PERSON_2>").
 */
import { createHmac } from "node:crypto";
import type { EntityType, OperatorKind } from "./types";
import { collapseWhitespace, isAscii } from "./text-scan";

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/** Normalises a value so trivial variants ("Jane  Doe", "JANE@X.COM") share a placeholder. */
export function normaliseValue(type: EntityType, value: string): string {
  // NFKC leaves pure ASCII unchanged; skipping it saves a copy per replaced value.
  // Zero-width and bidi controls go too: "Jane\u200bDoe" is the same value as "JaneDoe".
  const v = collapseWhitespace(isAscii(value) ? value : value.normalize("NFKC").replace(IGNORABLE, "")).trim();
  switch (type) {
    case "PHONE_NUMBER":
    case "CREDIT_CARD":
    case "US_SSN":
    case "IBAN_CODE":
      return v.replace(/[^0-9A-Za-z+]/g, "").toUpperCase();
    case "EMAIL_ADDRESS":
    case "URL":
    case "PERSON":
    case "LOCATION":
    case "MAC_ADDRESS":
    case "IP_ADDRESS":
      return v.toLowerCase();
    default:
      return v;
  }
}

/**
 * Hands out replacements for one record. Placeholders are numbered per entity type in
 * order of first appearance: `<PERSON_1>`, `<PERSON_2>`, `<EMAIL_ADDRESS_1>`.
 * With the "hmac" operator the suffix is the first 10 hex digits of
 * HMAC-SHA256(key, type + ":" + normalised value): stable across records, so teams can
 * link records about the same person without seeing who it is.
 */
export class PlaceholderBook {
  // Created on the first replacement: most short fields (ids, roles, model names) need none,
  // and a book is made per call of redactText.
  private byValue: Map<string, string> | null = null;
  private counters: Map<EntityType, number> | null = null;

  constructor(
    private readonly operator: OperatorKind = "placeholder",
    private readonly hmacKey?: string,
  ) {
    if (operator === "hmac" && !hmacKey) {
      // Failing closed: an unkeyed hash of a name is reversible by guessing names.
      throw new Error("The hmac operator needs a key (set REDACTION_HMAC_KEY).");
    }
  }

  /** Returns the replacement for a value, creating it on first sight. */
  replacementFor(type: EntityType, value: string): string {
    const norm = normaliseValue(type, value);
    const key = type + "\u0000" + norm;
    const byValue = (this.byValue ??= new Map());
    const existing = byValue.get(key);
    if (existing) return existing;
    let replacement: string;
    if (this.operator === "hmac") {
      const digest = createHmac("sha256", this.hmacKey as string).update(type + ":" + norm).digest("hex");
      replacement = `<${type}_${digest.slice(0, 10)}>`;
    } else {
      const counters = (this.counters ??= new Map());
      const n = (counters.get(type) ?? 0) + 1;
      counters.set(type, n);
      replacement = `<${type}_${n}>`;
    }
    byValue.set(key, replacement);
    return replacement;
  }

  /** Every distinct value seen so far, for propagation to other fields (never persisted). */
  knownValues(): Array<{ type: EntityType; value: string }> {
    return [...(this.byValue?.keys() ?? [])].map((k) => {
      const [type, value] = k.split("\u0000") as [EntityType, string];
      return { type, value };
    });
  }
}
