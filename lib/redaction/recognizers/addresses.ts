/**
 * LOCATION, the shapes that carry a number: street addresses (one span, even over several
 * lines), phrases with a house number after an address cue, CJK addresses, postcode and
 * town pairs, postcodes and ZIPs.
 */
import { englishInflection, getLexicon, type Lexicon } from "../lexicon/lexicon";
import { NOT_TOWN_WORDS } from "../lexicon/not-town-words";
import { ADDRESS_CUE_PHRASES } from "../lexicon/place-cues";
import { STREET_NAME_OPENERS, UNIT_WORDS, UNIT_WORDS_BEFORE_STREET } from "../lexicon/street-words";
import { candidate, eachMatch } from "../text-scan";
import type { Candidate } from "../types";
import { CueSet } from "./cues";
import { isStreetType, STREET_SUFFIX_WORDS, streetSuffixWord } from "./place-words";
import { tokenizeWords } from "./tokens";
import { lexHas, streetSuffixOf, wordAt } from "./word-info";
import { TECH } from "./gazetteer-places";

/** Words as the alternatives of a pattern: a "." in a word is a literal full stop. */
function alternatives(words: readonly string[]): string {
  return words.map((w) => w.replace(/\./g, "\\.")).join("|");
}

// After "at"/"to" and address cues: a phrase with a house number ("at Mevlana Sokak 96a, İzmir").
const AT_CUES = new CueSet(ADDRESS_CUE_PHRASES);
const PHRASE_STOP = /(?:\.(?:\s|$)|[\n;!?()]|\s(?:for|on|by|and|but|or|at|with|since|until|from|before|after|tomorrow|today|yesterday|tonight|this|next|last|because|when|if|then|so|to|please)\b)/i;

