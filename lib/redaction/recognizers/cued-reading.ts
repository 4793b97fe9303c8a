/**
 * Reading the value after a cue: the words and marks that may stand between them (connectors
 * such as "is", "lautet", ":", fillers such as "my", a short clause naming what the secret is
 * for) and the value token itself, quoted, bracketed or bare. Secrets, logins and identifiers
 * all read their value this way.
 */
import { CAS } from "./cued-cues";

/** Words between a cue and its value ("is", "lautet", ":", "=") and fillers ("my", "của tôi"). */
export const CONNECTORS = new Set(`is was are ist lautet war lautete est était es era é è är var er on oli je jest to este είναι это ir yra
является был была là adalah yaitu ialah olan now be remains stays nummer number no nr nº núm num
numéro número numero n°
bila bio bilo byl byla bylo było była był было був була було ήταν oli var volt idi era fue foi wurde yra buvo bija
היה הייתה הוא היא كانت كان هو هي است بود है था थी
е є је է ay ni estas hii huu`.split(/\s+/));
// "set", "changed", "reset", "updated" say what happened; "changed to X" gets its "to" from CONNECTORS.
export const FILLERS = new Set(`my your his her our their the new old temporary temp default current initial one-time still just got has been
set changed reset updated as either
simply currently probably apparently actually literally also again ending in with mein meine
meines dein sein ihr das der die neue mon ma mes le la nouveau nouvelle mi mis su el la nueva nuevo mio mia il meu minha
o a mijn het nieuwe min mitt mina minun mój moje moja můj moje moja az enyém meu мой моя мои мій моя μου ο η benim saya
của tôi del de da
dele dela della lui lei sua suo hans hennes deres sein seine seines ihr ihre jego jej jeho její jejich
annak hänen onun của anh ấy chị cô ông bà lake yake yakhe wake zijn haar του της τους его её ее их його
її їх njegova njena njegov njen његова њена његов њен שלו שלה שלי שלנו שלהם او من ما
ko mo niya langu yangu lako yako lake yake الخاصة الخاص بي моята мојата mening mənim իմ ჩემი`.split(/\s+/));

const PLACE_WORDS = new Set("on in at under behind inside near beside".split(" "));
/** Words about a password, not a place it is for ("password policy: ...", "password hint: ..."). */
export const ABOUT_WORDS = new Set("policy policies hint hints field rules rule requirement requirements length manager reset recovery prompt dialog box form page screen link reminder strength complexity format change expiry expiration history".split(" "));
/** 1.6.0: who opens a relative clause after a cue ("the password she used was X"). */
const PRONOUNS = new Set("i you he she we they it someone somebody anyone everyone the admin user customer client caller attacker that which".split(" "));
/** 1.6.0: "password failed: timeout", "password check error: ...": a log's message, not a place the password is written. */
export const FAILURE_WORDS = new Set("failed fails failure error errors mismatch mismatched attempt attempts rejected denied invalid expired timeout check verification validation auth authentication incorrect wrong missing".split(" "));
/** "password for the VPN is X": a short clause naming what the secret is for. */
const FOR_WORDS = new Set("for to of für pour para per voor för til for dla pro pentru za для на için от од od van von de di do da del des du della".split(" "));

// 1.5.0: "(m.rossi) and password (Gelato#55)": a bracket holds a value like a quote.
const OPEN_QUOTES: Record<string, string> = { "(": ")", "[": "]", '"': '"', "'": "'", "“": "”", "‘": "’", "«": "»", "„": "“", "「": "」", "『": "』", "`": "`", "‹": "›" };

const DOT_LEADER = /^(?:\.{3,}|…{2,})(?:[ \t\u00a0]?[.…])*(?=[ \t\u00a0:：]*[^\s]*\d)/;

export interface Value {
  start: number;
  end: number;
  quoted: boolean;
}

export function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\u00a0" || c === "\u3000";
}

