/**
 * PERSON and LOCATION from the layout of a text rather than its words: address blocks
 * under a cue line ("Ship to:" then name, street, town, country lines), signature lines
 * after a sign-off, and words in another script inside Latin-script text (in English
 * logs a Cyrillic, Han or Hangul word is almost always a name or a place). These catch
 * names and places no list knows, which is most of them in real traffic.
 */
import { candidate } from "../text-scan";
import type { Candidate, Recognizer } from "../types";
import { joinedBySpace, tokenizeWords, type WordToken } from "./tokens";
import { streetWithNumber } from "./location";

// A line ending in an address cue, then the block's lines (each at most 80 characters).
export const BLOCK_CUE = /(?:(?:address|ship(?:ping)? to|deliver(?:y|ed)? to|bill(?:ing)? to|mail(?:ing)? to|send (?:it |this )?to|sold to|recipient|addressee|adresse|anschrift|lieferadresse|dirección|direccion|indirizzo|endereço|adres|adresa|osoite)[ \t]{0,3}:?|\bto[ \t]{0,3}:)[ \t]{0,3}(?=\r?\n)/gi;
const LINE = /^[ \t]{0,8}([^\n]{1,80}?)[ \t]{0,8}(?:\r?\n|$)/;
const KEY_LINE = /^[\p{L} _-]{1,25}:/u;
const STREETISH = /\d|\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|court|ct|place|pl|boulevard|blvd|apt|suite|unit|flat|floor|box|rue|calle|via|rua|straße|strasse|weg|laan|straat|gata|gatan|vej|ulica|ul|sokak|caddesi)\b/i;
export const SIGN_OFF = /(?:regards|thanks|thank you|cheers|sincerely|yours(?: truly| faithfully)?|best wishes|best|love|warmly|respectfully|cordialement|saludos|grüße|groeten|pozdrawiam|atenciosamente|saluti|hälsningar|hilsen|terveisin|--|—)[ \t]{0,2}[,!.]?[ \t]{0,3}\r?\n/gi;
const NAME_LINE = /^(?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]{0,30}|van|von|de|da|di|del|der|den|du|la|le|bin|al|el|ibn|y)(?:[ \u00a0](?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]{0,30}|van|von|de|da|di|del|der|den|du|la|le|bin|al|el|ibn|y)){0,5}$/u;

/** A sentence, not an address line: several lower-case words or a closing "?"/"!". */
function proseLine(line: string): boolean {
  return /[?!]\s*$/.test(line) || (line.match(/(?:^|\s)\p{Ll}{2,}/gu)?.length ?? 0) >= 3;
}

/**
 * eachMatch for a pattern whose every match ends its line (BLOCK_CUE's look-ahead, SIGN_OFF's
 * line break), holds no line break before that and at most `maxLength` characters: only the
 * last `maxLength` characters of each line are searched, not the whole text (its lines are
 * ~60 characters long in chat). The tail is searched on its own, where its first character has
 * no neighbour (a `\b` may hold there that does not in the text), so each hit is confirmed by
 * the sticky `at` in the text: the same matches come out, in the same order.
 */
export function eachMatchEndingLine(re: RegExp, at: RegExp, maxLength: number, text: string, onMatch: (m: RegExpExecArray) => void): void {
  let lineStart = 0;
  let searched = 0;
  for (;;) {
    const nl = text.indexOf("\n", lineStart);
    if (nl < 0) return;
    const from = Math.max(lineStart, nl - maxLength, searched);
    const tail = text.slice(from, nl + 1);
    re.lastIndex = 0;
    let hit: RegExpExecArray | null;
    while ((hit = re.exec(tail)) !== null) {
      at.lastIndex = from + hit.index;
      const m = at.exec(text);
      if (m !== null) {
        searched = m.index + m[0].length;
        onMatch(m);
        break;
      }
      re.lastIndex = hit.index + 1;
    }
    lineStart = nl + 1;
  }
}

// The longest match of each pattern (alternative, spaces, colon or punctuation, "\r\n"), with room to spare.
export const BLOCK_CUE_LENGTH = 40;
export const SIGN_OFF_LENGTH = 40;
export const BLOCK_CUE_AT = new RegExp(BLOCK_CUE.source, "iy");
export const SIGN_OFF_AT = new RegExp(SIGN_OFF.source, "iy");

function addressBlocks(text: string, out: Candidate[]): void {
  eachMatchEndingLine(BLOCK_CUE, BLOCK_CUE_AT, BLOCK_CUE_LENGTH, text, (m) => {
    let pos = m.index + m[0].length;
    pos += /^\r?\n/.exec(text.slice(pos, pos + 2))?.[0].length ?? 0;
    for (let n = 0; n < 6 && pos < text.length; n++) {
      const line = LINE.exec(text.slice(pos, pos + 100));
      if (!line || !line[1].trim() || KEY_LINE.test(line[1]) || line[1].includes("@") || proseLine(line[1])) return;
      const start = pos + line[0].indexOf(line[1]);
      const value = line[1].replace(/[ \t,;.]+$/, "");
      if (n === 0 && !STREETISH.test(value) && NAME_LINE.test(value)) out.push(candidate("PERSON", start, start + value.length, 0.8, "block-name"));
      else if (n > 0 || STREETISH.test(value)) out.push(candidate("LOCATION", start, start + value.length, 0.75, "block-line"));
      pos += line[0].length;
      if (!line[0].endsWith("\n")) return;
    }
  });
}

