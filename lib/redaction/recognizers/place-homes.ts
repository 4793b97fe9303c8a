/**
 * LOCATION's places marked by grammar rather than letter case, and house numbers beside a
 * street's span (split from location.ts, code moved as it is): where someone lives in
 * languages that mark the place with a particle or a postposition, or write it without
 * letter case (NATIVE_HOME), and a street word's house number on either side of a place the
 * other rules found ("at 우정로 9", "to 304 Voie des Jasmins").
 */
import { candidate, HAS_ARABIC, HAS_CJK, HAS_DEVANAGARI, HAS_HANGUL, HAS_HEBREW, textScripts } from "../text-scan";
import type { Candidate } from "../types";

// 1.6.0: where someone lives, in languages that mark the place with a particle or a postposition,
// or write it without letter case: group 1 is the place. Each pattern comes with what it cannot
// match without (a script of textScripts, or one of some literal words): skipped in O(1) when absent.
export const NATIVE_HOME: ReadonlyArray<[number | readonly string[], RegExp]> = [
  [HAS_ARABIC, /(?:أسكن|أعيش|يسكن|تسكن|يعيش|تعيش|نسكن|نعيش|انتقلت|انتقل|انتقلنا)[ \u00a0]+(?:في|إلى|الى)[ \u00a0]+([\u0600-\u06ff]{2,20})/gu],
  [HAS_ARABIC, /(?:^|[ \u00a0])در[ \u00a0]+([\u0600-\u06ff\u200c]{2,20})[ \u00a0]+زندگی/gu],
  [HAS_ARABIC, /([\u0600-\u06ff]{2,20})[ \u00a0]+میں[ \u00a0]+(?:رہتا|رہتی|رہتے)/gu],
  [HAS_HEBREW, /(?:גר|גרה|גרים|גרות|עברתי|עבר|עברה|עברנו)[ \u00a0]+ב-?([\u05d0-\u05ea"'״]{2,20})/gu],
  [HAS_DEVANAGARI, /([\u0900-\u097f]{2,20})[ \u00a0]+में[ \u00a0]+(?:रहता|रहती|रहते)/gu],
  [HAS_CJK, /([\u4e00-\u9fff\u30a0-\u30ff]{1,8})に(?:住んで|住み|引っ越)/gu],
  [HAS_HANGUL, /([\uac00-\ud7a3]{1,8})에[ \u00a0]?(?:살아요|살고|삽니다|살아|거주|이사)/gu],
  [["yaşıyor", "oturuyor"], /(\p{Lu}[\p{L}\p{M}]{1,30})['’](?:de|da|te|ta)[ \u00a0]+(?:yaşıyorum|yaşıyor|yaşıyoruz|oturuyorum|oturuyor)/gu],
  [["lak", "él"], /(\p{Lu}[\p{L}\p{M}]{1,30})[ \u00a0]+(?:lakom|lakik|lakunk|élek|él)(?![\p{L}])/gu],
  [["asu", "Asu", "uuti", "uutt"], /(?<![\p{L}])(?:[Aa]sun|[Aa]suu|[Aa]summe|[Aa]suvat|[Mm]uutin|[Mm]uutti)[ \u00a0]+(\p{Lu}[\p{L}\p{M}]{2,30})/gu],
];

// Every literal word the patterns above need, in one pattern: one scan says whether any is in
// the text, where a search per word ran over every text (they are in ~0.2 % of chat messages).
export const ANY_NATIVE_WORD = new RegExp(
  NATIVE_HOME.flatMap(([need]) => (typeof need === "number" ? [] : need))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|"),
);

export function nativeHomes(text: string, out: Candidate[]): void {
  const scripts = textScripts(text);
  const words = ANY_NATIVE_WORD.test(text);
  for (const [need, re] of NATIVE_HOME) {
    if (typeof need === "number" ? (scripts & need) === 0 : !words || !need.some((w) => text.includes(w))) continue;
    for (const m of text.matchAll(re)) {
      const start = m.index + m[0].indexOf(m[1]);
      out.push(candidate("LOCATION", start, start + m[1].length, 0.75, "native-home"));
    }
  }
}

// 1.6.0: a street span's house number on its other side ("at 우정로 9", "to 304 Voie des Jasmins",
// "Речная ул.. 711", "רחוב הרצל 'א7"): the scripts and orders the address patterns miss.
const STREET_MARK = /(?:[로길路街]|רחוב|שדרות|סמטת|משעול|דרך|شارع|طريق|(?:^|[ \u00a0.])(?:ул|улица|вул|вулиця|пр-т|проспект|пер|переулок|провулок|наб|набережная|бульвар|шоссе|майдан|площа|площадь|аллея|алея|Voie|Rue|Avenue|Av|Allée|Route|Boulevard|Bd|Chemin|Impasse|Rua|Avenida|Travessa|Alameda|Calle|Via|Viale|Piazza|Street|St|Road|Rd|Lane|Marg|Nagar|Path|ქუჩა|გამზ|გამზირი|ხეივანი|utca|út|tér|körút|ko'chasi|ko‘chasi|mahallasi|Đường|Phố)(?:[ \u00a0.,]|$))/iu;
const NUMBER_AFTER = /^[.,]{0,2}[ \u00a0]['׳]?[\p{L}]?\d{1,5}[\p{L}]?(?:[-/]\d{1,4})?(?![\p{L}\p{N}/-]|[.,:]\p{N})/u;
const NUMBER_BEFORE = /(?<![\p{L}\p{N},:/-]|[.,:]\d)\d{1,5}[A-Za-z]?[ \u00a0]$/u;

/** The span [start, end) grown over a house number on either side when it holds a street word, else null. */
export function streetWithNumber(text: string, start: number, end: number): [number, number] | null {
  if (!STREET_MARK.test(text.slice(start, end))) return null;
  let s = start;
  let e = end;
  const after = NUMBER_AFTER.exec(text.slice(end, end + 14));
  if (after && !/\d/.test(text.slice(Math.max(start, end - 6), end))) e += after[0].length;
  const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, start - 7), start));
  if (before && !/\d/.test(text.slice(start, Math.min(end, start + 4)))) s -= before[0].length;
  return s < start || e > end ? [s, e] : null;
}

export function houseNumbersBeside(text: string, out: Candidate[]): void {
  const n = out.length;
  for (let k = 0; k < n; k++) {
    const c = out[k];
    if (c.type !== "LOCATION" || c.score < 0.5) continue;
    const grown = streetWithNumber(text, c.start, c.end);
    if (grown) out.push(candidate("LOCATION", grown[0], grown[1], c.score, "house-number"));
  }
}
