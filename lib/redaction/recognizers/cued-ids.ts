/**
 * Identifiers after their cue: whether a value is one (digits, no date, amount or setting),
 * how far it runs (digit groups, a prefix of capitals, a check letter, a British plate's
 * letters), record locators of letters only, the list of more identifiers one cue opens, the
 * type the value's shape refines (PAN, ABA), and the shapes distinctive enough without a cue
 * (PAN, Aadhaar, NINO, NHS and routing numbers).
 */
import { getLexicon } from "../lexicon/lexicon";
import { candidate, eachMatch } from "../text-scan";
import { abaValid, nhsValid, verhoeffValid } from "../validators";
import type { Candidate, EntityType } from "../types";
import { oneWordIdCue } from "./cued-cues";
import { valueAt, type Value } from "./cued-reading";
import { NOT_SECRET } from "./cued-secret-checks";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An identifier: digits (three at least), no date, time, amount or year alone. */
export function idOk(value: string): boolean {
  // 1.8.0: a UUID is 36 characters; an identifier's cue makes it one ("Patient ID f898e506-7600-…").
  if (value.length < 4 || (value.length > 34 && !(value.length === 36 && UUID.test(value)))) return false;
  // "policy updated: min_length=12": a setting, not an identifier.
  if (/^[_=]|=/.test(value)) return false;
  // 1.6.0: "Account: ***8234", "XXXX-XXXX-1234": already masked.
  if (/^(?:[*•xX#]{2,}|[*•]{1,}\d)/.test(value) && /[*•]|^[xX#]{3}/.test(value)) return false;
  // 1.6.0: "policy requires 12 characters": a lower-case word is no identifier's start.
  if (/^\p{Ll}{2,}(?:[ \u00a0]|$)/u.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  // 1.8.0: or capitals with a digit among them ("FNNET5IGIY", "S5QOCVFJFF"), as document numbers are.
  if (digits < 3 && !(digits >= 2 && value.length >= 6 && /\p{L}{2}/u.test(value)) && !(digits >= 1 && value.length >= 8 && /^[A-Z0-9-]+$/.test(value) && /[A-Z].*[A-Z].*[A-Z]/.test(value))) return false;
  if (/^(?:19|20)\d\d$/.test(value) || /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(value) || /^\d{4}-\d{2}-\d{2}/.test(value) || /^\d{1,2}:\d{2}/.test(value)) return false;
  return !/^[$€£¥]|%$/.test(value);
}

/** An identifier's value may run over digit groups ("12 345 678 901", "4510 123456", 1.6.0: "CL 004 482"). */
export function extendIdGroups(text: string, v: Value): Value {
  if (v.quoted) return v;
  let end = v.end;
  // 1.6.0: a prefix of capitals standing apart from its digits ("CL 004 482", "POL 88213 IT"),
  // unless the capitals are a cue of their own ("Patient MRN 00482913": the value is the number).
  const prefix = text.slice(v.start, v.end);
  if (/^[A-Z]{1,4}$/.test(prefix) && /^[ \u00a0]\d/.test(text.slice(end, end + 2)) && !oneWordIdCue(prefix.toLowerCase())) {
    const m = /^[ \u00a0]\d{2,}/.exec(text.slice(end, end + 12));
    if (m) end += m[0].length;
  }
  // 1.9.0: after a short first group a longer one ("NSS 28 4471229 01"): the first alone is no identifier.
  const short = /^\d{1,3}$/.test(prefix);
  for (let n = 0; n < 6; n++) {
    const m = (short ? /^[ \u00a0][A-Z]?\d[\d]{0,7}[A-Z]?(?![\p{L}\d])/u : /^[ \u00a0][A-Z]?\d[\d]{0,5}[A-Z]?(?![\p{L}\d])/u).exec(text.slice(end, end + 12));
    if (!m || end - v.start + m[0].length > 30) break;
    end += m[0].length;
  }
  // 1.6.0: a check letter on its own after digit groups ("QQ 12 34 56 C").
  const check = /^[ \u00a0][A-Z](?![\p{L}\d])/u.exec(text.slice(end, end + 3));
  if (check && end > v.end) end += check[0].length;
  return { ...v, end };
}

/**
 * 1.6.0: in a log line, a trace or JSON ("INFO user id 4471 logged in", "Account ID: 1234…
 * quota exceeded", "ticket number 5512 assigned") these cues name the system's own record
 * keys, not a document of the person's; there they open no identifier. A passport, national,
 * tax, insurance, licence or bank number is still one.
 */
export const RECORD_KEY_HEADS = new Set("user customer client account member membership employee staff ticket reference booking reservation confirmation claim order case badge subscriber loyalty student tenant record chart e-ticket pnr bestellnummer ordernummer ids".split(" "));

/** 1.7.0: cues whose value may be letters only: a booking's record locator ("PNR KXQZTM"). */
export const LETTER_CODE_CUES = new Set(["pnr", "booking reference", "booking ref", "record locator", "confirmation code", "reservation code", "booking code", "confirmation number", "reservation number", "booking number", "reservation", "booking"]);
export const PLATE_HEADS = new Set(["licence", "license", "number", "plate", "registration", "vehicle", "reg"]);

/** Five to eight capitals (digits allowed), no word written in capitals ("TODAY", "PENDING"). */
export function letterCode(value: string): boolean {
  if (!/^[A-Z0-9]{5,8}$/.test(value) || (value.match(/[A-Z]/g) ?? []).length < 4) return false;
  const lex = getLexicon();
  const lower = value.toLowerCase();
  return !lex.commonWords.has(lower) && !lex.extraCommon.has(lower) && !NOT_SECRET.has(lower);
}

const LIST_LINK = /^(?:[ \t\u00a0]*[,;/&][ \t\u00a0]*(?:(?:and|or|und|oder|et|ou|y|o|e|en|of|och|eller|og|i|и|или|ve|veya)[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|or|und|oder|et|ou|y|o|e|en|of|och|eller|og|i|и|или|ve|veya)[ \t\u00a0]+)/;

/**
 * 1.6.0: more identifiers of the same kind after the first, one cue for all ("MRNs 0048291
 * and 0048377", "Account numbers: 48603077, 34114752"): each must look like the first
 * (digits, about its length).
 */
export function idList(text: string, first: Value, type: EntityType, out: Candidate[]): void {
  const firstLength = first.end - first.start;
  let end = first.end + (first.quoted ? 1 : 0);
  for (let n = 0; n < 8; n++) {
    const link = LIST_LINK.exec(text.slice(end, end + 16));
    if (!link) return;
    let v = valueAt(text, end + link[0].length, 34);
    if (!v) return;
    if (!v.quoted) v = extendIdGroups(text, v);
    const id = text.slice(v.start, v.end);
    // 1.9.0: "Customer No 4471229 / Order 5512": a word before the next number names another record.
    if (!idOk(id) || Math.abs(id.length - firstLength) > 4 || !/\d{2}/.test(id) || /^\p{L}{3,}[ \u00a0]/u.test(id)) return;
    out.push(candidate(typeFor(type, id), v.start, v.end, 0.85, "cued-id"));
    end = v.end + (v.quoted ? 1 : 0);
  }
}

/** A cue's type, refined by the value's shape ("account number" + a valid ABA number). */
export function typeFor(type: EntityType, value: string): EntityType {
  const digits = value.replace(/\D/g, "");
  if (type === "US_BANK_NUMBER" && digits.length === 9 && digits === value && abaValid(digits)) return "US_BANK_NUMBER";
  if (type === "ID" && /^[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]$/.test(value)) return "IN_PAN";
  return type;
}

const SHAPES_GATE = /\d{11}|\d{6}-\d{7}|\d[ \u00a0-]\d{4}[ \u00a0-]\d{5}|\d{4}[ \u00a0]\d{5}[ \u00a0]\d(?!\d)|\d\d[ \u00a0]\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}|\d{4}[A-Z]|\d{3}[A-Z](?![A-Za-z0-9])|\d{4}[ \u00a0-]\d{4}[ \u00a0-]\d{4}|\d\d[ \u00a0]?[A-D](?![A-Za-z0-9])|NHS|nhs|[Rr]outing|ABA/;
const PAN = /(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z](?![A-Za-z0-9])/g;
const AADHAAR = /(?<![\d-])[2-9]\d{3}[ \u00a0-]\d{4}[ \u00a0-]\d{4}(?![\d-])/g;
const NHS_OR_ABA = /(?<![\d-])(?:\d{3}[ \u00a0-]?\d{3}[ \u00a0-]?\d{4}|\d{9})(?![\d-])/g;
// 1.9.0: a NINO as HMRC prints it ("QQ 12 34 56 C") is no part number: it stands alone.
const SPACED_NINO = /^[A-Z]{2} \d\d \d\d \d\d [A-D]$/;
const NINO = /(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?[A-D](?![A-Za-z0-9])/g;

// 1.8.0: national ids whose own check character makes a chance match rare (1 in 11 to 1 in 31 on a shape seldom seen otherwise).
const FISCAL_CODE = /(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![A-Za-z0-9])/g;
const HETU = /(?<![A-Za-z0-9-])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d[-+A-FU-Y]\d{3}[0-9A-Y](?![A-Za-z0-9-])/g;
const NRIC = /(?<![A-Za-z0-9])[STFG]\d{7}[A-Z](?![A-Za-z0-9])/g;
// A DNI's eight digits and a letter are also a part or order number's shape: only an NIE, its X, Y or Z first.
const NIE = /(?<![A-Za-z0-9-])[XYZ]\d{7}[A-Z](?![A-Za-z0-9])/g;
// 1.9.0: a Polish PESEL (eleven digits, a birth date whose month carries the century) and a Korean RRN (a birth date, a dash, seven digits).
const PESEL = /(?<![\d+./-])\d{11}(?![\d./-])/g;
const RRN = /(?<![\d+./-])\d{6}-[1-8]\d{6}(?![\d./-])/g;
// 1.9.0: in their printed groups only (bare digit runs of these lengths are phone, order and ledger numbers):
// an Australian ABN (2-3-3-3), a Medicare card (4-5-1), a Thai national id (1-4-5-2-1).
const ABN = /(?<![\d.,/-])\d\d[ \u00a0]\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}(?![\d.,/-])/g;
const MEDICARE = /(?<![\d.,/-])[2-6]\d{3}[ \u00a0]\d{5}[ \u00a0]\d(?![\d.,/-])/g;
const TNIN = /(?<![\d.,/-])[1-8][ \u00a0-]\d{4}[ \u00a0-]\d{5}[ \u00a0-]\d\d[ \u00a0-]\d(?![\d.,/-])/g;
// Before a number these make it a phone's, whatever its check digit: "My number is …", "Mi número es …",
// "Reach me on …" (a possessive before "number": "my account number" names another record). "号码"
// after "身份证" or "证件" is an id document's number.
const PHONE_WORDS = /(?:tel|phone|mobile|cell|call|fax|whatsapp|telefon|tél|телефон|手机|手機|電話|电话|携帯|휴대폰|핸드폰|전화|reach (?:me|us)|\b(?:my|your|his|her|our|their|the) number|\b(?:mi|tu|su|meu|seu|o) n[úu]mero|(?<!身份证|证件)号码)[^\n]{0,20}$/i;
// A PESEL's own cue before the digits outweighs a phone word ("my PESEL number is …").
const PESEL_CUE = /pesel/i;

/** Whether the text before a number calls it a phone number. */
function phoneBefore(before: string): boolean {
  return PHONE_WORDS.test(before) && !PESEL_CUE.test(before);
}
const FISCAL_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** An Italian fiscal code's check letter (its sixteenth character) from the fifteen before it. */
export function fiscalCodeValid(code: string): boolean {
  let sum = 0;
  for (let k = 0; k < 15; k++) {
    const c = code.charCodeAt(k);
    const v = c <= 57 ? c - 48 : c - 65;
    sum += k % 2 === 0 ? FISCAL_ODD[v] : v;
  }
  return code.charCodeAt(15) - 65 === sum % 26;
}

/** A Finnish personal identity code's check character: the nine digits modulo 31. */
export function hetuValid(code: string): boolean {
  return "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(code.slice(0, 6) + code.slice(7, 10)) % 31] === code[10];
}

/** A Singapore NRIC or FIN (S, T, F, G) by its weighted check letter. */
export function nricValid(code: string): boolean {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  let sum = code[0] === "T" || code[0] === "G" ? 4 : 0;
  for (let k = 0; k < 7; k++) sum += Number(code[k + 1]) * weights[k];
  return (code[0] === "S" || code[0] === "T" ? "JZIHGFEDCBA" : "XWUTRQPNMLK")[sum % 11] === code[8];
}

/** A Spanish DNI (eight digits) or NIE (X, Y, Z and seven digits) by its letter, the number modulo 23. */
export function dniValid(code: string): boolean {
  const plain = code.replace(/-/g, "");
  const lead = "XYZ".indexOf(plain[0]);
  const digits = lead >= 0 ? lead + plain.slice(1, -1) : plain.slice(0, -1);
  if (digits.length !== 8) return false;
  return "TRWAGMYFPDXBNJZSQVHLCKE"[Number(digits) % 23] === plain[plain.length - 1];
}

/** National ids found by their check character alone: a cheap gate on the shape's core, the shape, the check, the source name. */
// 1.9.0: a PESEL and an RRN are digits a phone number could be: their score passes the phone's (0.45 bare) so the type is ID.
const CHECKED_IDS: readonly { gate: RegExp; pattern: RegExp; valid: (code: string, before: string) => boolean; source: string; score: number }[] = [
  { gate: /\d\d[A-Z]\d{3}[A-Z]/, pattern: FISCAL_CODE, valid: fiscalCodeValid, source: "fiscal-code", score: 0.6 },
  { gate: /\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/, pattern: HETU, valid: hetuValid, source: "hetu", score: 0.6 },
  { gate: /\d{7}[A-Z]/, pattern: NRIC, valid: nricValid, source: "nric", score: 0.6 },
  { gate: /\d{7}[A-Z]/, pattern: NIE, valid: dniValid, source: "dni", score: 0.6 },
  { gate: /\d{11}/, pattern: PESEL, valid: peselValid, source: "pesel", score: 0.7 },
  { gate: /\d{6}-\d{7}/, pattern: RRN, valid: rrnValid, source: "rrn", score: 0.7 },
  { gate: /\d\d[ \u00a0]\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}/, pattern: ABN, valid: abnValid, source: "abn", score: 0.7 },
  { gate: /\d{4}[ \u00a0]\d{5}[ \u00a0]\d(?!\d)/, pattern: MEDICARE, valid: medicareValid, source: "medicare", score: 0.7 },
  { gate: /\d[ \u00a0-]\d{4}[ \u00a0-]\d{5}/, pattern: TNIN, valid: tninValid, source: "tnin", score: 0.7 },
];

/** A date of birth of yymmdd digits with the given month (1-12) is a real day. */
function birthDay(yy: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2000 + yy, month, 0)).getUTCDate();
}

/** A PESEL of someone born 1900-2099 (month 01-12 or 21-32) by its weighted check digit. */
export function peselValid(code: string, before = ""): boolean {
  const month = Number(code.slice(2, 4));
  if (!birthDay(Number(code.slice(0, 2)), month > 20 ? month - 20 : month, Number(code.slice(4, 6))) || month > 32 || phoneBefore(before)) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let k = 0; k < 10; k++) sum += Number(code[k]) * weights[k];
  return (10 - (sum % 10)) % 10 === Number(code[10]);
}

