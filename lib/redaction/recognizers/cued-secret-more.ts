/**
 * Secrets found around one read after its cue (1.7.0): the new value after the old one, the
 * other codes of a list, the password named again a little later ("the old one was X"), and,
 * in languages that put it first, the password right before its word ("Tavasz99 jelszóval").
 * Each needs a password's shape, as no cue stands right before it.
 */
import { REVERSE_SECRET_CUES } from "../lexicon/credential-cues";
import { candidate } from "../text-scan";
import type { Candidate } from "../types";
import type { Cue } from "./cued-cues";
import { isSpace, valueAt, type Value } from "./cued-reading";
import { passwordShaped, secretOk } from "./cued-secret-checks";
import type { WordToken } from "./tokens";

const TO_NEXT = /^[ \t\u00a0]+(?:to|in|into|auf|en|à|a|na|naar|till|til|на|or|oder|ou|o|of|eller|или|lub|nebo|vagy)[ \t\u00a0]+/;
const LIST_GAP = /^(?:[ \t\u00a0]*[,;|][ \t\u00a0]*|[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*(?:[-*•][ \t\u00a0]+)?)/;
// Lower-case: cue phrases whose value is a list of codes ("Recovery codes: 8f2k-19dl, 3kd9-22mx").
const LIST_CUE_ENDS = new Set(["codes", "keys", "tokens", "passwords", "pins", "kodes", "codici", "códigos", "codes:"]);

// 1.11.0: the last word of cues whose value is a numeric code, and a code's second group of digits.
const CODE_CUE_ENDS = new Set(["code", "pin", "otp", "passcode", "2fa", "mfa", "kod", "código", "codice", "код", "kode", "mã"]);
const SECOND_GROUP = /^[ \u00a0]\d{3,4}(?![\p{L}\p{N}]|[.,]\d)/u;

/**
 * 1.7.0: what follows a secret read after its cue: the new value after the old one ("from
 * Winter#11 to Spring#12", "changed X to Y") and the other codes of a list ("backup codes
 * 12345678 87654321"), each of the first one's kind (a password's shape; about its length).
 */
export function moreSecrets(text: string, first: Value, cue: Cue, out: Candidate[]): void {
  let end = first.end + (first.quoted ? 1 : 0);
  // 1.11.0: a code read in two groups ("my sms code is 552 019"): the second group is the code's too.
  if (!first.quoted && CODE_CUE_ENDS.has(cue.parts[cue.parts.length - 1]) && /^\d{3,4}$/.test(text.slice(first.start, first.end))) {
    const group = SECOND_GROUP.exec(text.slice(end, end + 8));
    if (group) {
      out.push(candidate("SECRET", first.start, end + group[0].length, 0.85, "cued-secret"));
      return;
    }
  }
  const to = TO_NEXT.exec(text.slice(end, end + 12));
  if (to) {
    const v = valueAt(text, end + to[0].length);
    const value = v ? text.slice(v.start, v.end) : "";
    // 1.8.0: "… in config.py", "… in /etc/app.env": where the secret was found, not a new one.
    if (v && passwordShaped(value) && secretOk(value, true, null) && !/^[\w-]+\.[a-z]{1,5}$|[/\\]/.test(value)) out.push(candidate("SECRET", v.start, v.end, 0.85, "cued-secret"));
    return;
  }
  if (!LIST_CUE_ENDS.has(cue.parts[cue.parts.length - 1])) return;
  const length = first.end - first.start;
  const shape = text.slice(first.start, first.end).replace(/[A-Za-z]/g, "a").replace(/\d/g, "0");
  for (let n = 0; n < 16; n++) {
    const gap = LIST_GAP.exec(text.slice(end, end + 12));
    if (!gap) return;
    const v = valueAt(text, end + gap[0].length);
    if (!v || v.quoted !== first.quoted) return;
    const value = text.slice(v.start, v.end);
    // Codes of one list share their length and, for grouped ones, where their separators stand.
    if (Math.abs(value.length - length) > 2 || !/\d/.test(value) || (/[^\w]/.test(shape) && value.replace(/[A-Za-z]/g, "a").replace(/\d/g, "0").replace(/[a0]/g, "") !== shape.replace(/[a0]/g, ""))) return;
    out.push(candidate("SECRET", v.start, v.end, 0.85, "cued-secret"));
    end = v.end + (v.quoted ? 1 : 0);
  }
}

// 1.7.0: a password named again a little later ("Can you reset my password? The old one was
// Banana!23", "forgot my password so I reset it to Tulip#4"): the value needs a password's shape.
const LATER_MENTION = /(?:^|[\s,.;:!?])(?:(?:the|my|his|her|your|our|their)[ \t]+)?(?:old|new|current|previous|temporary|temp|original|last)[ \t]+one[ \t]+(?:is|was|is now|will be|:)[ \t]+|\b(?:changed|reset|set|updated|switched|changing|resetting|setting)[ \t]+it[ \t]+(?:back[ \t]+)?to[ \t]+/gi;

export function laterMention(text: string, from: number, out: Candidate[]): void {
  const window = text.slice(from, from + 120);
  LATER_MENTION.lastIndex = 0;
  const m = LATER_MENTION.exec(window);
  if (!m) return;
  const v = valueAt(text, from + m.index + m[0].length);
  if (!v) return;
  const value = text.slice(v.start, v.end);
  if ((v.quoted || passwordShaped(value)) && secretOk(value, true, null)) out.push(candidate("SECRET", v.start, v.end, 0.85, "cued-secret"));
}

const REVERSE_CUES = new Set(REVERSE_SECRET_CUES);

/**
 * 1.5.0: languages that put the password before the word for it ("Tavasz99 jelszóval",
 * "Deniz4455 şifresiyle", "Toshkent2021 paroli bilan"): the word before such a cue, when it
 * looks like a password (a digit, a symbol or a capital inside).
 */
export function reverseSecretCues(text: string, tokens: readonly WordToken[], out: Candidate[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (!REVERSE_CUES.has(tokens[i].lower)) continue;
    let start = tokens[i].start - 1;
    while (start > 0 && isSpace(text[start])) start--;
    const end = start + 1;
    while (start > 0 && !/\s/.test(text[start - 1])) start--;
    const value = text.slice(start, end).replace(/^["'“„«(]|["'”»)]$/g, "");
    const at = text.indexOf(value, start);
    if (value.length < 4 || value.length > 64 || !passwordShaped(value)) continue;
    if (!secretOk(value, true, null)) continue;
    out.push(candidate("SECRET", at, at + value.length, 0.85, "cued-secret-before"));
  }
}
