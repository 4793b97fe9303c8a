/**
 * LOCATION: known cities, regions and countries (hand-written lists, compromise and the
 * world gazetteer), unknown town names next to location cues ("ship to", "lives in") or
 * with town-like word shapes ("-ville", "Port ..."), "our Lagos office", street names
 * without a number; and, from addresses.ts, the shapes that carry a number (street
 * addresses, postcodes).
 */
import { englishInflection, getLexicon, type Lexicon } from "../lexicon/lexicon";
import * as placeCues from "../lexicon/place-cues";
import { unmarkedPlaceWord } from "../lexicon/place-unmarked";
import { TOWN_PREFIXES } from "../lexicon/place-lists";
import { candidate, HAS_CJK, HAS_DIGIT, HAS_HANGUL, textScripts } from "../text-scan";
import type { Candidate, Recognizer } from "../types";
import { findCjkAddresses, findCuedAddresses, findPostcodes, findPostcodeTowns, findStreetAddresses } from "./addresses";
import { CueSet } from "./cues";
import { findAddressBlocks } from "./address-block";
import { findAddressColumns } from "./address-records";
import { PLACE_KEY_WORDS } from "../lexicon/address-columns";
import { gazetteerPlace, inflectedTown, LANGUAGE_WORDS, TECH } from "./gazetteer-places";
import { NAMED_RELEASE_PRODUCTS } from "../lexicon/tech-products";
import { isStreetType, STREET_SUFFIX_WORDS, townShaped } from "./place-words";
import { houseNumbersBeside, nativeHomes } from "./place-homes";
import { codeCased, commaSpace, joinedBySpace, tokenizeWords, type WordToken } from "./tokens";
import { COMMON, EXTRA_COMMON, GIVEN, HONORIFIC, ORGANIZATION, placesOpeningWith, STREET_TYPE, streetSuffixOf, SURNAME, gazetteerPopulationOf, lexHas, wordFlag, type WordInfo } from "./word-info";

// Moved to place-homes.ts; tests and layout.ts read them from here.
export { ANY_NATIVE_WORD, NATIVE_HOME, streetWithNumber } from "./place-homes";

const SITE_WORDS = new Set(placeCues.SITE_WORDS);
const SITE_OWNERS = new Set(placeCues.SITE_OWNER_WORDS);
/** Strong place cues; PERSON consults them too, so "flying from Moreira ..." stays a place. */
export const STRONG_PLACE_CUES = new CueSet([...placeCues.STRONG_PLACE_CUE_PHRASES, ...placeCues.NATIVE_PLACE_CUE_PHRASES]);
const NATIVE_CUES = new CueSet(placeCues.NATIVE_PLACE_CUE_PHRASES);
const STRONG = STRONG_PLACE_CUES;
const CUES = new CueSet([...placeCues.STRONG_PLACE_CUE_PHRASES, ...placeCues.PLACE_CUE_WORDS]);
const WEAK_TOWN = new CueSet(placeCues.TOWN_CUE_WORDS);
// Set look-ups and char-code tests on the per-token paths below (they ran as regexes).
export const NAME_PARTICLES = new Set("de da do dos das di del della du la le les van von der den am an im upon on sur sul sous al el y i e of the".split(" "));

const LOWER_CITY_PREPOSITIONS = new Set(["to", "in", "from", "near", "at", "via"]);
const TOWN_PREFIX_WORDS = new Set(TOWN_PREFIXES);
const APP_PLACES = new Set(placeCues.APP_PLACE_WORDS);
const SERVICE_CENTRES = new Set(placeCues.SERVICE_CENTRE_WORDS);

// The loop below asks each token's word about these small sets; most words are in none of
// them. One flag of the shared word record (word-info.ts) says whether a word is in any,
// answered once per distinct word, so most tokens skip the string probes.
const PLACE_KEYS = new Set(PLACE_KEY_WORDS);
const SMALL_WORD = wordFlag(new Set([...PLACE_KEYS, ...LOWER_CITY_PREPOSITIONS, ...TOWN_PREFIX_WORDS, ...NAME_PARTICLES, ...SITE_OWNERS, ...LANGUAGE_WORDS, ...APP_PLACES, ...SERVICE_CENTRES]));
// Town-shaped words ("ashleyburgh"), once per word instead of a cache probe per token.
const TOWN_SHAPED = wordFlag({ has: townShaped });