function signatures(text: string, out: Candidate[]): void {
  eachMatchEndingLine(SIGN_OFF, SIGN_OFF_AT, SIGN_OFF_LENGTH, text, (m) => {
    // Only a sign-off that ends its line ("Best regards,"), not "thanks\n" mid-sentence.
    const lineStart = text.lastIndexOf("\n", m.index - 1) + 1;
    if (m.index - lineStart > 24) return;
    const pos = m.index + m[0].length;
    const line = LINE.exec(text.slice(pos, pos + 100));
    if (!line) return;
    const value = line[1].replace(/[ \t,;.]+$/, "").replace(/^(?:dr|mr|mrs|ms|prof)\.?[ \u00a0]+/i, "");
    if (!NAME_LINE.test(value) || value.length < 2) return;
    const start = pos + line[0].indexOf(value);
    out.push(candidate("PERSON", start, start + value.length, 0.85, "signature"));
    if (line[0].endsWith("\n")) signatureAddress(text, pos + line[0].length, out);
  });
}

/**
 * Address lines in a signature block: a short line with a house number (not a phone or an
 * email line), and the capitalised town line right after it.
 */
function signatureAddress(text: string, pos: number, out: Candidate[]): void {
  let prevAddress = false;
  for (let n = 0; n < 4 && pos < text.length; n++) {
    const line = LINE.exec(text.slice(pos, pos + 100));
    if (!line || !line[1].trim()) return;
    const value = line[1].replace(/[ \t,;.]+$/, "");
    const start = pos + line[0].indexOf(value);
    const digits = (value.match(/\d/g) ?? []).length;
    const phoneLike = digits > 0 && digits * 2 >= value.replace(/\s/g, "").length;
    if (value.includes("@") || phoneLike || KEY_LINE.test(value) || proseLine(value)) prevAddress = false;
    else if (digits > 0 && value.split(/\s+/).length <= 8 && /\p{L}{2}/u.test(value)) {
      out.push(candidate("LOCATION", start, start + value.length, 0.7, "signature-address"));
      prevAddress = true;
    } else if (prevAddress && NAME_LINE.test(value.replace(/,/g, ""))) {
      out.push(candidate("LOCATION", start, start + value.length, 0.65, "signature-town"));
      prevAddress = false;
    } else prevAddress = false;
    pos += line[0].length;
    if (!line[0].endsWith("\n")) return;
  }
}

const LOCATION_BEFORE = new Set(["from", "in", "to", "at", "near", "of", "visit", "visiting", "city", "town", "via", "around", "into", "towards", "toward", "address"]);
// Endings of place names in Chinese, Japanese and Korean (city, county, district, road...).
const CJK_PLACE_END = /[市县縣区區省镇鎮村州町県都府道군시구도동읍면로길街路]$/;

function script(code: number): "latin" | "other" | "none" {
  if (code < 0x250) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0 ? "latin" : "none";
  if (code >= 0x1e00 && code <= 0x1eff) return "latin";
  return "other";
}

/** The script of the word next to tokens[k] on the same line (dir -1: before, 1: after). */
function neighbourIsLatin(tokens: WordToken[], k: number, dir: -1 | 1, text: string): boolean {
  const n = tokens[k + dir];
  const gap = dir < 0 ? tokens[k].gap : n?.gap;
  if (!n || gap === undefined || gap.includes("\n")) return false;
  // Scripts written against each other ("Kimchi2023입니다") make one word with a particle, and a
  // Latin word running into digits is a code or password, not the sentence's language.
  if (!/\s/.test(gap)) return false;
  if (/\d/.test(text[n.end] ?? "") || (n.start > 0 && /\d/.test(text[n.start - 1]))) return false;
  // All-caps words are skipped: placeholders (<PERSON_1>) read as one, and replacing a
  // neighbouring value must not change this verdict.
  return script(n.text.charCodeAt(0)) === "latin" && !n.allCaps;
}

/**
 * Runs of other-script words standing next to Latin-script words on their line: names,
 * or places after a place cue. Decided by the neighbours only (never by whole-text
 * statistics, which would change once other values are replaced and break idempotence).
 */
function foreignRuns(tokens: WordToken[], out: Candidate[], text: string): void {
  for (let i = 0; i < tokens.length; i++) {
    if (script(tokens[i].text.charCodeAt(0)) !== "other") continue;
    let e = i;
    while (e + 1 < tokens.length && e - i < 3 && joinedBySpace(tokens[e + 1].gap) && script(tokens[e + 1].text.charCodeAt(0)) === "other") e++;
    if (neighbourIsLatin(tokens, i, -1, text) || neighbourIsLatin(tokens, e, 1, text)) {
      const prev = i > 0 ? tokens[i - 1].lower : "";
      const placeCue = LOCATION_BEFORE.has(prev) && /^[ \u00a0]{1,2}$/.test(tokens[i].gap);
      // 1.6.0: a street word in the run makes it a street, with its house number ("at רחוב הרצל 15").
      const street = /\d/.test(text.slice(tokens[e].end, tokens[e].end + 8)) || (i > 0 && /\d/.test(tokens[i].gap + text.slice(Math.max(0, tokens[i].start - 7), tokens[i].start))) ? streetWithNumber(text, tokens[i].start, tokens[e].end) : null;
      if (street) out.push(candidate("LOCATION", street[0], street[1], 0.65, "foreign-street"));
      const type = street || placeCue || CJK_PLACE_END.test(tokens[e].text) ? "LOCATION" : "PERSON";
      out.push(candidate(type, tokens[i].start, tokens[e].end, 0.6, "foreign-run"));
    }
    i = e;
  }
}

function findByLayout(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (text.includes("\n")) {
    addressBlocks(text, out);
    signatures(text, out);
  }
  foreignRuns(tokenizeWords(text), out, text);
  return out;
}

export const layoutRecognizer: Recognizer = { id: "layout", types: ["PERSON", "LOCATION"], find: findByLayout };
