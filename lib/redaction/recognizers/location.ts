/**
 * LOCATION: street addresses (one span, even over several lines), known cities, regions
 * and countries, postcodes, and unknown town names next to location cues ("ship to",
 * "lives in") or with town-like word shapes ("-ville", "Port ...").
 */
import { getLexicon, type Lexicon } from "../lexicon/lexicon";
import { NOT_TOWN_WORDS } from "../lexicon/not-town-words";
import * as placeCues from "../lexicon/place-cues";
import { STREET_SUFFIX_WORDS as ENDING_WORDS, STREET_WORDS_STANDALONE, TOWN_PREFIXES, TOWN_SUFFIXES } from "../lexicon/place-lists";
import { STREET_NAME_OPENERS, UNIT_WORDS, UNIT_WORDS_BEFORE_STREET } from "../lexicon/street-words";
import { candidate, eachMatch } from "../text-scan";
import type { Candidate, Recognizer } from "../types";
import { commaSpace, joinedBySpace, tokenizeWords, type WordToken } from "./tokens";
import { CueSet } from "./cues";
import { gazetteerPlace, LANGUAGE_WORDS } from "./gazetteer-places";

const STREET_SUFFIX_WORDS = new Set([...ENDING_WORDS, ...STREET_WORDS_STANDALONE]);

/** Words as the alternatives of a pattern: a "." in a word is a literal full stop. */
function alternatives(words: readonly string[]): string {
  return words.map((w) => w.replace(/\./g, "\\.")).join("|");
}

const SITE_WORDS = new Set(placeCues.SITE_WORDS);
const SITE_OWNERS = new Set(placeCues.SITE_OWNER_WORDS);
/** Strong place cues; PERSON consults them too, so "flying from Moreira ..." stays a place. */
export const STRONG_PLACE_CUES = new CueSet(placeCues.STRONG_PLACE_CUE_PHRASES);
const STRONG = STRONG_PLACE_CUES;
const CUES = new CueSet([...placeCues.STRONG_PLACE_CUE_PHRASES, ...placeCues.PLACE_CUE_WORDS]);
const WEAK_TOWN = new CueSet(placeCues.TOWN_CUE_WORDS);
const NAME_PARTICLE = /^(?:de|da|do|dos|das|di|del|della|du|la|le|les|van|von|der|den|am|an|im|upon|on|sur|sul|sous|al|el|y|i|e|of|the)$/;
// After "at"/"to" and address cues: a phrase with a house number ("at Mevlana Sokak 96a, İzmir").
const AT_CUES = new CueSet(placeCues.ADDRESS_CUE_PHRASES);
const PHRASE_STOP = /(?:\.(?:\s|$)|[\n;!?()]|\s(?:for|on|by|and|but|or|at|with|since|until|from|before|after|tomorrow|today|yesterday|tonight|this|next|last|because|when|if|then|so|to|please)\b)/i;

