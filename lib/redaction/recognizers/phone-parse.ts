/**
 * libphonenumber's parse, isValid and isPossible with every pattern compiled once: the
 * library builds a RegExp from a metadata string at each test and, for a calling code
 * shared by several countries (+1 has 25), tries them one by one, so one parse cost
 * 30-80 µs; this costs a few. It follows the library's steps (1.13: parse.js,
 * extractCountryCallingCode.js, stripIddPrefix.js,
 * extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.js,
 * extractNationalNumber[FromPossiblyIncompleteNumber].js, getCountryByNationalNumber.js,
 * getNumberType.js, checkNumberLength.js):
 * 1. the calling code: after "+" (or a national run opening with the country's IDD prefix
 *    and no 0 after it) the shortest known 1-3 digits; a national run opening with the
 *    country's own calling code drops it when the rest reads better or the whole is too long;
 * 2. the national prefix (nationalPrefixForParsing, with its transform rule) is stripped
 *    unless the number matches the general pattern and the rest does not, or the rest's
 *    length is too short/invalid for the country the rest points to;
 * 3. the country: the only one of the calling code, else the first of its countries whose
 *    leading digits open the number or, without leading digits, whose types accept it;
 *    none -> the default country (or the calling code's first);
 * 4. valid: the general pattern and one type (pattern + that type's lengths) accept it;
 *    possible: its length is one of the country's possible lengths.
 * Covered: digits with ASCII spaces, dashes, dots, slashes and brackets (what the scanner
 * mostly yields). Other runs and non-geographic calling codes (+800, +882, ...) return
 * `undefined` and are parsed by the library. Tests compare both, country by country, on
 * random, example and mutated example numbers.
 */
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { phoneMetadata, rulesOf, type CountryPlan, type CountryRules } from "./phone-metadata";

const PLAIN_RUN = /^[0-9 ().\/-]+$/;
const PLAIN_INTERNATIONAL = /^\+[0-9 ().\/-]+$/;
/** libphonenumber's MIN_LENGTH_FOR_NSN and MAX_LENGTH_FOR_NSN. */
const MIN_NSN = 2;
const MAX_NSN = 17;

/** checkNumberLength's answer for a number of `length` digits. */
function lengthCheck(length: number, lengths: number[] | undefined): "IS_POSSIBLE" | "TOO_SHORT" | "TOO_LONG" | "INVALID_LENGTH" {
  if (!lengths) return "IS_POSSIBLE";
  if (lengths[0] === length) return "IS_POSSIBLE";
  if (lengths[0] > length) return "TOO_SHORT";
  if (lengths[lengths.length - 1] < length) return "TOO_LONG";
  return lengths.indexOf(length, 1) >= 0 ? "IS_POSSIBLE" : "INVALID_LENGTH";
}

/** getNumberType(...) !== undefined. */
function hasType(nsn: string, r: CountryRules): boolean {
  if (!r.general.test(nsn)) return false;
  for (const [re, lengths] of r.types) {
    if (lengths && lengths.indexOf(nsn.length) < 0) continue;
    if (re.test(nsn)) return true;
  }
  return false;
}

/** getCountryByCallingCode: which country of the calling code's group the number belongs to. */
function groupCountry(nsn: string, group: string[]): string | undefined {
  if (group.length === 0) return undefined;
  if (group.length === 1) return group[0];
  for (const country of group) {
    const r = rulesOf(country);
    if (r.leading) {
      if (nsn && r.leading.test(nsn)) return country;
    } else if (hasType(nsn, r)) return country;
  }
  return undefined;
}

/** extractNationalNumberFromPossiblyIncompleteNumber: the digits with the national prefix stripped. */
function stripPrefix(digits: string, h: CountryRules): string {
  if (!digits || !h.prefix) return digits;
  const m = h.prefix.exec(digits);
  if (!m) return digits;
  const groups = m.length - 1;
  if (h.transform && groups > 0 && m[groups]) return digits.replace(h.prefix, h.transform);
  return digits.slice(m[0].length);
}

