/**
 * 1.11.0: the codes listed under a line naming them ("Recovery codes:" over "- 1a2b-3c4d",
 * "1. 3829 1029", or two codes a line apart by wide spaces). The cue reading finds a list's codes
 * only when the first one follows its cue on the same line; a list below a heading line, with
 * bullets or numbers, kept every code (or read "1. 3829 1029" as a phone number).
 */
import { candidate, eachMatch } from "../text-scan";
import type { Candidate } from "../types";

// A line that names a list of codes, then a line break: "Recovery codes:", "Here are my backup codes", "Wiederherstellungscodes:".
const CODES_LINE = /(?:recovery|backup|security|verification|one-time|2fa|mfa|emergency|scratch|sign-in|login)[ \t-]+codes|wiederherstellungscodes|backup-codes|sicherungscodes|codes de (?:récupération|secours|sauvegarde)|códigos de (?:recuperación|respaldo|seguridad|backup|recuperação)|codici di (?:backup|recupero)|kody (?:zapasowe|odzyskiwania)|herstelcodes|back-upcodes|резервные коды|коды восстановления/giu;
const LINE_END = /^[ \t]*:?[ \t]*\r?\n/;
// A bullet or a number before an item ("- ", "• ", "1. ", "2) ").
const BULLET = /^[ \t]*(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?/;
// One code: letters and digits in one to four groups (by "-" or one space), with a digit, six to thirty characters.
const CODE = /^(?=.*\d)[A-Za-z0-9]{3,12}(?:[- ][A-Za-z0-9]{3,12}){0,3}$/;
const MAX_LINES = 32;
const MAX_LINE = 400;

/** The codes of each list under a line that names recovery, backup or verification codes. */
export function codesUnderCue(text: string, out: Candidate[]): void {
  eachMatch(CODES_LINE, text, (m) => {
    const head = LINE_END.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (!head) return;
    let pos = m.index + m[0].length + head[0].length;
    // One blank line may stand between the heading and its list.
    const blank = /^[ \t]*\r?\n/.exec(text.slice(pos, pos + 8));
    if (blank) pos += blank[0].length;
    for (let n = 0; n < MAX_LINES && pos < text.length; n++) {
      let end = text.indexOf("\n", pos);
      if (end < 0) end = text.length;
      const found = lineCodes(text, pos, text[end - 1] === "\r" ? end - 1 : end);
      if (!found) return;
      for (const [s, e] of found) out.push(candidate("SECRET", s, e, 0.85, "code-list"));
      pos = end + 1;
    }
  });
}

/** The codes of one list line (all its items must be codes), or null. */
function lineCodes(text: string, start: number, end: number): Array<[number, number]> | null {
  if (end - start > MAX_LINE) return null;
  const bullet = BULLET.exec(text.slice(start, end));
  const pos = start + (bullet ? bullet[0].length : 0);
  const items: Array<[number, number]> = [];
  // Items are apart by two spaces or more, a tab, a comma or a semicolon.
  const re = /[ \t]{2,}|\t|[ \t]*[,;][ \t]*/g;
  const line = text.slice(pos, end);
  let from = 0;
  for (let m = re.exec(line); ; m = re.exec(line)) {
    const to = m ? m.index : line.length;
    const item = line.slice(from, to).trim();
    if (!CODE.test(item) || item.length < 6 || item.length > 30) return null;
    const at = pos + from + line.slice(from, to).indexOf(item);
    items.push([at, at + item.length]);
    if (!m) break;
    from = m.index + m[0].length;
    if (from >= line.length) break;
  }
  return items.length > 0 ? items : null;
}