const SPACE_DIGIT = /[ \u00a0]\d/;
const NUMBER_THEN_WORDS = /(?<![\p{L}\d-])\d{1,6}[A-Za-z]?(?:-\d{1,4})?,?[ \u00a0]{1,2}(?=\p{L})/gu;
const EURO_PREFIX = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(STREET_NAME_OPENERS)})[ \u00a0]`, "giu");
// A line that starts with a house number and capitalised words, in an address block.
const ADDRESS_LINE = /(?<=^|\n)[ \t]{0,8}\d{1,6}[A-Za-z]?,?[ \u00a0]{1,2}\p{Lu}[\p{L}'’.-]{0,30}(?:[ \u00a0]{1,2}[\p{L}\d'’.#º-]{1,30}){0,6}[ \t]{0,4}(?=\r?\n)/gu;
// "Springfield, IL 62704", "Toronto, ON M5V 2T6": a city, a region code, a postcode.
const CITY_REGION_POSTCODE = /(?<![\p{L}])\p{Lu}[\p{L}'’.-]{1,30}(?:[ \u00a0-]\p{Lu}[\p{L}'’.-]{1,30}){0,3},[ \u00a0]{1,2}[A-Z]{2,3}[ \u00a0]{1,2}(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]?\d[A-Z]{2}|\d{4})(?![\p{L}\d])/gu;
const CITY_REGION_CORE = /,[ \u00a0]{1,2}[A-Z]{2,3}[ \u00a0]{1,2}[A-Z\d]/;
// Japanese, Chinese and Korean addresses: "〒150-0002", "6丁目8番4号", "任桥56265号", place
// names ending in 市/区/村/町/県 and 시/구/동/로/길.
const CJK_ADDRESS = new RegExp(
  [
    String.raw`〒[ \u00a0]?\d{3}-?\d{4}`,
    String.raw`\d{1,4}丁目\d{1,4}(?:番地?)?(?:\d{1,4}号)?`,
    // "1-2-3" right after a CJK place name.
    String.raw`\d{1,4}-\d{1,4}(?:-\d{1,4})?(?=[\u3000-\u9fff\s]|$)(?<=[\u4e00-\u9fff\u30a0-\u30ff]\d{1,4}-\d{1,4}(?:-\d{1,4})?)`,
    String.raw`[\u4e00-\u9fff]{1,6}(?:路|街|道|巷|弄)?\d{1,6}(?:号|號|室|楼|樓|栋|棟|F)`,
    String.raw`[\u4e00-\u9fff\u30a0-\u30ff]{1,5}(?:市|区|區|村|町|県|省|府|都|镇|鎮|县|縣|道|州|郡|路|街)`,
    String.raw`[\uac00-\ud7a3]{1,6}(?:특별시|광역시|특별자치시|특별자치도)`,
    // A Korean unit counts when another unit or a number follows it ("강남구 역삼동").
    String.raw`[\uac00-\ud7a3]{2,6}(?:시|도|구|군|동|읍|면|로|길)(?=[ \u00a0]{0,1}(?:[\uac00-\ud7a3]{1,6}(?:시|구|군|동|읍|면|로|길)|\d))`,
    String.raw`[\uac00-\ud7a3]{1,6}(?:로|길)[ \u00a0]?\d{1,5}(?:-\d{1,4})?`,
    // ... or when it follows one, a case particle allowed after it ("서울시 강남구에서").
    String.raw`(?<=(?:시|구|군|동)[ \u00a0])[\uac00-\ud7a3]{1,6}(?:구|군|동|읍|면|로|길)(?=(?:에서|으로|[은는이가에의을를와과])?(?![\uac00-\ud7a3]))(?:[ \u00a0]\d{1,5}(?:-\d{1,4})?)?`,
  ].join("|"),
  "gu",
);
const UNIT = new RegExp(String.raw`^,?[ \u00a0]{0,2}(?:${alternatives(UNIT_WORDS)})\.?:?[ \u00a0]{0,2}#?[ \u00a0]{0,2}(?=[A-Za-z-]{0,3}\d|[A-Za-z](?![A-Za-z]))[A-Za-z0-9-]{1,8}`, "iu");
const POSTCODE = /^(?:〒[ \u00a0]?\d{3}-?\d{4}|\d{5}-\d{3}|\d{4}-\d{3}|\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d|\d{4}[ \u00a0]?[A-Z]{2}|\d{2}-\d{3}|\d{3}[ \u00a0]?\d{2}|\d{4,6}|\d{3}-\d{4})(?![\p{L}\d])/u;
// "Flat 4, " / "Apt 5B, " / "Piso 3, " right before a street line.
const UNIT_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(UNIT_WORDS_BEFORE_STREET)})\.?[ \u00a0]{0,2}#?[A-Za-z]?\d{1,5}[A-Za-z]?,?[ \u00a0]{1,2}$`, "iu");
const UK_POSTCODE = /(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}(?![A-Za-z0-9])|(?<![A-Za-z0-9])[A-Z]\d[A-Z][ \u00a0]\d[A-Z]\d(?![A-Za-z0-9])/g;
const ZIP_CONTEXT = /(?:zip|postal|post|postcode|zip code|plz|cep|pin ?code)\s{0,3}(?:code)?\s{0,3}[:#=]?\s{0,3}["']?$/i;
// ZIP_CONTEXT followed by the number's first digit, searched once over the text: a bare
// ZIP is only kept when ZIP_CONTEXT ends right before it, so without this no number can
// qualify and the scan of every 4-6 digit number (cards, phones, dates) is skipped.
// ("shipping" holds "pin" and "PostgreSQL" "post": the bare words were a weak gate.)
const ZIP_GATE = /(?:zip|postal|post|postcode|zip code|plz|cep|pin ?code)\s{0,3}(?:code)?\s{0,3}[:#=]?\s{0,3}["']?\d/i;
const UK_POSTCODE_CORE = /[ \u00a0]\d[A-Z]/;
const ZIP = /(?<![\d-])\d{5}(?:-\d{4})?(?![\d-])|(?<![\d-])\d{6}(?![\d-])|(?<![\d-])\d{4}(?![\d-])/g;


function isStreetType(lex: Lexicon, w: string): boolean {
  const l = w.toLowerCase();
  return lex.streetTypes.has(l.endsWith(".") ? l.slice(0, -1) : l);
}

// Word-shape verdicts depend only on the word: memoised (bounded), because capitalised
// text asks them for every token and each one tests dozens of endings.
const suffixCache = new Map<string, boolean>();
const townCache = new Map<string, boolean>();

function remember(cache: Map<string, boolean>, key: string, value: boolean): boolean {
  if (cache.size > 20_000) cache.clear();
  cache.set(key, value);
  return value;
}

function streetSuffixWord(w: string, lex: Lexicon): boolean {
  // Cache first, no closure: this runs for most capitalised words.
  const hit = suffixCache.get(w);
  if (hit !== undefined) return hit;
  const l = w.toLowerCase().replace(/\.$/, "");
  if (STREET_SUFFIX_WORDS.has(l)) return remember(suffixCache, w, true);
  // "Spring", "String" and "Delegate" end like street words but are ordinary vocabulary.
  return remember(suffixCache, w, !lex.commonWords.has(l) && ENDING_WORDS.some((s) => l.endsWith(s) && l.length > s.length + 2));
}

/** Extends an address over ", city, ST 12345" and following lines (city, postcode, country). */
function extendAddress(text: string, end: number, lex: Lexicon): number {
  let pos = end;
  for (let part = 0; part < 6; part++) {
    const rest = text.slice(pos, pos + 80);
    const unit = UNIT.exec(rest);
    if (unit && part < 3) {
      pos += unit[0].length;
      continue;
    }
    const sep = /^(?:,[ \u00a0]{0,2}|[ \u00a0]{0,3}\r?\n[ \u00a0]{0,8}|[ \u00a0]{1,2}(?=[A-Z\d]))/.exec(rest);
    if (!sep) break;
    const after = rest.slice(sep[0].length);
    const post = POSTCODE.exec(after);
    if (post) {
      pos += sep[0].length + post[0].length;
      continue;
    }
    const state = /^[A-Z]{2}(?![A-Za-z])/.exec(after);
    if (state && lex.usStateCodes.has(state[0])) {
      pos += sep[0].length + 2;
      continue;
    }
    // A city/region/country line: 1-4 capitalised words (particles allowed), then a break.
    const words = /^\p{Lu}[\p{L}'’.-]{0,30}(?:[ \u00a0-](?:\p{Lu}[\p{L}'’.-]{0,30}|de|la|del|am|an|der|sur|upon|on|du|di)){0,3}/u.exec(after);
    if (!words) break;
    // "Scarlettland. Follow-up": a full stop ends the town (unless it closes "St."/"Mt.").
    const stop = /(?<![ \u00a0-]\p{Lu}\p{Ll}{0,2}|^\p{Lu}\p{Ll}{0,2})\.(?=[ \u00a0]|$)/u.exec(words[0]);
    const word = stop ? words[0].slice(0, stop.index) : words[0];
    const tail = after.slice(word.length, word.length + 3);
    if (!word || !/^(?:,|\s*\r?\n|\s+\d|\s+[A-Z]{2}\b|\s*$|\.|\))/.test(tail)) break;
    if (word.split(/\s+/).some((w) => lex.commonWords.has(w.toLowerCase()) && !lex.cities.has(w.toLowerCase()) && !lex.countries.has(w.toLowerCase()) && !lex.regions.has(w.toLowerCase()))) break;
    pos += sep[0].length + word.replace(/\.$/, "").length;
  }
  return pos;
}

