/**
 * LOCATION from the shape of an address rather than from one country's pattern: the text
 * is cut into parts (lines, and within a line the pieces between wide spaces, commas,
 * bars and semicolons), each part is classified from the world's address vocabulary
 * (lexicon/address-words.ts: street-type words and endings, unit and floor words, house
 * number markers, postcode shapes) and the place lists (countries in many languages,
 * regions, the gazetteer), and a run of neighbouring parts that together look like an
 * address is redacted part by part. So "Lađarska 4  35723 Oroslavje  Srednjoafrička
 * Republika", "пл. Техническая, 513 / кв. 820 / Бийск, Республика Хакасия 590247" and
 * "Impasse Ramon 5 bis / 1115 Bertogneplage / TONGA" are found without a pattern of their
 * own: a street part with a house number, a postcode next to a town, a country line.
 * A block needs a part carrying a number (house number or postcode) and a second kind of
 * evidence, so tables, lists and code stay untouched.
 */
import { englishInflection, getLexicon, type Lexicon } from "../lexicon/lexicon";
import { foldWord, getGazetteer } from "../lexicon/gazetteer";
import { HOUSE_NUMBER_MARKERS, POSTCODE_PREFIXES, POSTCODE_SHAPES, STREET_ENDINGS, STREET_TYPE_WORDS, UNIT_WORDS_AFTER_NUMBER, UNIT_WORDS_BEFORE_NUMBER } from "../lexicon/address-words";
import { NOT_TOWN_WORDS } from "../lexicon/not-town-words";
import { ADMIN_AREA_WORDS, COUNTRY_LONG_NAMES, ORGANISATION_SUFFIXES } from "../lexicon/place-extra";
import { candidate } from "../text-scan";
import type { Candidate } from "../types";

type Kind = "street" | "weakStreet" | "streetName" | "number" | "unit" | "postal" | "postcode" | "country" | "region" | "town" | "none";

interface Part {
  start: number;
  end: number;
  text: string;
  /** A blank line or a sentence break follows: the block cannot continue past this part. */
  closes: boolean;
  /** The part opens its line. */
  lineStart: boolean;
  kind: Kind;
  /** A known place (gazetteer, region or country list). */
  known: boolean;
  /** A street part whose words are only the street type and the number ("փողոց 2"). */
  bare?: boolean;
  /** A full stop followed the part (a German verb after a town is the sentence, not the town). */
  sentenceEnd?: boolean;
}

const strip = (w: string) => w.replace(/[.,;:]+$/, "");
const bareWord = (w: string) => w.toLowerCase().replace(/[,;:]+$/, "");

// Abbreviations match with their dot ("ul.", "u.", "al."), or without it when capitalised or
// three letters long ("St", "Jln"): bare "u", "al" and "pl" are prepositions and articles.
const STREET_WORDS = new Set<string>();
const DOTTED = new Set<string>();
for (const w of STREET_TYPE_WORDS) {
  STREET_WORDS.add(w);
  if (w.endsWith(".")) DOTTED.add(w.slice(0, -1));
  else STREET_WORDS.add(w);
}
const ENDINGS = [...new Set(STREET_ENDINGS)].sort((a, b) => b.length - a.length);
const UNIT_BEFORE = new Set<string>();
for (const w of UNIT_WORDS_BEFORE_NUMBER) {
  UNIT_BEFORE.add(w);
  UNIT_BEFORE.add(w.replace(/\.$/, ""));
}
const UNIT_AFTER = new Set<string>();
for (const w of UNIT_WORDS_AFTER_NUMBER) {
  UNIT_AFTER.add(w);
  UNIT_AFTER.add(w.replace(/\.$/, ""));
}
const NUMBER_MARKERS = new Set(HOUSE_NUMBER_MARKERS.flatMap((w) => [w, w.replace(/\.$/, "")]));
const PREFIXES = new Set(POSTCODE_PREFIXES);
const NOT_TOWN = new RegExp(`^(?:${NOT_TOWN_WORDS.join("|")})$`, "i");
const ADMIN = new Set(ADMIN_AREA_WORDS);
const ORGS = new Set(ORGANISATION_SUFFIXES);
const LONG_COUNTRIES = new Set(COUNTRY_LONG_NAMES);

