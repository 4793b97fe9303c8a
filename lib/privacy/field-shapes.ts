import { detectEntities, type EntityType } from "@/lib/redaction";
import { keyedHash } from "./keyed-hash";

/**
 * The rule for every stored string that is not free text: it must fit a narrow shape
 * (an enum, or a short token of [A-Za-z0-9._:/-]) to be stored as given. Anything else is
 * redacted like free text (a value) or replaced by a keyed hash (an identifier, so the
 * same id still maps to the same stored value). The README's privacy section lists the
 * shape of each field; keep the two in step.
 */
const TOKEN = /^[A-Za-z0-9._:/-]+$/;

/** Longest metadata key, content-part type, finish reason, operation or provider kept as given. */
export const TOKEN_MAX = 64;
/** Longest model name, function name, record, trace or tool-call id kept as given. */
export const LONG_TOKEN_MAX = 128;

export const MESSAGE_ROLES: ReadonlySet<string> = new Set(["system", "developer", "user", "assistant", "tool", "function"]);
export const SPAN_STATUSES: ReadonlySet<string> = new Set(["OK", "ERROR", "UNSET"]);

/** Whether `value` is a short token of the safe charset (no spaces, no "@", no "+"). */
export function isSafeToken(value: string, max: number = TOKEN_MAX): boolean {
  return value.length > 0 && value.length <= max && TOKEN.test(value);
}

// UUIDs and hex strings with a letter in them (OTLP trace and span ids, most record ids)
// carry no personal data; all-digit strings may be card or phone numbers, so the engine
// looks at those.
const HEX_ID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?=[0-9]*[a-fA-F])[0-9a-fA-F]{16,64})$/;
// ...except the shape of an IBAN whose country code is made of hex letters (DE, BE, AD, AE:
// "DE89370400440532013000" is all hex): two letters, then only digits. Random hex ids almost
// never look like that, and when one does the engine simply looks at it.
const IBAN_LIKE = /^[a-fA-F]{2}[0-9]+$/;
// An all-digit id is decided by its length alone: up to six digits it is a counter (the
// engine finds nothing in one), from seven on it may be a phone, card, social security or
// account number, and the engine would say so for nearly every one while spending 100-500 µs
// on it; now every such id is hashed, also the long ones failing a card's checksum that the
// engine let through.
const DIGITS = /^[0-9]+$/;
const LONGEST_PLAIN_NUMBER = 6;
// Identifier-shaped personal data: "555-201-7788" or "jane.doe" fit the token charset. The
// national and personal identifier types are here too: when the engine types a number more
// precisely (an ITIN where it said SSN, a PESEL where it said phone), the id must stay hashed.
const PERSONAL_IN_IDS_LIST: readonly EntityType[] = [
  "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "US_DRIVER_LICENSE", "IP_ADDRESS", "CRYPTO", "MAC_ADDRESS", "SECRET",
  "ID", "US_ITIN", "PASSPORT", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "MEDICAL_LICENSE", "IN_PAN", "IN_AADHAAR", "IN_VOTER", "UK_NHS", "UK_NINO",
];
const PERSONAL_IN_IDS: ReadonlySet<EntityType> = new Set(PERSONAL_IN_IDS_LIST);
// The engine is asked for these types only: its other recognizers (dates, places, ...) cost
// most of a short token's check and decide nothing here. Without them no other reading
// competes for a token's characters, so it is found personal more often, not less: on
// 509,000 tokens and glued token pairs from the engine's and ingest's test texts the
// restricted check flagged every token the full one did, plus about 50 ("NIK:3201234567890001").
const ENGINE_OPTIONS = { entities: PERSONAL_IN_IDS_LIST };

// Verdicts for tokens seen before: finish reasons, part types and metadata keys repeat in
// every record, so the engine looks at each distinct one once (bounded, then started over).
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 20_000;

/** Whether the redaction engine finds personal data in a short token. */
function holdsPersonalData(value: string): boolean {
  if (DIGITS.test(value)) return value.length > LONGEST_PLAIN_NUMBER;
  if (HEX_ID.test(value) && !IBAN_LIKE.test(value)) return false;
  let verdict = verdicts.get(value);
  if (verdict === undefined) {
    verdict = detectEntities(value, ENGINE_OPTIONS).some((e) => PERSONAL_IN_IDS.has(e.type));
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(value, verdict);
  }
  return verdict;
}

/**
 * Whether a token may be stored as given: it fits the safe shape AND the engine finds no
 * personal data in it ("4111111111111111" and "555-201-7788" fit the charset).
 */
export function isStorableToken(value: string, max: number = TOKEN_MAX): boolean {
  return isSafeToken(value, max) && !holdsPersonalData(value);
}

/**
 * A record, trace, span or tool-call id as it may be stored: as given when it is a
 * storable token, else `h:` and its keyed hash (the same id always maps to the same value).
 */
export function protectIdentifier(value: string): string {
  return isStorableToken(value, LONG_TOKEN_MAX) ? value : `h:${keyedHash("identifier", value, 32)}`;
}

/** The same for an optional id. */
export function protectOptionalIdentifier(value: string | null): string | null {
  return value === null ? null : protectIdentifier(value);
}