// 1.9.0: a place's name is also a brand's ("Jordan shoes", "Santander card", "Does Mercedes
// support CarPlay?"). A listed brand's place right before one of these product or service words
// names the brand. One flag of the word record, asked only of the word after a matched place.
const PRODUCT_WORDS = wordFlag(new Set("shoe shoes sneaker sneakers trainers boots cleats jersey hoodie card cards app account accounts login password subscription membership support customer customers phone phones handset laptop tablet watch headphones earbuds firmware update dealer dealership model models sedan suv car cars insurance loan mortgage bank banking credit debit kundenkarte karte konto tarjeta cuenta carte compte cartão cartao conta telefono telefone téléphone scarpe zapatillas schuhe".split(" ")));
const BRAND_PLACES = new Set(placeCues.BRAND_PLACE_WORDS);
const BRAND_NAMES = new Set(placeCues.BRAND_NAMES_WITH_PLACE);
const ADDRESSING = new CueSet(placeCues.ADDRESSING_CUE_PHRASES);
const COMPANY_BEFORE = new CueSet(placeCues.COMPANY_BEFORE_PLACE_PHRASES);
const COMPANY_AFTER = new Set(placeCues.COMPANY_AFTER_PLACE_WORDS);
const CHANGE_VERBS = new Set(placeCues.CHANGE_VERBS);
const GERMAN_WORDS = new Set(placeCues.GERMAN_CLAUSE_WORDS);
const GERMAN_NOUN_PREPOSITIONS = new Set(["in", "nach", "aus", "im"]);
const KEY_GAP = /^["']?[ \t]*[:=][ \t]*["']?$/;
const NOUN_ENDING = /(?:tions?|sions?|ción|sión|ção|ções|ments?|ness|ity|ities|ences?|ances?|ings?|ungen|heit|keit|able|ible|isms?|ismo|isme|ware|board)$/;
const COPULAS = new Set(["is", "are", "was", "está", "están", "estão", "esta", "est", "sont", "ist", "sind", "zijn", "es", "è", "é"]);
const STATE_PREPOSITIONS = new Set(["in", "en", "em", "im"]);
const GERMAN_NOUN_ENDING = /(?:e|ung|heit|keit|schaft|tät|ion|nis|tum)$/;

/** `set.has(info.lower)` for one of the sets in SMALL_WORD. */
function inSmallSet(info: WordInfo, set: ReadonlySet<string>): boolean {
  return lexHas(info, SMALL_WORD) && set.has(info.lower);
}

/**
 * 1.9.0: the place at tokens[i..end] is part of a brand or a product's name, not a place: a
 * listed brand's place (or an organisation's name) before or after a product word ("Jordan
 * shoes", "tarjeta Santander"); a listed brand holding the place with the word before or after
 * it ("Air Jordan", "The Washington Post", "Victoria's Secret", "Florence + the Machine"). Never
 * after a strong place cue ("moved to Jordan") nor after a word that addresses someone ("Tell
 * Jordan shoes are ready"): when unsure, the name is redacted.
 */
function brandUse(tokens: readonly WordToken[], i: number, end: number, strong: boolean, cued: boolean): boolean {
  if (strong || ADDRESSING.before(tokens, i)) return false;
  let place = tokens[i].lower;
  for (let k = i + 1; k <= end; k++) place += " " + tokens[k].lower;
  const next = tokens[end + 1];
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (next && joinedBySpace(next.gap) && !next.allCaps && BRAND_NAMES.has(place + " " + next.lower)) return true;
  if (next && (next.gap === "'s " || next.gap === "\u2019s ") && BRAND_NAMES.has(place + "'s " + next.lower)) return true;
  const band = tokens[end + 2];
  if (next && band && next.gap === " + " && next.lower === "the" && joinedBySpace(band.gap) && BRAND_NAMES.has(place + " + the " + band.lower)) return true;
  if (prev && joinedBySpace(tokens[i].gap) && BRAND_NAMES.has(prev.lower + " " + place)) return true;
  // 1.10.0: a company named after its country or city: "Air France", "Bank of America",
  // "Singapore Airlines", "Deutsche Telekom" aside (no place in it).
  if (prev && joinedBySpace(tokens[i].gap) && COMPANY_BEFORE.before(tokens, i) && (prev.lower === "of" ? i > 1 && tokens[i - 2].cap : prev.cap)) return true;
  if (next && joinedBySpace(next.gap) && next.cap && COMPANY_AFTER.has(next.lower)) return true;
  if (!BRAND_PLACES.has(place) && !lexHas(tokens[i].info, ORGANIZATION)) return false;
  if (next && joinedBySpace(next.gap) && !next.allCaps && lexHas(next.info, PRODUCT_WORDS)) return true;
  // "tarjeta Santander", "zapatillas Jordan": the product word before the brand.
  return prev !== undefined && !prev.cap && !cued && joinedBySpace(tokens[i].gap) && lexHas(prev.info, PRODUCT_WORDS);
}

/** A dash or underscore then an ASCII digit at text[at] ("PT-88213"). */
function dashDigit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return (c === 45 || c === 95) && d >= 48 && d <= 57;
}