/** Lower-case words a place name may carry inside it ("Teplice nad Metují", "Saint-Pierre-et-Miquelon"). */
const PARTICLES = new Set("de da do dos das di del della dei delle du des la le les van von der den het am an im in upon on sur sous sul al el y i e a of the en au aux nad pod na u v w z bei ob og et und".split(" "));

/** Words after a house number that belong to it ("5 bis", "12 ter"). */
const HOUSE_SUFFIXES = new Set(["bis", "ter", "quater", "s/n", "b", "a"]);

/** Lower-case words that join a sentence, never a street's name ("1984 in the village of ..."). */
const PROSE_LINKS = new Set("in on at to for and or by from near with into onto since until was is born".split(" "));

const POSTCODE = POSTCODE_SHAPES.join("|");
const POSTCODE_ALL = new RegExp(`^(?:${POSTCODE})$`, "u");
export const POSTCODE_START = new RegExp(`^(?:${POSTCODE})(?=[ \\u00a0]+\\S)`, "u");
export const POSTCODE_END = new RegExp(`(?<=\\S,?[ \\u00a0]+)(?:${POSTCODE})$`, "u");
const PLAIN_DIGITS = /^\d{4,7}$/;

// A house number: "12", "60a", "5B", "830/2", "8-Cv", "33-35", "'ב67", "s/n".
const HOUSE_NUMBER = /^(?:\d{1,5}[\p{L}]{0,2}(?:[-/]\d{1,4}[\p{L}]?)?|\d{1,5}-\p{L}{1,3}|['׳]?\p{L}\d{1,4}|s\/n)$/u;
const ORDINAL_FLOOR = /^\d{1,3}(?:\.|e|er|re|ème|eme|º|ª|°|ος|η|ο|st|nd|rd|th|-?(?:я|й|ий|ой))$/u;
const CODE_CHARS = /[{}[\]<>=\\@_*|"`$%€£]|:\/\/|\(\)|\(\d|\d[:.]\d{2}\b|\b(?:http|https|www)\b/;
const UPPER_START = /^\p{Lu}/u;
const CASELESS = /^[\p{Lo}]/u;
const LOWER_LATIN = /^[a-zà-ÿāăąćčďđēėęěğīįıķĺļľłńņňőœŕřśşšţťūůűųźżž]/;
// "eMonti", "iNyakatho": a lower-case locative prefix before a capitalised place name.
const PREFIXED_CAPITAL = /^[a-z]\p{Lu}/u;

/** A word that may be (part of) a town's name. */
function townWord(w: string): boolean {
  return UPPER_START.test(w) || CASELESS.test(w) || PREFIXED_CAPITAL.test(w);
}

function isStreetWord(w: string): boolean {
  const l = bareWord(w);
  if (STREET_WORDS.has(l)) return true;
  if (l.endsWith(".")) return STREET_WORDS.has(l.slice(0, -1)) || DOTTED.has(l.slice(0, -1));
  return DOTTED.has(l) && (l.length >= 3 || UPPER_START.test(w));
}

// Word verdicts repeat across texts: remembered (bounded), like place-words.ts does.
const endingCache = new Map<string, boolean>();

function hasStreetEnding(w: string, lex: Lexicon): boolean {
  const hit = endingCache.get(w);
  if (hit !== undefined) return hit;
  let verdict = false;
  if (townWord(w)) {
    const l = strip(w).toLowerCase();
    if (!lex.commonWords.has(l)) for (const e of ENDINGS) if (l.endsWith(e) && l.length >= e.length + 3) verdict = true;
  }
  if (endingCache.size > 20_000) endingCache.clear();
  endingCache.set(w, verdict);
  return verdict;
}

function isHouseNumber(w: string): boolean {
  const c = w.charCodeAt(0);
  // Every house number opens with a digit, a geresh/apostrophe, a letter before digits, or "s/n".
  if (!(c >= 48 && c <= 57) && c !== 39 && c !== 0x5f3 && !/\d|^s\/n/.test(w)) return false;
  return HOUSE_NUMBER.test(strip(w));
}

/** Words that are ordinary lower-case vocabulary (English or not): prose, not a name. */
function lowerWord(w: string, lex: Lexicon): boolean {
  const l = strip(w);
  if (!LOWER_LATIN.test(l) || PREFIXED_CAPITAL.test(l)) return false;
  const b = l.toLowerCase();
  return !PARTICLES.has(b) && !STREET_WORDS.has(b) && !STREET_WORDS.has(b + ".") && !UNIT_BEFORE.has(b) && !UNIT_AFTER.has(b) && !ADMIN.has(b) && !NUMBER_MARKERS.has(b) && (b.length > 2 || lex.commonWords.has(b));
}

/** Street-type words that also name towns ("Lake Placid", "Fort Worth", "Palm Springs"). */
const TOWNISH = new Set(`lake lakes mount mountain port fort park village ville villa springs spring falls rapids heights hills
hill valley beach bay bridge river creek harbor harbour haven island islands isle point landing junction crossing station
field fields ford glen grove green cove cape camp center centre city burg dale view vista mills mill`.split(/\s+/));

/** A run of words that can be a town or region name ("Teplice nad Metují", "Bratislava II", "Valkas raj."). */
function townLike(words: readonly string[], lex: Lexicon, sentenceEnd = false): boolean {
  if (words.length === 0 || words.length > 5 || !townWord(words[0])) return false;
  let ordinary = 0;
  let named = 0;
  let unknownLower = false;
  for (let k = 0; k < words.length; k++) {
    const w = strip(words[k]);
    const l = w.toLowerCase();
    if (!w) return false;
    if (ORGS.has(l)) return false;
    if (isStreetWord(w) && !TOWNISH.has(l)) return false;
    if (townWord(w)) {
      named++;
      if (lex.commonWords.has(l) || lex.extraCommon.has(l) || NOT_TOWN.test(l)) ordinary++;
      continue;
    }
    // A district number or letter after the name ("Praha 1", "Bratislava II", "København Ø").
    if (k > 0 && k === words.length - 1 && /^(?:\d{1,2}|[IVX]{1,4}|\p{Lu})$/u.test(w)) continue;
    if (PARTICLES.has(l) || ADMIN.has(l) || ADMIN.has(w.toLowerCase())) continue;
    // One lower-case word no dictionary knows ("Clemenzia a mare"); two make a sentence.
    if (/^\p{Ll}{3,}$/u.test(w) && !lex.commonWords.has(l) && !englishInflection(l, lex.commonWords) && k > 0 && !unknownLower && !(sentenceEnd && k === words.length - 1)) {
      unknownLower = true;
      continue;
    }
    return false;
  }
  return named > ordinary;
}

function knownPlace(text: string, lex: Lexicon): boolean {
  const l = text.toLowerCase().replace(/\s*\(.*\)$/, "").replace(/[\s\u00a0]+/g, " ").trim();
  if (lex.cities.has(l) || lex.regions.has(l) || lex.countries.has(l)) return true;
  const folded = foldWord(l);
  const population = getGazetteer().population.get(folded);
  return population !== undefined && !lex.commonWords.has(l);
}

// Whether any country name holds a digit (none does): asked once per lexicon, so a part with a
// digit and no bracket (which countryName would cut off) skips the lower-casing and replaces.
const countryDigits = new WeakMap<Lexicon, boolean>();

function mayBeCountryWithDigit(text: string, lex: Lexicon): boolean {
  let digits = countryDigits.get(lex);
  if (digits === undefined) {
    digits = [...lex.countries].some(hasDigit) || [...LONG_COUNTRIES].some(hasDigit);
    countryDigits.set(lex, digits);
  }
  return digits || text.includes("(") || text.includes("（");
}

function countryName(text: string, lex: Lexicon): boolean {
  if (text.length > 60) return false;
  const l = text.toLowerCase().replace(/\s*[(（].*[)）]$/, "").replace(/[\s\u00a0]+/g, " ").replace(/[.,;:]+$/, "").trim();
  return l.length >= 4 && (lex.countries.has(l) || LONG_COUNTRIES.has(l));
}

/** The postcode match's prefix letters, if any, must be a country or vehicle code ("LV-1001", not "ID 4471"). */
function plausiblePostcode(code: string): boolean {
  const prefix = /^([A-Z]{1,3})[- \u00a0]?\d/.exec(code);
  if (prefix && !/^[A-Z]\d[A-Z]|^[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}$|^[A-Z]\d[\dW][ \u00a0]|^[A-Z]{3}[ \u00a0]?\d{4}$|^[A-Z]{2}-\d{3,4}-\d{4}$|^[A-Z]\d{4}[A-Z]{3}$/.test(code)) return PREFIXES.has(prefix[1]);
  return true;
}

function classify(p: Part, lex: Lexicon): void {
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
function nameBeforeNumber(t: string): boolean {
  if (NAME_BEFORE_NUMBER.test(t)) return true;
  const words = t.split(/[ \u00a0]+/);
  for (let k = Math.max(1, words.length - 5); k < words.length; k++) if (UPPER_START.test(words[k]) && NAME_BEFORE_NUMBER.test(words.slice(k).join(" "))) return true;
  return false;
}

function hasDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function isAsciiWord(w: string): boolean {
  return /^[A-Za-z.]+$/.test(w);
}

const KEY = /^(\p{L}[\p{L}'’-]*(?:[ \u00a0][\p{L}'’-]+){0,3})[ \u00a0]?:[ \t\u00a0]+(?=\S)/u;

// Within a line: two or more spaces, a tab, " | ", "; ", ", ", the Arabic comma.
const SEPARATOR = /[ \t\u00a0]{2,}|\t|[ \t]*\|[ \t]*|;[ \t]+|,[ \t\u00a0]*|،[ \t]*|\.[ \t]+(?=\p{Lu})/gu;

// What a part's edges lose: spacing, bullets, dashes, quotes and brackets before; spacing,
// sentence punctuation, closing brackets and quotes after (char codes: this runs per part).
const LEADING = new Set([..." \t\u00a0\r\n\f\v\u2028\u2029\u202f\u3000-•*>·–—\"'“”‘’("].map((c) => c.charCodeAt(0)));
const TRAILING = new Set([..." \t\u00a0\r\n\f\v\u2028\u2029\u202f\u3000.,;:!?)\"'“”‘’"].map((c) => c.charCodeAt(0)));

export const ABBREVIATION_DOT = /(?:^|[\s])\p{L}{1,5}\.$/u;

/**
 * ABBREVIATION_DOT.test(line.slice(s, e)) (the part ends in a dot closing one to five letters
 * after a space or its start: "Izda.", "str."), read backwards over ASCII instead of slicing and
 * scanning the part from its start; anything non-ASCII is left to the regex.
 */
export function abbreviationDot(line: string, s: number, e: number): boolean {
  let k = e - 2;
  while (k >= s && e - 2 - k <= 5) {
    const c = line.charCodeAt(k);
    if (c >= 128) return ABBREVIATION_DOT.test(line.slice(s, e));
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    k--;
  }
  const letters = e - 2 - k;
  if (letters < 1 || letters > 5) return false;
  if (k < s) return true;
  const c = line.charCodeAt(k);
  return c === 32 || (c >= 9 && c <= 13);
}

export const LAST_WORD = /([\p{L}\p{M}]+|\d)$/u;

/**
 * LAST_WORD.exec(line.slice(from, to))?.[1] (the word, or the digit, right before a sentence
 * break), read backwards over ASCII; a non-ASCII character is left to the regex.
 */
export function lastWord(line: string, from: number, to: number): string | undefined {
  let k = to - 1;
  while (k >= from) {
    const c = line.charCodeAt(k);
    if (c >= 128) return LAST_WORD.exec(line.slice(from, to))?.[1];
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    k--;
  }
  if (k < to - 1) return line.slice(k + 1, to);
  const c = line.charCodeAt(to - 1);
  return to > from && c >= 48 && c <= 57 ? line[to - 1] : undefined;
}

/** Cuts one line into parts (offsets into the text). */
function lineParts(text: string, from: number, to: number, out: Part[]): void {
  const line = text.slice(from, to);
  let pos = 0;
  let first = true;
  // The first colon at or after the part's start, found once for the parts before it.
  let colon = -2;
  const push = (a: number, b: number, closes: boolean) => {
    let s = a;
    let e = b;
    while (s < e && LEADING.has(line.charCodeAt(s))) s++;
    let sentenceEnd = closes;
    while (e > s && TRAILING.has(line.charCodeAt(e - 1))) {
      const c = line.charCodeAt(e - 1);
      // Keep the dot of an abbreviation ("Izda.", "Apt.", "str.") on the part.
      if (c === 46 && abbreviationDot(line, s, e)) break;
      if (c === 46 || c === 33 || c === 63) sentenceEnd = true;
      e--;
    }
    // "Street: ...", "Postal code: ...": a key names the part, it is not part of the address.
    if (colon !== -1 && colon < s) colon = line.indexOf(":", s);
    const key = colon > s && colon < e ? KEY.exec(line.slice(s, e)) : null;
    if (key && !NUMBER_MARKERS.has(bareWord(key[1]).split(" ").pop() ?? "") && !UNIT_BEFORE.has(bareWord(key[1]))) s += key[0].length;
    if (e > s) out.push({ start: from + s, end: from + e, text: line.slice(s, e), closes, lineStart: first, kind: "none", known: false, sentenceEnd });
    first = false;
  };
  SEPARATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEPARATOR.exec(line)) !== null) {
    if (m[0].startsWith(".")) {
      // A sentence break, unless the dot closes an abbreviation ("St. Louis", "ul. Długa").
      const word = lastWord(line, pos, m.index);
      if (word === undefined || (word.length < 4 && !/\d/.test(word)) || /^\p{Lu}+$/u.test(word) || isStreetWord(word + ".") || UNIT_BEFORE.has(word.toLowerCase() + ".")) continue;
      push(pos, m.index, true);
    } else push(pos, m.index, false);
    pos = m.index + m[0].length;
  }
  push(pos, line.length, false);
}

/** Lines with a digit, and the two lines either side of one (a block needs a number). */
function candidateLines(text: string): Array<[number, number, boolean]> {
  const lines: Array<[number, number, boolean]> = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let digit = false;
    for (let k = start; k < end && !digit; k++) {
      const c = text.charCodeAt(k);
      digit = c >= 48 && c <= 57;
    }
    lines.push([start, end, digit]);
    start = end + 1;
  }
  return lines;
}