function findStreetAddresses(text: string, lex: Lexicon, out: Candidate[]): void {
  // An address line ends at a line break (its look-ahead): single-line texts have none.
  if (text.includes("\n")) eachMatch(ADDRESS_LINE, text, (m) => {
    // Only inside an address block: the next line carries a postcode/region or a cue precedes.
    const end = m.index + m[0].length;
    const next = text.slice(end, end + 90).replace(/^\r?\n[ \t]*/, "");
    const nextIsPlace = /^(?:\d{3,6}\b|[^\n]{1,40}[ ,][A-Z]{2,3}[ \u00a0]{1,2}[A-Z\d]|[^\n]{1,40}\d{4,6}|[A-Z]{1,2}\d)/.test(next);
    const cue = /(?:address|ship(?:ping)? to|deliver(?:y)? to|bill(?:ing)? to|mail to|send to|adresse|dirección)[^\n]{0,20}:?[^\S\n]*(?:\n[^\n]{0,60}){0,2}\n[ \t]*$/i.test(text.slice(Math.max(0, m.index - 120), m.index));
    if (nextIsPlace || cue) out.push(candidate("LOCATION", m.index + (m[0].length - m[0].trimStart().length), extendAddress(text, end, lex), 0.75, "address-line"));
  });
  // Gate on the ", ST 12345" core (a necessary part of every match): the full pattern
  // tries a capitalised word at every position, this literal-led test does not.
  if (CITY_REGION_CORE.test(text)) eachMatch(CITY_REGION_POSTCODE, text, (m) => out.push(candidate("LOCATION", m.index, m.index + m[0].length, 0.8, "city-region-postcode")));
  eachMatch(NUMBER_THEN_WORDS, text, (m) => {
    // "12 Main Street", "4321 O'Reilly Mission", "221B Baker St."
    const words = /^(?:(?:\d{1,3}(?:st|nd|rd|th)|\p{Lu}[\p{L}'’.-]{0,30}|of|the|de|la|del)[ \u00a0]){0,4}(\p{Lu}[\p{L}'’.-]{0,30}|\p{L}{1,12}\.?)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 140));
    if (!words) return;
    const seq = words[0].split(/[ \u00a0]+/);
    let k = seq.length - 1;
    while (k > 0 && !isStreetType(lex, seq[k]) && !streetSuffixWord(seq[k], lex)) k--;
    if (k === 0 && !streetSuffixWord(seq[0], lex)) return;
    let end = m.index + m[0].length + seq.slice(0, k + 1).join(" ").length;
    if (text[end] === ".") end++;
    const dir = /^[ \u00a0](?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\b\.?/.exec(text.slice(end, end + 8));
    if (dir) end += dir[0].length;
    const full = extendAddress(text, end, lex);
    const unit = UNIT_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index));
    out.push(candidate("LOCATION", m.index - (unit ? unit[0].length : 0), full, full > end ? 0.9 : 0.8, "street"));
  });
  // "Hauptstraße 5", "Kungsgatan 12", "Berliner Straße 5": street word, then the house number.
  // Gate on its necessary space-then-digit: the pattern tries every capital letter, and
  // most chat messages have no number after a space.
  if (SPACE_DIGIT.test(text)) eachMatch(/(?<![\p{L}])\p{Lu}[\p{L}.-]{1,40}(?:[ \u00a0]\p{L}[\p{L}.-]{1,30}){0,2}(?:[ \u00a0](?:No|Nr|Nº|N°|br)\.?:?)?[ \u00a0]{1,2}\d{1,4}[a-zA-Z]?(?![\d])/gu, text, (m) => {
    const ws = m[0].replace(/[ \u00a0]+\d{1,4}[a-zA-Z]?$/, "").replace(/[ \u00a0](?:No|Nr|Nº|N°|br)\.?:?$/, "").split(/[ \u00a0]+/);
    const idx = ws.findIndex((w) => streetSuffixWord(w, lex));
    if (idx < 0) return;
    // A standalone "Straße"/"Weg" takes the capitalised word before it as the street name.
    const standalone = STREET_SUFFIX_WORDS.has(ws[idx].toLowerCase().replace(/\.$/, ""));
    let first = idx;
    if (standalone) while (first > 0 && idx - first < 2 && /^\p{Lu}/u.test(ws[first - 1]) && !lex.commonWords.has(ws[first - 1].toLowerCase())) first--;
    if (standalone && first === idx && idx > 0 && /^\p{Lu}/u.test(ws[idx - 1])) first = idx - 1;
    const start = m.index + ws.slice(0, first).reduce((a, w) => a + w.length + 1, 0);
    const end = m.index + m[0].length;
    out.push(candidate("LOCATION", start, extendAddress(text, end, lex), 0.85, "street-eu"));
  });
  // "12 rue de la Paix", "Calle Mayor 5", "Via Roma, 10".
  eachMatch(EURO_PREFIX, text, (m) => {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 100);
    const name = /^(?:(?:(?:de|del|della|delle|dei|di|da|do|dos|das|du|des|la|le|los|las|san|santa|lui|lu|al|el|bin|ibn)(?![\p{L}])|d'|l'|\p{Lu}[\p{L}'’.-]{0,30})[ \u00a0']?){1,6}/u.exec(rest);
    if (!name || !/\p{Lu}/u.test(name[0])) return;
    let start = m.index;
    const num = /(\d{1,4}[a-zA-Z]?),?[ \u00a0]{1,2}$/.exec(text.slice(Math.max(0, m.index - 8), m.index));
    if (num) start = m.index - num[0].length;
    let end = m.index + m[0].length + name[0].trimEnd().length;
    const trailingNum = /^,?[ \u00a0]{0,2}(?:(?:n[º°o]?|nr|no|nu|br|č|č\.|број|№)\.?:?[ \u00a0]?)?\d{1,4}[a-zA-Z]?(?:[-/]\d{1,4})?(?!\d)/i.exec(text.slice(end, end + 14));
    if (trailingNum) end += trailingNum[0].length;
    if (!num && !trailingNum) return;
    out.push(candidate("LOCATION", start, extendAddress(text, end, lex), 0.85, "street-prefix"));
  });
}

