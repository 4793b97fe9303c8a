/**
 * Value makers for the world templates (world-templates.ts): every faker locale, the
 * address parts each locale defines, identifiers after a cue, passwords of any shape and
 * dates written the way each locale writes them. A part a locale lacks falls back to the
 * English one, as real mixed-language traffic does.
 */
import { allFakers, type Faker } from "@faker-js/faker";

/** Every faker locale but the joke and fallback ones. */
export const WORLD_LOCALES: readonly string[] = Object.keys(allFakers).filter((l) => l !== "base" && l !== "en_BORK").sort();

const EN = (allFakers as Record<string, Faker>).en;

/** A faker call, or the English one when the locale has no data for it. */
export function orEn(f: Faker, make: (g: Faker) => string): string {
  try {
    const v = make(f);
    if (v && v.trim()) return v.trim();
  } catch {
    // The locale lacks this definition.
  }
  return make(EN).trim();
}

/** BCP 47 tag for Intl from a faker locale id. */
export function bcp47(locale: string): string {
  const special: Record<string, string> = { en_AU_ocker: "en-AU", sr_RS_latin: "sr-Latn-RS", uz_UZ_latin: "uz-Latn-UZ", ku_ckb: "ckb", ku_kmr_latin: "ku", mn_MN_cyrl: "mn", dv: "dv" };
  return special[locale] ?? locale.replace(/_/g, "-");
}

/**
 * A person's name as the team labels PERSON: given and family name (sometimes a middle
 * name), without the titles and suffixes faker's fullName() adds ("Dr.", "Jr.", "PhD").
 * CJK, Hungarian and Vietnamese order comes from the locale's own fullName.
 */
export function fullName(f: Faker, locale = ""): string {
  if (/^(?:zh|ja|ko|hu|vi)/.test(locale)) return stripTitles(orEn(f, (g) => g.person.fullName()));
  const r = f.number.int(9);
  const first = firstName(f);
  const last = lastName(f);
  if (r === 0) return `${first} ${orEn(f, (g) => g.person.middleName())} ${last}`;
  return `${first} ${last}`;
}

const TITLE = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Sr|Sra|Srta|Mme|Mlle|M|Frau|Herr|Dhr|Mevr|Ing|Mgr|MUDr|Bc|Dl|Dna|Pan|Pani|d-ro|d-ino)\.?\s+|\s+(?:Jr\.?|Sr\.?|I{2,3}|IV|V|PhD|Phd\.?|MD|DDS|DVM|MBA|Esq\.?|k-dze|k-gs|dipl\.\S*)$/;

function stripTitles(name: string): string {
  let out = name;
  for (let k = 0; k < 3; k++) out = out.replace(TITLE, "").replace(/,\s*dipl\.\S*$/, "");
  return out.trim();
}

export function firstName(f: Faker): string {
  return orEn(f, (g) => g.person.firstName());
}

export function lastName(f: Faker): string {
  return orEn(f, (g) => g.person.lastName());
}

/** "First M. Last" with a middle initial. */
export function nameWithInitial(f: Faker): string {
  const middle = orEn(f, (g) => g.person.middleName());
  if (!/^\p{Script=Latin}/u.test(middle)) return `${firstName(f)} ${lastName(f)}`;
  return `${firstName(f)} ${[...middle][0].toUpperCase()}. ${lastName(f)}`;
}

export function street(f: Faker): string {
  return orEn(f, (g) => g.location.streetAddress(false));
}

export function streetWithUnit(f: Faker): string {
  return orEn(f, (g) => g.location.streetAddress(true));
}

export function unit(f: Faker): string {
  return orEn(f, (g) => g.location.secondaryAddress());
}

export function city(f: Faker): string {
  return orEn(f, (g) => g.location.city());
}

export function zip(f: Faker): string {
  return orEn(f, (g) => g.location.zipCode());
}

export function state(f: Faker): string {
  return orEn(f, (g) => g.location.state());
}

export function country(f: Faker): string {
  return orEn(f, (g) => g.location.country());
}

/** A date of birth between 1940 and 2005, as a Date. */
function birth(f: Faker): Date {
  return f.date.between({ from: "1940-01-01T00:00:00Z", to: "2005-12-31T00:00:00Z" });
}