const ANCHORS: ReadonlySet<Kind> = new Set(["street", "weakStreet", "streetName", "postal", "postcode", "unit"]);

/** Decides a run of neighbouring parts; pushes a candidate per part of an accepted block. */
function judge(group: Part[], out: Candidate[]): void {
  if (group.length === 0) return;
  const has = (k: Kind) => group.some((p) => p.kind === k);
  const digitAnchor = group.some((p) => (p.kind === "street" || p.kind === "weakStreet" || p.kind === "postal" || p.kind === "postcode" || p.kind === "unit") && /\d/.test(p.text));
  if (!digitAnchor) return;
  const distinctivePostcode = group.some((p) => (p.kind === "postal" || p.kind === "postcode") && !PLAIN_DIGITS.test(p.text.split(/[ \u00a0]/)[0]));
  const streetish = has("street") || has("weakStreet") || has("streetName");
  const support = has("country") || has("unit") || has("postcode") || has("postal") || has("region") || group.some((p) => p.kind === "town" && p.known);
  const labelled = group.filter((p) => p.kind !== "town" && p.kind !== "none" && p.kind !== "number").length;
  const ok = has("street") || (has("postal") && (labelled >= 2 || distinctivePostcode || group.some((p) => p.kind === "town"))) || (streetish && support) || (has("postcode") && distinctivePostcode && group.length >= 2);
  if (!ok) return;
  const firstAnchor = group.findIndex((p) => ANCHORS.has(p.kind) || p.kind === "country");
  // The line or part right before the street is the addressee: "Bela Holzner  Erzbergerstr. 76b  ...".
  const head = group[0];
  if (firstAnchor === 1 && head.kind === "town" && !head.known && (group[1].kind === "street" || group[1].kind === "weakStreet" || group[1].kind === "streetName")) {
    const words = head.text.split(/[ \u00a0]+/);
    if (words.length >= 2 && words.length <= 4 && words.every((w) => townWord(w) || PARTICLES.has(w))) out.push(candidate("PERSON", head.start, head.end, 0.7, "block-addressee"));
  }
  group.forEach((p, k) => {
    if (p.kind === "none") return;
    if (p.kind === "town" && k < firstAnchor && !p.known) return;
    if (p.kind === "number" && k === 0) return;
    out.push(candidate("LOCATION", p.start, p.end, p.kind === "street" || p.kind === "postal" ? 0.9 : 0.8, "address-block"));
  });
}