// Split forms of the lexicon's place names (a fixed set), so matching allocates nothing.
const partsCache = new Map<string, string[]>();

function placeParts(place: string): string[] {
  let parts = partsCache.get(place);
  if (!parts) {
    parts = place.split(" ");
    partsCache.set(place, parts);
  }
  return parts;
}

function placeMatch(tokens: WordToken[], i: number, lex: Lexicon): { end: number; kind: "country" | "city" | "region" } | null {
  const options = lex.placeFirstWords.get(tokens[i].lower);
  if (!options) return null;
  for (const place of options) {
    const parts = placeParts(place);
    if (i + parts.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) {
      ok = tokens[i + k].lower === parts[k] && (k === 0 || /^[ \u00a0]$/.test(tokens[i + k].gap) || tokens[i + k].gap === "-");
    }
    if (!ok) continue;
    const kind = lex.countries.has(place) ? "country" : lex.cities.has(place) ? "city" : "region";
    return { end: i + parts.length - 1, kind };
  }
  return null;
}

function townShaped(lower: string): boolean {
  const hit = townCache.get(lower);
  if (hit !== undefined) return hit;
  return remember(townCache, lower, TOWN_SUFFIXES.some((s) => lower.endsWith(s) && lower.length >= s.length + 3));
}

function findNamedPlaces(text: string, lex: Lexicon, out: Candidate[]): void {
  const tokens = tokenizeWords(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap) continue;
    const hit = placeMatch(tokens, i, lex);
    const strong = STRONG.before(tokens, i) || (t.gap === " " && i > 0 && tokens[i - 1].lower === "to" && fromBefore(tokens, i - 1));
    const cued = strong || CUES.before(tokens, i);
    if (hit) {
      const words = hit.end - i + 1;
      const common = words === 1 && lex.commonWords.has(t.lower);
      const person = lex.givenNames.has(t.lower) || lex.surnames.has(t.lower);
      let score = hit.kind === "country" ? 0.85 : 0.75;
      if (common) score = t.sentenceStart ? 0.2 : 0.45;
      if (person && words === 1) score -= 0.25;
      if (strong) score += 0.3;
      else if (cued) score += 0.2;
      if (t.allCaps && t.text.length <= 3) score -= 0.4;
      const end = strong ? cuedEnd(tokens, i, hit.end, lex) : hit.end;
      out.push(candidate("LOCATION", t.start, tokens[end].end, score, "place"));
      // "Kraljevo, Serbia", "Tromsø, Troms": an unknown capitalised town before ", <region/country>".
      if (score >= 0.5 && hit.kind !== "city" && i > 0 && commaSpace(t.gap)) {
        let j = i - 1;
        const ok = (w: WordToken) => w.cap && !w.allCaps && !lex.commonWords.has(w.lower) && !lex.givenNames.has(w.lower) && !LANGUAGE_WORDS.has(w.lower);
        if (ok(tokens[j])) {
          while (j > 0 && i - j < 3 && joinedBySpace(tokens[j].gap) && ok(tokens[j - 1]) && !tokens[j].sentenceStart) j--;
          out.push(candidate("LOCATION", tokens[j].start, tokens[i - 1].end, 0.6, "town-before-region"));
        }
      }
      i = score >= 0.5 ? followingPart(tokens, end, lex, out) : end;
      continue;
    }
    const gaz = gazetteerPlace(tokens, i, lex, strong, cued);
    if (gaz && gaz.score >= 0.5) {
      const end = strong ? cuedEnd(tokens, i, gaz.end, lex) : gaz.end;
      out.push(candidate("LOCATION", t.start, tokens[end].end, strong ? Math.max(gaz.score, 0.8) : gaz.score, "gazetteer"));
      i = followingPart(tokens, end, lex, out);
      continue;
    }
    if (strong && !lex.extraCommon.has(t.lower)) {
      // After a strong cue ("flying from", "citizen of"), the capitalised words that follow
      // are the place, whatever they are: "Moreira de Nossa Senhora", "Republic of Korea".
      const e = cuedEnd(tokens, i, i, lex);
      out.push(candidate("LOCATION", t.start, tokens[e].end, 0.8, "cued-place"));
      i = followingPart(tokens, e, lex, out);
      continue;
    }
    const site = siteBefore(tokens, i, lex);
    if (site >= 0) {
      out.push(candidate("LOCATION", t.start, tokens[site].end, 0.7, "site"));
      i = site;
      continue;
    }
    const street = streetName(tokens, i, lex);
    if (street >= 0) {
      out.push(candidate("LOCATION", t.start, tokens[street].end, 0.7, "street-name"));
      i = street;
      continue;
    }
    // Unknown places: town-shaped words or a prefix ("Port Kaitlyn"), or an unknown
    // capitalised word after "from/in/near".
    let e = i;
    while (e + 1 < tokens.length && e - i < 3 && tokens[e + 1].cap && joinedBySpace(tokens[e + 1].gap) && !lex.commonWords.has(tokens[e + 1].lower)) e++;
    const prefixed = e > i && TOWN_PREFIXES.includes(t.lower.replace(/\.$/, ""));
    const commonStart = lex.commonWords.has(t.lower) && !prefixed;
    if (commonStart) continue;
    let shaped = false;
    if (!prefixed) {
      for (let k = i; k <= e && !shaped; k++) shaped = townShaped(tokens[k].lower);
      for (let k = i; k <= e && shaped; k++) if (lex.givenNames.has(tokens[k].lower)) shaped = false;
    }
    let score = prefixed ? 0.55 : shaped ? 0.4 : 0;
    const unknownWord = !LANGUAGE_WORDS.has(t.lower) && !t.allCaps && !t.sentenceStart && !lex.givenNames.has(t.lower) && !lex.surnames.has(t.lower) && !lex.organizations.has(t.lower);
    if (unknownWord && WEAK_TOWN.before(tokens, i)) score = Math.max(score, 0.5);
    else if ((prefixed || shaped) && cued) score += 0.2;
    if (score > 0) out.push(candidate("LOCATION", t.start, tokens[e].end, score, "town"));
    i = e;
  }
}

