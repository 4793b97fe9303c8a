/**
 * The address vocabulary as address blocks read it: street-type words and endings, unit and
 * floor words, house-number markers, postcode shapes, and the word tests built on them (a
 * town-like run of words, a known place, a country name). Shared by the line cutter
 * (address-parts.ts), the part classifier (address-classify.ts) and the block judge.
 */
import { englishInflection, type Lexicon } from "../lexicon/lexicon";
import { foldWord, getGazetteer } from "../lexicon/gazetteer";
import { HOUSE_NUMBER_MARKERS, POSTCODE_PREFIXES, POSTCODE_SHAPES, STREET_ENDINGS, STREET_TYPE_WORDS, UNIT_WORDS_AFTER_NUMBER, UNIT_WORDS_BEFORE_NUMBER } from "../lexicon/address-words";
import { NOT_TOWN_WORDS } from "../lexicon/not-town-words";
import { ADMIN_AREA_WORDS, COUNTRY_LONG_NAMES, ORGANISATION_SUFFIXES } from "../lexicon/place-extra";

export const strip = (w: string) => w.replace(/[.,;:]+$/, "");
export const bareWord = (w: string) => w.toLowerCase().replace(/[,;:]+$/, "");

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
export const UNIT_BEFORE = new Set<string>();
for (const w of UNIT_WORDS_BEFORE_NUMBER) {
  UNIT_BEFORE.add(w);
  UNIT_BEFORE.add(w.replace(/\.$/, ""));
}
export const UNIT_AFTER = new Set<string>();
for (const w of UNIT_WORDS_AFTER_NUMBER) {
  UNIT_AFTER.add(w);
  UNIT_AFTER.add(w.replace(/\.$/, ""));
}
export const NUMBER_MARKERS = new Set(HOUSE_NUMBER_MARKERS.flatMap((w) => [w, w.replace(/\.$/, "")]));
const PREFIXES = new Set(POSTCODE_PREFIXES);
export const NOT_TOWN = new RegExp(`^(?:${NOT_TOWN_WORDS.join("|")})$`, "i");
const ADMIN = new Set(ADMIN_AREA_WORDS);
const ORGS = new Set(ORGANISATION_SUFFIXES);
const LONG_COUNTRIES = new Set(COUNTRY_LONG_NAMES);

/** Lower-case words a place name may carry inside it ("Teplice nad Metují", "Saint-Pierre-et-Miquelon"). */
export const PARTICLES = new Set("de da do dos das di del della dei delle du des la le les van von der den het am an im in upon on sur sous sul al el y i e a of the en au aux nad pod na u v w z bei ob og et und".split(" "));

/** Words after a house number that belong to it ("5 bis", "12 ter"). */
export const HOUSE_SUFFIXES = new Set(["bis", "ter", "quater", "s/n", "b", "a"]);

/** Lower-case words that join a sentence, never a street's name ("1984 in the village of ..."). */
export const PROSE_LINKS = new Set("in on at to for and or by from near with into onto since until was is born".split(" "));

const POSTCODE = POSTCODE_SHAPES.join("|");
export const POSTCODE_ALL = new RegExp(`^(?:${POSTCODE})$`, "u");
export const POSTCODE_START = new RegExp(`^(?:${POSTCODE})(?=[ \\u00a0]+\\S)`, "u");
export const POSTCODE_END = new RegExp(`(?<=\\S,?[ \\u00a0]+)(?:${POSTCODE})$`, "u");
export const PLAIN_DIGITS = /^\d{4,7}$/;

