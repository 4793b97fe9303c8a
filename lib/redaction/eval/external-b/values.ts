/**
 * Value formats of corpus B that faker has none or few of: card numbers, IBANs, US SSNs,
 * passwords and tokens in the shapes people really use, identifiers after a cue, and dates
 * of a person's event in local notations. Every function draws only from the seeded `Rng`,
 * so one sample seed fixes every value.
 */
import { ibanCheckDigits, luhnCheckDigit } from "../external/check-digits";
import type { Rng } from "../external/rng";

/** A card number: Luhn-valid Visa, Mastercard or Amex, grouped the way people type it; now and then one digit mistyped. */
export function cardNumber(r: Rng): string {
  const kind = r.int(0, 9);
  let digits: string;
  if (kind < 5) digits = "4" + r.digits(14);
  else if (kind < 8) digits = "5" + r.int(1, 5) + r.digits(13);
  else digits = "3" + r.pick(["4", "7"]) + r.digits(12);
  digits += String(luhnCheckDigit(digits));
  // A mistyped card is still a card: about one in eight fails the check.
  if (r.chance(0.12)) {
    const i = r.int(2, digits.length - 2);
    digits = digits.slice(0, i) + String((Number(digits[i]) + r.int(1, 8)) % 10) + digits.slice(i + 1);
  }
  const sep = r.pick([" ", " ", "-", ""]);
  if (digits.length === 15) return [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)].join(sep);
  return digits.match(/.{4}/g)!.join(sep);
}

// Country, BBAN layout (9 digit, A letter, X either); lengths follow each country's published format.
const IBAN_FORMATS: Record<string, string> = {
  DE: "999999999999999999", FR: "9999999999XXXXXXXXXXX99", ES: "99999999999999999999", IT: "A9999999999XXXXXXXXXXXX",
  NL: "AAAA9999999999", BE: "999999999999", PL: "999999999999999999999999", FI: "99999999999999", SE: "99999999999999999999",
  NO: "99999999999", DK: "99999999999999", CZ: "99999999999999999999", SK: "99999999999999999999", HU: "999999999999999999999999",
  GR: "9999999XXXXXXXXXXXXXXXX", PT: "999999999999999999999", RO: "AAAAXXXXXXXXXXXXXXXX", HR: "99999999999999999", SI: "999999999999999",
  AT: "9999999999999999", CH: "99999XXXXXXXXXXXX", TR: "999999XXXXXXXXXXXXXXXX", LV: "AAAAXXXXXXXXXXXXX", GB: "AAAA99999999999999",
  IE: "AAAA99999999999999", LU: "999XXXXXXXXXXXXX", UA: "999999XXXXXXXXXXXXXXXXXXX", GE: "AA9999999999999999", AZ: "AAAAXXXXXXXXXXXXXXXXXXXX",
  MD: "XXXXXXXXXXXXXXXXXX", MK: "999XXXXXXXXXX99", RS: "999999999999999999", SA: "99XXXXXXXXXXXXXXXXXX", IL: "9999999999999999999",
};

/** An IBAN with valid check digits for the country (DE when the country has none here), printed in groups of four or run together; a few mistyped. */
export function iban(r: Rng, country: string): string {
  const cc = IBAN_FORMATS[country] ? country : "DE";
  const bban = r.pattern(IBAN_FORMATS[cc]).toUpperCase();
  const check = ibanCheckDigits(cc, bban);
  let value = cc + check + bban;
  if (r.chance(0.1)) {
    const i = r.int(5, value.length - 1);
    if (/\d/.test(value[i])) value = value.slice(0, i) + String((Number(value[i]) + 3) % 10) + value.slice(i + 1);
  }
  return r.chance(0.6) ? value.match(/.{1,4}/g)!.join(" ") : value;
}

export function usSsn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const sep = r.pick(["-", "-", "-", " ", ""]);
  return [String(area).padStart(3, "0"), String(r.int(1, 99)).padStart(2, "0"), String(r.int(1, 9999)).padStart(4, "0")].join(sep);
}