/**
 * "Kumasi, Ghana", "Lyon, Auvergne-Rhône-Alpes": after a place, ", Capitalised words"
 * closing the clause is its region or country. Returns the last token index used.
 */
function followingPart(tokens: WordToken[], e: number, lex: Lexicon, out: Candidate[]): number {
  const next = tokens[e + 1];
  if (!next || !commaSpace(next.gap) || !next.cap || lex.commonWords.has(next.lower) || lex.givenNames.has(next.lower)) return e;
  const end = growPlace(tokens, e + 1);
  const after = tokens[end + 1];
  const closes = !after || /[.;!?\n(]/.test(after.gap) || (joinedBySpace(after.gap) && /^(?:and|or|but|for|on|in|to|with|this|last|next|since|until|where|which)$/.test(after.lower));
  if (!closes) return e;
  out.push(candidate("LOCATION", next.start, tokens[end].end, 0.65, "place-part"));
  return end;
}

/** "our Lagos office": returns the chain's last index when the pattern fits, else -1. */
function siteBefore(tokens: WordToken[], i: number, lex: Lexicon): number {
  if (i === 0 || !SITE_OWNERS.has(tokens[i - 1].lower) || lex.commonWords.has(tokens[i].lower)) return -1;
  let e = i;
  while (e + 1 < tokens.length && e - i < 2 && tokens[e + 1].cap && joinedBySpace(tokens[e + 1].gap) && !SITE_WORDS.has(tokens[e + 1].lower)) e++;
  const next = tokens[e + 1];
  return next && joinedBySpace(next.gap) && SITE_WORDS.has(next.lower) ? e : -1;
}

/** "on Baker Street", "along Rua Augusta": capitalised words closed by a street-type word. */
function streetName(tokens: WordToken[], i: number, lex: Lexicon): number {
  if (isStreetType(lex, tokens[i].lower) && !STREET_SUFFIX_WORDS.has(tokens[i].lower)) return -1;
  for (let e = i; e < tokens.length && e - i < 4; e++) {
    const w = tokens[e];
    if (e > i && (!joinedBySpace(w.gap) || !(w.cap || NAME_PARTICLE.test(w.lower)))) return -1;
    if (e === i + 1 && !w.cap && tokens[i].sentenceStart) return -1;
    if (e > i && w.cap && (isStreetType(lex, w.lower) || streetSuffixWord(w.lower, lex))) return e;
    if (e === i && streetSuffixWord(w.lower, lex) && !lex.commonWords.has(w.lower)) return e;
  }
  return -1;
}

/** Whether "from <words>" precedes the "to" at tokens[k] in the same sentence ("from Płock to Słupsk"). */
function fromBefore(tokens: WordToken[], k: number): boolean {
  for (let n = k - 1; n >= 0 && n >= k - 6; n--) {
    if (/[.!?\n]/.test(tokens[n + 1].gap)) return false;
    if (tokens[n].lower === "from") return n + 1 < k && tokens[n + 1].cap;
  }
  return false;
}

/**
 * After a strong place cue, where the place that starts at tokens[i] (known to run at
 * least to `e`) ends: capitalised words and particles ("Salvador do Norte"), then up to
 * two lower-case words no dictionary knows, as localised town names carry them
 * ("Sesto umbro", "Carola nell'emilia"); ordinary words ("this week") stop it.
 */
function cuedEnd(tokens: WordToken[], i: number, e: number, lex: Lexicon): number {
  let end = Math.max(e, growPlace(tokens, i));
  for (let extra = 0; extra < 2 && end + 1 < tokens.length; extra++) {
    const w = tokens[end + 1];
    if (w.cap || !joinedBySpace(w.gap) || w.lower.length < 3 || lex.commonWords.has(w.lower) || lex.extraCommon.has(w.lower) || NAME_PARTICLE.test(w.lower)) break;
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
    if (w.cap && !w.allCaps && !getLexicon().extraCommon.has(w.lower)) e = k;
    else if (!NAME_PARTICLE.test(w.lower)) break;
  }
  return e;
}

function hasDigitCode(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** "waited at Mevlana Sokak 96a, İzmir": after "at"/"to", a phrase holding a house number. */
function findCuedAddresses(text: string, out: Candidate[]): void {
  const tokens = tokenizeWords(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (A former second test, a digit after the cue, called before() on the same token:
    // it could never add a match, only cost a regex per token.)
    if (!AT_CUES.before(tokens, i)) continue;
    const phraseStart = /\d/.test(t.gap) ? t.start - (t.gap.length - t.gap.search(/\d/)) : t.start;
    const rest = text.slice(phraseStart, phraseStart + 120);
    // The phrase is a prefix of `rest` and needs a house number: no digit, nothing to do.
    if (!hasDigitCode(rest)) continue;
    const stop = PHRASE_STOP.exec(rest);
    let phrase = (stop ? rest.slice(0, stop.index) : rest).replace(/[\s,]+$/, "");
    // "address is 12 ...": the verb after the cue is not part of the address.
    let skip = /^(?:is|was|are|will be|now|now is|changed to|updated to|es|est|ist|é|è)[ \u00a0:]+(?=[\p{Lu}\d])/u.exec(phrase)?.[0].length ?? 0;
    phrase = phrase.slice(skip);
    // "to Jane Doe, 12 Main St": a leading segment without digits that opens with a given
    // name is the addressee, not the address.
    const lead = /^([^\d,]{2,40}),[ \u00a0]+/.exec(phrase);
    if (lead && getLexicon().givenNames.has(lead[1].split(/\s/)[0].toLowerCase())) {
      skip = lead[0].length;
      phrase = phrase.slice(skip);
    }
    // A house number next to a capitalised word; not a time, price or version.
    if (!/(?:^|[\s,])\d{1,5}[a-zA-Z]?(?=$|[\s,])/.test(phrase) || !/\p{Lu}/u.test(phrase) || /\d[:.]\d|\b(?:am|pm|usd|eur|v\d)\b|[$€£%]/i.test(phrase)) continue;
    if (phrase.length < 5 || phrase.split(/\s+/).length > 9) continue;
    // Account, card and order numbers are not house numbers ("to IBAN DE89 3704 ...").
    if (/\b[A-Z]{2,}\d|\d{7,}|\d{4}[ -]\d{4}|\b(?:iban|account|acct|card|order|invoice|ticket|ref|reference|wallet|version|v)\b/i.test(phrase)) continue;
    out.push(candidate("LOCATION", phraseStart + skip, phraseStart + skip + phrase.length, 0.7, "cued-address"));
  }
}

/**
 * CJK addresses: 〒 postcodes, 丁目/番/号 numbers, place endings (市/区/県/省/道, 시/구/동/로/길).
 * Segments that touch (or are one space apart) become one span: "東京都渋谷区渋谷2丁目21番1号".
 */
function findCjkAddresses(text: string, out: Candidate[]): void {
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) out.push(candidate("LOCATION", start, end, 0.65, "cjk-address"));
  };
  eachMatch(CJK_ADDRESS, text, (m) => {
    const gap = text.slice(end, m.index);
    if (start >= 0 && m.index - end <= 3 && /^[ \u00a0\u3000]?[\u4e00-\u9fff\u30a0-\u30ff\uac00-\ud7a3]{0,2}$/.test(gap)) {
      end = m.index + m[0].length;
      return;
    }
    flush();
    const lead = /^(?:我住在|我们在|我在|住在|位于|来自|來自|寄到|送到|发到|在|到|从|去|于)/.exec(m[0]);
    start = m.index + (lead && lead[0].length < m[0].length - 1 ? lead[0].length : 0);
    end = m.index + m[0].length;
  });
  flush();
}

// "8001 Zürich", "00-950 Warszawa", "01310-200 São Paulo", "1017 GA Amsterdam", "111 51 Stockholm",
// and "Bucureşti 030031" / "Bandung 40117": a postcode shape next to a capitalised place word.
const POSTCODE_TOWN = /(?<![\p{L}\d.,:/-])(?:\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3}[ \u00a0]\d{2}|\d{4}[ \u00a0][A-Z]{2}|[A-Z]{1,2}-\d{4,5}|\d{4,6})[ \u00a0](?=\p{Lu})/gu;
const TOWN_POSTCODE = /(?<![\p{L}])\p{Lu}[\p{L}'’.-]{2,30}(?:[ \u00a0]\p{Lu}[\p{L}'’.-]{1,30})?,?[ \u00a0](?:\d{5}-\d{3}|\d{2}-\d{3}|\d{3}[ \u00a0]\d{2}|\d{5,6})(?![\p{L}\d:.,-]\d|[\p{L}\d])/gu;
const POSTCODE_TOWN_CORE = /\d[ \u00a0]\p{Lu}/u;
const TOWN_POSTCODE_CORE = /[ \u00a0](?:\d{5}|\d\d-\d|\d{3}[ \u00a0]\d)/;
const NOT_TOWN = new RegExp(`^(?:${alternatives(NOT_TOWN_WORDS)})$`, "i");