/** /^\d/.test(gap): the gap opens with an ASCII digit. */
function digitFirst(gap: string | undefined): boolean {
  const c = gap === undefined ? -1 : gap.charCodeAt(0);
  return c >= 48 && c <= 57;
}

// Split forms of the lexicon's place names (a fixed set), kept per list of places opening with a
// word (the lists are the lexicon's own arrays), so matching allocates nothing and probes one
// table per word instead of one per place. A name of two words or more can only match when its
// second word is the next token's, so the list is also indexed by second word: "New" and "San"
// open hundreds of names, of which a token tries only those with its neighbour, in list order.
interface PlaceList {
  parts: string[][];
  /** Indices of the one-word names, ascending. */
  single: number[];
  /** Indices of the longer names by their second word, ascending. */
  bySecond: Map<string, number[]>;
}

const partsCache = new WeakMap<readonly string[], PlaceList>();

function placeList(places: readonly string[]): PlaceList {
  let list = partsCache.get(places);
  if (!list) {
    const parts = places.map((place) => place.split(" "));
    const single: number[] = [];
    const bySecond = new Map<string, number[]>();
    parts.forEach((p, o) => {
      if (p.length === 1) single.push(o);
      else {
        const same = bySecond.get(p[1]);
        if (same) same.push(o);
        else bySecond.set(p[1], [o]);
      }
    });
    list = { parts, single, bySecond };
    partsCache.set(places, list);
  }
  return list;
}

const NONE: number[] = [];

export function placeMatch(tokens: WordToken[], i: number, lex: Lexicon): { end: number; kind: "country" | "city" | "region" } | null {
  const options = placesOpeningWith(tokens[i].info);
  if (!options) return null;
  const { parts: split, single, bySecond } = placeList(options);
  const longer = i + 1 < tokens.length ? (bySecond.get(tokens[i + 1].lower) ?? NONE) : NONE;
  // The two ascending index lists, merged: the places in the list's order (longest first).
  for (let a = 0, b = 0; a < single.length || b < longer.length; ) {
    const o = b >= longer.length || (a < single.length && single[a] < longer[b]) ? single[a++] : longer[b++];
    const place = options[o];
    const parts = split[o];
    if (i + parts.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) {
      // 1.7.0: after an opening article, the name's word needs its capital ("La réunion de
      // lundi" is a meeting, "La Réunion" the island; "Dominikánska republika" keeps its case).
      ok = tokens[i + k].lower === parts[k] && (k === 0 || ((tokens[i + k].gap === " " || tokens[i + k].gap === "\u00a0" || tokens[i + k].gap === "-") && (k > 1 || tokens[i + k].cap || !NAME_PARTICLES.has(parts[0]))));
    }
    if (!ok) continue;
    const kind = lex.countries.has(place) ? "country" : lex.cities.has(place) ? "city" : "region";
    return { end: i + parts.length - 1, kind };
  }
  return null;
}