export function ipAddress(r: Rng): string {
  if (r.chance(0.12)) return ["2a02", r.hex(4), r.hex(3), r.hex(4), "", r.hex(2) + "1"].join(":").replace(":::", "::");
  const first = r.pick([81, 85, 91, 95, 109, 151, 176, 188, 193, 212, 37, 46, 62, 78, 89, 92, 10, 172, 192]);
  return [first, r.int(0, 255), r.int(0, 255), r.int(1, 254)].join(".");
}

const PW_WORDS = ["summer", "winter", "sunshine", "dragon", "monkey", "football", "princess", "coffee", "kitten", "lakers", "rosebud", "bella", "chelsea", "tiger", "mustang", "banana", "oliver", "maggie", "ninja", "hello", "admin", "welcome", "letmein", "qwerty", "password"];

/** A password as people choose them: word + year + symbol, leetspeak, keyboard walks, or random strings from a manager. */
export function password(r: Rng): string {
  const w = r.pick(PW_WORDS);
  switch (r.int(0, 7)) {
    case 0: return w[0].toUpperCase() + w.slice(1) + r.int(1970, 2026) + r.pick(["!", "?", "#", "$", ""]);
    case 1: return w.replace(/a/g, "@").replace(/o/g, "0").replace(/e/g, "3") + r.digits(2);
    case 2: return r.pick(["Qwerty123!", "1q2w3e4r", "zaq12wsx", "asdf;lkj", "Passw0rd!", "P@ssword1", "abc123456", "iloveyou2"]);
    case 3: return r.pattern("XXXXaXXa") + r.pick(["#", "%", "&", "*", "!"]) + r.digits(2);
    case 4: return w + "_" + r.pick(PW_WORDS) + r.digits(r.int(1, 4));
    case 5: return r.letters(1) + r.letters(r.int(5, 9), "abcdefghijkmnopqrstuvwxyz") + r.digits(r.int(1, 3));
    case 6: return r.pattern("aXaXaXaXaXaXaX").replace(/^(.)/, (c) => c.toUpperCase());
    default: return r.pick(PW_WORDS) + r.pick(PW_WORDS) + r.digits(1);
  }
}