/** Joins a lone house number to the street name before it ("Вузька майдан, 1"), and a bare street to its name ("Հայրապետյան  փողոց 2"). */
function mergeNeighbours(parts: Part[], text: string): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev && !prev.closes && !p.lineStart) {
      // 1.6.0: the merged part keeps its text (the block needs a part with a digit: "Речная ул., 816").
      if (p.kind === "number" && (prev.kind === "streetName" || prev.kind === "town")) {
        prev.kind = prev.kind === "streetName" ? "street" : "weakStreet";
        prev.end = p.end;
        prev.text = text.slice(prev.start, prev.end);
        prev.closes = p.closes;
        continue;
      }
      if (p.kind === "street" && p.bare && prev.kind === "town") {
        prev.kind = "street";
        prev.end = p.end;
        prev.text = text.slice(prev.start, prev.end);
        prev.closes = p.closes;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

export function findAddressBlocks(text: string, out: Candidate[]): void {
  const lex = getLexicon();
  const lines = candidateLines(text);
  let parts: Part[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [start, end, digit] = lines[i];
    const near = digit || lines[i - 1]?.[2] || lines[i + 1]?.[2] || lines[i - 2]?.[2] || lines[i + 2]?.[2];
    // Whether the line is blank is asked only of a line that could join a block (no slice per line otherwise).
    if (!near || end - start > 400 || text.slice(start, end).trim() === "") {
      // Not part of any block: whatever came before ends here.
      if (parts.length) parts[parts.length - 1].closes = true;
      continue;
    }
    lineParts(text, start, end, parts);
  }
  if (parts.length === 0) return;
  // Every block needs a part with a number that is an address part (a house number, a
  // postcode, a unit): classify those first, and stop when there is none (most texts).
  let anchored = false;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (!hasDigit(p.text)) continue;
    classify(p, lex);
    anchored ||= p.kind === "street" || p.kind === "weakStreet" || p.kind === "postal" || p.kind === "postcode" || p.kind === "unit";
    // A lone house number anchors only after a street's name on its line ("Вузька майдан, 1").
    if (p.kind === "number" && k > 0 && !p.lineStart && !parts[k - 1].closes) anchored ||= nameBeforeNumber(parts[k - 1].text);
  }
  if (!anchored) return;
  for (const p of parts) if (!hasDigit(p.text)) classify(p, lex);
  sentenceTails(parts, lex);
  parts = mergeNeighbours(parts, text);
  let group: Part[] = [];
  for (const p of parts) {
    if (p.kind === "none") {
      judge(group, out);
      group = [];
      continue;
    }
    group.push(p);
    if (p.closes) {
      judge(group, out);
      group = [];
    }
  }
  judge(group, out);
}

/**
 * "My new address is Libínská 47, 373 91 Teplice": a sentence part that ends in a street
 * and a house number, followed by an address part, is cut down to that street.
 */
function sentenceTails(parts: Part[], lex: Lexicon): void {
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
