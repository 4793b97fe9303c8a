/**
 * Corpus C's own value formats, for what faker has none or few of: card numbers, IBANs, SSNs,
 * identifiers after a cue, passwords and tokens in the shapes people actually type, and dates
 * of a person's event written the way each language writes them. Everything is drawn from the
 * sample's seeded faker, so one seed fixes every value.
 */
import { ibanCheckDigits, luhnCheckDigit } from "../external/check-digits";
import { Rng } from "../external/rng";
import { IBAN_COUNTRY } from "./locales";

/**
 * The corpus's random draws: `int`, `chance` and `pick` are the shared `Rng`'s (same faker
 * calls, so the same stream); `shape` is C's own, because its `X` and `h` draw differently
 * from `Rng.pattern` and changing either would change the sealed samples.
 */
export class Draw extends Rng {
  /** `9` digit, `@` digit 1-9, `A` upper-case letter, `a` lower-case letter, `X` letter or digit, `h` hex digit; other characters literal. */
  shape(p: string): string {
    let s = "";
    for (const ch of p) {
      if (ch === "9") s += String(this.int(0, 9));
      else if (ch === "@") s += String(this.int(1, 9));
      else if (ch === "A") s += String.fromCharCode(65 + this.int(0, 25));
      else if (ch === "a") s += String.fromCharCode(97 + this.int(0, 25));
      else if (ch === "X") s += this.chance(0.6) ? String(this.int(0, 9)) : String.fromCharCode(65 + this.int(0, 25));
      else if (ch === "h") s += "0123456789abcdef"[this.int(0, 15)];
      else s += ch;
    }
    return s;
  }
}

/** A card number of a common brand, grouped as people paste it; about one in eight mistyped (fails Luhn). */
export function cardNumber(d: Draw): string {
  const brand = d.pick(["4", "4", "51", "53", "55", "2221", "34", "37", "6011"]);
  const len = brand === "34" || brand === "37" ? 15 : 16;
  let body = brand;
  while (body.length < len - 1) body += String(d.int(0, 9));
  let digits = body + String(luhnCheckDigit(body));
  if (d.chance(0.12)) digits = digits.slice(0, -1) + String((Number(digits.slice(-1)) + 1) % 10);
  const sep = d.pick([" ", " ", "-", "", ""]);
  if (len === 15) return [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)].join(sep);
  return digits.match(/.{4}/g)!.join(sep);
}

// BBAN shapes (after the check digits) per country, from the published IBAN registry lengths.
const BBAN: Readonly<Record<string, string>> = {
  DE: "999999999999999999", AT: "9999999999999999", CH: "99999999999999999", CZ: "99999999999999999999",
  DK: "99999999999999", GR: "99999999999999999999999", ES: "99999999999999999999", FI: "99999999999999",
  FR: "99999999999999999999999", BE: "999999999999", HR: "99999999999999999", HU: "999999999999999999999999",
  IT: "A9999999999999999999999", LV: "AAAA9999999999999", NO: "99999999999", NL: "AAAA9999999999",
  PL: "999999999999999999999999", PT: "999999999999999999999", RO: "AAAA9999999999999999", MD: "AA999999999999999999",
  SK: "99999999999999999999", SE: "99999999999999999999", TR: "9999909999999999999999", UA: "9999999999999999999999999",
  AZ: "AAAA99999999999999999999", GE: "AA9999999999999999", IL: "9999999999999999999", SA: "999999999999999999",
  GB: "AAAA99999999999999", BR: "99999999999999999999999A9", IE: "AAAA99999999999999", SI: "999999999999999",
  RS: "999999999999999999", MK: "999999999999999",
};

/** An IBAN of the locale's country with valid check digits (about one in ten mistyped), grouped in fours or not. */
export function iban(d: Draw, locale: string): string {
  const cc = IBAN_COUNTRY[locale] ?? d.pick(["DE", "FR", "NL", "ES", "IT"]);
  const bban = d.shape(BBAN[cc]);
  let check = ibanCheckDigits(cc, bban);
  if (d.chance(0.1)) check = String((Number(check) + 7) % 100).padStart(2, "0");
  const raw = cc + check + bban;
  return d.chance(0.55) ? raw.match(/.{1,4}/g)!.join(" ") : raw;
}

/** A US SSN in an issued range, dashed or (sometimes) spaced. */
export function ssn(d: Draw): string {
  let area = d.int(1, 899);
  if (area === 666) area = 667;
  const parts = [String(area).padStart(3, "0"), String(d.int(1, 99)).padStart(2, "0"), String(d.int(1, 9999)).padStart(4, "0")];
  return parts.join(d.chance(0.85) ? "-" : " ");
}

