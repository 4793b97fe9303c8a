/**
 * CREDIT_CARD (Luhn), IBAN_CODE (mod-97 with per-country length) and CRYPTO wallet
 * addresses (Base58Check, Bech32, Ethereum). All patterns are bounded and start on a
 * token boundary, so a long digit or letter run is scanned a constant number of times.
 */
import { before, candidate, eachMatch, HAS_DIGIT, hasContext, isAsciiAlnum, textScripts } from "../text-scan";
import { base58CheckValid, bech32Valid, IBAN_LENGTHS, ibanChecksumValid, luhnValid } from "../validators";
import type { Candidate, Recognizer } from "../types";

// 1.6.0: dots between the groups too ("4111.1111.1111.1111"; see findCards).
const CARD = /(?<![\dA-Za-z.])\d(?:[ .-]?\d){12,18}(?![\dA-Za-z]|\.\d)/g;
// 1.6.0: the word for a card in more languages and scripts ("karty", "kartu", "картки", "thẻ",
// "卡号", "カード番号", "카드번호", "رقم البطاقة", "מספר כרטיס", "kortti", "kartica").
const STRONG_CARD_CUE = /(?:card|carte|tarjeta|karte|carta|cartão|cartao|kaart|kort|karty|kartu|kartica|kartice|kártya|карт|kart|visa|mastercard|amex|maestro|discover|jcb|unionpay|diners|\bmir|rupay|thẻ|卡|カード|카드|بطاقة|البطاقة|כרטיס|κάρτα|κάρτας)[\p{L}\p{M} .#:：-]{0,16}$|\b(?:cc|pan)\b[ .#:-]{0,4}$/iu;

/** "card number 4111...", "Kartennummer: ...": the cue right before the number. */
function strongCardCue(text: string, at: number): boolean {
  return STRONG_CARD_CUE.test(text.slice(Math.max(0, at - 24), at));
}

/**
 * Whether a number fits a card network's issuer prefix and length: Visa 4 (13, 16, 19),
 * Mastercard 2221-2720 and 51-55, Mir 2200-2204, Amex 34/37 (15), Diners 30/36/38/39,
 * Discover, UnionPay, JCB, Maestro and RuPay in 3, 5, 6, 8 (14-19), UATP 1 (15).
 */
function cardShaped(digits: string): boolean {
  const n = digits.length;
  switch (digits[0]) {
    case "4":
      return n === 13 || n >= 16;
    case "1":
      return n === 15;
    case "2":
    case "3":
    case "5":
    case "6":
    case "8":
      return n >= 14;
    default:
      return false;
  }
}

// 1.7.0: the last digits of a card after the words that say so ("card ending in 4242", "Visa
// ending 1881", "the last 4 of the card are 3321", "Karte endet auf 1234"): they identify the
// card with its holder. A card word must stand in the 40 characters before the digits. A masked
// number ("card ending ****7603") is left as it stands, as elsewhere.
export const CARD_TAIL = /(?:\bending(?:[ \t]+(?:in|with))?|\bends[ \t]+(?:in|with)|\blast[ \t]+(?:4|four)(?:[ \t]+digits)?(?:[ \t]+of[ \t]+(?:the|my|your|his|her)[ \t]+(?:card|visa|mastercard|amex))?(?:[ \t]+(?:are|is|were|was))?|terminada[ \t]+en|terminando[ \t]+en|que[ \t]+termina[ \t]+en|endet[ \t]+(?:auf|mit)|endend[ \t]+(?:auf|mit)|se[ \t]+terminant[ \t]+par|finissant[ \t]+par|terminant[ \t]+par|che[ \t]+termina[ \t]+(?:con|in)|terminante[ \t]+(?:con|in)|terminado[ \t]+em|final[ \t]+\d?|eindigend[ \t]+op|eindigt[ \t]+op|som[ \t]+slutar[ \t]+på|der[ \t]+slutter[ \t]+på|som[ \t]+slutter[ \t]+på|kończąc[a-z]*[ \t]+się[ \t]+na|заканчивающ[а-я]*[ \t]+на|закінчу[а-я]*[ \t]+на)[ \t]*[:#]?[ \t]*(\d{4})(?![\d,.]\d|\d)/giu;
export const CARD_WORD = /(?:card|carte|tarjeta|karte|carta|cartão|cartao|kaart|kort|karty|kartu|kártya|карт|visa|mastercard|amex|maestro|discover|\bcc\b)/i;
const TAIL_GATE = /end|last|termin|final|slut|kończ|заканч|закінч/i;
// CARD_WORD without its word boundaries: true of the whole text whenever CARD_WORD is of a part of it.
const CARD_WORD_ANYWHERE = new RegExp(CARD_WORD.source.replaceAll("\\b", ""), CARD_WORD.flags);
const FOUR_DIGITS = /\d{4}/;

/**
 * Whether a card tail can stand in the text: four digits in a row, a tail word and a card word.
 * Most texts with a digit lack one of them, and these scans cost less than the tail pattern's
 * case-insensitive alternation over the whole text.
 */
export function mayHoldCardTail(text: string): boolean {
  return FOUR_DIGITS.test(text) && TAIL_GATE.test(text) && CARD_WORD_ANYWHERE.test(text);
}

function findCardTails(text: string, out: Candidate[]): void {
  if (!mayHoldCardTail(text)) return;
  eachMatch(CARD_TAIL, text, (m) => {
    const digitsAt = m.index + m[0].length - 4;
    if (!CARD_WORD.test(text.slice(Math.max(0, m.index - 40), digitsAt))) return;
    // "the card offer ending in 2025": a year, unless the words say digits.
    if (/^(?:19[5-9]\d|20[0-4]\d)$/.test(m[1]) && !/last|digit/i.test(m[0])) return;
    out.push(candidate("CREDIT_CARD", digitsAt, digitsAt + 4, 0.7, "card-tail"));
  });
}

const CARD_CONTEXT = ["card", "credit", "debit", "visa", "mastercard", "amex", "cc", "pan", "payment", "charged", "kreditkarte", "carte", "tarjeta"];

function findCards(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(CARD, text, (m) => {
    const raw = m[0];
    const digits = raw.replace(/\D/g, "");
    // Mixed separators ("1234 5678-...") are rare for cards and common for other ids.
    if ((/ /.test(raw) ? 1 : 0) + (/-/.test(raw) ? 1 : 0) + (/\./.test(raw) ? 1 : 0) > 1) return;
    // A dotted number is a card only in groups of three to six digits ("4111.1111.1111.1111"), not a decimal.
    if (raw.includes(".") && !/^\d{3,6}(?:\.\d{3,6}){2,4}$/.test(raw)) return;
    const grouped = raw.length > digits.length;
    const context = hasContext(before(text, m.index, 40), CARD_CONTEXT) || strongCardCue(text, m.index);
    let score: number;
    // 1.5.0: a Luhn-valid number outside every card network's prefixes and lengths (a 13-digit
    // one not starting with 4 is a millisecond timestamp, "1747197251726") needs a card cue.
    if (luhnValid(digits)) score = !cardShaped(digits) ? 0.35 : /^[3-6]/.test(digits) ? 0.9 : 0.6;
    // A mistyped card number is still a card number: after a card cue the checksum may fail.
    else score = context && (grouped || strongCardCue(text, m.index)) ? 0.55 : 0;
    if (context) score += 0.15;
    if (score >= 0.3) out.push(candidate("CREDIT_CARD", m.index, m.index + raw.length, score, "card"));
  });
  findCardTails(text, out);
  return out;
}

const IBAN_CUE = /iban[\s:.#-]{0,4}$/i;
const IBAN_START = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?=[ -]?[A-Z0-9])/g;

function findIbans(text: string): Candidate[] {
  const out: Candidate[] = [];
  let resumeAt = 0;
  eachMatch(IBAN_START, text, (m) => {
    if (m.index < resumeAt) return;
    const country = m[0].slice(0, 2);
    const want = IBAN_LENGTHS[country];
    // Collect up to 34 alphanumerics, allowing single spaces or dashes between groups.
    let compact = "";
    const ends: number[] = [];
    let i = m.index;
    while (i < text.length && compact.length < 34) {
      const c = text.charCodeAt(i);
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) {
        compact += text[i];
        ends.push(i + 1);
        i++;
      } else if ((c === 32 || c === 45) && compact.length >= 4 && i + 1 < text.length && isAsciiAlnum(text.charCodeAt(i + 1))) i++;
      else break;
    }
    // "IBAN DE12 ...": after the word, a number of the country's IBAN length is one even when
    // its check digits are wrong (a typo is still personal data).
    if (want && compact.length >= want && IBAN_CUE.test(text.slice(Math.max(0, m.index - 16), m.index)) && !ibanChecksumValid(compact.slice(0, want))) {
      const end = ends[want - 1];
      if (end >= text.length || !isAsciiAlnum(text.charCodeAt(end))) {
        out.push(candidate("IBAN_CODE", m.index, end, 0.75, "iban-cued"));
        resumeAt = end;
        return;
      }
    }
    const lengths = want ? [want] : Array.from({ length: compact.length - 14 }, (_, k) => compact.length - k);
    for (const len of lengths) {
      if (len > compact.length || len < 15) continue;
      const end = ends[len - 1];
      if (end < text.length && isAsciiAlnum(text.charCodeAt(end)) && len === compact.length) continue;
      if (ibanChecksumValid(compact.slice(0, len))) {
        out.push(candidate("IBAN_CODE", m.index, end, want ? 1 : 0.8, "iban"));
        resumeAt = end;
        return;
      }
    }
  });
  return out;
}

const BTC_LEGACY = /(?<![A-Za-z0-9])[13LM][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])/g;
const BECH32_ADDR = /(?<![A-Za-z0-9])(?:bc1|tb1|ltc1)[02-9ac-hj-np-z]{8,87}(?![A-Za-z0-9])/gi;
const BECH32_PREFIX = /bc1|tb1|ltc1/i;
const ETH = /(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])/g;
const CRYPTO_CONTEXT = ["wallet", "btc", "bitcoin", "eth", "ether", "ethereum", "crypto", "address", "send", "usdt", "ltc", "litecoin", "deposit", "withdraw"];