/** Skips the connector between a cue ending at `pos` and its value; -1 when the line ends first. */
export function skipConnector(text: string, pos: number, lineEnds = false): { pos: number; explicit: boolean; nextLine?: boolean } {
  let explicit = false;
  // A cue alone on its line reads the next line, but its value then needs a password's shape (not explicit).
  let colon = lineEnds;
  for (let step = 0; step < 6; step++) {
    let p = pos;
    while (p < text.length && isSpace(text[p])) p++;
    const c = text[p];
    // 1.10.0: a form's dot leader ("Policy Number ..... 4471229", "Member ID........: 4471229") before a value with a digit.
    if ((c === "." || c === "…") && text[p + 1] === c) {
      const leader = DOT_LEADER.exec(text.slice(p, p + 80));
      if (leader) {
        pos = p + leader[0].length;
        explicit = true;
        continue;
      }
    }
    // 1.6.0: "Password for the VPN:" with the value alone on the next line (a blank line between at most).
    if (colon && (c === "\n" || c === "\r")) {
      const next = /^(?:[ \t\u00a0]*\r?\n){1,3}[ \t\u00a0]*(?=\S)/.exec(text.slice(p, p + 40));
      return next ? { pos: p + next[0].length, explicit, nextLine: true } : { pos: p, explicit };
    }
    // 1.6.0: "Their password, Xk82mq!, was leaked": a value set off by commas.
    // Not explicit: the caller then wants a password's shape ("password, username, and email" lists words).
    if (c === "," && step === 0 && /^,[ \t\u00a0]*[^\s,]{3,64},/.test(text.slice(p, p + 70))) {
      pos = p + 1;
      continue;
    }
    // 1.6.0: "#" and dashes only when they stand apart ("Case # 12", "PW - X"; "#iN=0M9g4" is a password).
    // "password -> X", "pw => X": an arrow.
    if ((c === "-" || c === "=") && text[p + 1] === ">") p++;
    const apart = !/[\p{L}\p{P}\p{S}]/u.test(text[p + 1] ?? " ");
    // "Medical record #: 00-1234-56": a number sign before a colon too.
    const numberSign = c === "#" && !/\p{L}/u.test(text[p + 1] ?? " ");
    if (c === ":" || c === "=" || c === "：" || c === ">" || c === "→" || c === "|" || (c === "." && step === 0) || numberSign || ((c === "-" || c === "–" || c === "—") && apart)) {
      pos = p + 1;
      explicit = true;
      colon = c === ":" || c === "：";
      continue;
    }
    const word = /^[\p{L}\p{M}.°º'-]+/u.exec(text.slice(p, p + 24));
    // "Member ID A7KQ92": a letter run into digits is the value's start, not a word.
    if (!word || /[\p{N}]/u.test(text[p + word[0].length] ?? "")) return { pos: p, explicit };
    const w = word[0].toLowerCase().replace(/[.:]+$/, "");
    // 1.6.0: a word glued to symbols ("a*cHn*7I") is the value, not a filler.
    if (!/^(?:[\s:：,]|$)/.test(text[p + word[0].length] ?? "")) return { pos: p, explicit };
    // "is on the fridge", "is in her notebook": where the password is, not what.
    if (step > 0 && explicit && PLACE_WORDS.has(w) && /^[ \t\u00a0]+(?:the|a|an|my|your|his|her|our|their|this|that)[ \t\u00a0]/i.test(text.slice(p + word[0].length, p + word[0].length + 8))) return { pos: text.length, explicit: false };
    // 1.5.0: "on a sticky note: X", "everywhere: X", "от почты: X": a few words, then a colon
    // (not "policy: ...", "hint: ...": words about the password).
    if (step === 0) {
      // Words apart by spaces: a run like "-----BEGIN" must not split into words many ways (1.6.0).
      // 1.7.0: the colon stands apart from what follows ("creds are dbadmin:P@ss" holds a login, not a clause).
      const clause = /^[ \t\u00a0]*[\p{L}\p{N}'’._-]+(?:[ \t\u00a0]+[\p{L}\p{N}'’._-]+){0,3}?[ \t\u00a0]*(?:[:：](?=[\s]|$)|：)[ \t\u00a0]*/u.exec(text.slice(p, p + 50));
      if (clause && !/[.!?]\s/.test(clause[0]) && !clause[0].toLowerCase().split(/[^\p{L}]+/u).some((x) => ABOUT_WORDS.has(x) || FAILURE_WORDS.has(x))) {
        pos = p + clause[0].length;
        explicit = true;
        colon = true;
        continue;
      }
    }
    if (step === 0 && !FOR_WORDS.has(w)) {
      // 1.6.0: "The password she used was X", "the password I set is X": a short relative clause, then "is"/"was"
      // (1.7.0: the last one of them, "the password that was leaked is X").
      const rel = /^(?:[ \t\u00a0]+\p{L}[\p{L}'’-]*){0,3}[ \t\u00a0]+(?:is|was|ist|war|est|était|es|era|é|è|är|var|er|on|oli|je|to|este|είναι|это|был|была)[ \t\u00a0]+/u.exec(text.slice(p + word[0].length, p + word[0].length + 50));
      const words = (w + (rel ? rel[0] : "")).toLowerCase().split(/[^\p{L}]+/u);
      if (rel && PRONOUNS.has(w) && !words.some((x) => ABOUT_WORDS.has(x) || FAILURE_WORDS.has(x))) {
        pos = p + word[0].length + rel[0].length;
        explicit = true;
        continue;
      }
    }
    if (FOR_WORDS.has(w) && step === 0) {
      // "for the staging VPN is X" / "für den Server: X" / "to the building is X": up to four words, then a connector.
      // 1.7.0: an e-mail address or a login names the account too ("Password for anna@example.com: X").
      const clause = /^(?:[ \t\u00a0]+[\p{L}\p{N}'’._@+-]+){1,4}?[ \t\u00a0]*(?::|=|[ \t\u00a0](?:is|was|ist|lautet|est|es|är|er|on|je|to|este|είναι)(?![\p{L}]))/u.exec(text.slice(p + word[0].length, p + word[0].length + 60));
      if (clause) {
        pos = p + word[0].length + clause[0].length;
        explicit = true;
        continue;
      }
      // 1.6.0: "Пароль от почты X1y2z3": one to three words, then a value that can only be a
      // password (letters and digits mixed, or symbols); the caller demands that shape.
      const bare = /^(?:[ \t\u00a0]+\p{L}[\p{L}\p{M}'’-]*){1,3}?[ \t\u00a0]+(?=[^\s]*\p{N})(?=[^\s]*\p{L})(?=[^\s.,;:!?]{6})/u.exec(text.slice(p + word[0].length, p + word[0].length + 60));
      if (bare) return { pos: p + word[0].length + bare[0].length, explicit: false };
    }
    // 1.6.0: "password to continue": English "to" before a verb is no Polish "to" (= is);
    // "changed it to sunshine" still gives the password.
    if (w === "to" && /^[ \t\u00a0]+(?:continue|proceed|log|login|sign|access|unlock|open|enter|get|use|view|see|make|keep|protect|confirm|verify|complete|finish|start|connect|recover)\b/.test(text.slice(p + 2, p + 30))) return { pos: text.length, explicit: false };
    // 1.7.0: "my password used to be X", "should be X", "might be X": not said outright, so the
    // value needs a password's shape (not explicit).
    const modal = /^(?:used[ \t]+to|should|might|could|would|will|may|must|has[ \t]+to|had[ \t]+to|needs[ \t]+to)[ \t]+be[ \t]+/i.exec(text.slice(p, p + 24));
    if (step === 0 && modal) return { pos: p + modal[0].length, explicit: false };
    // 1.7.0: "changed the password from Winter#11 to Spring#12": the old value, then the new one (findCuedValues).
    if (w === "from" && /^from[ \t\u00a0]+\S{3,64}[ \t\u00a0]+to[ \t\u00a0]+\S/.test(text.slice(p, p + 80))) {
      pos = p + 4;
      continue;
    }
    // 1.8.0: "Mi contraseña no funciona", "account no longer active": "no" before a word is
    // the sentence's negation, not the abbreviation of "number" (whose value holds a digit).
    if (word[0] === "no" && /^[ \t\u00a0]+\p{Ll}[\p{L}\p{M}'’]*(?=[\s.,;:!?]|$)/u.test(text.slice(p + 2, p + 40))) return { pos: text.length, explicit: false };
    if (CONNECTORS.has(w)) {
      pos = p + word[0].length;
      explicit = true;
      continue;
    }
    if (FILLERS.has(w)) {
      pos = p + word[0].length;
      continue;
    }
    return { pos: p, explicit };
  }
  return { pos, explicit };
}

/** The value token at `pos`: quoted text, or a run of non-space characters without trailing sentence punctuation. */
export function valueAt(text: string, pos: number, maxLength = 64): Value | null {
  if (pos >= text.length) return null;
  const close = OPEN_QUOTES[text[pos]];
  if (close) {
    const end = text.indexOf(close, pos + 1);
    if (end > pos + 1 && end - pos <= maxLength + 1 && !text.slice(pos + 1, end).includes("\n")) return { start: pos + 1, end, quoted: true };
    return null;
  }
  let end = pos;
  // A JSON string's end ('"amount":') closes an unquoted value too.
  while (end < text.length && end - pos < maxLength && !/\s/.test(text[end]) && !(text[end] === '"' && /[,}\]:]/.test(text[end + 1] ?? ","))) {
    // 1.6.0: ";Password=" in a connection string, "&pw=" in a query: the next field's start.
    if ((text[end] === ";" || text[end] === "&") && /^[A-Za-z][A-Za-z _]{0,30}=/.test(text.slice(end + 1, end + 33))) break;
    end++;
  }
  // "Kimchi2023입니다", "Sakura!88です": the value stops where the sentence's script resumes.
  const raw = text.slice(pos, end);
  const cjk = raw.search(CAS);
  if (cjk > 0 && /^[\x21-\x7e]/.test(raw)) end = pos + cjk;
  while (end > pos && /[.,;:)\]}»"'”’>、。，]/.test(text[end - 1])) end--;
  return end > pos ? { start: pos, end, quoted: false } : null;
}