/** An Australian Business Number: one off its first digit, weighted sum modulo 89. */
export function abnValid(code: string): boolean {
  const d = code.replace(/\D/g, "");
  const weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  let sum = 0;
  for (let k = 0; k < 11; k++) sum += (Number(d[k]) - (k === 0 ? 1 : 0)) * weights[k];
  return sum % 89 === 0;
}

/** An Australian Medicare card number: its ninth digit is the weighted sum of the first eight modulo 10. */
export function medicareValid(code: string): boolean {
  const d = code.replace(/\D/g, "");
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  let sum = 0;
  for (let k = 0; k < 8; k++) sum += Number(d[k]) * weights[k];
  return sum % 10 === Number(d[8]);
}

/** A Thai national id: the thirteenth digit from the twelve before it (weights 13 down to 2, modulo 11). */
export function tninValid(code: string): boolean {
  const d = code.replace(/\D/g, "");
  let sum = 0;
  for (let k = 0; k < 12; k++) sum += Number(d[k]) * (13 - k);
  return (11 - (sum % 11)) % 10 === Number(d[12]);
}

/** A Korean resident registration number with a birth date and its mod-11 check digit. */
export function rrnValid(code: string, before = ""): boolean {
  const digits = code.replace("-", "");
  if (!birthDay(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)), Number(digits.slice(4, 6))) || phoneBefore(before)) return false;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let k = 0; k < 12; k++) sum += Number(digits[k]) * weights[k];
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

