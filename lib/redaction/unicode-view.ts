/**
 * The normalised view detection runs on: NFKC for the compatibility characters that
 * disguise ASCII (fullwidth "ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ" and "０１２", halfwidth forms,
 * mathematical and enclosed letters and digits, ligatures), NFC for the rest, and the
 * default-ignorable characters removed (zero-width spaces and joiners, bidi controls,
 * soft hyphens, variation selectors). Without it a zero-width space between a card's
 * digits, or a phone number in fullwidth digits, walks past every recognizer.
 *
 * Full NFKC everywhere was tried and cost recall: it turns the CJK sentence punctuation
 * ("：", "（", "，") into ASCII that recognizers read differently ("田辺市：172-1017" became
 * "…:172-1017", a port-like number), and the ordinal indicators "º"/"ª" into letters glued
 * to the number before them. Those stay as written.
 *
 * Spans found on the view are mapped back to the original text, so replacements cut the
 * original and offsets index the input, as the API promises. Each view character knows
 * the original range of the "segment" it came from (one character plus its combining
 * marks, normalised together); a span maps to the union of its first and last
 * characters' segments, so it can only grow, never lose a character of the value.
 */
import { HAS_NON_ASCII, textScripts } from "./text-scan";

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const IGNORABLE_G = /\p{Default_Ignorable_Code_Point}/gu;
const MARK = /\p{M}/u;
// The ranges `disguise` folds, as one test for the fast path.
const DISGUISE = /[\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e\uff65-\uffdc\u2460-\u24ff\ufb00-\ufb06]|\ud835[\udc00-\udfff]|\ud83c[\udd00-\uddff]/u;

export interface UnicodeView {
  /** The text detection sees. */
  text: string;
  /** For each view character: start and end of its segment in the original; null when the view is the original. */
  starts: Int32Array | null;
  ends: Int32Array | null;
}

/** The normalised view of `text`; the original itself when normalising changes nothing (always for ASCII). */
export function unicodeView(text: string): UnicodeView {
  // The scripts mask (a native scan, kept for the text) is read again by the registry for the
  // same string whenever the view is the text itself: one scan for both.
  if ((textScripts(text) & HAS_NON_ASCII) === 0 || (!IGNORABLE.test(text) && !DISGUISE.test(text) && text.normalize("NFC") === text)) return { text, starts: null, ends: null };
  let out = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const segStart = i;
    i += codePointLength(text, i);
    // The segment: one code point and the combining marks after it (normalised together,
    // so "e" + U+0301 composes to "é" as whole-string NFKC would).
    while (i < text.length && MARK.test(String.fromCodePoint(text.codePointAt(i) ?? 32))) i += codePointLength(text, i);
    const raw = text.slice(segStart, i);
    const first = raw.codePointAt(0) ?? 0;
    const norm = (first < 128 && raw.length === 1 ? raw : raw.normalize(disguise(first) ? "NFKC" : "NFC")).replace(IGNORABLE_G, "");
    for (let k = 0; k < norm.length; k++) {
      starts.push(segStart);
      ends.push(i);
    }
    out += norm;
  }
  return { text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** CJK sentence punctuation in the fullwidth block: "！（），：；？". */
const CJK_PUNCTUATION = new Set([0xff01, 0xff08, 0xff09, 0xff0c, 0xff1a, 0xff1b, 0xff1f]);

/** Compatibility characters that stand for ASCII letters, digits and their symbols. */
function disguise(cp: number): boolean {
  if (cp >= 0xff01 && cp <= 0xff5e) return !CJK_PUNCTUATION.has(cp);
  return (cp >= 0xff65 && cp <= 0xffdc) || (cp >= 0x1d400 && cp <= 0x1d7ff) || (cp >= 0x2460 && cp <= 0x24ff) || (cp >= 0xfb00 && cp <= 0xfb06) || (cp >= 0x1f100 && cp <= 0x1f1ff);
}

function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Maps a view span [start, end) to the original text's offsets. */
export function toOriginal(view: UnicodeView, start: number, end: number): [number, number] {
  if (!view.starts || !view.ends) return [start, end];
  return [view.starts[start], view.ends[Math.max(start, end - 1)]];
}

/**
 * Maps sorted, non-overlapping view spans to the original. Two spans that shared one
 * segment (a ligature split between them) would overlap once mapped: they are merged.
 */
export function spansToOriginal<T extends { start: number; end: number; type: string; score: number }>(view: UnicodeView, spans: readonly T[]): T[] {
  if (!view.starts) return [...spans];
  const out: T[] = [];
  for (const s of spans) {
    const [start, end] = toOriginal(view, s.start, s.end);
    const last = out[out.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      if (s.score > last.score) last.score = s.score;
      continue;
    }
    out.push({ ...s, start, end });
  }
  return out;
}
