/**
 * What an address block's part is: a street with its number, a street's name, a house number,
 * a unit or floor, a postcode (alone or with its town), a country, a region or a town, from
 * the address vocabulary (address-vocabulary.ts) and the part's words.
 */
import type { Lexicon } from "../lexicon/lexicon";
import type { Part } from "./address-parts";
import { bareWord, countryName, hasDigit, HOUSE_SUFFIXES, isAsciiWord, isHouseNumber, isStreetWord, knownPlace, lowerWord, mayBeCountryWithDigit, NOT_TOWN, NUMBER_MARKERS, ORDINAL_FLOOR, PARTICLES, PLAIN_DIGITS, plausiblePostcode, POSTCODE_ALL, POSTCODE_END, POSTCODE_START, PROSE_LINKS, strip, townLike, townWord, UNIT_AFTER, UNIT_BEFORE, UPPER_START, CODE_CHARS, hasStreetEnding } from "./address-vocabulary";

export function classify(p: Part, lex: Lexicon): void {
  const t = p.text;
  p.kind = "none";
  if (t.length > 90 || CODE_CHARS.test(t) || manyDigits(t)) return;
  const words = t.split(/[ \u00a0]+/).filter(Boolean);
  if (words.length === 0 || words.length > 9) return;
  if (!hasDigit(t)) {
    // Without a digit: a country, a street's name, a town or a region.
    if (countryName(t, lex)) {
      p.kind = "country";
      p.known = true;
      return;
    }
    streetPart(p, words, lex);
    if (p.kind === "none" && townLike(words, lex, p.sentenceEnd)) {
      p.known = knownPlace(t, lex);
      p.kind = p.known && lex.regions.has(t.toLowerCase()) ? "region" : "town";
    }
    return;
  }
  if (POSTCODE_ALL.test(t)) {
    if (plausiblePostcode(t)) p.kind = words.length === 1 && PLAIN_DIGITS.test(t) ? "number" : "postcode";
    if (p.kind === "number" && t.length > 5) p.kind = "postcode";
    return;
  }
  const head = POSTCODE_START.exec(t);
  if (head && plausiblePostcode(head[0]) && townLike(t.slice(head[0].length).trim().split(/[ \u00a0]+/), lex, p.sentenceEnd)) {
    p.kind = "postal";
    return;
  }
  const tail = POSTCODE_END.exec(t);
  if (tail && plausiblePostcode(tail[0])) {
    const rest = t.slice(0, tail.index).replace(/[,\s\u00a0]+$/, "");
    if (townLike(rest.split(/[ \u00a0]+/), lex, p.sentenceEnd)) {
      p.kind = "postal";
      return;
    }
  }
  if (mayBeCountryWithDigit(t, lex) && countryName(t, lex)) {
    p.kind = "country";
    p.known = true;
    return;
  }
  if (unitPart(words)) {
    p.kind = "unit";
    return;
  }
  streetPart(p, words, lex);
  if (p.kind !== "none") return;
  // 1.6.0: "816 кв. 113", "12 apt 4": a house number with its flat after the street's name.
  if ((words.length === 1 || (words.length <= 4 && unitTail(words, 1))) && isHouseNumber(words[0]) && /\d/.test(words[0])) {
    p.kind = "number";
    return;
  }
  if (townLike(words, lex, p.sentenceEnd)) {
    p.known = knownPlace(t, lex);
    p.kind = p.known && lex.regions.has(t.toLowerCase()) ? "region" : "town";
  }
}