function findPostcodeTowns(text: string, lex: Lexicon, out: Candidate[]): void {
  // Every match has a digit, a space, then a capital letter (the town or the letters of "1234 AB").
  if (POSTCODE_TOWN_CORE.test(text)) eachMatch(POSTCODE_TOWN, text, (m) => {
    const code = m[0].trimEnd();
    // Years, amounts and counts are four-digit numbers too: a plain number needs a town
    // word that is no ordinary word, or a known place.
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const w = /^\p{Lu}[\p{L}'’.-]{1,30}(?:[ \u00a0](?:\p{Lu}[\p{L}'’.-]{0,30}|am|an|der|im|sur|en|de|la|le|del|di)(?=[ \u00a0]\p{Lu}|[\s,.;)]|$)){0,2}/u.exec(rest);
    if (!w) return;
    const words = w[0].replace(/[ \u00a0](?:am|an|der|im|sur|en|de|la|le|del|di)$/, "").replace(/\.$/, "").split(/[ \u00a0]+/);
    const first = words[0].toLowerCase().replace(/\.$/, "");
    if (NOT_TOWN.test(first)) return;
    const known = lex.cities.has(words.join(" ").toLowerCase()) || lex.cities.has(first) || lex.regions.has(first);
    const plain = /^\d{4}$/.test(code) && /^(?:19|20)\d\d$/.test(code);
    if (plain && !known) return;
    const common = words.some((x) => lex.commonWords.has(x.toLowerCase()) && !lex.cities.has(x.toLowerCase()));
    if (common && !known) return;
    const end = m.index + m[0].length + words.join(" ").length;
    const shaped = /^\d{4,6}$/.test(code) ? 0.6 : 0.7;
    out.push(candidate("LOCATION", m.index, end, known ? 0.8 : shaped, "postcode-town"));
  });
  // Gate on a space then the postcode's digits, necessary for every TOWN_POSTCODE match.
  if (TOWN_POSTCODE_CORE.test(text)) eachMatch(TOWN_POSTCODE, text, (m) => {
    const words = m[0].replace(/,?[ \u00a0][\d \u00a0-]+$/, "").split(/[ \u00a0]+/);
    const first = words[0].toLowerCase();
    if (NOT_TOWN.test(first) || words.some((x) => lex.commonWords.has(x.toLowerCase()) && !lex.cities.has(x.toLowerCase()))) return;
    const known = words.some((x) => lex.cities.has(x.toLowerCase()));
    out.push(candidate("LOCATION", m.index, m.index + m[0].length, known ? 0.75 : 0.55, "town-postcode"));
  });
}

