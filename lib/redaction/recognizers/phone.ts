/**
 * PHONE_NUMBER: a hand-written scanner proposes digit runs with phone-like separators,
 * then libphonenumber-js judges them (valid > possible), and context words decide the
 * ambiguous ones. The scanner is linear: each start position is a token boundary.
 */
import { Metadata, type MetadataJson } from "libphonenumber-js/core";
import metadataJson from "libphonenumber-js/max/metadata";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { after, before, candidate, hasContext } from "../text-scan";
import type { Candidate, Recognizer } from "../types";

const CONTEXT = ["phone", "tel", "telephone", "call", "called", "calling", "mobile", "cell", "cellphone", "whatsapp", "sms", "text", "fax", "contact", "reach", "dial", "number", "hotline", "landline", "ring", "phone number", "tél", "telefon", "telefono", "teléfono", "handy", "movil", "móvil"];
// Countries tried for numbers written without an international prefix. The verdict only
// asks "valid in any of them, else possible in any", so the order changes cost, never the
// result: it is the greedy cover order on generated dev/holdout text (DE's and AT's loose
// fixed-line plans accept most national-format digit runs), which stops the loop after
// ~2 parses instead of ~5 for a number valid somewhere. Keep the set as it is: adding or
// removing a country changes which numbers are redacted.
const COUNTRIES: CountryCode[] = ["DE", "AT", "SE", "KR", "US", "IE", "JP", "IT", "IN", "BR", "PH", "GB", "FR", "AU", "CA", "ES", "NL", "MX", "CN", "RU", "PL", "ZA", "NG", "CH", "BE", "PT", "TR", "AR", "ID", "VN"];
const MAX_SPAN = 32;

function isSep(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 47 || c === 0xa0;
}