/** "Apt. 509", "кв. 820", "Bloc 25", "3. tv", "2 étage", "3e verdieping", "3º Izda.", "1.em 44 ajtó", "319-xonadon", "A 1". */
function unitPart(words: readonly string[]): boolean {
  const first = bareWord(words[0]);
  if (UNIT_BEFORE.has(first) || UNIT_BEFORE.has(first.replace(/\.$/, ""))) {
    const rest = words.slice(1).join(" ").replace(/^[#:.]\s?/, "");
    if (/^#?[\p{L}]?\d{1,5}[\p{L}]?(?:[-/]\d{1,4})?\.?$|^\p{Lu}$/u.test(rest)) return true;
    // "Apt. 5, floor 2" after the comma split is two parts; "Zimmer 209 3 OG" stays one.
    if (/^#?\d{1,5}[\p{L}]?[ \u00a0]+\S{1,6}(?:[ \u00a0]+\S{1,6})?$/u.test(rest) && words.length <= 4) return true;
    return false;
  }
  // The floor or door after its number.
  if (words.length <= 4) {
    const m = /^(\d{1,3})(?:\.|e|er|ème|º|ª|°)?-?(\p{L}[\p{L}.]*)?$/u.exec(words[0]);
    if (m) {
      const after = (m[2] ?? bareWord(words[1] ?? "")).toLowerCase();
      if (UNIT_AFTER.has(after) || UNIT_AFTER.has(after.replace(/\.$/, ""))) return true;
    }
    if (ORDINAL_FLOOR.test(words[0]) && (words.length === 1 || words.slice(1).every((w) => /^(?:\p{Lu}|[\p{L}.]{1,6})$/u.test(w)))) return true;
  }
  // A Finnish staircase and flat ("A 1", "C 98") or "B-14".
  return words.length <= 2 && /^\p{Lu}(?:[ \u00a0-]?\d{1,3})?$/u.test(words.join(" ")) && words.join(" ").length >= 2;
}

/** English street-type words that, in lower case before a number, name a setting or a place in a queue. */
const LOWER_SETTING_WORDS = new Set("port gate terminal platform dock pier lane row level line track bay loop route path ring circle square court place yard bank park station point".split(" "));

function streetPart(p: Part, all: readonly string[], lex: Lexicon): void {
  // "Bitte an Bahnhofstrasse 22", "Livraison au 8 avenue Victor Hugo": a sentence's opening
  // words up to its last lower-case word before the street are not part of it.
  const cut = sentenceOpening(all);
  const words = cut > 0 ? all.slice(cut) : all;
  let streetWord = -1;
  let number = -1;
  let names = 0;
  let lower = 0;
  let plainStreetWordOnly = true;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const b = bareWord(w);
    if (number < 0 && /\d/.test(w) && isHouseNumber(w)) {
      number = k;
      continue;
    }
    if (NUMBER_MARKERS.has(b) && k + 1 < words.length && /^\d/.test(words[k + 1])) continue;
    if (isStreetWord(w)) {
      if (streetWord < 0) streetWord = k;
      continue;
    }
    if (hasStreetEnding(w, lex)) {
      if (streetWord < 0) streetWord = k;
      names++;
      plainStreetWordOnly = false;
      continue;
    }
    if (townWord(w)) {
      names++;
      if (!lex.commonWords.has(strip(w).toLowerCase())) plainStreetWordOnly = false;
      continue;
    }
    if (PROSE_LINKS.has(b)) {
      lower++;
      continue;
    }
    if (UNIT_AFTER.has(b) || UNIT_BEFORE.has(b) || PARTICLES.has(b) || HOUSE_SUFFIXES.has(b) || /^\d/.test(w)) continue;
    if (lowerWord(w, lex)) lower++;
  }
  // Ordinary lower-case words make a sentence ("Deliver to ..."), whose tail may still be a street (sentenceTails).
  if (lower > 0) return;
  if (cut > 0) {
    const offset = p.text.length - words.join(" ").length;
    if (p.text.slice(offset) !== words.join(" ")) return;
    p.start += offset;
    p.text = p.text.slice(offset);
  }
  const firstName = words.find((w) => townWord(w) && !isStreetWord(w));
  if (firstName && NOT_TOWN.test(strip(firstName))) return;
  if (streetWord >= 0 && number >= 0) {
    // "Gate 12", "Station 3": an English street word with no name is not an address.
    if (names === 0 && /^[a-z]/i.test(words[streetWord]) && lex.commonWords.has(bareWord(words[streetWord]).replace(/\.$/, "")) && isAsciiWord(words[streetWord])) return;
    // "connections on port 5432": an English word written all in lower case with a number is
    // a setting, not an address (a street's name carries a capital).
    if (names === 0 && LOWER_SETTING_WORDS.has(words[streetWord]) && words.every((w) => !/\p{Lu}/u.test(w))) return;
    p.kind = "street";
    p.bare = names === 0;
    return;
  }
  if (streetWord >= 0 && names >= 1 && !plainStreetWordOnly && words.length <= 7) {
    p.kind = "streetName";
    return;
  }
  if (number >= 0 && names >= 1 && words.length <= 7 && (number === 0 || number >= words.length - 2 || unitTail(words, number + 1))) p.kind = "weakStreet";
}

/**
 * How many leading words are a sentence's opening rather than the street: the words up to
 * the last lower-case word that is not a street word, when a street word or the house
 * number comes after it and the part opens with a capital ("Stan je u Ulica Kneza Miloša 7").
 */
function sentenceOpening(words: readonly string[]): number {
  // 1.6.0: a clause after a comma opens in lower case too ("…, a csomagot a Klapka országút 43").
  if (words.length < 3 || !(UPPER_START.test(words[0]) || /^\p{Ll}/u.test(words[0]))) return 0;
  let anchor = -1;
  for (let k = 1; k < words.length && anchor < 0; k++) if (isStreetWord(words[k]) || /^\d/.test(words[k])) anchor = k;
  let cut = 0;
  for (let k = 1; k < anchor; k++) if (/^\p{Ll}/u.test(words[k]) && !isStreetWord(words[k])) cut = k + 1;
  return cut < words.length - 1 ? cut : 0;
}

/** The words after a house number are a unit, a floor or a suffix ("94 bis Apt. 732", "4 apartma 721", "22 Kat 5"). */
function unitTail(words: readonly string[], from: number): boolean {
  for (let k = from; k < words.length; k++) {
    const b = bareWord(words[k]);
    if (!(UNIT_BEFORE.has(b) || UNIT_BEFORE.has(b.replace(/\.$/, "")) || UNIT_AFTER.has(b) || UNIT_AFTER.has(b.replace(/\.$/, "")) || /^(?:bis|ter|quater|[\p{L}]|#?\d{1,5}\p{L}?|\d{1,3}(?:\.|e|º|ª))$/u.test(b))) return false;
  }
  return true;
}

/** Seven digits or more outside a postcode shape: a phone, account or order number line. */
export function manyDigits(t: string): boolean {
  const n = digitCount(t);
  if (n < 7 || POSTCODE_ALL.test(t)) return false;
  // Digits left once a postcode at either end is taken out: a number of its own. (Counted
  // without building the rest and an array of its digits: half the parts with a digit in
  // chat have seven, phone and order numbers.)
  const head = POSTCODE_START.exec(t);
  const rest = head ? t.slice(head[0].length) : t;
  const tail = POSTCODE_END.exec(rest);
  return n - (head ? digitCount(head[0]) : 0) - (tail ? digitCount(tail[0]) : 0) >= 3;
}

function digitCount(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

// One to five words opening with a capital or a caseless letter (a street's name before its number).
const NAME_BEFORE_NUMBER = /^(?:[\p{Lu}\p{Lo}\u10d0-\u10ff][\p{L}\p{M}'’.-]*|\p{Ll}{1,5}\.)(?:[ \u00a0][\p{L}\p{M}'’.-]+){0,4}$/u;

/** 1.6.0: the part, or the tail of a sentence ending in it ("Доставка была на адрес Пролетарская улица"), is a street's name. */
export function nameBeforeNumber(t: string): boolean {
  if (NAME_BEFORE_NUMBER.test(t)) return true;
  const words = t.split(/[ \u00a0]+/);
  for (let k = Math.max(1, words.length - 5); k < words.length; k++) if (UPPER_START.test(words[k]) && NAME_BEFORE_NUMBER.test(words.slice(k).join(" "))) return true;
  return false;
}

/**
 * "My new address is Libínská 47, 373 91 Teplice": a sentence part that ends in a street
 * and a house number, followed by an address part, is cut down to that street.
 */
export function sentenceTails(parts: Part[], lex: Lexicon): void {
  for (let i = 0; i + 1 < parts.length; i++) {
    const p = parts[i];
    const next = parts[i + 1];
    if (p.kind !== "none" || p.closes || next.lineStart || (next.kind !== "postal" && next.kind !== "postcode" && next.kind !== "town" && next.kind !== "country" && next.kind !== "unit")) continue;
    const words = p.text.split(/[ \u00a0]+/);
    let k = words.length;
    while (k > 0 && !lowerWord(words[k - 1], lex)) k--;
    // The preposition before the street ("visc al Carrer ...", "bor på ...") is not part of it.
    while (k < words.length && /^\p{Ll}/u.test(words[k]) && !isStreetWord(words[k])) k++;
    if (k === 0 || k === words.length || words.length - k > 6) continue;
    const tail = words.slice(k);
    const probe: Part = { ...p, text: tail.join(" "), kind: "none" };
    streetPart(probe, tail, lex);
    if (probe.kind !== "street" && probe.kind !== "weakStreet") continue;
    const offset = p.text.length - probe.text.length;
    if (p.text.slice(offset) !== probe.text) continue;
    p.start += offset;
    p.text = probe.text;
    p.kind = probe.kind;
  }
}