function findNamedPlaces(text: string, lex: Lexicon, out: Candidate[]): void {
  const tokens = tokenizeWords(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap) {
      // 1.7.0: chat typed in lower case ("my flight to lisbon", "moving to berlin"): a city of
      // 100,000+ inhabitants right after a place preposition, when the word is no ordinary word.
      if (i > 0 && t.info.lower.length >= 4 && inSmallSet(tokens[i - 1].info, LOWER_CITY_PREPOSITIONS) && joinedBySpace(t.gap) && !lexHas(t.info, COMMON) && !lexHas(t.info, EXTRA_COMMON) && !lexHas(t.info, GIVEN) && (gazetteerPopulationOf(t.info) ?? 0) >= 100_000) {
        out.push(candidate("LOCATION", t.start, t.end, 0.55, "lower-city"));
      }
      continue;
    }
    if (gluedToDigit(text, t) || codeCased(t.text) || timeZoneName(text, t)) continue;
    // 1.10.0: "Windows Vista", "macOS Sonoma": a release named after a place; "[Phoenix.Router]", "Fly.io".
    if ((i > 0 && joinedBySpace(t.gap) && NAMED_RELEASE_PRODUCTS.has(tokens[i - 1].lower)) || dottedName(text, t)) continue;
    const hit = placeMatch(tokens, i, lex);
    const strong = STRONG.before(tokens, i) || (t.gap === " " && i > 0 && tokens[i - 1].lower === "to" && !lexHas(t.info, TECH) && fromBefore(tokens, i - 1)) || placeKeyBefore(tokens, i);
    const cued = strong || CUES.before(tokens, i);
    if (hit && brandUse(tokens, i, hit.end, strong, cued)) {
      i = hit.end;
      continue;
    }
    if (hit) {
      const words = hit.end - i + 1;
      // 1.10.0: "Para iadesi" (Turkish: refund), not Pará: a place written without its
      // diacritics reads as the ordinary word it also is, unless a cue says place.
      const common = words === 1 && (lexHas(t.info, COMMON) || unmarkedPlaceWord(t.info.lower));
      const person = lexHas(t.info, GIVEN) || lexHas(t.info, SURNAME);
      let score = hit.kind === "country" ? 0.85 : 0.75;
      if (common) score = t.sentenceStart ? 0.2 : 0.45;
      if (person && words === 1) score -= 0.25;
      if (strong) score += 0.3;
      else if (cued) score += 0.2;
      if (t.allCaps && t.text.length <= 3) score -= 0.4;
      const end = strong ? cuedEnd(tokens, i, hit.end) : hit.end;
      out.push(candidate("LOCATION", t.start, tokens[end].end, score, "place"));
      // "Kraljevo, Serbia", "Tromsø, Troms": an unknown capitalised town before ", <region/country>".
      if (score >= 0.5 && hit.kind !== "city" && i > 0 && commaSpace(t.gap)) {
        let j = i - 1;
        const ok = (w: WordToken) => w.cap && !w.allCaps && !lexHas(w.info, COMMON) && !lexHas(w.info, GIVEN) && !inSmallSet(w.info, LANGUAGE_WORDS);
        if (ok(tokens[j])) {
          while (j > 0 && i - j < 3 && joinedBySpace(tokens[j].gap) && ok(tokens[j - 1]) && !tokens[j].sentenceStart) j--;
          out.push(candidate("LOCATION", tokens[j].start, tokens[i - 1].end, 0.6, "town-before-region"));
        }
      }
      i = score >= 0.5 ? followingPart(tokens, end, lex, out) : end;
      continue;
    }
    // 1.10.0: a product that is also a town somewhere ("sync to Outlook", "from Webpack to Vite") is a town only after a strong cue.
    const gaz = strong || !lexHas(t.info, TECH) ? gazetteerPlace(tokens, i, lex, strong, cued) : null;
    if (gaz && gaz.score >= 0.5 && brandUse(tokens, i, gaz.end, strong, cued)) {
      i = gaz.end;
      continue;
    }
    if (gaz && gaz.score >= 0.5) {
      const end = strong ? cuedEnd(tokens, i, gaz.end) : gaz.end;
      out.push(candidate("LOCATION", t.start, tokens[end].end, strong ? Math.max(gaz.score, 0.8) : gaz.score, "gazetteer"));
      i = followingPart(tokens, end, lex, out);
      continue;
    }
    // 1.7.0: a known town in another grammatical case ("w Gdańsku", "Debrecenbe").
    if (inflectedTown(tokens, i)) {
      out.push(candidate("LOCATION", t.start, t.end, 0.6, "inflected-town"));
      continue;
    }
    if (strong && !lexHas(t.info, EXTRA_COMMON) && !lexHas(t.info, TECH) && !appPlace(tokens, i)) {
      // After a strong cue ("flying from", "citizen of"), the capitalised words that follow
      // are the place, whatever they are: "Moreira de Nossa Senhora", "Republic of Korea".
      const e = cuedEnd(tokens, i, i);
      out.push(candidate("LOCATION", t.start, tokens[e].end, 0.8, "cued-place"));
      i = followingPart(tokens, e, lex, out);
      continue;
    }
    const site = siteBefore(tokens, i);
    if (site >= 0) {
      out.push(candidate("LOCATION", t.start, tokens[site].end, 0.7, "site"));
      i = site;
      continue;
    }
    // "Frau Dr. Krüger": an honorific before "Dr." is a title, not a street on a "Drive".
    // 1.9.0: "Google Drive", "Apple Park Way" aside, an organisation's name before a street-type
    // word is its product ("Save it to Google Drive"), not a street.
    const street = lexHas(t.info, HONORIFIC) || lexHas(t.info, ORGANIZATION) || changedFrom(tokens, i) ? -1 : streetName(text, tokens, i, lex);
    if (street >= 0) {
      out.push(candidate("LOCATION", t.start, tokens[street].end, 0.7, "street-name"));
      i = street;
      continue;
    }
    // Unknown places: town-shaped words or a prefix ("Port Kaitlyn"), or an unknown
    // capitalised word after "from/in/near".
    let e = i;
    while (e + 1 < tokens.length && e - i < 3 && tokens[e + 1].cap && joinedBySpace(tokens[e + 1].gap) && !lexHas(tokens[e + 1].info, COMMON) && !inflectedTown(tokens, e + 1)) e++;
    const prefixed = e > i && inSmallSet(t.info, TOWN_PREFIX_WORDS);
    const commonStart = lexHas(t.info, COMMON) && !prefixed;
    if (commonStart) continue;
    let shaped = false;
    if (!prefixed) {
      // 1.10.0: not a product's name ("to Codeberg").
      for (let k = i; k <= e && !shaped; k++) shaped = lexHas(tokens[k].info, TOWN_SHAPED) && !lexHas(tokens[k].info, TECH);
      for (let k = i; k <= e && shaped; k++) if (lexHas(tokens[k].info, GIVEN)) shaped = false;
    }
    let score = prefixed ? 0.55 : shaped ? 0.4 : 0;
    // 1.10.0: nor a product or service ("Deploy to Vercel"), nor after a word glued by "_" ("created_at"): no preposition.
    const unknownWord = !inSmallSet(t.info, LANGUAGE_WORDS) && !t.allCaps && !t.sentenceStart && !lexHas(t.info, GIVEN) && !lexHas(t.info, SURNAME) && !lexHas(t.info, ORGANIZATION) && !lexHas(t.info, TECH) && !(i > 0 && tokens[i - 1].gap === "_");
    if (unknownWord && WEAK_TOWN.before(tokens, i) && !appPlace(tokens, i) && !ordinaryNoun(tokens, i, lex)) score = Math.max(score, 0.5);
    else if ((prefixed || shaped) && cued) score += 0.2;
    if (score > 0) out.push(candidate("LOCATION", t.start, tokens[e].end, score, "town"));
    i = e;
  }
}

