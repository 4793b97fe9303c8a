/**
 * 1.6.0: names written in capitals ("SZŐKE GYÖRGY", "AHROROV MAVLON", "BATISTA JÚLIO CÉSAR"),
 * as passenger lists, forms and shouted chat write them. The capitalised-chain rules of
 * person.ts take a capitals word only when the main name lists hold it; here a run of two to
 * four capitals words is a name when each is a name of some list (the wide list included) and
 * none is an ordinary word, on a line that is not itself all capitals (a heading, a log level
 * line: "ERROR FAILED TO CONNECT"), or right after a person cue.
 */
import { candidate } from "../text-scan";
import type { Candidate } from "../types";
import { joinedBySpace, type WordToken } from "./tokens";

export interface CapsWordClass {
  /** A given name or surname of the main lists, or a surname by its ending. */
  name: boolean;
  /** In the wide (noisy) list of names only. */
  listed: boolean;
  /** An ordinary word, an honorific or code. */
  ordinary: boolean;
}

const VOWEL = /[AEIOUYÀ-ÖØ-ÝĀ-ž]/u;
const LETTERS_ONLY = /^[\p{Lu}\p{M}'’-]+$/u;

/** True when the text's line around [start, end) holds lower-case letters (prose or a form, not a heading). */
function lineHasLower(text: string, start: number, end: number): boolean {
  let a = text.lastIndexOf("\n", start - 1) + 1;
  let b = text.indexOf("\n", end);
  if (b < 0) b = text.length;
  if (b - a > 400) {
    a = Math.max(a, start - 200);
    b = Math.min(b, end + 200);
  }
  const line = text.slice(a, b);
  return line !== line.toUpperCase();
}

/** A capitals word standing alone: letters only, no digit glued to either side ("IBAN DE0037…" is a code). */
function capsWord(text: string, t: WordToken): boolean {
  return t.allCaps && LETTERS_ONLY.test(t.text) && !DIGIT.test(text[t.end] ?? "") && !(t.start > 0 && DIGIT.test(text[t.start - 1]));
}

const DIGIT = /\d/;

export function capsNames(text: string, tokens: readonly WordToken[], classOf: (k: number) => CapsWordClass, cued: (k: number) => boolean, out: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text.length < 3 || !capsWord(text, tokens[i])) continue;
    let j = i;
    while (j + 1 < tokens.length && j - i < 3 && tokens[j + 1].text.length >= 2 && capsWord(text, tokens[j + 1]) && joinedBySpace(tokens[j + 1].gap)) j++;
    if (j === i) continue;
    let names = 0;
    let listed = 0;
    let ok = true;
    for (let k = i; k <= j && ok; k++) {
      const c = classOf(k);
      // A word no list knows may be a rare name beside a known one ("AHROROV MAVLON"), unless it is an acronym's length.
      if (c.ordinary || (!c.name && !c.listed && (tokens[k].text.length < 4 || !VOWEL.test(tokens[k].text)))) ok = false;
      if (c.name) names++;
      else if (c.listed) listed++;
    }
    const cue = cued(i);
    if (ok && (names >= 1 || listed >= 2 || cue) && (cue || lineHasLower(text, tokens[i].start, tokens[j].end))) {
      out.push(candidate("PERSON", tokens[i].start, tokens[j].end, cue ? 0.75 : 0.62, "person-caps"));
    }
    i = j;
  }
}
