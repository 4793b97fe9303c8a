/**
 * Shared types of the redaction engine. Kept free of runtime imports so client
 * components can import them without pulling the recognizers into a bundle.
 */

/** Entity types, named as in Microsoft Presidio so teams that know it feel at home. */
export const ENTITY_TYPES = [
  "PERSON",
  "EMAIL_ADDRESS",
  "PHONE_NUMBER",
  "CREDIT_CARD",
  "IBAN_CODE",
  "US_SSN",
  "IP_ADDRESS",
  "LOCATION",
  "DATE_TIME",
  "URL",
  "US_DRIVER_LICENSE",
  "MAC_ADDRESS",
  "CRYPTO",
  "SECRET",
  // Identifiers after a cue word ("passport no.", "MRN", "employee ID"), under Presidio's
  // names where it has one; ID for the rest (record, policy, member, tax and national ids).
  "ID",
  "PASSPORT",
  "MEDICAL_LICENSE",
  "US_BANK_NUMBER",
  "ABA_ROUTING_NUMBER",
  "US_ITIN",
  "IN_PAN",
  "IN_AADHAAR",
  "IN_VOTER",
  "UK_NHS",
  "UK_NINO",
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** One detected entity. `start`/`end` are JS string indices into the input, end exclusive. */
export interface DetectedEntity {
  type: EntityType;
  start: number;
  end: number;
  /** Confidence in [0, 1] after validation and context scoring. */
  score: number;
}

/** A recognizer's raw finding before overlap resolution and thresholding. */
export interface Candidate extends DetectedEntity {
  /** Short recognizer id, useful when debugging scores (never contains text). */
  source: string;
}

/**
 * A recognizer inspects the whole text and returns candidates. Recognizers must run
 * in time linear in the text length: every pattern is anchored on a rare trigger or
 * uses bounded quantifiers behind a token boundary (see README, "Safety").
 */
export interface Recognizer {
  id: string;
  types: readonly EntityType[];
  /** Set when every pattern needs a digit: the registry skips it for digit-free text. */
  needsDigit?: boolean;
  find(text: string): Candidate[];
}

/** How detected values are replaced. */
export type OperatorKind = "placeholder" | "hmac";

export interface RedactOptions {
  /** Minimum score to redact; default 0.5 (recall-leaning, see README). */
  threshold?: number;
  /** Only detect these types (default: all). A type also selects the finer types later split from it (US_SSN: US_ITIN). */
  entities?: readonly EntityType[];
  /** "placeholder" (default): `<PERSON_1>`; "hmac": `<PERSON_3f9a1c2b7d>` keyed pseudonyms. */
  operator?: OperatorKind;
  /** HMAC key; defaults to process.env.REDACTION_HMAC_KEY when operator is "hmac". */
  hmacKey?: string;
  /** Field size limit in UTF-8 bytes (default MAX_FIELD_BYTES); Infinity disables it. */
  maxBytes?: number;
  /**
   * Timestamps a program wrote (a log line's ISO timestamp, a `created_at` value, a CSV
   * cell) are not personal dates and are kept by default ("keep"); "redact" redacts them as
   * DATE_TIME too, as versions before 1.4.0 did.
   */
  machineTimestamps?: "keep" | "redact";
}

export interface RedactTextResult {
  text: string;
  entities: DetectedEntity[];
  /** True when the input exceeded the size limit and was cut before redaction. */
  truncated: boolean;
}