const TZ_AREA = /(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/$/;

/** "Europe/Berlin", "America/Sao_Paulo": a time-zone name (IANA), not a place mentioned. */
function timeZoneName(text: string, t: WordToken): boolean {
  return (t.gap === "/" && TZ_AREA.test(text.slice(Math.max(0, t.start - 12), t.start))) || (text[t.end] === "/" && /^[A-Z][a-z]+_?/.test(text.slice(t.end + 1, t.end + 3)) && TZ_AREA.test(t.text + "/"));
}

// Endings of a host or a file name after a dot ("Fly.io", "Render.com", "Berlin.md").
const NAME_ENDINGS = new Set("io com net org dev app ai co sh so js ts py rb rs go md json yaml yml toml exe dll".split(" "));
const DOTTED_PART = /^\.([A-Za-z][A-Za-z0-9_]*)(.?)/;

/**
 * 1.10.0: a word joined by a dot to the next one, as code and hosts write them: a module or a
 * class ("[Phoenix.Router]", "`Berlin.Api`", "Paris.Orders.Service") closed by a bracket, a
 * backtick, a call or a further dot, or a host or file name ending ("Fly.io"). Not an
 * abbreviation ("St.Louis") nor a sentence missing its space ("in Berlin.Now we ...").
 */
function dottedName(text: string, t: WordToken): boolean {
  if (text.charCodeAt(t.end) !== 46 || t.text.length < 3) return false;
  const m = DOTTED_PART.exec(text.slice(t.end, t.end + 48));
  if (!m) return false;
  const part = m[1];
  const c = part.charCodeAt(0);
  if (c >= 97 && c <= 122) return NAME_ENDINGS.has(part) && !/[A-Za-z0-9]/.test(m[2]);
  return m[2] === "]" || m[2] === "`" || m[2] === ")" || m[2] === "(" || (m[2] === "." && /^[A-Za-z]/.test(text.slice(t.end + 1 + part.length + 1, t.end + 3 + part.length)));
}

/** A word written against a digit ("PL29...", "E20417") is part of a code. */
function gluedToDigit(text: string, t: WordToken): boolean {
  const after = t.end < text.length ? text.charCodeAt(t.end) : 0;
  const before = t.start > 0 ? text.charCodeAt(t.start - 1) : 0;
  return (after >= 48 && after <= 57) || (before >= 48 && before <= 57);
}

/**
 * "Kumasi, Ghana", "Lyon, Auvergne-Rhône-Alpes": after a place, ", Capitalised words"
 * closing the clause is its region or country. Returns the last token index used.
 */
function followingPart(tokens: WordToken[], e: number, lex: Lexicon, out: Candidate[]): number {
  const next = tokens[e + 1];
  if (!next || !commaSpace(next.gap) || !next.cap || lexHas(next.info, COMMON) || lexHas(next.info, GIVEN)) return e;
  const end = growPlace(tokens, e + 1);
  const after = tokens[end + 1];
  const closes = !after || /[.;!?\n(]/.test(after.gap) || (joinedBySpace(after.gap) && /^(?:and|or|but|for|on|in|to|with|this|last|next|since|until|where|which)$/.test(after.lower));
  if (!closes) return e;
  out.push(candidate("LOCATION", next.start, tokens[end].end, 0.65, "place-part"));
  return end;
}

/** "our Lagos office": returns the chain's last index when the pattern fits, else -1. */
function siteBefore(tokens: WordToken[], i: number): number {
  if (i === 0 || !inSmallSet(tokens[i - 1].info, SITE_OWNERS) || lexHas(tokens[i].info, COMMON)) return -1;
  let e = i;
  while (e + 1 < tokens.length && e - i < 2 && tokens[e + 1].cap && joinedBySpace(tokens[e + 1].gap) && !SITE_WORDS.has(tokens[e + 1].lower)) e++;
  const next = tokens[e + 1];
  return next && joinedBySpace(next.gap) && SITE_WORDS.has(next.lower) ? e : -1;
}

/** "on Baker Street", "along Rua Augusta": capitalised words closed by a street-type word. */
/** SQL keywords and column types, as DDL writes them in capitals next to street-type words ("KEY", "VIEW"). */
const SQL_WORDS = new Set("primary key foreign references unique constraint default serial bigserial smallserial int integer bigint smallint varchar char text numeric decimal boolean timestamp timestamptz date null not check index table view create alter drop select from where join order group by limit values insert update delete set cascade".split(" "));

function streetName(text: string, tokens: WordToken[], i: number, lex: Lexicon): number {
  if (lexHas(tokens[i].info, STREET_TYPE) && !STREET_SUFFIX_WORDS.has(tokens[i].lower)) return -1;
  for (let e = i; e < tokens.length && e - i < 4; e++) {
    const w = tokens[e];
    if (e > i && (!joinedBySpace(w.gap) || !(w.cap || inSmallSet(w.info, NAME_PARTICLES)))) return -1;
    // "IBAN PL29...": the word runs into digits, so it is a code's letters, not a street type.
    if (digitFirst(tokens[e + 1]?.gap)) return -1;
    // 1.10.0: "Patient ID PT-88213": letters joined to digits by a dash are an id's prefix.
    if (dashDigit(text, w.end)) return -1;
    if (e === i + 1 && !w.cap && tokens[i].sentenceStart) return -1;
    // "id BIGSERIAL PRIMARY KEY": SQL written in capitals, not a street.
    if (w.allCaps && SQL_WORDS.has(w.lower)) return -1;
    if (e > i && w.cap && (lexHas(w.info, STREET_TYPE) || streetSuffixOf(w.info))) {
      // 1.8.0: "Help Center", "Data Centre": a centre named by what it does is no street.
      if ((w.lower === "center" || w.lower === "centre") && inSmallSet(tokens[e - 1].info, SERVICE_CENTRES)) return -1;
      // "Paket an Birkenweg": a street written as one word takes no lower-case particle before it.
      if (!isStreetType(lex, w.lower) && tokens.slice(i + 1, e).some((x) => !x.cap)) return -1;
      // 1.10.0: "Royal Bank of Canada", "National Bank of Greece": an institution "of" a place, not a street.
      const of = tokens[e + 1];
      if (of && of.lower === "of" && joinedBySpace(of.gap) && tokens[e + 2]?.cap && joinedBySpace(tokens[e + 2].gap)) return -1;
      return e;
    }
    if (e === i && streetSuffixOf(w.info) && !lexHas(w.info, COMMON)) return e;
  }
  return -1;
}

/** "Add to Cart", "Moved to Trash": a screen, list or folder of an app alone after "to" (APP_PLACE_WORDS). */
function appPlace(tokens: WordToken[], i: number): boolean {
  const next = tokens[i + 1];
  return i > 0 && tokens[i - 1].lower === "to" && inSmallSet(tokens[i].info, APP_PLACES) && !(next && next.cap && joinedBySpace(next.gap));
}

/**
 * Whether "from <words>" precedes the "to" at tokens[k] in the same sentence ("from Płock to
 * Słupsk"). 1.10.0: not after a verb of changing ("upgrade from Android Oreo to Pie", "switched
 * from Basic to Premium"), nor from an ordinary word or a language ("from Open to Closed",
 * "from English to Spanish"): those are versions, plans, states and languages.
 */
function fromBefore(tokens: WordToken[], k: number): boolean {
  for (let n = k - 1; n >= 0 && n >= k - 6; n--) {
    if (/[.!?\n]/.test(tokens[n + 1].gap)) return false;
    if (tokens[n].lower === "from") {
      if (n > 0 && CHANGE_VERBS.has(tokens[n - 1].lower)) return false;
      // "from Open to Closed", "from English to Spanish": states and languages, not places.
      // A common word opening a longer name stays a place ("from South Ivy", "from An Nhơn").
      const from = tokens[n + 1];
      const longer = n + 2 < k && tokens[n + 2].cap && joinedBySpace(tokens[n + 2].gap);
      // 1.10.0: nor from a product or service ("from Heroku to Render", "from Notion to Confluence").
      return n + 1 < k && from.cap && (longer || !lexHas(from.info, COMMON) || gazetteerPopulationOf(from.info) !== undefined) && !inSmallSet(from.info, LANGUAGE_WORDS) && !lexHas(from.info, TECH);
    }
  }
  return false;
}

/**
 * 1.10.0: an unknown capitalised word after "in", "from", "en" ... that is an ordinary noun rather
 * than a town no list holds: an English inflection of an ordinary word ("in Preferences"), a
 * noun's ending in the languages of our users ("in Production", "en Preparación", "in
 * Behandeling"), a state after a copula ("está en Camino", "est en Attente", "is in Beta"), a
 * plan or product changed ("switched from Basic"), a German noun ("in Größe 44"). Only asked
 * after a weak cue; known towns never reach it.
 */
function ordinaryNoun(tokens: readonly WordToken[], i: number, lex: Lexicon): boolean {
  const w = tokens[i].lower;
  if (englishInflection(w, lex.commonWords) || (w.length >= 7 && NOUN_ENDING.test(w))) return true;
  if (i > 1 && COPULAS.has(tokens[i - 2].lower) && STATE_PREPOSITIONS.has(tokens[i - 1].lower)) return true;
  return changedFrom(tokens, i) || germanNoun(tokens, i);
}

/** 1.10.0: "Ort: Bad Münstereifel", `"ciudad": "Arequipa"`: a place key of a form or a dump, then ":" or "=". */
function placeKeyBefore(tokens: readonly WordToken[], i: number): boolean {
  return i > 0 && inSmallSet(tokens[i - 1].info, PLACE_KEYS) && KEY_GAP.test(tokens[i].gap);
}

/** 1.10.0: "switched from Basic", "upgrade from Android": a plan or a product changed, not a town left. */
function changedFrom(tokens: readonly WordToken[], i: number): boolean {
  return i > 1 && tokens[i - 1].lower === "from" && CHANGE_VERBS.has(tokens[i - 2].lower);
}

/**
 * 1.10.0: German writes every noun with a capital, so after "in", "nach" or "aus" in a German
 * clause an unknown capitalised word is a noun ("Schuhe in Größe 44", "nach Farbe sortieren"),
 * not a town; a known town there is still found by the lists and the gazetteer, and "wohne in"
 * is a strong cue. After "nach", where unknown towns are as common ("nach Usedom"), only a
 * word with a noun's ending ("nach Hause"). German: a word of GERMAN_CLAUSE_WORDS within six words on either side, in
 * the same sentence.
 */
function germanNoun(tokens: readonly WordToken[], i: number): boolean {
  if (i === 0 || !GERMAN_NOUN_PREPOSITIONS.has(tokens[i - 1].lower)) return false;
  // After "nach" towns are as common as nouns ("nach Usedom", "nach Hause"): only a noun's ending counts there.
  if (tokens[i - 1].lower === "nach" && !GERMAN_NOUN_ENDING.test(tokens[i].lower)) return false;
  for (let n = i - 2; n >= 0 && n >= i - 7; n--) {
    if (GERMAN_WORDS.has(tokens[n].lower)) return true;
    if (/[.!?\n]/.test(tokens[n].gap)) break;
  }
  for (let n = i + 1; n < tokens.length && n <= i + 6; n++) {
    if (/[.!?\n]/.test(tokens[n].gap)) break;
    if (GERMAN_WORDS.has(tokens[n].lower)) return true;
  }
  return false;
}

/**
 * After a strong place cue, where the place that starts at tokens[i] (known to run at
 * least to `e`) ends: capitalised words and particles ("Salvador do Norte"), then up to
 * two lower-case words no dictionary knows, as localised town names carry them
 * ("Sesto umbro", "Carola nell'emilia"); ordinary words ("this week") stop it.
 */
function cuedEnd(tokens: WordToken[], i: number, e: number): number {
  let end = Math.max(e, growPlace(tokens, i));
  if (NATIVE_CUES.before(tokens, i)) return end;
  for (let extra = 0; extra < 2 && end + 1 < tokens.length; extra++) {
    const w = tokens[end + 1];
    if (w.cap || !joinedBySpace(w.gap) || w.lower.length < 3 || lexHas(w.info, COMMON) || lexHas(w.info, EXTRA_COMMON) || inSmallSet(w.info, NAME_PARTICLES)) break;
    end++;
  }
  return end;
}

/** The end of a place name starting at tokens[i]: capitalised words and particles, one line. */
function growPlace(tokens: WordToken[], i: number): number {
  let e = i;
  for (let k = i + 1; k < tokens.length && k - i < 6; k++) {
    const w = tokens[k];
    const gap = w.gap;
    if (gap !== " " && !/^[ \u00a0-]$|^[ \u00a0]{2}$/.test(gap) && !(gap === "'" || gap === "’")) break;
    if (w.cap && !w.allCaps && !lexHas(w.info, EXTRA_COMMON)) e = k;
    else if (!inSmallSet(w.info, NAME_PARTICLES)) break;
  }
  return e;
}

function findLocations(text: string): Candidate[] {
  const lex = getLexicon();
  const out: Candidate[] = [];
  // Street addresses and postcodes all carry a number.
  const scripts = textScripts(text);
  const digit = (scripts & HAS_DIGIT) !== 0;
  if (digit) findStreetAddresses(text, lex, out);
  if (scripts & (HAS_CJK | HAS_HANGUL)) findCjkAddresses(text, out);
  findNamedPlaces(text, lex, out);
  nativeHomes(text, out);
  if (digit) findPostcodeTowns(text, lex, out);
  if (digit) findCuedAddresses(text, out);
  if (digit) findAddressBlocks(text, out);
  findPostcodes(text, out);
  findAddressColumns(text, out);
  if (digit) houseNumbersBeside(text, out);
  return out;
}

export const locationRecognizer: Recognizer = { id: "location", types: ["LOCATION"], find: findLocations };