/** A date in the locale's own long, medium or numeric style, or an ISO/English one. */
export function localDate(f: Faker, locale: string, when: Date = birth(f)): string {
  const style = f.helpers.arrayElement(["long", "medium", "short", "iso", "en-long", "en-dmy"] as const);
  if (style === "iso") return when.toISOString().slice(0, 10);
  if (style === "en-long") return when.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  if (style === "en-dmy") return when.toLocaleDateString("en-GB", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  try {
    return when.toLocaleDateString(bcp47(locale), { dateStyle: style, timeZone: "UTC" });
  } catch {
    return when.toISOString().slice(0, 10);
  }
}

export function birthDate(f: Faker, locale: string): string {
  return localDate(f, locale);
}

export function recentDate(f: Faker, locale: string): string {
  return localDate(f, locale, f.date.between({ from: "2023-01-01T00:00:00Z", to: "2025-06-30T00:00:00Z" }));
}

export function phone(f: Faker): string {
  return orEn(f, (g) => g.phone.number({ style: g.helpers.arrayElement(["human", "national", "international"] as const) }));
}

/** Passwords of every shape people pick: generated, word plus digits, symbols, passphrases. */
export function password(f: Faker): string {
  // Nouns of some locales hold spaces ("corps enseignant"); passwords don't.
  return passwordShape(f).replace(/\s+/g, "");
}

function passwordShape(f: Faker): string {
  return f.helpers.arrayElement([
    () => f.internet.password({ length: f.number.int({ min: 8, max: 16 }) }),
    () => f.internet.password({ length: 12, pattern: /[A-Za-z0-9!#$%&*?@^-]/ }),
    () => f.word.noun() + f.number.int({ min: 1, max: 9999 }) + f.helpers.arrayElement(["!", "?", "#", ""]),
    () => f.word.adjective().replace(/^./, (c) => c.toUpperCase()) + f.word.noun() + f.number.int(99),
    () => f.string.alphanumeric({ length: f.number.int({ min: 10, max: 24 }) }),
    () => `${f.word.noun()}-${f.word.noun()}-${f.word.noun()}`,
  ])();
}

export function username(f: Faker): string {
  return EN.internet.username().toLowerCase().replace(/[^a-z0-9._-]/g, "") || "user" + f.string.numeric(4);
}

const UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ";

function letters(f: Faker, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += UPPER[f.number.int(UPPER.length - 1)];
  return s;
}

/** Identifiers after a cue: [cue wording, value, type]. */
export function identifier(f: Faker): { cue: string; value: string; type: "ID" | "PASSPORT" | "IN_PAN" | "IN_AADHAAR" | "US_BANK_NUMBER" | "MEDICAL_LICENSE" | "IN_VOTER" | "UK_NHS" } {
  return f.helpers.arrayElement([
    () => ({ cue: f.helpers.arrayElement(["passport no.", "passport number", "Passport:", "passport #"]), value: letters(f, f.number.int({ min: 1, max: 2 })) + f.string.numeric(7), type: "PASSPORT" as const }),
    () => ({ cue: f.helpers.arrayElement(["MRN", "medical record number", "patient ID", "MRN:"]), value: f.helpers.arrayElement([f.string.numeric(8), "MRN-" + f.string.numeric(6), f.string.numeric(3) + "-" + f.string.numeric(4)]), type: "ID" as const }),
    () => ({ cue: f.helpers.arrayElement(["employee ID", "employee no.", "staff number", "badge"]), value: f.helpers.arrayElement(["E" + f.string.numeric(5), f.string.numeric(6), "EMP-" + f.string.numeric(4)]), type: "ID" as const }),
    () => ({ cue: f.helpers.arrayElement(["policy number", "policy no.", "insurance policy"]), value: letters(f, 3) + "-" + f.string.numeric(7), type: "ID" as const }),
    () => ({ cue: f.helpers.arrayElement(["tax ID", "TIN", "tax number", "VAT number"]), value: f.helpers.arrayElement([f.string.numeric(9), f.string.numeric(2) + "-" + f.string.numeric(7), letters(f, 2) + f.string.numeric(9)]), type: "ID" as const }),
    () => ({ cue: f.helpers.arrayElement(["PAN", "PAN card", "PAN number"]), value: letters(f, 5) + f.string.numeric(4) + letters(f, 1), type: "IN_PAN" as const }),
    () => ({ cue: f.helpers.arrayElement(["Aadhaar", "Aadhaar number", "Aadhaar no."]), value: `${f.number.int({ min: 2, max: 9 })}${f.string.numeric(3)} ${f.string.numeric(4)} ${f.string.numeric(4)}`, type: "IN_AADHAAR" as const }),
    () => ({ cue: f.helpers.arrayElement(["account number", "acct no.", "bank account"]), value: f.string.numeric(f.number.int({ min: 8, max: 12 })), type: "US_BANK_NUMBER" as const }),
    () => ({ cue: f.helpers.arrayElement(["member ID", "customer number", "user id", "loyalty card"]), value: f.helpers.arrayElement(["M" + f.string.numeric(7), f.string.numeric(10), "u_" + f.string.numeric(6)]), type: "ID" as const }),
    () => ({ cue: f.helpers.arrayElement(["national ID", "ID card number", "identity card no."]), value: f.helpers.arrayElement([f.string.numeric(11), letters(f, 3) + f.string.numeric(6), f.string.numeric(8) + letters(f, 1)]), type: "ID" as const }),
    () => ({ cue: f.helpers.arrayElement(["voter ID", "EPIC no."]), value: letters(f, 3) + f.string.numeric(7), type: "IN_VOTER" as const }),
    () => ({ cue: f.helpers.arrayElement(["NHS number", "NHS no."]), value: `${f.string.numeric(3)} ${f.string.numeric(3)} ${f.string.numeric(4)}`, type: "UK_NHS" as const }),
    () => ({ cue: f.helpers.arrayElement(["medical license", "license no.", "DEA number"]), value: letters(f, 2) + f.string.numeric(7), type: "MEDICAL_LICENSE" as const }),
  ])();
}

/** A card number with one digit changed: fails Luhn, still a card number. */
export function mistypedCard(f: Faker): string {
  const raw = f.finance.creditCardNumber({ issuer: f.helpers.arrayElement(["visa", "mastercard"]) }).replace(/\D/g, "");
  const k = f.number.int(raw.length - 1);
  const d = String((Number(raw[k]) + 1 + f.number.int(7)) % 10);
  const bad = raw.slice(0, k) + d + raw.slice(k + 1);
  return f.datatype.boolean() ? bad.replace(/(\d{4})(?=\d)/g, "$1 ") : bad;
}

/** An IBAN with a wrong check digit pair. */
export function mistypedIban(f: Faker): string {
  const iban = f.finance.iban();
  const check = String((Number(iban.slice(2, 4)) + 1 + f.number.int(50)) % 97).padStart(2, "0");
  return iban.slice(0, 2) + check + iban.slice(4);
}