// A house number: "12", "60a", "5B", "830/2", "8-Cv", "33-35", "'ב67", "s/n".
const HOUSE_NUMBER = /^(?:\d{1,5}[\p{L}]{0,2}(?:[-/]\d{1,4}[\p{L}]?)?|\d{1,5}-\p{L}{1,3}|['׳]?\p{L}\d{1,4}|s\/n)$/u;
export const ORDINAL_FLOOR = /^\d{1,3}(?:\.|e|er|re|ème|eme|º|ª|°|ος|η|ο|st|nd|rd|th|-?(?:я|й|ий|ой))$/u;
export const CODE_CHARS = /[{}[\]<>=\\@_*|"`$%€£]|:\/\/|\(\)|\(\d|\d[:.]\d{2}\b|\b(?:http|https|www)\b/;
export const UPPER_START = /^\p{Lu}/u;
const CASELESS = /^[\p{Lo}]/u;
const LOWER_LATIN = /^[a-zà-ÿāăąćčďđēėęěğīįıķĺļľłńņňőœŕřśşšţťūůűųźżž]/;
// "eMonti", "iNyakatho": a lower-case locative prefix before a capitalised place name.
const PREFIXED_CAPITAL = /^[a-z]\p{Lu}/u;

/** A word that may be (part of) a town's name. */
export function townWord(w: string): boolean {
  return UPPER_START.test(w) || CASELESS.test(w) || PREFIXED_CAPITAL.test(w);
}

export function isStreetWord(w: string): boolean {
  const l = bareWord(w);
  if (STREET_WORDS.has(l)) return true;
  if (l.endsWith(".")) return STREET_WORDS.has(l.slice(0, -1)) || DOTTED.has(l.slice(0, -1));
  return DOTTED.has(l) && (l.length >= 3 || UPPER_START.test(w));
}

// Word verdicts repeat across texts: remembered (bounded), like place-words.ts does.
const endingCache = new Map<string, boolean>();

export function hasStreetEnding(w: string, lex: Lexicon): boolean {
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

export function isHouseNumber(w: string): boolean {
  const c = w.charCodeAt(0);
  // Every house number opens with a digit, a geresh/apostrophe, a letter before digits, or "s/n".
  if (!(c >= 48 && c <= 57) && c !== 39 && c !== 0x5f3 && !/\d|^s\/n/.test(w)) return false;
  return HOUSE_NUMBER.test(strip(w));
}

/** Words that are ordinary lower-case vocabulary (English or not): prose, not a name. */
export function lowerWord(w: string, lex: Lexicon): boolean {
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
// 1.10.0: a word in Chinese, Japanese or Korean ending in a word for "number" or "code" ("产品编号",
// "会員番号", "상품번호", "验证码") labels the digits after it; it is no town before a postcode.
const CJK_NUMBER_LABEL = /[\u3040-\u9fff\uac00-\ud7a3](?:号|號|番|번호|码|碼|코드)$/u;

export function townLike(words: readonly string[], lex: Lexicon, sentenceEnd = false): boolean {
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
      if (lex.commonWords.has(l) || lex.extraCommon.has(l) || NOT_TOWN.test(l) || CJK_NUMBER_LABEL.test(w)) ordinary++;
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

export function knownPlace(text: string, lex: Lexicon): boolean {
  const l = text.toLowerCase().replace(/\s*\(.*\)$/, "").replace(/[\s\u00a0]+/g, " ").trim();
  if (lex.cities.has(l) || lex.regions.has(l) || lex.countries.has(l)) return true;
  const folded = foldWord(l);
  const population = getGazetteer().population.get(folded);
  return population !== undefined && !lex.commonWords.has(l);
}

// Whether any country name holds a digit (none does): asked once per lexicon, so a part with a
// digit and no bracket (which countryName would cut off) skips the lower-casing and replaces.
const countryDigits = new WeakMap<Lexicon, boolean>();

export function mayBeCountryWithDigit(text: string, lex: Lexicon): boolean {
  let digits = countryDigits.get(lex);
  if (digits === undefined) {
    digits = [...lex.countries].some(hasDigit) || [...LONG_COUNTRIES].some(hasDigit);
    countryDigits.set(lex, digits);
  }
  return digits || text.includes("(") || text.includes("（");
}

export function countryName(text: string, lex: Lexicon): boolean {
  if (text.length > 60) return false;
  const l = text.toLowerCase().replace(/\s*[(（].*[)）]$/, "").replace(/[\s\u00a0]+/g, " ").replace(/[.,;:]+$/, "").trim();
  return l.length >= 4 && (lex.countries.has(l) || LONG_COUNTRIES.has(l));
}

/** The postcode match's prefix letters, if any, must be a country or vehicle code ("LV-1001", not "ID 4471"). */
export function plausiblePostcode(code: string): boolean {
  const prefix = /^([A-Z]{1,3})[- \u00a0]?\d/.exec(code);
  if (prefix && !/^[A-Z]\d[A-Z]|^[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}$|^[A-Z]\d[\dW][ \u00a0]|^[A-Z]{3}[ \u00a0]?\d{4}$|^[A-Z]{2}-\d{3,4}-\d{4}$|^[A-Z]\d{4}[A-Z]{3}$/.test(code)) return PREFIXES.has(prefix[1]);
  return true;
}

export function hasDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export function isAsciiWord(w: string): boolean {
  return /^[A-Za-z.]+$/.test(w);
}
