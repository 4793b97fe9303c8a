/**
 * PHONE_NUMBER: a hand-written scanner proposes digit runs with phone-like separators,
 * then libphonenumber-js judges them (valid > possible), and context words decide the
 * ambiguous ones. The scanner is linear: each start position is a token boundary.
 * The library's verdict comes from its metadata compiled once (phone-metadata.ts) through
 * the same parsing steps (phone-parse.ts); runs outside that case go to the library.
 */
import { after, before, candidate, hasContext } from "../text-scan";
import type { Candidate, Recognizer } from "../types";
import { isMachineText } from "./code-context";
import { nationalPlans, type CountryPlan } from "./phone-metadata";
import { fastParse, fastParseInternational, libraryParse, type Parsed } from "./phone-parse";
import { checkedIdDigits, idCueBefore } from "./cued-values";

const CONTEXT = [
  "phone", "tel", "telephone", "call", "called", "calling", "mobile", "cell", "cellphone", "whatsapp", "sms",
  "text", "fax", "contact", "reach", "dial", "number", "hotline", "landline", "ring", "phone number", "tél",
  "telefon", "telefono", "teléfono", "handy", "movil", "móvil",
  // 1.4.0: the words for phone and number in the languages of our users (a bare number needs one).
  "texted", "texting", "texts", "messaged", "message me", "phoned", "rang", "sms", "reach me", "dm",
  "número", "numero", "nummer", "numéro", "telefonnummer", "handynummer", "mobil", "mobilnummer", "puhelin", "puh",
  "telefone", "celular", "telefoon", "tlf", "tel.", "telf", "gsm", "cel", "komórka", "telefonu", "číslo", "мобильный",
  "телефон", "тел", "номер", "τηλ", "τηλέφωνο", "κινητό", "điện thoại", "sđt", "nomor", "hp", "wa", "电话", "電話",
  "手机", "携帯", "전화", "휴대폰", "โทร", "फ़ोन", "फोन", "טלפון", "هاتف", "جوال", "تلفن", "موبایل",
];
const MAX_SPAN = 32;

function isSep(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 47 || c === 0xa0;
}

const DATE_LIKE = /^(?:\d{4}[-./] ?\d{1,2}[-./] ?\d{1,2}\.?|\d{1,2}[-./] ?\d{1,2}[-./] ?\d{2,4})$/;
// A date then the hour of a timestamp ("2025-05-23 02:28:08", "2025/03/12 10:47"): the scan stops at the colon.
const DATE_THEN_HOUR = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})[ T]\d{1,2}$/;
// An access log's status code and response size after the quoted request: '"GET / HTTP/1.1" 200 8983'.
const THOUSANDS = /^\d{1,3}(?:[ \u00a0,.]\d{3})+$/;
const HTTP_STATUS_BEFORE = /HTTP\/\d(?:\.\d)?"[ \t]$/;
const IPV4_LIKE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const SSN_LIKE = /^\d{3}[- ]\d{2}[- ]\d{4}$/;
// 1.11.0 (review): on the number's own line ("\n#1 follow-up" opens the next note, and taking it
// broke idempotence: the next pass read the joined line anew).
const EXTENSION = /^[ \t\u00a0]{0,2}(?:x|ext\.?|extension|#)[ \t\u00a0]{0,2}\d{1,6}/i;

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

const MAX_DIGITS = 15;

/** What the metadata alone says about a national-format run in one country. */
interface Shortcut {
  /** The run may be valid there (only a parse can tell). */
  mayBeValid: boolean;
  /** "yes"/"no": possible or not for sure; "parse": it depends on the prefix libphonenumber strips. */
  possible: "yes" | "no" | "parse";
}

const ALWAYS_PARSE: Shortcut = { mayBeValid: true, possible: "parse" };

/**
 * A pre-filter before the compiled parse (phone-parse.ts): for a country whose national
 * prefix is fixed digits ("0", "8", "0|180020") and a run that starts neither with the
 * country's calling code nor with its international dialling prefix, a parse yields as
 * national number either the run itself or the run minus one of those prefixes.
 * libphonenumber may then hand the number to another country sharing the calling code
 * (US -> JM, GB -> JE, RU -> KZ), so every test below runs over that whole group:
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
  let best = 0;
  for (const plan of nationalPlans()) {
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
  // A bare digit run is more often an id, a count or a timestamp than a phone number: it
  // needs a phone word nearby (1.4.0; it scored 0.55 when valid somewhere, and logs are
  // full of ten-digit order ids and millisecond counts).
  if (separators === 0) best -= 0.35;
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

function aloneOnLine(text: string, start: number, end: number): boolean {
  return /(?:^|\n)[ \t]*\+?$/.test(text.slice(Math.max(0, start - 8), start)) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 8));
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
    const timestamp = DATE_THEN_HOUR.test(raw) && text[end] === ":";
    // A number alone on its line (a signature's phone line) counts as context.
    const context = hasContext(before(text, i, 40), CONTEXT) || hasContext(after(text, end, 16), CONTEXT) || aloneOnLine(text, i, end);
    // "1 234 567 rows", "ERROR 1062 (23000)": a grouped count, or a code with its bracketed detail.
    if (!context && (THOUSANDS.test(raw) || /\d[ \u00a0]?\(\d+\)$/.test(raw))) {
      i = end;
      continue;
    }
    const httpStatus = /^[1-5]\d\d /.test(raw) && HTTP_STATUS_BEFORE.test(text.slice(Math.max(0, i - 12), i));
    // 1.5.0: "[8812345.120331]" (a kernel's uptime), "1717430412.873": digits on either side of
    // one dot and no other separator are a decimal number, not a phone number.
    const decimal = !context && /^\d+\.\d+$/.test(raw);
    if (timestamp || httpStatus || decimal || DATE_LIKE.test(raw) || IPV4_LIKE.test(raw) || SSN_LIKE.test(raw) || /\d\.\d{1,2}$/.test(raw) && !/\d\.\d+\.\d/.test(raw)) {
      i = end;
      continue;
    }
    let score = scorePhone(raw, digits);
    // "account number 8044904148", "Steuer-ID 12 345 678 901": the cue names another identifier.
    if (idCueBefore(text, i) || checkedIdDigits(raw, text.slice(Math.max(0, i - 28), i))) score = Math.min(score, 0.5);
    else if (context) score += 0.3;
    // 1.5.0: in a log or trace a national-looking digit run with no phone word near it is an
    // order, ledger or block number ("order 4471-2291-33", "(458752000 of ..."); an
    // international number ("+44 ...") still stands alone.
    else if (c !== 43 && isMachineText(text)) score -= 0.35;
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
