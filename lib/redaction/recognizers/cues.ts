/**
 * Cue phrases matched on the word tokens just before a candidate ("my name is", "lives
 * in", "citizen of"). Phrases are indexed by their last word, so a token whose previous
 * word ends no phrase costs one Map lookup: the old approach (lower-casing a window of
 * text and testing every phrase with endsWith) dominated the time on capitalised text.
 */
import type { WordToken } from "./tokens";

// Between the cue and the value: spacing and light punctuation on the same line.
const CUE_GAP = /^[ \t\u00a0,:;!"'“”‘’(\-–—]{1,6}$/;
const CUE_GAP_LINES = /^[ \t\u00a0,:;!"'“”‘’(\-–—]{0,6}\r?\n[ \t\u00a0]{0,8}$/;
const INNER_GAP = /^[ \u00a0]{1,2}$|^'$|^’$/;

export class CueSet {
  private readonly byLast = new Map<string, string[][]>();

  /** `phrases`: lower-case, words separated by single spaces ("my name is", "name's"). */
  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const words = p.split(" ");
      const last = words[words.length - 1];
      const list = this.byLast.get(last) ?? [];
      list.push(words);
      this.byLast.set(last, list);
    }
    for (const list of this.byLast.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Whether `word` (lower-case) is a cue phrase on its own ("remind", "patient"). */
  isSingleWord(word: string): boolean {
    return this.byLast.get(word)?.some((w) => w.length === 1) ?? false;
  }

  /**
   * Whether a cue phrase ends right before token `i`. `acrossLine` also accepts a line
   * break between cue and value ("Regards,\nJane").
   */
  before(tokens: readonly WordToken[], i: number, acrossLine = false): boolean {
    if (i === 0) return false;
    // The Map lookup first: most tokens follow a word that ends no phrase, and it is
    // cheaper than the gap regexes (a single space, the usual gap, needs none).
    const list = this.byLast.get(tokens[i - 1].lower);
    if (!list) return false;
    const gap = tokens[i].gap;
    if (gap !== " " && !CUE_GAP.test(gap) && !(acrossLine && CUE_GAP_LINES.test(gap))) return false;
    for (const words of list) {
      if (words.length > i) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        const tok = tokens[i - 1 - k];
        const inner = tokens[i - k].gap;
        ok = tok.lower === words[words.length - 1 - k] && (inner === " " || INNER_GAP.test(inner));
      }
      if (ok) return true;
    }
    return false;
  }
}
