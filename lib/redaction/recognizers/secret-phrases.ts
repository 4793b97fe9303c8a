/**
 * 1.11.0: a password made of ordinary words after its cue ("My password is correct horse battery
 * staple.", "password: purple monkey dishwasher"): three to six lower-case words that end the
 * sentence or the line. The cue reading (cued-values.ts) takes a password word by word, so it
 * rejects the first of these ("correct") as a word about the password, or takes it alone and
 * leaves the rest of the phrase behind. A sentence about the password is no phrase: its words
 * link, count, tell or describe ("is never sent over email", "minimum twelve characters long",
 * "stored somewhere safe").
 */
import { NOT_A_SECRET_WORDS, SECRET_CUES } from "../lexicon/credential-cues";
import { candidate, eachMatch } from "../text-scan";
import type { Candidate } from "../types";
import { passwordShaped, secretOk } from "./cued-secret-checks";

// English only: the stop words below are English.
const PHRASE = /(?<![\p{L}\p{N}_.-])(?:[Pp]ass(?:word|phrase|[ \t]phrase)|PASSWORD|PASSPHRASE|[Pp]w|PW|[Pp]wd|PWD)(?:[ \t]+(?:is|was|is now|will be|would be)[ \t]*:?|[ \t]*[:=])[ \t]*(["'“]?)((?:\p{Ll}{2,16}[ \t]){2,5}\p{Ll}{2,16})(["'”]?)(?=[ \t]*(?:$|\r?\n|[.,;!?)]))/gu;

/**
 * Words of a sentence about a password rather than of a password: they link, count, tell or describe
 * (and the function words of French, German, Spanish, Italian, Portuguese and Dutch, as translation files write them).
 */
const STOP = new Set(`a an the my your his her our their its this that these those it is are was were be been being am do does did done
has have had not no never none too very so such same as than then there here what which who whom whose when where why how and or but nor
if because of to in on at by for from with without into onto about via per over under after before until since up down out off again also
just only still yet even ever all any some each every both either neither more most less least much many few enough other another own
i me we us you he him she they them please thanks thank see check ask use contact call email mail refer look find get set reset change
enter type leave keep kept sent lost put note make try must should will would can could may might shall need needs required optional
minimum maximum min max characters character chars letters letter digits digit numbers number symbols symbol uppercase lowercase long short
length least case sensitive insensitive somewhere anywhere everywhere elsewhere nowhere always usually sometimes often like said says told
tell asked known unknown shown given written taken default usual blank empty
le la les un une des du de et ou est doit pas ne der die das ein eine und oder ist muss nicht el los las una y o es debe no il lo gli
e deve non o os uma ou deve não het een en moet niet`.split(/\s+/));
const ABOUT = new Set(NOT_A_SECRET_WORDS);
// The words of the cues for a secret ("mot de passe", "secret key"): a phrase holding one labels a field, as a translation file does.
const CUE_PARTS = new Set(SECRET_CUES.flatMap((c) => c.split(" ")));

/** Whether words name a secret ("mot de passe", "api key"): a field's label, as a translation file gives it. */
export function namesSecret(words: readonly string[]): boolean {
  return words.some((w) => CUE_PARTS.has(w));
}

/** Whether the words read after a password's cue are a passphrase, not a sentence about the password. */
export function passphraseWords(words: readonly string[]): boolean {
  let about = 0;
  for (const w of words) {
    if (STOP.has(w) || CUE_PARTS.has(w)) return false;
    // "stored", "hashing", "securely": a verb's form or an adverb tells what happens to the password.
    if (w.length >= 5 && /(?:ed|ing|ly)$/.test(w)) return false;
    if (ABOUT.has(w)) about++;
  }
  return about <= 1;
}

// 1.11.0: "my password's tulip123", "my pin's 1234": "'s" for "is" glues the cue into one word the cue table never meets.
const CONTRACTED = /(?<![\p{L}\p{N}_])([Pp]ass(?:word|code)|PASSWORD|PIN|[Pp]in|[Pp]wd?|PWD?)['’]s[ \t]+(?:now[ \t]+|still[ \t]+)?["'“]?([^\s"'”,;]{3,64})/gu;

/** A password or PIN after its cue and "'s" ("my password's tulip123"): a password's shape, a PIN's digits. */
export function contractedCues(text: string, out: Candidate[]): void {
  eachMatch(CONTRACTED, text, (m) => {
    const value = m[2].replace(/[.!?:)]+$/, "");
    const pin = /^pin$/i.test(m[1]);
    if (pin ? !/^\d{4,8}$/.test(value) : !passwordShaped(value) || !/\p{L}/u.test(value) || !secretOk(value, true, null)) return;
    const start = m.index + m[0].length - m[2].length;
    out.push(candidate("SECRET", start, start + value.length, 0.85, "cued-secret"));
  });
}

/** Passphrases of ordinary words after "password is", "password:", "pw =" and the like. */
export function passphrasesAfterCue(text: string, out: Candidate[]): void {
  eachMatch(PHRASE, text, (m) => {
    // An opening quote needs its closing one, and a closing one its opening one.
    if ((m[1] === "") !== (m[3] === "")) return;
    if (!passphraseWords(m[2].split(/[ \t]/))) return;
    const start = m.index + m[0].length - m[3].length - m[2].length;
    out.push(candidate("SECRET", start, start + m[2].length, 0.85, "passphrase"));
  });
}