/** Identifier shapes people paste after a cue: records, policies, passports, tax and national ids, accounts. */
export function identifier(d: Draw, kind: "patient" | "policy" | "passport" | "tax" | "national" | "account" | "employee" | "member" | "licence" | "case"): string {
  switch (kind) {
    case "patient":
      return d.shape(d.pick(["99999999", "MRN-9999999", "P99-99999", "9999 9999 99", "H9999999"]));
    case "policy":
      return d.shape(d.pick(["POL-9999-999999", "AA99999999", "999-999-9999", "9999999999", "A99/99999/99"]));
    case "passport":
      return d.shape(d.pick(["A99999999", "AA9999999", "999999999", "A9999999", "AA999999"]));
    case "tax":
      return d.shape(d.pick(["999/999/99999", "99 999 999 999", "AAAAA9999A", "9999999999", "99-9999999", "A9999999A"]));
    case "national":
      return d.shape(d.pick(["999999-9999", "9999999999999", "99999999-99", "AA 99 99 99 A", "9999 9999 9999", "999.999.999-99"]));
    case "account":
      return d.shape(d.pick(["99999999", "9999-9999-99", "99 9999 9999", "999999999999", "ACC-999999"]));
    case "employee":
      return d.shape(d.pick(["E99999", "EMP-9999", "99999", "u9999999", "AA-9999"]));
    case "member":
      return d.shape(d.pick(["M-99999999", "999 999 999", "9999999999", "AB99999C"]).replace("AB", d.shape("AA")).replace("C", d.shape("A")));
    case "licence":
      return d.shape(d.pick(["A999-9999-9999", "99999999", "AA999999", "A9999999"]));
    case "case":
      return d.shape(d.pick(["99999-99", "CS-999999", "2026/9999", "K-9999-99"]));
  }
}

/** Passwords in the shapes people choose and paste: words with years and symbols, keyboard runs, random strings, passphrases. */
export function password(d: Draw): string {
  const word = d.pick(["sommer", "Summer", "bella", "Liverpool", "dragon", "Kitty", "Welcome", "mariposa", "hunter", "Tiger", "Zuhause", "soleil", "Frühling", "qwerty", "Pa55word", "letmein", "banana", "Oslo", "pizza", "Mustang"]);
  switch (d.int(0, 5)) {
    case 0:
      return `${word}${d.int(1960, 2026)}${d.pick(["!", "", "#", "?", "$"])}`;
    case 1:
      return `${word}${d.pick(["_", ".", "@", "-"])}${d.int(1, 999)}`;
    case 2:
      return d.shape(d.pick(["aXa9Xa9XaX!a", "Xa9aXa#9aXa9", "aaaa9999", "AAaa99!!aa", "9aXaXa9aXa9a"]));
    case 3:
      return `${d.pick(["correct", "purple", "blue", "stone", "river", "quiet"])}-${d.pick(["horse", "monkey", "table", "lamp", "cloud"])}-${d.pick(["battery", "staple", "42", "seven", "paper"])}`;
    case 4:
      return `${word.toLowerCase()}${d.int(10, 99)}`;
    default:
      return d.shape("Aaaa9999") + d.pick(["!", "%", "&", "*"]);
  }
}

/** API keys and tokens in the prefixes common services use, plus bare hex and JWT-like strings. */
export function token(d: Draw): string {
  switch (d.int(0, 6)) {
    case 0:
      return "ghp_" + d.shape("XaXaXaXaXaXaXaXaXaXaXaXaXaXaXaXaXaXa");
    case 1:
      return "sk_live_" + d.shape("XaXaXaXaXaXaXaXaXaXaXaXa");
    case 2:
      return "AKIA" + d.shape("XXXXXXXXXXXXXXXX");
    case 3:
      return d.shape("hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh");
    case 4:
      return "eyJhbGciOiJIUzI1NiJ9." + d.shape("XaXaXaXaXaXaXaXaXaXaXa") + "." + d.shape("XaXaXaXaXaXaXaXaXa");
    case 5:
      return "xoxb-" + d.shape("99999999999-9999999999999-XaXaXaXaXaXaXaXaXaXa");
    default:
      return d.shape("aaaaaaaa-hhhh-hhhh-hhhh-hhhhhhhhhhhh");
  }
}

export function ipAddress(d: Draw): string {
  if (d.chance(0.15)) return d.shape("2001:db8:hhhh:hhhh::hh");
  return `${d.pick([31, 46, 77, 81, 85, 89, 94, 109, 151, 178, 185, 188, 195, 203, 212])}.${d.int(0, 255)}.${d.int(0, 255)}.${d.int(1, 254)}`;
}

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  it: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
  pt: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
};

// Numeric date orders: day-month-year with the language's separator, or year first.
const NUMERIC: Readonly<Record<string, string>> = {
  de: "d.m.y", cs: "d. m. y", sk: "d. m. y", pl: "d.m.y", ru: "d.m.y", uk: "d.m.y", fi: "d.m.y", nb: "d.m.y", da: "d.m.y", tr: "d.m.y",
  ro: "d.m.y", hr: "d.m.y.", fr: "d/m/y", es: "d/m/y", it: "d/m/y", pt: "d/m/y", el: "d/m/y", id: "d/m/y", vi: "d/m/y", nl: "d-m-y",
  sv: "y-m-d", hu: "y.m.d.", en: "m/d/y",
};

/** A date of a person's event (birth, appointment, move), written as the language writes it. */
export function personDate(d: Draw, lang: string, when: Date): string {
  const day = when.getUTCDate();
  const month = when.getUTCMonth();
  const year = when.getUTCFullYear();
  const names = MONTHS[lang];
  if (names && d.chance(0.45)) {
    if (lang === "en") return d.chance(0.5) ? `${names[month]} ${day}, ${year}` : `${day} ${names[month]} ${year}`;
    return lang === "de" ? `${day}. ${names[month]} ${year}` : `${day} ${names[month]} ${year}`;
  }
  if (d.chance(0.15)) return `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const fmt = NUMERIC[lang] ?? "d/m/y";
  const pad = d.chance(0.7);
  const dd = pad ? String(day).padStart(2, "0") : String(day);
  const mm = pad ? String(month + 1).padStart(2, "0") : String(month + 1);
  return fmt.replace("d", dd).replace("m", mm).replace("y", String(year));
}
