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

// One index for every cue set: a word -> a bit per set that has a phrase ending in it. A
// word is looked up once (its shared record's `cueSets`, word-info.ts, filled on first use)
// however many sets and texts ask about it; sets beyond the 31st (none today) keep only
// their own map.
const SETS_BY_LAST_WORD = new Map<string, number>();
let nextBit = 0;
// Bumped by every new set, so a word's bits kept from before it are read again (every set
// of the engine is built at load; tests build more later).
let generation = 0;

/** The bits of the cue sets having a phrase that ends in this token's word. */
function cueSetsOf(token: WordToken): number {
  const info = token.info;
  if (info.cueGen !== generation) {
    info.cueSets = SETS_BY_LAST_WORD.get(info.lower) ?? 0;
    info.cueGen = generation;
  }
  return info.cueSets;
}

export class CueSet {
  private readonly byLast = new Map<string, string[][]>();
  private readonly bit: number;

  /** `phrases`: lower-case, words separated by single spaces ("my name is", "name's"). */
  constructor(phrases: readonly string[]) {
    this.bit = nextBit < 31 ? 1 << nextBit++ : 0;
    generation++;
    for (const p of phrases) {
      const words = p.split(" ");
      const last = words[words.length - 1];
      const list = this.byLast.get(last) ?? [];
      list.push(words);
      this.byLast.set(last, list);
      if (this.bit) SETS_BY_LAST_WORD.set(last, (SETS_BY_LAST_WORD.get(last) ?? 0) | this.bit);
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
    // The shared bits first: most tokens follow a word that ends no phrase of any set, and
    // that is one lookup per token for all sets, cheaper than the gap regexes too (a
    // single space, the usual gap, needs none).
    if (this.bit && (cueSetsOf(tokens[i - 1]) & this.bit) === 0) return false;
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