function findPostcodes(text: string, out: Candidate[]): void {
  // Both postcode shapes hold a space, a digit, then a capital ("SW1A 1AA", "K1A 0B1").
  if (UK_POSTCODE_CORE.test(text)) eachMatch(UK_POSTCODE, text, (m) => out.push(candidate("LOCATION", m.index, m.index + m[0].length, 0.6, "postcode")));
  // A bare ZIP only counts after a zip/postal word: without one, skip the scan of every number.
  if (ZIP_GATE.test(text)) eachMatch(ZIP, text, (m) => {
    if (ZIP_CONTEXT.test(text.slice(Math.max(0, m.index - 20), m.index))) out.push(candidate("LOCATION", m.index, m.index + m[0].length, 0.8, "zip"));
  });
}

function findLocations(text: string): Candidate[] {
  const lex = getLexicon();
  const out: Candidate[] = [];
  // Street addresses and postcodes all carry a number.
  const digit = /\d/.test(text);
  if (digit) findStreetAddresses(text, lex, out);
  if (/[\u3000-\u9fff\uac00-\ud7a3]/.test(text)) findCjkAddresses(text, out);
  findNamedPlaces(text, lex, out);
  if (digit) findPostcodeTowns(text, lex, out);
  if (digit) findCuedAddresses(text, out);
  findPostcodes(text, out);
  return out;
}

export const locationRecognizer: Recognizer = { id: "location", types: ["LOCATION"], find: findLocations };