/** extractNationalNumber: the national (significant) number in the plan `h`. */
function nationalNumberOf(digits: string, h: CountryRules): string {
  const rest = stripPrefix(digits, h);
  if (rest === digits) return digits;
  if (h.general.test(digits) && !h.general.test(rest)) return digits;
  if (h.lengths) {
    const owner = groupCountry(rest, h.group);
    const check = lengthCheck(rest.length, owner ? rulesOf(owner).lengths : h.lengths);
    if (check === "TOO_SHORT" || check === "INVALID_LENGTH") return digits;
  }
  return rest;
}

/** What parsing a run gives: valid/possible, or null when the library finds no number. */
export type Parsed = { valid: boolean; possible: boolean } | null;

/** Steps 2-4 for the digits after the calling code, `home` being the country parsed in. */
function verdictIn(digits: string, home: string): Parsed {
  const h = rulesOf(home);
  const nsn = nationalNumberOf(digits, h);
  if (nsn.length < MIN_NSN || nsn.length > MAX_NSN) return null;
  const r = rulesOf(groupCountry(nsn, h.group) ?? home);
  return { valid: r.hasTypes ? hasType(nsn, r) : r.general.test(nsn), possible: lengthCheck(nsn.length, r.lengths) === "IS_POSSIBLE" };
}

/** An international number's digits (after "+"): the calling code, then steps 2-4. */
function internationalVerdict(digits: string): Parsed | undefined {
  if (digits[0] === "0") return null;
  const m = phoneMetadata();
  for (let len = 1; len <= 3 && len <= digits.length; len++) {
    const code = digits.slice(0, len);
    if (!m.hasCallingCode(code)) continue;
    const group = m.getCountryCodesForCallingCode(code);
    if (!group) return undefined;
    return verdictIn(digits.slice(len), group[0]);
  }
  return null;
}

/**
 * Before parsing, the library drops texts over 250 characters (MAX_INPUT_STRING_LENGTH) and
 * takes a run as a number only if it is two bare digits or holds three or more; runs with
 * fewer than three digits are left to it.
 */
function screened(raw: string, digits: string): "parse" | "none" | "library" {
  if (raw.length > 250) return "none";
  return digits.length < 3 ? "library" : "parse";
}

/**
 * The library's verdict for a national-format `raw` parsed with the plan's country as
 * default, from compiled rules; `undefined` for runs outside the covered case.
 * `digits` must be the digits of `raw`, in order (the scanner collects them as it goes).
 */
export function fastParse(plan: CountryPlan, raw: string, digits: string): Parsed | undefined {
  if (!PLAIN_RUN.test(raw)) return undefined;
  const screen = screened(raw, digits);
  if (screen !== "parse") return screen === "none" ? null : undefined;
  const idd = plan.idd.exec(digits);
  if (idd) {
    const rest = digits.slice(idd[0].length);
    if (rest !== "" && rest[0] !== "0") return internationalVerdict(rest);
  }
  const h = rulesOf(plan.country);
  if (digits.startsWith(plan.callingCode)) {
    if (h.group.length === 0) return undefined;
    const shorter = digits.slice(plan.callingCode.length);
    const whole = nationalNumberOf(digits, h);
    if ((!h.general.test(whole) && h.general.test(nationalNumberOf(shorter, h))) || lengthCheck(whole.length, h.lengths) === "TOO_LONG") {
      return shorter === "" ? null : verdictIn(shorter, h.group[0]);
    }
  }
  return verdictIn(digits, plan.country);
}

/** The same for an international `raw` ("+" then digits and separators). */
export function fastParseInternational(raw: string): Parsed | undefined {
  if (!PLAIN_INTERNATIONAL.test(raw)) return undefined;
  let digits = "";
  for (let k = 1; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 48 && c <= 57) digits += raw[k];
  }
  const screen = screened(raw, digits);
  if (screen !== "parse") return screen === "none" ? null : undefined;
  return internationalVerdict(digits);
}

/** The same, from libphonenumber itself (`country` undefined: an international number). */
export function libraryParse(raw: string, country?: CountryCode): Parsed {
  const p = parsePhoneNumberFromString(raw, country);
  return p ? { valid: p.isValid(), possible: p.isPossible() } : null;
}