const SPACE_DIGIT = /[ \u00a0]\d/;
const QUANTITY_AFTER_NUMBER = /(?:^|[\s,])\d{1,5}[ \u00a0]+(?:years?|months?|weeks?|days?|hours?|minutes?|nights?|times|people|persons|kids|children|km|miles?|metres?|meters?|steps|blocks)(?![\p{L}])/u;
// 1.6.0: not the digit after a decimal point or a version's dot ("Version 2.0 of the Street Fighter port").
const NUMBER_THEN_WORDS = /(?<![\p{L}\d-]|\d[.,])\d{1,6}[A-Za-z]?(?:-\d{1,4})?,?[ \u00a0]{1,2}(?=\p{L})/gu;
export const EURO_PREFIX = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(STREET_NAME_OPENERS)})[ \u00a0]`, "giu");
// EURO_PREFIX's words, found first without the u flag (whose case-insensitive matching of a long
// alternation costs about three times as much), then confirmed by EURO_PREFIX where they start.
// Without u, case folding misses only ſ, K (Kelvin) and Ω (Ohm) of what u matches for these
// words' letters (places-speed.test.ts checks every character): a text holding one takes the full scan.
const EURO_PREFIX_QUICK = new RegExp(String.raw`(?:${alternatives(STREET_NAME_OPENERS)})[ \u00a0]`, "gi");
const EURO_PREFIX_AT = new RegExp(EURO_PREFIX.source, "iuy");
export const FOLDED_ONLY_WITH_U = /[\u017f\u212a\u2126]/;

/** eachMatch(EURO_PREFIX, text, onMatch): the same matches, in the same order. */
export function eachEuroPrefix(text: string, onMatch: (m: RegExpExecArray) => void): void {
  if (FOLDED_ONLY_WITH_U.test(text)) return eachMatch(EURO_PREFIX, text, onMatch);
  let from = 0;
  for (;;) {
    EURO_PREFIX_QUICK.lastIndex = from;
    const hit = EURO_PREFIX_QUICK.exec(text);
    if (hit === null) return;
    EURO_PREFIX_AT.lastIndex = hit.index;
    const m = EURO_PREFIX_AT.exec(text);
    if (m === null) {
      from = hit.index + 1;
      continue;
    }
    onMatch(m);
    from = m.index + m[0].length;
  }
}
// A line that starts with a house number and capitalised words, in an address block.
export const ADDRESS_LINE = /(?<=^|\n)[ \t]{0,8}\d{1,6}[A-Za-z]?,?[ \u00a0]{1,2}\p{Lu}[\p{L}'’.-]{0,30}(?:[ \u00a0]{1,2}[\p{L}\d'’.#º-]{1,30}){0,6}[ \t]{0,4}(?=\r?\n)/gu;
// The same pattern tried only where it can start, at each line's start (sticky), not at every position.
const ADDRESS_LINE_AT = new RegExp(ADDRESS_LINE.source, "uy");

/**
 * eachMatch for a sticky pattern that can only match at a line's start and never runs over a
 * line break (ADDRESS_LINE): tried once per line, in order, so the same matches come out.
 */
export function eachLineStartMatch(re: RegExp, text: string, onMatch: (m: RegExpExecArray) => void): void {
  for (let start = 0; start < text.length; ) {
    re.lastIndex = start;
    const m = re.exec(text);
    if (m !== null) onMatch(m);
    const nl = text.indexOf("\n", start);
    if (nl < 0) return;
    start = nl + 1;
  }
}
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
    String.raw`[\uac00-\ud7a3]{1,6}(?:동|리|가)[ \u00a0]\d{1,5}(?:-\d{1,4})?(?![\d-])`,
    // A Korean unit counts when another unit or a number follows it ("강남구 역삼동"; 1.6.0: after a comma too, "김천시, 경기도").
    String.raw`[\uac00-\ud7a3]{2,6}(?:시|도|구|군|동|읍|면|로|길)(?=,?[ \u00a0]{0,1}(?:[\uac00-\ud7a3]{1,6}(?:시|도|구|군|동|읍|면|로|길)(?:에서|으로|[은는이가에의을를와과])?(?![\uac00-\ud7a3])|\d))`,
    // 1.6.0: a building number before the road ("816 광명로"), a lot number after a 동/리 ("정자동 178-1").
    String.raw`(?:\d{1,5}[ \u00a0])?[\uac00-\ud7a3]{1,6}(?:\d{1,3})?(?:로|길)[ \u00a0]?\d{1,5}(?:-\d{1,4})?`,
    // (로 is also a particle, "12345 이메일로 보내": the road needs an address part after it.)
    String.raw`\d{1,5}[ \u00a0][\uac00-\ud7a3]{1,6}(?:\d{1,3})?(?:로|길)(?=[,.!?]|[ \u00a0](?:아파트|빌라|오피스텔|빌딩|맨션|\d)|(?:입니다|이에요|예요)(?![\uac00-\ud7a3])|$)`,
    // 1.6.0: a city, county or district with a place particle ("김천시에서 전화하셨습니다", "거창군에").
    String.raw`[\uac00-\ud7a3]{2,5}(?:시|군|구)(?=(?:에서|에|으로|로|의)(?![\uac00-\ud7a3]))`,
    // ... and the building, flat and floor after it ("아파트 278동", "932호", "4층"): only next to an address (below).
    String.raw`(?:(?:아파트|빌라|오피스텔|빌딩|맨션)[ \u00a0])?\d{1,5}(?:동|호|층)(?![\uac00-\ud7a3])`,
    // ... or when it follows one, a case particle allowed after it ("서울시 강남구에서").
    String.raw`(?<=(?:시|도|구|군|동)[ \u00a0])[\uac00-\ud7a3]{1,6}(?:\d{1,3}(?=[로길]))?(?:시|구|군|동|읍|면|로|길)(?=(?:에서|으로|입니다|이에요|예요|까지|[은는이가에의을를와과])?(?![\uac00-\ud7a3]))(?:[ \u00a0]\d{1,5}(?:-\d{1,4})?)?`,
  ].join("|"),
  "gu",
);
const UNIT = new RegExp(String.raw`^,?[ \u00a0]{0,2}(?:${alternatives(UNIT_WORDS)})\.?:?[ \u00a0]{0,2}#?[ \u00a0]{0,2}(?=[A-Za-z-]{0,3}\d|[A-Za-z](?![A-Za-z]))[A-Za-z0-9-]{1,8}`, "iu");
const POSTCODE = /^(?:〒[ \u00a0]?\d{3}-?\d{4}|\d{5}-\d{3}|\d{4}-\d{3}|\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d|\d{4}[ \u00a0]?[A-Z]{2}|\d{2}-\d{3}|\d{3}[ \u00a0]?\d{2}|\d{4,6}|\d{3}-\d{4})(?![\p{L}\d])/u;
// "Flat 4, " / "Apt 5B, " / "Piso 3, " right before a street line.
const UNIT_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(UNIT_WORDS_BEFORE_STREET)})\.?[ \u00a0]{0,2}#?[A-Za-z]?\d{1,5}[A-Za-z]?,?[ \u00a0]{1,2}$`, "iu");
const UK_POSTCODE = /(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}(?![A-Za-z0-9])|(?<![A-Za-z0-9])[A-Z]\d[A-Z][ \u00a0]\d[A-Z]\d(?![A-Za-z0-9])/g;
const ZIP_CONTEXT = /(?:zip|postal|post|postcode|zip code|plz|postleitzahl|cep|pin ?code|kod pocztowy|postnummer|postinumero|psč)\s{0,3}(?:code)?\s{0,3}(?:(?<!\bpost\s{0,3})is\s{1,3})?[:#=]?\s{0,3}["']?$/i;
// ZIP_CONTEXT followed by the number's first digit, searched once over the text: a bare
// ZIP is only kept when ZIP_CONTEXT ends right before it, so without this no number can
// qualify and the scan of every 4-6 digit number (cards, phones, dates) is skipped.
// ("shipping" holds "pin" and "PostgreSQL" "post": the bare words were a weak gate.)
const ZIP_GATE = /(?:zip|postal|post|postcode|zip code|plz|postleitzahl|cep|pin ?code|kod pocztowy|postnummer|postinumero|psč)\s{0,3}(?:code)?\s{0,3}(?:(?<!\bpost\s{0,3})is\s{1,3})?[:#=]?\s{0,3}["']?\d/i;
const UK_POSTCODE_CORE = /[ \u00a0]\d[A-Z]/;
// 1.10.0: with the dashed shapes of Brazil (01310-100), Portugal (1100-053), Japan (150-0002) and Poland (80-831).
const ZIP = /(?<![\d-])(?:\d{5}-\d{3}|\d{5}(?:-\d{4})?|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{6}|\d{4})(?![\d-])/g;

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

export function findStreetAddresses(text: string, lex: Lexicon, out: Candidate[]): void {
  // An address line ends at a line break (its look-ahead): single-line texts have none.
  if (text.includes("\n")) eachLineStartMatch(ADDRESS_LINE_AT, text, (m) => {
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
  // The capital comes first and the look-behind after it (the same test: no letter before the
  // capital), so the engine skips straight to capitals instead of testing every position.
  if (SPACE_DIGIT.test(text)) eachMatch(/\p{Lu}(?<![\p{L}]\p{Lu})[\p{L}.-]{1,40}(?:[ \u00a0]\p{L}[\p{L}.-]{1,30}){0,2}(?:[ \u00a0](?:No|Nr|Nº|N°|br)\.?:?)?[ \u00a0]{1,2}\d{1,4}[a-zA-Z]?(?![\d])/gu, text, (m) => {
    // Most matches hold no street word at all: asked of each word's shared record (word-info.ts)
    // before the words are cut out as strings (each word below is one of these).
    if (!anyStreetWord(text, m.index, m.index + m[0].length)) return;
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
  eachEuroPrefix(text, (m) => {
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

/** Whether a word of text[from, to), the words cut at spaces, is a street word (`streetSuffixWord`). */
function anyStreetWord(text: string, from: number, to: number): boolean {
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    if (c !== 32 && c !== 0xa0) continue;
    if (i > start && streetSuffixOf(wordAt(text, start, i))) return true;
    start = i + 1;
  }
  return false;
}

function hasDigitCode(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** "waited at Mevlana Sokak 96a, İzmir": after "at"/"to", a phrase holding a house number. */
/** Drops ordinary lower-case English words ("delayed", "today") from the end of an address phrase. */
function trimProseTail(phrase: string): string {
  const common = getLexicon().commonWords;
  for (let n = 0; n < 4; n++) {
    const m = /[\s,]+([a-z]{2,})$/.exec(phrase);
    if (!m || !(common.has(m[1]) || englishInflection(m[1], common))) break;
    phrase = phrase.slice(0, m.index);
  }
  return phrase;
}

export function findCuedAddresses(text: string, out: Candidate[]): void {
  const tokens = tokenizeWords(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (A former second test, a digit after the cue, called before() on the same token:
    // it could never add a match, only cost a regex per token.)
    if (!AT_CUES.before(tokens, i)) continue;
    // 1.10.0: "created_at DESC LIMIT 10": a word glued by "_" to the one before is no preposition;
    // "to Windows 11", "to Postgres 16": a product and its version, not a street and number.
    if (tokens[i - 1].gap === "_" || lexHas(t.info, TECH)) continue;
    const phraseStart = /\d/.test(t.gap) ? t.start - (t.gap.length - t.gap.search(/\d/)) : t.start;
    const rest = text.slice(phraseStart, phraseStart + 120);
    // The phrase is a prefix of `rest` and needs a house number: no digit, nothing to do.
    if (!hasDigitCode(rest)) continue;
    const stop = PHRASE_STOP.exec(rest);
    let phrase = (stop ? rest.slice(0, stop.index) : rest).replace(/[\s,]+$/, "");
    // 1.6.0: "moved to Berlin 3 years ago": a number counting time or things is no house number.
    if (QUANTITY_AFTER_NUMBER.test(phrase)) continue;
    // "to Katolaan 163b, Koerseltem delayed": the sentence goes on after the address.
    phrase = trimProseTail(phrase);
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
// 1.6.0: Korean verb forms ending in a unit syllable ("눌러도" even if pressed, "않으면" if not) and
// ordinary words ending in one ("다시" again, "화면" screen) are no 도/면/시 units.
const KO_VERB_ENDING = /(?:[어아여해러워와겨져쳐써봐줘와]도|[으하되이라다니려]면|[하으]시)$/;
const KO_UNIT_LOOKALIKES = new Set("한시 두시 세시 네시 몇시 다섯시 여섯시 일곱시 여덟시 아홉시 열시 열한시 열두시 친구 연구 요구 도구 가구 입구 출구 창구 기구 용구 도시 감시 교시 일시 임시 정시 장군 아군 적군 해군 공군 육군 이구 어구 항구 지구 전구 다시 화면 측면 방면 정면 표면 반면 이면 당시 역시 혹시 동시 수시 항시 즉시 잠시 전시 표시 지시 무시 게시 개시 정도 속도 태도 제도 온도 용도 각도 의도 지도 시도 그래도 하지만도 가면 내면 외면 장면 전면 국면 단면 지면 평면 휴면 수면 체면 국시".split(" "));

const KO_UNIT_ONLY = /^(?:(?:아파트|빌라|오피스텔|빌딩|맨션)[ \u00a0])?\d{1,5}(?:동|호|층)$/;

function koreanVerbNotPlace(text: string, match: string, end: number): boolean {
  const c = match.charCodeAt(match.length - 1);
  if (c < 0xac00 || c > 0xd7a3) return false;
  if (KO_VERB_ENDING.test(match) || KO_UNIT_LOOKALIKES.has(match)) return true;
  // The unit after it decides too: "되지 않으면 다시" ends in 시 only by chance.
  const next = /^[ \u00a0]?([\uac00-\ud7a3]{1,7})/.exec(text.slice(end, end + 9));
  return next !== null && KO_UNIT_LOOKALIKES.has(next[1].replace(/(?:에서|으로|[은는이가에의을를와과])$/, ""));
}

export function findCjkAddresses(text: string, out: Candidate[]): void {
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start < 0) return;
    // 1.6.0: a Korean postcode after the address ("경기도 750-448", "서울 06236").
    const post = /^,?[ \u00a0](?:\d{3}-\d{3}|\d{5})(?![\d-])/.exec(text.slice(end, end + 10));
    if (post && /[\uac00-\ud7a3]$/.test(text.slice(start, end))) end += post[0].length;
    out.push(candidate("LOCATION", start, end, 0.65, "cjk-address"));
  };
  eachMatch(CJK_ADDRESS, text, (m) => {
    if (koreanVerbNotPlace(text, m[0], m.index + m[0].length)) return;
    const gap = text.slice(end, m.index);
    if (start >= 0 && m.index - end <= 3 && /^,?[ \u00a0\u3000]?[\u4e00-\u9fff\u30a0-\u30ff\uac00-\ud7a3]{0,2}$/.test(gap)) {
      end = m.index + m[0].length;
      return;
    }
    // A building, flat or floor number alone ("3층 회의실") is no address.
    if (KO_UNIT_ONLY.test(m[0])) return;
    flush();
    const lead = /^(?:我住在|我们在|我在|住在|位于|来自|來自|寄到|送到|发到|在|到|从|去|于)/.exec(m[0]);
    start = m.index + (lead && lead[0].length < m[0].length - 1 ? lead[0].length : 0);
    end = m.index + m[0].length;
  });
  flush();
}

// "8001 Zürich", "00-950 Warszawa", "01310-200 São Paulo", "1017 GA Amsterdam", "111 51 Stockholm",
// and "Bucureşti 030031" / "Bandung 40117": a postcode shape next to a capitalised place word.
// 1.7.0: "LV-1050"/"LV1050 Rīga" and the Indian PIN written in two groups ("560 034 Bengaluru").
const POSTCODE_TOWN = /(?<![\p{L}\d.,:/-])(?:\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3}[ \u00a0]\d{3}|\d{3}[ \u00a0]\d{2}|\d{4}[ \u00a0][A-Z]{2}|[A-Z]{1,2}-\d{4,5}|LV\d{4}|\d{4,6})[ \u00a0](?=\p{Lu})/gu;
const TOWN_POSTCODE = /(?<![\p{L}])\p{Lu}[\p{L}'’.-]{2,30}(?:[ \u00a0]\p{Lu}[\p{L}'’.-]{1,30})?,?[ \u00a0](?:\d{5}-\d{3}|\d{2}-\d{3}|\d{3}[ \u00a0]\d{2}|\d{5,6})(?![\p{L}\d:.,-]\d|[\p{L}\d])/gu;
const POSTCODE_TOWN_CORE = /\d[ \u00a0]\p{Lu}/u;
const TOWN_POSTCODE_CORE = /[ \u00a0](?:\d{5}|\d\d-\d|\d{3}[ \u00a0]\d)/;
const NOT_TOWN = new RegExp(`^(?:${alternatives(NOT_TOWN_WORDS)})$`, "i");

export function findPostcodeTowns(text: string, lex: Lexicon, out: Candidate[]): void {
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
    // 1.10.0: the lower-case particle inside a town's name is no ordinary word of it ("28801 Alcalá de Henares").
    const common = words.some((x) => x !== x.toLowerCase() && lex.commonWords.has(x.toLowerCase()) && !lex.cities.has(x.toLowerCase()));
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
  findCaselessPostcodeTowns(text, out);
}

// 1.7.0: a postcode before a town written in a script without capitals (Hebrew, Arabic, Georgian,
// Hangul, Han): "Delivery to 49069 קרית אונו", "⏎0174 ზემო ლილიკო⏎", ", 6035299 תל אביב". The
// postcode opens a line or follows a comma or "to/in/at/from"; the town is one or two words and
// ends its line, clause or sentence (so amounts such as "paid 500 ريال" stay).
const CASELESS_TOWN_GATE = /\d[ \u00a0][\u05d0-\u05ea\u0620-\u064a\u10d0-\u10ff\uac00-\ud7a3\u4e00-\u9fff]/u;
const CASELESS_POSTCODE_TOWN = /(?:^|\n|,[ \u00a0]?|\b(?:to|in|at|from|address:?)[ \u00a0])[ \u00a0]?(\d{3}-\d{3}|\d{4,7})[ \u00a0]((?:[\u05d0-\u05ea\u0620-\u064a\u10d0-\u10ff\uac00-\ud7a3\u4e00-\u9fff][\p{L}\p{M}"'׳״-]{0,30})(?:[ \u00a0][\u05d0-\u05ea\u0620-\u064a\u10d0-\u10ff\uac00-\ud7a3\u4e00-\u9fff][\p{L}\p{M}"'׳״-]{0,30})?)(?=[ \u00a0]*(?:$|\n|[,.;!?،])|[ \u00a0][A-Za-z])/gu;

function findCaselessPostcodeTowns(text: string, out: Candidate[]): void {
  if (!CASELESS_TOWN_GATE.test(text)) return;
  eachMatch(CASELESS_POSTCODE_TOWN, text, (m) => {
    const start = m.index + m[0].length - m[1].length - 1 - m[2].length;
    out.push(candidate("LOCATION", start, m.index + m[0].length, 0.6, "postcode-town"));
  });
}

export function findPostcodes(text: string, out: Candidate[]): void {
  // Both postcode shapes hold a space, a digit, then a capital ("SW1A 1AA", "K1A 0B1").
  if (UK_POSTCODE_CORE.test(text)) eachMatch(UK_POSTCODE, text, (m) => out.push(candidate("LOCATION", m.index, m.index + m[0].length, 0.6, "postcode")));
  // A bare ZIP only counts after a zip/postal word: without one, skip the scan of every number.
  if (ZIP_GATE.test(text)) eachMatch(ZIP, text, (m) => {
    // 1.10.0: a dashed code after a postcode key ("CEP: 01310-100", "zip code 94107-1234") outranks the phone reading of its digits.
    if (ZIP_CONTEXT.test(text.slice(Math.max(0, m.index - 20), m.index))) out.push(candidate("LOCATION", m.index, m.index + m[0].length, m[0].includes("-") ? 0.95 : 0.8, "zip"));
  });
}