// The checked ids a phone number's digits could be, each as the whole number the phone recognizer read.
const DIGIT_IDS: ReadonlyArray<[RegExp, (code: string, before: string) => boolean]> = [
  [/^\d{11}$/, peselValid],
  [/^\d{6}-[1-8]\d{6}$/, rrnValid],
  [/^\d\d[ \u00a0]\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}$/, abnValid],
  [/^[2-6]\d{3}[ \u00a0]\d{5}[ \u00a0]\d$/, medicareValid],
  [/^[1-8][ \u00a0-]\d{4}[ \u00a0-]\d{5}[ \u00a0-]\d\d[ \u00a0-]\d$/, tninValid],
];

/**
 * 1.9.0: the phone recognizer asks whether the digits it read (and the text before them) are a
 * PESEL, an RRN, an ABN, a Medicare or a Thai id number by their check digit: then it scores them below the identifier's reading.
 */
export function checkedIdDigits(raw: string, before: string): boolean {
  if (raw.length < 11 || raw.length > 17 || /[+\d./-]$/.test(before) || phoneBefore(before)) return false;
  for (const [shape, valid] of DIGIT_IDS) if (shape.test(raw)) return valid(raw, before);
  return false;
}

/**
 * Shapes distinctive enough alone: an Indian PAN (five letters, four digits, a letter, the
 * fourth letter a holder type) and a grouped Aadhaar number with a valid Verhoeff digit;
 * a UK National Insurance number in its letter pattern scores below the threshold alone
 * (a cue raises it through the cue path).
 */