const B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** An API key, access token or private value in a shape a service issues. */
export function token(r: Rng): string {
  switch (r.int(0, 6)) {
    case 0: return "sk_live_" + r.letters(24, B62);
    case 1: return "ghp_" + r.letters(36, B62);
    case 2: return "AKIA" + r.letters(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    case 3: return "xoxb-" + r.digits(11) + "-" + r.digits(12) + "-" + r.letters(24, B62);
    case 4: return "eyJhbGciOiJIUzI1NiJ9." + r.letters(36, B62) + "." + r.letters(43, B62 + "-_");
    case 5: return r.hex(32);
    default: return "glpat-" + r.letters(20, B62 + "-_");
  }
}

/** A national identity number in the country's shape (not necessarily with a valid check character). */
export function nationalId(r: Rng, country: string): string {
  const dd = String(r.int(1, 28)).padStart(2, "0");
  const mm = String(r.int(1, 12)).padStart(2, "0");
  const yy = String(r.int(40, 99));
  switch (country) {
    case "DE": return r.pattern("@9999999999");
    case "FR": return r.pattern("@ 99 99 99 999 999 99");
    case "ES": return r.pattern("99999999A");
    case "IT": return r.pattern("AAAAAA99A99A999A");
    case "NL": return r.pattern("@99999999");
    case "BE": return `${yy}.${mm}.${dd}-${r.digits(3)}.${r.digits(2)}`;
    case "PL": return yy + mm + dd + r.digits(5);
    case "SE": return `${yy}${mm}${dd}-${r.digits(4)}`;
    case "FI": return `${dd}${mm}${yy}-${r.digits(3)}${r.letters(1, "ABCDEFHJKLMNPRSTUVWXY")}`;
    case "NO": return dd + mm + yy + " " + r.digits(5);
    case "DK": return `${dd}${mm}${yy}-${r.digits(4)}`;
    case "CZ": case "SK": return `${yy}${mm}${dd}/${r.digits(4)}`;
    case "RO": case "MD": return r.pick(["1", "2", "5", "6"]) + yy + mm + dd + r.digits(6);
    case "HR": case "SI": case "MK": case "RS": return r.digits(11).replace(/^0/, "3");
    case "HU": return r.pattern("999999AA");
    case "GR": return r.pattern("AA 999999");
    case "PT": return r.pattern("99999999 9 AA9");
    case "BR": return r.pattern("999.999.999-99");
    case "MX": return r.pattern("AAAA999999AAAAAA99");
    case "TR": return r.pattern("@9999999999");
    case "IN": return r.chance(0.5) ? r.pattern("AAAPA9999A") : r.pattern("@999 9999 9999");
    case "CN": return r.pattern("@99999") + "19" + yy + mm + dd + r.pattern("999X");
    case "ZA": return yy + mm + dd + r.digits(7);
    case "NG": return r.digits(11);
    case "KR": return `${yy}${mm}${dd}-${r.digits(7)}`;
    case "UA": return r.digits(10, true);
    case "RU": return r.pattern("99 99 999999");
    case "IL": return r.digits(9);
    case "GB": return r.pattern("AA 99 99 99 A").replace(/^[DFIQUV]/, "J");
    case "US": return usSsn(r);
    default: return r.pattern("@99999999");
  }
}

export function passportNumber(r: Rng): string {
  return r.pick([r.pattern("AA9999999"), r.pattern("A99999999"), r.pattern("@99999999"), r.pattern("AA999999")]);
}

/** Account, policy, patient, employee, tax and customer numbers, in the shapes of their prefixes. */
export function cuedNumber(r: Rng, what: "account" | "policy" | "patient" | "employee" | "tax" | "customer" | "licence"): string {
  switch (what) {
    case "account": return r.pick([r.digits(10, true), r.pattern("9999-999999-99"), r.digits(8, true)]);
    case "policy": return r.pick([r.pattern("POL-9999999"), r.pattern("AA99999999"), r.pattern("99-999999-A")]);
    case "patient": return r.pick([r.pattern("MRN99999999"), r.digits(7, true), r.pattern("P-999999")]);
    case "employee": return r.pick([r.pattern("E99999"), r.digits(6, true), r.pattern("EMP-9999")]);
    case "tax": return r.pick([r.pattern("99-9999999"), r.digits(11, true), r.pattern("999 999 999")]);
    case "customer": return r.pick([r.pattern("C-99999999"), r.digits(9, true), r.pattern("AA-999999")]);
    default: return r.pick([r.pattern("A999-9999-9999"), r.pattern("A9999999"), r.pattern("99999999")]);
  }
}

/** Formats a date of a person's event in the notation a writer of `style` uses. */
export function formatDate(d: Date, style: string, months: readonly string[]): string {
  const day = d.getUTCDate();
  const m = d.getUTCMonth();
  const y = d.getUTCFullYear();
  const p2 = (n: number) => String(n).padStart(2, "0");
  switch (style) {
    case "dmy.": return `${p2(day)}.${p2(m + 1)}.${y}`;
    case "dmy/": return `${p2(day)}/${p2(m + 1)}/${y}`;
    case "mdy/": return `${m + 1}/${day}/${y}`;
    case "ymd": return `${y}-${p2(m + 1)}-${p2(day)}`;
    case "d. M y": return `${day}. ${months[m]} ${y}`;
    case "M d, y": return `${months[m]} ${day}, ${y}`;
    case "y. M d.": return `${y}. ${months[m]} ${day}.`;
    default: return `${day} ${months[m]} ${y}`;
  }
}