const DATE_LIKE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
const IPV4_LIKE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const SSN_LIKE = /^\d{3}[- ]\d{2}[- ]\d{4}$/;
const EXTENSION = /^\s{0,2}(?:x|ext\.?|extension|#)\s{0,2}\d{1,6}/i;

// Hostile or repetitive input repeats the same number many times; libphonenumber is the
// slowest step, so remember recent verdicts (bounded so memory stays flat).
const verdicts = new Map<string, number>();

function scorePhone(raw: string, digits: string): number {
  const cached = verdicts.get(raw);
  if (cached !== undefined) return cached;
  const score = scoreUncached(raw, digits);
  if (verdicts.size > 5000) verdicts.clear();
  verdicts.set(raw, score);
  return score;
}

/**
 * A pre-filter before the compiled parse below: for a country whose national prefix is fixed
 * digits ("0", "8", "0|180020") and a run that starts neither with the country's calling
 * code nor with its international dialling prefix, a parse yields as national number either
 * the run itself or the run minus one of those prefixes. libphonenumber may then hand the
 * number to another country sharing the calling code (US -> JM, GB -> JE, RU -> KZ), so
 * every test below runs over that whole group:
 * - "valid" needs one of those forms to match a group country's general number pattern
 *   (libphonenumber checks it before any type pattern): if none does, the run cannot be
 *   valid through this country;
 * - "possible" is a length test on that national number: if no form has a possible length
 *   in any group country it is not possible, if every form has one in every country it is.
 * Undecided cases (and every run in a country with a pattern prefix, or opening with a
 * calling code or IDD prefix) go to `fastParse`. The verdict is the library's, exactly:
 * recognizers.test.ts compares nationalVerdict with parsing in all 30 countries on random
 * runs and on every country's example number.
 */
export interface CountryPlan {
  country: CountryCode;
  /** The national prefix is fixed digits (or absent): the shortcuts apply. */
  fixed: boolean;
  prefixes: string[];
  callingCode: string;
  /** The compiled rules of each country sharing the calling code (this one included). */
  group: CountryRules[];
  idd: RegExp;
}

/** The parts of libphonenumber's numbering plan read here (present at run time, not all typed). */
interface PlanView {
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | number | undefined;
  nationalNumberPattern(): string;
  IDDPrefix(): string;
  callingCode(): string;
  leadingDigits(): string | undefined;
  nationalPrefixTransformRule(): string | number | undefined;
  hasTypes(): boolean;
  type(name: string): { pattern(): string | undefined; possibleLengths(): number[] | undefined } | undefined;
}

/** The Metadata methods read here (present at run time, not all typed). */
interface MetadataView {
  selectNumberingPlan(country: string): void;
  numberingPlan: unknown;
  getCountryCodesForCallingCode(code: string): string[] | undefined;
  hasCallingCode(code: string): boolean | undefined;
}

const MAX_DIGITS = 15;

let metadata: MetadataView | null = null;

/** One Metadata instance for the tables below (the library makes its own per call). */
function meta(): MetadataView {
  return (metadata ??= new Metadata(metadataJson as MetadataJson) as unknown as MetadataView);
}

/** The numbering plan of one country, read through libphonenumber's own accessors. */
function planOf(country: string): PlanView {
  const m = meta();
  m.selectNumberingPlan(country);
  return m.numberingPlan as PlanView;
}

function countryPlans(): CountryPlan[] {
  return COUNTRIES.map((country) => {
    const plan = planOf(country);
    const prefixes = fixedPrefixes(plan);
    const callingCode = plan.callingCode();
    const idd = new RegExp(`^(?:${plan.IDDPrefix()})`);
    const shared = rulesOf(country).group;
    return {
      country,
      fixed: prefixes !== null,
      prefixes: prefixes ?? [],
      callingCode,
      group: (shared.length ? shared : [country]).map(rulesOf),
      idd,
    };
  });
}

let plans: CountryPlan[] | null = null;

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
const TYPE_NAMES = ["FIXED_LINE", "MOBILE", "PREMIUM_RATE", "TOLL_FREE", "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL"];
const PLAIN_RUN = /^[0-9 ().\/-]+$/;
const PLAIN_INTERNATIONAL = /^\+[0-9 ().\/-]+$/;
/** libphonenumber's MIN_LENGTH_FOR_NSN and MAX_LENGTH_FOR_NSN. */
const MIN_NSN = 2;
const MAX_NSN = 17;

interface CountryRules {
  general: RegExp;
  lengths: number[] | undefined;
  leading: RegExp | null;
  hasTypes: boolean;
  /** Types with a pattern, in getNumberType's order: [pattern, possible lengths]. */
  types: Array<[RegExp, number[] | undefined]>;
  /** The countries sharing the calling code, in the metadata's order. */
  group: string[];
  /** nationalPrefixForParsing, anchored (null: none), and the transform rule ("" when none). */
  prefix: RegExp | null;
  transform: string;
}

/**
 * The national prefix pattern, or "" for none: the compressed metadata stores "none" as the
 * number 0, which the library reads as false; any other value is a pattern.
 */
function prefixPattern(plan: PlanView): string {
  const forParsing = plan.nationalPrefixForParsing();
  return forParsing ? String(forParsing) : "";
}

/** The pattern's alternatives when it is fixed digits ([] for none), else null. */
function fixedPrefixes(plan: PlanView): string[] | null {
  const prefix = prefixPattern(plan);
  return /^(?:\d+(?:\|\d+)*)?$/.test(prefix) ? (prefix ? prefix.split("|") : []) : null;
}

const rulesCache = new Map<string, CountryRules>();

function rulesOf(country: string): CountryRules {
  let r = rulesCache.get(country);
  if (r) return r;
  const plan = planOf(country);
  const types: CountryRules["types"] = [];
  if (plan.hasTypes()) {
    for (const name of TYPE_NAMES) {
      const t = plan.type(name);
      const pattern = t?.pattern();
      if (t && pattern) types.push([new RegExp(`^(?:${pattern})$`), t.possibleLengths()]);
    }
  }
  const leading = plan.leadingDigits();
  const prefix = prefixPattern(plan);
  const transform = plan.nationalPrefixTransformRule();
  r = {
    general: new RegExp(`^(?:${plan.nationalNumberPattern()})$`),
    lengths: plan.possibleLengths(),
    leading: leading ? new RegExp(`^(?:${leading})`) : null,
    hasTypes: plan.hasTypes(),
    types,
    group: meta().getCountryCodesForCallingCode(plan.callingCode()) ?? [],
    prefix: prefix ? new RegExp(`^(?:${prefix})`) : null,
    transform: transform ? String(transform) : "",
  };
  rulesCache.set(country, r);
  return r;
}

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
type Parsed = { valid: boolean; possible: boolean } | null;

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
  const m = meta();
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

/** The national plans (for tests). */
export function nationalPlans(): readonly CountryPlan[] {
  plans ??= countryPlans();
  return plans;
}

/** What the metadata alone says about a national-format run in one country. */
interface Shortcut {
  /** The run may be valid there (only a parse can tell). */
  mayBeValid: boolean;
  /** "yes"/"no": possible or not for sure; "parse": it depends on the prefix libphonenumber strips. */
  possible: "yes" | "no" | "parse";
}

const ALWAYS_PARSE: Shortcut = { mayBeValid: true, possible: "parse" };

function shortcut(plan: CountryPlan, digits: string): Shortcut {
  if (!plan.fixed || digits.length > MAX_DIGITS || digits.startsWith(plan.callingCode) || plan.idd.test(digits)) return ALWAYS_PARSE;
  let mayBeValid = false;
  let someLength = false;
  let everyLength = true;
  // The national number is the run itself or the run minus a national prefix it opens with.
  const forms = [digits];
  for (const p of plan.prefixes) if (digits.startsWith(p)) forms.push(digits.slice(p.length));
  for (const form of forms) {
    for (const r of plan.group) {
      const ok = r.lengths !== undefined && r.lengths.includes(form.length);
      someLength ||= ok;
      everyLength &&= ok;
      if (!mayBeValid) mayBeValid = r.general.test(form);
    }
  }
  return { mayBeValid, possible: everyLength ? "yes" : someLength ? "parse" : "no" };
}

/**
 * 0.8 when the run is valid in one of the countries, 0.6 when only possible in one, else 0
 * (before the bare-run and context adjustments). `exhaustive` parses in every country, the
 * reference the shortcuts are tested against.
 */
export function nationalVerdict(raw: string, digits: string, exhaustive = false): number {
  plans ??= countryPlans();
  let best = 0;
  for (const plan of plans) {
    let p: Parsed | undefined;
    if (exhaustive) p = libraryParse(raw, plan.country);
    else {
      const cut = shortcut(plan, digits);
      if (!cut.mayBeValid && cut.possible !== "parse") {
        if (cut.possible === "yes") best = 0.6;
        continue;
      }
      // Only validity could still raise the verdict, and this country cannot give it.
      if (!cut.mayBeValid && best > 0) continue;
      p = fastParse(plan, raw, digits);
      if (p === undefined) p = libraryParse(raw, plan.country);
    }
    if (!p) continue;
    if (p.valid) return 0.8;
    if (p.possible) best = 0.6;
  }
  return best;
}

function scoreUncached(raw: string, digits: string): number {
  const international = raw.startsWith("+") || raw.startsWith("00");
  if (international) {
    const plus = raw.startsWith("00") ? "+" + raw.slice(2) : raw;
    const fast = fastParseInternational(plus);
    const p = fast === undefined ? libraryParse(plus) : fast;
    if (!p) return 0;
    if (p.valid) return 0.95;
    return p.possible ? 0.75 : 0.3;
  }
  const separators = raw.length - digits.length;
  let best = nationalVerdict(raw, digits);
  // A bare digit run is more often an id or an amount than a phone number.
  if (separators === 0) best -= 0.25;
  else if (best === 0 && digits.length >= 10 && digits.length <= 13) best = 0.45;
  return best;
}

// Module-local copies of the text-scan helpers: this loop runs on every character, and a
// cross-module call costs a getter per call under the tsx/esbuild CommonJS interop.
function digitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function alnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether text[from, to) opens more round brackets than it closes. */
function unclosedBracket(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 40) depth++;
    else if (c === 41) depth--;
  }
  return depth > 0;
}