function findCrypto(text: string): Candidate[] {
  const out: Candidate[] = [];
  const ctx = (i: number) => (hasContext(before(text, i, 48), CRYPTO_CONTEXT) ? 0.2 : 0);
  // Bech32 and Ethereum addresses carry digits ("bc1", "0x"): skip their scans without one.
  eachMatch(BTC_LEGACY, text, (m) => {
    const raw = m[0];
    // Without a valid checksum, demand the mixed case and digits a random base58 string has.
    // A hex string ("trace_id": "3cbA54Af...") is an id: a random base58 one of this length
    // holds letters beyond a-f almost surely.
    const mixed = /[a-z]/.test(raw) && /[A-Z]/.test(raw) && /\d.*\d/.test(raw.slice(1)) && !/^[0-9a-fA-F]+$/.test(raw);
    const score = base58CheckValid(raw) ? 0.95 : mixed ? 0.55 : 0;
    if (score > 0) out.push(candidate("CRYPTO", m.index, m.index + raw.length, score + ctx(m.index), "btc"));
  });
  const digit = (textScripts(text) & HAS_DIGIT) !== 0;
  // Each needs its literal prefix ("bc1"/"tb1"/"ltc1", "0x"): test that before the scan.
  if (digit && BECH32_PREFIX.test(text)) eachMatch(BECH32_ADDR, text, (m) => {
    const valid = bech32Valid(m[0]);
    const uniformCase = m[0] === m[0].toLowerCase() || m[0] === m[0].toUpperCase();
    if (!uniformCase) return;
    out.push(candidate("CRYPTO", m.index, m.index + m[0].length, (valid ? 0.95 : 0.6) + ctx(m.index), "bech32"));
  });
  if (digit && text.includes("0x")) eachMatch(ETH, text, (m) => {
    out.push(candidate("CRYPTO", m.index, m.index + m[0].length, 0.85 + ctx(m.index), "eth"));
  });
  return out;
}

export const creditCardRecognizer: Recognizer = { id: "card", needsDigit: true, types: ["CREDIT_CARD"], find: findCards };
export const ibanRecognizer: Recognizer = { id: "iban", needsDigit: true, types: ["IBAN_CODE"], find: findIbans };
export const cryptoRecognizer: Recognizer = { id: "crypto", types: ["CRYPTO"], find: findCrypto };
