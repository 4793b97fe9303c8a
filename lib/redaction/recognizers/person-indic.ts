/**
 * 1.11.0: names in Devanagari, Bengali and Tamil script without a cue before them ("अमित गुप्ता ने
 * ऑर्डर किया", "রাহুল দাস ফোন করেছিল"): a listed given name before a listed family name, or a given
 * name that is no everyday word alone. Names after a cue or a title are person-scripts.ts's.
 */
import { INDIC_NAMES_ALONE, INDIC_NAMES_BEFORE_SURNAME, INDIC_SURNAMES } from "../lexicon/indic-names";
import { candidate } from "../text-scan";
import type { Candidate } from "../types";
import { joinedBySpace, type WordToken } from "./tokens";

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));
const ALONE = words(INDIC_NAMES_ALONE);
const BEFORE_SURNAME = words(INDIC_NAMES_BEFORE_SURNAME);
const SURNAMES = words(INDIC_SURNAMES);
// Words of address after a given name ("सुनीता जी", "রাহুল বাবু", "ராஜேஷ் அவர்கள்").
const ADDRESS = new Set(["जी", "साहब", "बाबू", "বাবু", "দা", "দি", "அவர்கள்"]);

/** Devanagari (0900) to Tamil (0BFF): the scripts the lists are written in. */
function indic(t: WordToken): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 0x0900 && c <= 0x0bff;
}

/** A name a cue found already holds `at` ("Attendees: सुनीता ज्ञवाली" is one name, not two). */
function covered(out: readonly Candidate[], at: number): boolean {
  for (const c of out) if (c.type === "PERSON" && c.start <= at && at < c.end) return true;
  return false;
}

export function indicNames(tokens: readonly WordToken[], out: Candidate[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!indic(t)) continue;
    const alone = ALONE.has(t.text);
    if ((!alone && !BEFORE_SURNAME.has(t.text)) || covered(out, t.start)) continue;
    // The family names after it (at most two: "अमित कुमार गुप्ता").
    let e = k;
    while (e + 1 < tokens.length && e - k < 2 && joinedBySpace(tokens[e + 1].gap) && SURNAMES.has(tokens[e + 1].text)) e++;
    const next = e + 1 < tokens.length && joinedBySpace(tokens[e + 1].gap) ? tokens[e + 1].text : "";
    if (e > k) out.push(candidate("PERSON", t.start, tokens[e].end, 0.8, "indic"));
    else if (alone || ADDRESS.has(next)) out.push(candidate("PERSON", t.start, t.end, 0.6, "indic"));
    k = e;
  }
}