// Characters a number can start with; the regex finds the next one natively instead of
// stepping through prose one character at a time.
const START_CHAR = /[0-9+(]/g;

function findPhones(text: string): Candidate[] {
  const out: Candidate[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    START_CHAR.lastIndex = i;
    const found = START_CHAR.exec(text);
    if (found === null) break;
    i = found.index;
    const c = text.charCodeAt(i);
    const startsHere = digitCode(c) || c === 43 || c === 40;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (!startsHere || alnumCode(prev) || prev === 43 || prev === 46 || prev === 45 || prev === 47 || prev === 95 || prev === 58) {
      i++;
      // Inside a letter/digit run every position follows an alphanumeric: none can start a number.
      while (i < n && alnumCode(text.charCodeAt(i)) && alnumCode(text.charCodeAt(i - 1))) i++;
      continue;
    }
    // Scan a run of digits and single separators, at most MAX_SPAN characters.
    let j = i + (c === 43 ? 1 : 0);
    let digits = "";
    let lastDigitEnd = j;
    let sepRun = 0;
    while (j < n && j - i < MAX_SPAN) {
      const d = text.charCodeAt(j);
      if (digitCode(d)) {
        digits += text[j];
        sepRun = 0;
        lastDigitEnd = j + 1;
      } else if (isSep(d) && sepRun < 2) {
        sepRun++;
      } else break;
      j++;
    }
    let end = lastDigitEnd;
    // A closing bracket belongs to the number only when it closes one the number opened:
    // in "(DOB 1958-11-29)" it ends the aside, and taking it hid the date shape below.
    if (end < n && text[end] === ")" && unclosedBracket(text, i, end)) end++;
    // Skip over a whole digit run so we never restart inside it.
    const next = end < n ? text.charCodeAt(end) : 32;
    const tooLong = digits.length > 15 || (j - i >= MAX_SPAN && digitCode(text.charCodeAt(j)));
    if (digits.length < 7 || tooLong || alnumCode(next) || (next === 46 && digitCode(text.charCodeAt(end + 1)))) {
      i = Math.max(i + 1, lastDigitEnd);
      continue;
    }
    const raw = text.slice(i, end);
    if (DATE_LIKE.test(raw) || IPV4_LIKE.test(raw) || SSN_LIKE.test(raw) || /\d\.\d{1,2}$/.test(raw) && !/\d\.\d+\.\d/.test(raw)) {
      i = end;
      continue;
    }
    let score = scorePhone(raw, digits);
    if (hasContext(before(text, i, 40), CONTEXT) || hasContext(after(text, end, 16), CONTEXT)) score += 0.3;
    const ext = EXTENSION.exec(text.slice(end, end + 20));
    const spanEnd = ext ? end + ext[0].length : end;
    if (score > 0) out.push(candidate("PHONE_NUMBER", i, spanEnd, score, "phone"));
    i = spanEnd;
  }
  return out;
}

export const phoneRecognizer: Recognizer = {
  id: "phone",
  needsDigit: true,
  types: ["PHONE_NUMBER"],
  find: findPhones,
};