export function distinctiveShapes(text: string, out: Candidate[]): void {
  // One pass for all four shapes' cores (most texts have none), then each shape's own test.
  if (!SHAPES_GATE.test(text)) return;
  // 1.8.0: an Italian fiscal code, a Finnish HETU, a Singapore NRIC/FIN and a Spanish NIE by their check characters.
  for (const id of CHECKED_IDS) {
    if (id.gate.test(text)) eachMatch(id.pattern, text, (m) => {
      if (id.valid(m[0], text.slice(Math.max(0, m.index - 28), m.index))) out.push(candidate("ID", m.index, m.index + m[0].length, id.score, id.source));
    });
  }
  if (/[A-Z]{5}\d{4}[A-Z]/.test(text)) eachMatch(PAN, text, (m) => out.push(candidate("IN_PAN", m.index, m.index + m[0].length, 0.6, "pan")));
  if (/\d{4}[ \u00a0-]\d{4}[ \u00a0-]\d{4}/.test(text)) eachMatch(AADHAAR, text, (m) => {
    if (verhoeffValid(m[0].replace(/\D/g, ""))) out.push(candidate("IN_AADHAAR", m.index, m.index + m[0].length, 0.6, "aadhaar"));
  });
  if (/[A-Z][ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?[A-D](?![A-Za-z0-9])/.test(text)) eachMatch(NINO, text, (m) => out.push(candidate("UK_NINO", m.index, m.index + m[0].length, /NINO|national insurance|NI (?:no|number)/i.test(text.slice(Math.max(0, m.index - 40), m.index)) ? 0.85 : SPACED_NINO.test(m[0]) ? 0.6 : 0.4, "nino")));
  // A valid NHS number after "NHS", a valid routing number after "routing"/"ABA".
  if (/NHS|nhs|[Rr]outing|ABA|aba/.test(text)) eachMatch(NHS_OR_ABA, text, (m) => {
    const digits = m[0].replace(/\D/g, "");
    const before = text.slice(Math.max(0, m.index - 30), m.index).toLowerCase();
    if (digits.length === 10 && /nhs/.test(before) && nhsValid(digits)) out.push(candidate("UK_NHS", m.index, m.index + m[0].length, 0.9, "nhs"));
    if (digits.length === 9 && /routing|\baba\b/.test(before) && abaValid(digits)) out.push(candidate("ABA_ROUTING_NUMBER", m.index, m.index + m[0].length, 0.9, "aba"));
  });
}
