/**
 * Values that only a cue word makes personal (1.4.0): a password written in prose after
 * its cue, whatever its characters ("with password Tr0ub4dor&3", "mein Passwort lautet
 * Kaffee&Kuchen9", "пароль: Медведь2019", "密码是Mima2024"); a login and its password
 * ("login jdoe / S3cret!"); an identifier after the word that names it ("passport no.
 * X4829105", "MRN 00482913", "PESEL 85071212345"), typed with Presidio's entity name when
 * Presidio has one (PASSPORT, IN_PAN, IN_AADHAAR, US_BANK_NUMBER, ...) and ID otherwise.
 * An identifier needs digits; a secret needs not to be an ordinary word. The shapes that
 * are distinctive on their own (an Indian PAN, an Aadhaar number with a valid Verhoeff
 * digit) are also taken without a cue.
 */
import { englishInflection, getLexicon } from "../lexicon/lexicon";
import { ID_CUES, MORE_ID_CUES, LINKED_LOGIN_CUES, LOGIN_CUES, LOGIN_HEADINGS, LOGIN_PASSWORD_LINKS, NOT_A_SECRET_WORDS, REVERSE_SECRET_CUES, SECRET_CUES, SECRET_HEADINGS } from "../lexicon/credential-cues";
import { candidate, eachMatch } from "../text-scan";
import { abaValid, nhsValid, verhoeffValid } from "../validators";
import type { Candidate, EntityType, Recognizer } from "../types";
import { credentialLayouts } from "./cued-layout";
import { idsBeforeCue, secretsBeforeCue } from "./cued-reverse";
import { isMachineText } from "./code-context";
import { tokenizeWords, type WordToken } from "./tokens";
import { lexHas, wordFlag } from "./word-info";

type CueKind = "secret" | "login" | "id";

interface Cue {
  kind: CueKind;
  type: EntityType;
  parts: string[];
  /** Short ASCII cues ("TIN", "PAN", "NIE") count only in capitals. */
  upper: boolean;
  /** 1.6.0: "Chart #", "Membership #": the head of an "X number" cue, only before "#" or "№". */
  mark?: boolean;
}

const BY_FIRST = new Map<string, Cue[]>();
const CJK_CUES: Array<[string, CueKind, EntityType]> = [];
// Scripts written without spaces between words: cues are found by substring (1.5.0: Thai too).
const CAS = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

function addCue(kind: CueKind, type: EntityType, phrase: string): void {
  if (CAS.test(phrase)) {
    CJK_CUES.push([phrase, kind, type]);
    return;
  }
  const parts = phrase.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  register(kind, type, parts);
  // The tokenizer keeps "Steuer-ID", "wi-fi" and "one-time" as one word: register that form too.
  if (/\p{L}-\p{L}/u.test(phrase)) register(kind, type, phrase.toLowerCase().split(/[^\p{L}\p{M}\p{N}-]+/u).filter(Boolean));
  // 1.5.0: the tokenizer leaves a possessive's "'s" between words ("driver's licence" is
  // "driver" + "licence"): register that form too (CUE_GAP lets "'s " through).
  if (/\p{L}['’]s\b/u.test(phrase)) {
    register(kind, type, phrase.toLowerCase().replace(/['’]s\b/gu, "").split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean));
    // 1.6.0: and the tokenizer's own form, the possessive kept in its word ("driver's" + "licence").
    for (const q of ["'", "’"]) register(kind, type, phrase.toLowerCase().replace(/['’]s\b/gu, q + "s").split(/[^\p{L}\p{M}\p{N}'’]+/u).filter(Boolean));
  }
}

function register(kind: CueKind, type: EntityType, parts: string[], mark = false): void {
  if (parts.length === 0) return;
  const upper = kind === "id" && parts.length === 1 && parts[0].length <= 4 && /^[a-z]+$/.test(parts[0]) && !ANY_CASE.has(parts[0]);
  const list = BY_FIRST.get(parts[0]) ?? [];
  if (list.some((c) => c.kind === kind && c.mark === mark && c.parts.join(" ") === parts.join(" "))) return;
  list.push({ kind, type, parts, upper, mark });
  BY_FIRST.set(parts[0], list);
}

/** Short cues that are abbreviations of words, not acronyms: "Acct #…" counts as written. */
const ANY_CASE = new Set(["acct", "acc"]);
const NOT_PERSONAL_HEADS = new Set(["ticket", "reference", "booking", "reservation", "confirmation", "record", "plate", "claim"]);

/**
 * 1.6.0: the other ways to write an English "X number" cue ("X no.", "X nr", "X #") and the
 * plural a list of identifiers follows ("MRNs", "account numbers", "IDs").
 */
function addIdForms(type: EntityType, phrase: string): void {
  const parts = phrase.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  const last = parts[parts.length - 1];
  if (!/^[a-z]+$/.test(last ?? "")) return;
  if (last === "number" && parts.length > 1) {
    const head = parts.slice(0, -1);
    for (const abbr of ["no", "nr", "num", "numbers"]) register("id", type, [...head, abbr]);
    // "Ticket #58213" numbers a support ticket, not a person: only personal heads take "#".
    if (!NOT_PERSONAL_HEADS.has(head.join(" "))) register("id", type, head, true);
  } else if ((parts.length > 1 && last.length >= 2 && !last.endsWith("s")) || (parts.length === 1 && last.length <= 3)) {
    register("id", type, [...parts.slice(0, -1), last + "s"]);
  }
}
for (const c of LOGIN_CUES) addCue("login", "ID", c);
for (const c of SECRET_CUES) addCue("secret", "SECRET", c);
for (const [type, c] of [...ID_CUES, ...MORE_ID_CUES]) addCue("id", type, c);
for (const [type, c] of [...ID_CUES, ...MORE_ID_CUES]) if (!CAS.test(c)) addIdForms(type, c);
for (const list of BY_FIRST.values()) list.sort((a, b) => b.parts.length - a.parts.length);
// A cue's first word, answered once per distinct word (word-info.ts).
const CUE_FIRST = wordFlag(BY_FIRST);
CJK_CUES.sort((a, b) => b[0].length - a[0].length);
const CJK_CUE = new RegExp(`(${CJK_CUES.map(([p]) => p).join("|")})(?:是|为|為|は|を|는|은|：|:|คือ|ของฉันคือ|ของเขาคือ)?[ \\t\\u3000]*`, "g");

const NOT_SECRET = new Set(NOT_A_SECRET_WORDS);
/** English adjective endings that describe a password ("unguessable", "secretive", "useless"). */
const DESCRIBING = /(?:able|ible|ive|ous|ful|less)$/;
// 1.6.0: linking logins by every language's word for a password ("логин X пароль Y") was tried
// and cost passwords on the external corpus (aggregate figures, cause not known); the word's own
// cue still finds the password there.
const LINKS = [...LOGIN_PASSWORD_LINKS].sort((a, b) => b.length - a.length);
const LINKED_ONLY = new Set(LINKED_LOGIN_CUES);

/** Words between a cue and its value ("is", "lautet", ":", "=") and fillers ("my", "của tôi"). */
const CONNECTORS = new Set(`is was are ist lautet war lautete est était es era é è är var er on oli je jest to este είναι это ir yra
является был была là adalah yaitu ialah olan now be remains stays nummer number no nr nº núm num
numéro número numero n°
bila bio bilo byl byla bylo było była był было був була було ήταν oli var volt idi era fue foi wurde yra buvo bija
היה הייתה הוא היא كانت كان هو هي است بود है था थी
е є је է ay ni estas hii huu`.split(/\s+/));
// "set", "changed", "reset", "updated" say what happened; "changed to X" gets its "to" from CONNECTORS.
const FILLERS = new Set(`my your his her our their the new old temporary temp default current initial one-time still just got has been
set changed reset updated as either
simply currently probably apparently actually literally also again ending in with mein meine
meines dein sein ihr das der die neue mon ma mes le la nouveau nouvelle mi mis su el la nueva nuevo mio mia il meu minha
o a mijn het nieuwe min mitt mina minun mój moje moja můj moje moja az enyém meu мой моя мои мій моя μου ο η benim saya
của tôi del de da
dele dela della lui lei sua suo hans hennes deres sein seine seines ihr ihre jego jej jeho její jejich
annak hänen onun của anh ấy chị cô ông bà lake yake yakhe wake zijn haar του της τους его её ее их його
її їх njegova njena njegov njen његова њена његов њен שלו שלה שלי שלנו שלהם او من ما
ko mo niya langu yangu lako yako lake yake الخاصة الخاص بي моята мојата mening mənim իմ ჩემი`.split(/\s+/));
/** 1.6.0: what a login is said to be, in the languages of LOGIN_CUES: no username. */
const NOT_A_LOGIN = new Set("address adresse e-mail email mail courriel correo dirección direccion endereço indirizzo adres adressen name nom nombre nome naam namn navn nimi numéro número numero nummer number votre vos notre nos leur leurs tu tus seu sua teu tua dein deine ihre euer uw jouw je ton ta".split(" "));
const PLACE_WORDS = new Set("on in at under behind inside near beside".split(" "));
/** Words about a password, not a place it is for ("password policy: ...", "password hint: ..."). */
const ABOUT_WORDS = new Set("policy policies hint hints field rules rule requirement requirements length manager reset recovery prompt dialog box form page screen link reminder strength complexity format change expiry expiration history".split(" "));
/** 1.6.0: who opens a relative clause after a cue ("the password she used was X"). */
const PRONOUNS = new Set("i you he she we they it someone somebody anyone everyone the admin user customer client caller attacker that which".split(" "));
/** 1.6.0: "password failed: timeout", "password check error: ...": a log's message, not a place the password is written. */
const FAILURE_WORDS = new Set("failed fails failure error errors mismatch mismatched attempt attempts rejected denied invalid expired timeout check verification validation auth authentication incorrect wrong missing".split(" "));
/** "password for the VPN is X": a short clause naming what the secret is for. */
const FOR_WORDS = new Set("for to of für pour para per voor för til for dla pro pentru za для на için от од od van von de di do da del des du della".split(" "));

// 1.5.0: "(m.rossi) and password (Gelato#55)": a bracket holds a value like a quote.
const OPEN_QUOTES: Record<string, string> = { "(": ")", "[": "]", '"': '"', "'": "'", "“": "”", "‘": "’", "«": "»", "„": "“", "「": "」", "『": "』", "`": "`", "‹": "›" };

interface Value {
  start: number;
  end: number;
  quoted: boolean;
}

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\u00a0" || c === "\u3000";
}

/** Skips the connector between a cue ending at `pos` and its value; -1 when the line ends first. */
function skipConnector(text: string, pos: number, lineEnds = false): { pos: number; explicit: boolean; nextLine?: boolean } {
  let explicit = false;
  // A cue alone on its line reads the next line, but its value then needs a password's shape (not explicit).
  let colon = lineEnds;
  for (let step = 0; step < 6; step++) {
    let p = pos;
    while (p < text.length && isSpace(text[p])) p++;
    const c = text[p];
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
function valueAt(text: string, pos: number, maxLength = 64): Value | null {
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

function secretOk(value: string, quoted: boolean, cue: Cue | null, explicit = false): boolean {
  if (value.length < 3 || value.length > 64) return false;
  const lower = value.toLowerCase().replace(/[?!]+$/, "");
  if (/^<[^>]*>$|^\$\{?[A-Za-z_]+\}?$|^\*+$|^x+$|^\.{2,}$|^…$|^(?:redacted|hidden|null|none|undefined|n\/a)$|^process\.env/i.test(value)) return false;
  if (NOT_SECRET.has(lower)) return false;
  // 1.7.0: "should be 12+ characters", "at least 80%": a count, not a password.
  if (!quoted && /^\d{1,3}[+%]$/.test(value)) return false;
  // "his dog's name": a possessive describes the password, it is not one; so do
  // "case-sensitive" and other compounds of ordinary words.
  if (!quoted && /['’]s$/.test(lower)) return false;
  if (!quoted && /^\p{L}+(?:-\p{L}+)+$/u.test(lower) && lower.split("-").every((w) => getLexicon().commonWords.has(w) || NOT_SECRET.has(w))) return false;
  const lex = getLexicon();
  if (!quoted && /^\p{L}+$/u.test(lower) && (lex.commonWords.has(lower) || lex.extraCommon.has(lower))) {
    // 1.5.0: "the password is sunshine", "her password was dragonfly": after "is" or ":" an
    // ordinary noun is the password, unless it describes one ("is simple", "was changed",
    // "is unguessable") or is a function word.
    if (!explicit || lex.extraCommon.has(lower) || lower.length < 4 || DESCRIBING.test(lower) || englishInflection(lower, lex.commonWords)) return false;
  }
  // Numeric secrets (PIN, CVV, one-time codes) are digits; a bare word after them is not one.
  if (cue && /^(?:pin|cvv|cvc|cvv2|otp|code|codes|pincode|combination|puk|2fa|mfa)$/.test(cue.parts[cue.parts.length - 1]) && value.replace(/\D/g, "").length < 3) return false;
  // 1.7.0: a list's codes are long ("backup codes 1-10 are in the vault" numbers them).
  if (cue && cue.parts[cue.parts.length - 1] === "codes" && value.length < 6) return false;
  // A key or token holds digits, or (1.6.0) is long and random-cased ("PZXchLpSgLIDThj").
  if (cue && /^(?:token|key)$/.test(cue.parts[cue.parts.length - 1]) && (value.length < 6 || (!/\d/.test(value) && !(value.length >= 12 && /\p{Ll}/u.test(value) && (value.match(/\p{Lu}/gu) ?? []).length >= 3)))) return false;
  // A bare "key" opens many things ("key: user_profile"): only a long value of letters and digits
  // (1.7.0: not a namespaced cache key, "key=user:5f8d0d55…": a namespace and a hex digest or
  // a number; "key=prod:AKd93kdLw0Pq2mZx8" is a secret).
  if (cue && cue.parts.length === 1 && cue.parts[0] === "key" && (value.length < 10 || !/\p{L}/u.test(value) || /^\p{L}+(?:[_.:-]\p{L}+)*[_.:-]?\d{1,8}$/u.test(value) || /^\p{Lu}?\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.test(value) || /[/\\]|\.[a-z]{2,4}$/.test(value) || /^[a-z_]{2,20}:(?:[0-9a-f]+|[0-9]+)$/.test(value))) return false;
  return true;
}

/**
 * 1.6.0: a made-up pronounceable password ("pacavuyebazugoq", as generators make memorable
 * ones): eight letters or more, consonant and vowel strictly in turn, and no known word.
 */
function pronounceable(value: string): boolean {
  // English verbs and nouns of that shape end in a silent e ("generalize", "minimize").
  if (value.length < 8 || !/^(?:[bcdfghjklmnpqrstvwxyz][aeiou]){4,}[a-z]?$/.test(value) || /[aeiou][bcdfghjklmnpqrstvwxyz]e$/.test(value)) return false;
  const lex = getLexicon();
  return !lex.commonWords.has(value) && !lex.extraCommon.has(value) && !englishInflection(value, lex.commonWords);
}

/** Letters and digits or symbols mixed, or a camel hump: a password's shape, no word's. */
function passwordShaped(value: string): boolean {
  return /[\d\W_]/.test(value.replace(/[\p{L}\p{M}]/gu, "")) || /\p{Ll}\p{Lu}/u.test(value);
}

const TO_NEXT = /^[ \t\u00a0]+(?:to|in|into|auf|en|à|a|na|naar|till|til|на|or|oder|ou|o|of|eller|или|lub|nebo|vagy)[ \t\u00a0]+/;
const LIST_GAP = /^(?:[ \t\u00a0]*[,;|][ \t\u00a0]*|[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*(?:[-*•][ \t\u00a0]+)?)/;
// Lower-case: cue phrases whose value is a list of codes ("Recovery codes: 8f2k-19dl, 3kd9-22mx").
const LIST_CUE_ENDS = new Set(["codes", "keys", "tokens", "passwords", "pins", "kodes", "codici", "códigos", "codes:"]);

/**
 * 1.7.0: what follows a secret read after its cue: the new value after the old one ("from
 * Winter#11 to Spring#12", "changed X to Y") and the other codes of a list ("backup codes
 * 12345678 87654321"), each of the first one's kind (a password's shape; about its length).
 */
function moreSecrets(text: string, first: Value, cue: Cue, out: Candidate[]): void {
  let end = first.end + (first.quoted ? 1 : 0);
  const to = TO_NEXT.exec(text.slice(end, end + 12));
  if (to) {
    const v = valueAt(text, end + to[0].length);
    const value = v ? text.slice(v.start, v.end) : "";
    if (v && passwordShaped(value) && secretOk(value, true, null)) out.push(candidate("SECRET", v.start, v.end, 0.85, "cued-secret"));
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

function laterMention(text: string, from: number, out: Candidate[]): void {
  const window = text.slice(from, from + 120);
  LATER_MENTION.lastIndex = 0;
  const m = LATER_MENTION.exec(window);
  if (!m) return;
  const v = valueAt(text, from + m.index + m[0].length);
  if (!v) return;
  const value = text.slice(v.start, v.end);
  if ((v.quoted || passwordShaped(value)) && secretOk(value, true, null)) out.push(candidate("SECRET", v.start, v.end, 0.85, "cued-secret"));
}

/** 1.6.0: cue words for a password itself (not a PIN, key or token), in English. */
const PASSWORD_WORDS = new Set(["password", "passcode", "passphrase", "passwd", "pwd", "pw"]);
/** 1.6.0: nouns that follow "password" to name something about it ("password authentication"). */
const PASSWORD_COMPOUNDS = new Set(`authentication auth login logins reset resets protection protected requirement requirements complexity rotation
expiry expiration hash hashes hashing salt storage vault vaults managers prompt prompts input inputs entry entries box text attempts attempt
check checks validation verification update updates change changes leak leaks breach breaches spraying spray cracking guessing sharing
reuse length security safety file files list lists database dump dumps generator generators strength meter rules settings setting option
options screen window modal popup email emails link links token tokens hint hints field fields column columns request requests flow flows
page pages form forms user users account accounts holder only based less free system systems policy policies again instead either too
section step steps issue issues problem problems error errors prompt question questions recovery reminder reminders expired works worked
used uses using sent here there combination combinations combo combos pair pairs
management manager handling handler encryption encrypted prompted`.split(/\s+/));
const OWNERS = new Set("with her his my your their our its the new old temporary temp same default admin root account wifi".split(" "));

/** Whether the cue at token i follows "with", a possessive or an article ("with password", "her password"). */
function ownedCue(text: string, tokens: readonly WordToken[], i: number): boolean {
  return i > 0 && OWNERS.has(tokens[i - 1].lower) && /^[ \t]+$/.test(tokens[i].gap);
}

/** 1.6.0: words before "key" that make it a data key, not a secret. */
const DATA_KEYS = new Set("idempotency cache partition sort primary foreign routing object s3 redis map dict hash lookup translation i18n message dedup deduplication composite unique index row record lock group shard bucket event".split(" "));
/** 1.6.0: ordinary words that name a secret only before ":", "=", "is" or a quoted value. */
const WEAK_SECRET_CUES = new Set(["pass", "key", "wifi", "wi-fi", "wlan"]);
// 1.6.0: "wifi: Guest2024!": a network's name alone says what it is, so its value needs a
// password's shape (a digit or a symbol), not only ":" ("wifi: connected", "WLAN is down").
const SHAPED_SECRET_CUES = new Set(["wifi", "wi-fi", "wlan"]);

const PHRASE_CUES = new Set(["passphrase", "pass phrase", "phrase", "seed phrase", "recovery phrase", "mnemonic", "seed words", "recovery words", "secret recovery phrase", "wallet seed"]);
const SEED_CUES = new Set(["seed phrase", "recovery phrase", "mnemonic", "seed words", "recovery words", "secret recovery phrase", "wallet seed"]);
const PHRASE_STOP = new Set("to for and but so then on in at which that because if when from with is was".split(" "));

/** Where a passphrase that opens at a word ending at `end` stops: up to five more lower-case words, before punctuation or a linking word. */
function passphraseEnd(text: string, end: number, words = 5): number {
  for (let n = 0; n < words; n++) {
    const m = /^[ \u00a0](\p{Ll}[\p{Ll}\p{N}'’-]*)/u.exec(text.slice(end, end + 40));
    if (!m || PHRASE_STOP.has(m[1])) break;
    end += m[0].length;
  }
  return end;
}

/** An identifier: digits (three at least), no date, time, amount or year alone. */
function idOk(value: string): boolean {
  if (value.length < 4 || value.length > 34) return false;
  // "policy updated: min_length=12": a setting, not an identifier.
  if (/^[_=]|=/.test(value)) return false;
  // 1.6.0: "Account: ***8234", "XXXX-XXXX-1234": already masked.
  if (/^(?:[*•xX#]{2,}|[*•]{1,}\d)/.test(value) && /[*•]|^[xX#]{3}/.test(value)) return false;
  // 1.6.0: "policy requires 12 characters": a lower-case word is no identifier's start.
  if (/^\p{Ll}{2,}(?:[ \u00a0]|$)/u.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  if (digits < 3 && !(digits >= 2 && value.length >= 6 && /\p{L}{2}/u.test(value))) return false;
  if (/^(?:19|20)\d\d$/.test(value) || /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(value) || /^\d{4}-\d{2}-\d{2}/.test(value) || /^\d{1,2}:\d{2}/.test(value)) return false;
  return !/^[$€£¥]|%$/.test(value);
}

/** Whether a word is an identifier cue by itself ("MRN", "PAN", "SSN"). */
function oneWordIdCue(word: string): boolean {
  return (BY_FIRST.get(word) ?? []).some((c) => c.kind === "id" && c.parts.length === 1);
}

/** An identifier's value may run over digit groups ("12 345 678 901", "4510 123456", 1.6.0: "CL 004 482"). */
function extendIdGroups(text: string, v: Value): Value {
  if (v.quoted) return v;
  let end = v.end;
  // 1.6.0: a prefix of capitals standing apart from its digits ("CL 004 482", "POL 88213 IT"),
  // unless the capitals are a cue of their own ("Patient MRN 00482913": the value is the number).
  const prefix = text.slice(v.start, v.end);
  if (/^[A-Z]{1,4}$/.test(prefix) && /^[ \u00a0]\d/.test(text.slice(end, end + 2)) && !oneWordIdCue(prefix.toLowerCase())) {
    const m = /^[ \u00a0]\d{2,}/.exec(text.slice(end, end + 12));
    if (m) end += m[0].length;
  }
  for (let n = 0; n < 6; n++) {
    const m = /^[ \u00a0][A-Z]?\d[\d]{0,5}[A-Z]?(?![\p{L}\d])/u.exec(text.slice(end, end + 10));
    if (!m || end - v.start + m[0].length > 30) break;
    end += m[0].length;
  }
  // 1.6.0: a check letter on its own after digit groups ("QQ 12 34 56 C").
  const check = /^[ \u00a0][A-Z](?![\p{L}\d])/u.exec(text.slice(end, end + 3));
  if (check && end > v.end) end += check[0].length;
  return { ...v, end };
}

/** The cue (longest first) starting at token i, or null. */
function cueAt(text: string, tokens: readonly WordToken[], i: number): { cue: Cue; last: number } | null {
  const list = BY_FIRST.get(tokens[i].lower);
  if (!list) return null;
  for (const cue of list) {
    const last = i + cue.parts.length - 1;
    if (last >= tokens.length) continue;
    let ok = true;
    for (let k = 1; k < cue.parts.length && ok; k++) {
      const t = tokens[i + k];
      // Words of a cue are apart in prose ("user id"), not joined like a code key ("user_id").
      ok = t.lower === cue.parts[k] && CUE_GAP.test(t.gap);
    }
    if (!ok) continue;
    // "MRNs", "IDs", "Ids": a plural keeps its acronym in capitals.
    if (cue.upper && !isUpperCue(tokens[i].text)) continue;
    if (cue.mark && !/^[ \t\u00a0]{0,2}[#№]/.test(text.slice(tokens[last].end, tokens[last].end + 3))) continue;
    return { cue, last };
  }
  return null;
}

function isUpperCue(word: string): boolean {
  if (word === word.toUpperCase()) return true;
  const singular = word.replace(/s$/, "");
  return singular.length < word.length && (singular === singular.toUpperCase() || (word.toLowerCase() === "ids" && word[0] === "I"));
}

const QUOTE_BEFORE = /["'`]$/;
// Between the words of a cue: a space, a hyphen, a slash ("a/c"), an apostrophe or quote ("ת"ז").
const CUE_GAP = /^(?:[ \u00a0\-/'’"]{1,3}|['’]s[ \u00a0])$/;

// Identifier cues as phrases of words, for `idCueBefore`.
const ID_PHRASES = new Set<string>();
const ID_PHRASE_TYPES = new Map<string, EntityType>();
for (const list of BY_FIRST.values()) for (const c of list) if (c.kind === "id" && !c.mark) {
  ID_PHRASES.add(c.parts.join(" "));
  ID_PHRASE_TYPES.set(c.parts.join(" "), c.type);
}

/** The type an identifier cue phrase gives ("passport number" → PASSPORT), trying its last words too. */
function idTypeOf(phrase: string): EntityType | null {
  const words = phrase.split(" ");
  const lower = words.map((w) => w.toLowerCase());
  for (let k = 0; k < words.length; k++) {
    const type = ID_PHRASE_TYPES.get(lower.slice(k).join(" "));
    // One word alone must be an acronym ("MRN", "PESEL"), "passport" or another language's word:
    // an English word ("(policy)", "is the badge") says too little before its value.
    if (!type) continue;
    if (words.length - k > 1 || isUpperCue(words[k]) || lower[k] === "passport" || !/^[a-z]+$/.test(lower[k])) return type;
  }
  return null;
}
const ID_LAST_WORDS = new Set([...ID_PHRASES].map((p) => p.split(" ").pop() ?? ""));
const WORDS_BEFORE = /((?:[\p{L}\p{M}]+[ '’-]){0,3}[\p{L}\p{M}]+)[ \t:#=.-]{0,5}$/u;

/**
 * Whether an identifier cue ends right before `index` ("account number 8044904148",
 * "Steuer-ID 12 345 678 901"): the phone recognizer steps aside for such numbers.
 */
export function idCueBefore(text: string, index: number): boolean {
  // Fast path: the word right before the number must end some identifier cue.
  let k = index;
  while (k > 0 && index - k < 6 && " \t\u00a0:#=.-".includes(text[k - 1])) k--;
  // 1.5.0: "NHS number is 943 476 5919": a linking verb between the cue and the number.
  const link = /(?:^|[ \t\u00a0])(?:is|was|are|ist|est|es|är|er|on|je)[ \t\u00a0:]*$/i.exec(text.slice(Math.max(0, k - 8), k));
  if (link) {
    k -= link[0].length;
    while (k > 0 && index - k < 16 && " \t\u00a0:#=.-".includes(text[k - 1])) k--;
  }
  let w = k;
  while (w > 0 && k - w < 30 && /[\p{L}\p{M}]/u.test(text[w - 1])) w--;
  if (w === k || !ID_LAST_WORDS.has(text.slice(w, k).toLowerCase())) return false;
  const m = WORDS_BEFORE.exec(text.slice(Math.max(0, k - 48), k));
  if (!m) return false;
  const words = m[1].toLowerCase().split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  for (let k = 0; k < words.length; k++) if (ID_PHRASES.has(words.slice(k).join(" "))) return true;
  return false;
}

function findCuedValues(text: string): Candidate[] {
  const out: Candidate[] = [];
  const tokens = tokenizeWords(text);
  for (let i = 0; i < tokens.length; i++) {
    if (!lexHas(tokens[i].info, CUE_FIRST)) continue;
    const hit = cueAt(text, tokens, i);
    if (!hit) continue;
    const { cue, last } = hit;
    const cueEnd = tokens[last].end;
    // A JSON or YAML key ("password": ..., "passport_no": ...) belongs to the key-value recognizers.
    if (QUOTE_BEFORE.test(tokens[i].gap) && /^["'`]/.test(text.slice(cueEnd, cueEnd + 1))) continue;
    // "user.password", "passport_no": part of a code identifier.
    // 1.5.0: also a cue glued to a letter or digit before it ("pay_35pW3nl...": "pW" is no "pw").
    if (/^[_.][\p{L}\p{N}]/u.test(text.slice(cueEnd, cueEnd + 2)) || (tokens[i].start > 0 && /[_.\p{L}\p{N}]/u.test(text[tokens[i].start - 1]))) continue;
    // 1.6.0: a cell of a CSV row ("…,x@y.id,ID,free,2025-07-14": a country code) opens no value.
    if (text[cueEnd] === "," && tokens[i].start > 0 && text[tokens[i].start - 1] === ",") continue;
    // 1.7.0: a cue alone on its line ("Password" above "K9#mn2Lp"): the value is the next line, as after "Password:".
    const conn = cue.kind === "secret" && /^[ \t]*\r?\n/.test(text.slice(cueEnd, cueEnd + 3)) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, tokens[i].start - 40), tokens[i].start)) ? skipConnector(text, cueEnd, true) : skipConnector(text, cueEnd);
    let { pos, explicit } = conn;
    if (cue.kind === "login") {
      if (login(text, pos, explicit, out, cue)) i = last;
      continue;
    }
    if (cue.kind === "secret" && PASSWORD_WORDS.has(cue.parts[cue.parts.length - 1]) && /\b(?:one|it)\b/i.test(text.slice(cueEnd, cueEnd + 120))) laterMention(text, cueEnd, out);
    let v = valueAt(text, pos);
    if (!v) continue;
    // 1.6.0: "Password (temporary): X", "Password [case-sensitive]: X": the bracket qualifies the cue.
    if (v.quoted && (text[v.start - 1] === "(" || text[v.start - 1] === "[") && /^[ \t]*[:：=]/.test(text.slice(v.end + 1, v.end + 4))) {
      ({ pos, explicit } = skipConnector(text, v.end + 1));
      v = valueAt(text, pos);
      if (!v) continue;
    }
    // 1.6.0: "the password (which was X)": the bracket holds a clause around the value.
    if (v.quoted && text[v.start - 1] === "(") {
      const lead = /^(?:which|that|it)(?:['’]s|[ \t]+(?:is|was))[ \t]+/i.exec(text.slice(v.start, v.end));
      if (lead) v = { ...v, start: v.start + lead[0].length };
    }
    // A value on the next line must be that whole line ("Password:\n\nX", not the next sentence).
    if (conn.nextLine && !/^[ \t]*(?:\r?\n|$)/.test(text.slice(v.end + (v.quoted ? 1 : 0), v.end + 4))) continue;
    if (cue.kind === "secret") {
      // 1.6.0: "pass", "key" are ordinary words: their value needs ":", "=", "is" or quotes.
      if (WEAK_SECRET_CUES.has(cue.parts.join(" ")) && !explicit && !v.quoted) continue;
      if (SHAPED_SECRET_CUES.has(cue.parts.join(" ")) && !/[\d\W_]/.test(text.slice(v.start, v.end).replace(/[\p{L}\p{M}]/gu, ""))) continue;
      // "idempotency key: 4f5e…", "cache key: user-48213": keys that open nothing.
      if (cue.parts.length === 1 && cue.parts[0] === "key" && i > 0 && DATA_KEYS.has(tokens[i - 1].lower) && /^[ \t]$/.test(tokens[i].gap)) continue;
      // 1.5.0: a passphrase is several words: "passphrase correct horse battery staple".
      const phrase = !v.quoted && PHRASE_CUES.has(cue.parts.join(" "));
      // 1.7.0: a wallet's seed phrase runs to 12 or 24 words.
      // "The seed phrase was shown once": a word about the phrase opens none.
      if (phrase && explicit && NOT_SECRET.has(text.slice(v.start, v.end).toLowerCase()) && /(?:ed|en|wn|ing)$/.test(text.slice(v.start, v.end))) continue;
      const seed = phrase && SEED_CUES.has(cue.parts.join(" "));
      if (phrase) v.end = passphraseEnd(text, v.end, seed ? 23 : 5);
      // A seed phrase is checked by its first 64 characters (secretOk bounds a password's length).
      const secret = text.slice(v.start, seed ? Math.min(v.end, v.start + 64) : v.end);
      // 1.6.0: "with password sunshine and", "her password dragonfly was leaked": an ordinary
      // word right after "with/her/my … password", where the clause goes on or ends. A verb's
      // inflection ("your password expires.") says something about the password instead.
      const plainWord = !explicit && !v.quoted && /^[ \t]+$/.test(text.slice(cueEnd, v.start)) && ownedCue(text, tokens, i) && PASSWORD_WORDS.has(cue.parts[cue.parts.length - 1]) && /^\p{Ll}{4,}$/u.test(secret) && !PASSWORD_COMPOUNDS.has(secret) && !ABOUT_WORDS.has(secret) && !FAILURE_WORDS.has(secret) && !/(?:ed|es|ing)$/.test(secret) && /^[ \t]*(?:[.,;!?)]|$|(?:and|but|or|to|for|on|at|from|was|is|were|which|that|so|because|when|after|before|then|in|into|as|yesterday|today|tonight|earlier|again|this|last|since|until|without|twice)\b)/.test(text.slice(v.end, v.end + 12));
      if (!secretOk(secret, v.quoted, cue, explicit || plainWord)) continue;
      // After "password" with no "is"/":" the next word must look like a password (or, after
      // "passphrase", be three words or more).
      const core = secret.replace(/[?!]+$/, "");
      const wordsLike = phrase && core.split(" ").length >= 3;
      if (!explicit && !v.quoted && !wordsLike && !plainWord && !passwordShaped(core) && !pronounceable(core)) continue;
      out.push(candidate("SECRET", v.start, v.end, 0.85, "cued-secret"));
      if (!seed) moreSecrets(text, v, cue, out);
    } else {
      // "Claim #CLM-99812": the number sign is not part of an identifier.
      if (!v.quoted && text[v.start] === "#" && v.end - v.start > 1) v = { ...v, start: v.start + 1 };
      let grown = v.quoted ? v : extendIdGroups(text, v);
      // 1.7.0: a British plate's letters after its digits ("AB12 CDE").
      if (!v.quoted && PLATE_HEADS.has(cue.parts[0]) && /^[A-Z]{2}\d{2}$/.test(text.slice(grown.start, grown.end))) {
        const tail = /^[ \u00a0][A-Z]{3}(?![\p{L}\d])/u.exec(text.slice(grown.end, grown.end + 5));
        if (tail) grown = { ...grown, end: grown.end + tail[0].length };
      }
      const id = text.slice(grown.start, grown.end);
      if (!idOk(id) && !(LETTER_CODE_CUES.has(cue.parts.join(" ")) && letterCode(id))) continue;
      if (cue.type === "ID" && RECORD_KEY_HEADS.has(cue.parts[0]) && isMachineText(text)) {
        i = last;
        continue;
      }
      out.push(candidate(typeFor(cue.type, id), grown.start, grown.end, 0.85, "cued-id"));
      idList(text, grown, cue.type, out);
    }
    i = last;
  }
  // 1.6.0: a password column under its header, a list under its cue line.
  for (const c of credentialLayouts(text, (value) => secretOk(value, true, null) && /[\p{L}\p{N}]/u.test(value))) out.push(c);
  reverseSecretCues(text, tokens, out);
  // 1.6.0: English word order with the value first ("X is the new password", "X (passport)").
  secretsBeforeCue(text, (value) => secretOk(value, true, null), out);
  idsBeforeCue(text, idTypeOf, idOk, out);
  if (CAS.test(text)) cjkCues(text, out);
  distinctiveShapes(text, out);
  return out;
}

/**
 * 1.6.0: in a log line, a trace or JSON ("INFO user id 4471 logged in", "Account ID: 1234…
 * quota exceeded", "ticket number 5512 assigned") these cues name the system's own record
 * keys, not a document of the person's; there they open no identifier. A passport, national,
 * tax, insurance, licence or bank number is still one.
 */
const RECORD_KEY_HEADS = new Set("user customer client account member membership employee staff ticket reference booking reservation confirmation claim order case badge subscriber loyalty student tenant record chart e-ticket pnr bestellnummer ordernummer".split(" "));

/** 1.7.0: cues whose value may be letters only: a booking's record locator ("PNR KXQZTM"). */
const LETTER_CODE_CUES = new Set(["pnr", "booking reference", "booking ref", "record locator", "confirmation code", "reservation code", "booking code", "confirmation number", "reservation number", "booking number", "reservation", "booking"]);
const PLATE_HEADS = new Set(["licence", "license", "number", "plate", "registration", "vehicle", "reg"]);

/** Five to eight capitals (digits allowed), no word written in capitals ("TODAY", "PENDING"). */
function letterCode(value: string): boolean {
  if (!/^[A-Z0-9]{5,8}$/.test(value) || (value.match(/[A-Z]/g) ?? []).length < 4) return false;
  const lex = getLexicon();
  const lower = value.toLowerCase();
  return !lex.commonWords.has(lower) && !lex.extraCommon.has(lower) && !NOT_SECRET.has(lower);
}

const LIST_LINK = /^(?:[ \t\u00a0]*[,;/&][ \t\u00a0]*(?:(?:and|or|und|oder|et|ou|y|o|e|en|of|och|eller|og|i|и|или|ve|veya)[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|or|und|oder|et|ou|y|o|e|en|of|och|eller|og|i|и|или|ve|veya)[ \t\u00a0]+)/;

/**
 * 1.6.0: more identifiers of the same kind after the first, one cue for all ("MRNs 0048291
 * and 0048377", "Account numbers: 48603077, 34114752"): each must look like the first
 * (digits, about its length).
 */
function idList(text: string, first: Value, type: EntityType, out: Candidate[]): void {
  const firstLength = first.end - first.start;
  let end = first.end + (first.quoted ? 1 : 0);
  for (let n = 0; n < 8; n++) {
    const link = LIST_LINK.exec(text.slice(end, end + 16));
    if (!link) return;
    let v = valueAt(text, end + link[0].length, 34);
    if (!v) return;
    if (!v.quoted) v = extendIdGroups(text, v);
    const id = text.slice(v.start, v.end);
    if (!idOk(id) || Math.abs(id.length - firstLength) > 4 || !/\d{2}/.test(id)) return;
    out.push(candidate(typeFor(type, id), v.start, v.end, 0.85, "cued-id"));
    end = v.end + (v.quoted ? 1 : 0);
  }
}

/**
 * 1.6.0: whether `phrase` is a cue word or phrase ("пароль", "رمز عبور", "NIK"): the registry
 * keeps it out of PERSON/LOCATION when a value read after it follows.
 */
export function isCuePhrase(phrase: string): boolean {
  let parts = phrase.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  // 1.7.0: with the words around it ("Իմ գաղտնաբառն է": "my password is"), read as a name in another script.
  while (parts.length > 1 && FILLERS.has(parts[0])) parts = parts.slice(1);
  while (parts.length > 1 && CONNECTORS.has(parts[parts.length - 1])) parts = parts.slice(0, -1);
  // A linking word alone right before a value ("… الخاصة بي هي X": "هي" is "is").
  if (parts.length === 1 && CONNECTORS.has(parts[0]) && !/^[a-z]+$/.test(parts[0])) return true;
  if (parts.length === 0 || parts.length > 4) return false;
  return (BY_FIRST.get(parts[0]) ?? []).some((c) => c.parts.length === parts.length && c.parts.every((w, k) => w === parts[k]));
}

/** A cue's type, refined by the value's shape ("account number" + a valid ABA number). */
function typeFor(type: EntityType, value: string): EntityType {
  const digits = value.replace(/\D/g, "");
  if (type === "US_BANK_NUMBER" && digits.length === 9 && digits === value && abaValid(digits)) return "US_BANK_NUMBER";
  if (type === "ID" && /^[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]$/.test(value)) return "IN_PAN";
  return type;
}

/** "login jdoe / S3cret!", "username: anna.k pw hunter22", "credentials: X". */
function login(text: string, pos: number, explicit: boolean, out: Candidate[], cue: Cue): boolean {
  const user = valueAt(text, pos);
  if (!user) return false;
  let name = text.slice(user.start, user.end);
  // "| Username | Password |": a table's header names the next column, it is no login.
  if (HEADING_WORDS.has(name.toLowerCase())) return false;
  // 1.6.0: "logged in with jdoe/S3cret!", "creds: jdoe:S3cret": user and password in one token.
  const glued = /^([^/:\s]{2,64})[/:]([^/\s]{3,64})$/u.exec(name);
  // 1.7.0: also in brackets ("credentials (jdoe/S3cret) were phished").
  if (glued && (!user.quoted || text[user.start - 1] === "(") && !name.includes("://") && !/^\d+[/:]\d+$/.test(name)) {
    const secretStart = user.start + glued[1].length + 1;
    const secret = glued[2];
    if (secretOk(secret, true, null) && passwordShaped(secret)) {
      if (!glued[1].includes("@")) out.push(candidate("ID", user.start, user.start + glued[1].length, 0.85, "login-user"));
      out.push(candidate("SECRET", secretStart, user.end, 0.85, "login-secret"));
      return true;
    }
  }
  let p = user.end;
  while (p < text.length && isSpace(text[p])) p++;
  let linked = false;
  // "jdoe / S3cret", "jdoe, password S3cret", "jdoe pw S3cret": a mark, a word, or both.
  for (let round = 0; round < 2; round++) {
    while (p < text.length && isSpace(text[p])) p++;
    const rest = text.slice(p, p + 24).toLowerCase();
    let link = LINKS.find((l) => rest.startsWith(l) && (!/\p{L}$/u.test(l) || !/[\p{L}\p{N}]/u.test(rest[l.length] ?? " ")));
    // 1.6.0: "the credentials are jdoe and S3cret!": "and" links only after a credentials cue.
    if (!link && round === 0 && CREDENTIAL_PAIRS.has(cue.parts.join(" ")) && /^(?:and|und|et|y|e|en|och|og|i|и|ve)[ \t]/.test(rest)) link = rest.slice(0, rest.indexOf(" ") + 1);
    if (!link) break;
    // 1.6.0: "user"/"usr" link only through a word for a password ("user jdoe pwd X"): "User: Sure, it is …" is a chat turn.
    if (LINKED_ONLY.has(cue.parts.join(" ")) && !/\p{L}/u.test(link)) break;
    p += link.length;
    linked = true;
  }
  name = text.slice(user.start, user.end);
  const lex = getLexicon();
  const lowerName = name.toLowerCase();
  // 1.6.0: "Votre identifiant est votre adresse e-mail": a function word or the name of a field is no login.
  const wordy = /^[\p{L}-]+$/u.test(name) && (lex.commonWords.has(lowerName) || NOT_SECRET.has(lowerName) || FILLERS.has(lowerName) || CONNECTORS.has(lowerName) || NOT_A_LOGIN.has(lowerName));
  if (linked) {
    const conn = skipConnector(text, p);
    const secret = valueAt(text, conn.pos);
    const secretText = secret ? text.slice(secret.start, secret.end) : "";
    // 1.6.0: "admin / admin123", "root / Winter#7": an ordinary word is a login when what it is
    // linked to can only be a password (digits or symbols); not a field's name ("email / password").
    const shaped = /[\d\W_]/.test(secretText.replace(/[\p{L}\p{M}]/gu, "")) && !NOT_A_LOGIN.has(lowerName) && !FILLERS.has(lowerName) && !CONNECTORS.has(lowerName) && !NOT_SECRET.has(lowerName);
    if (secret && secretOk(secretText, true, null) && (!wordy || shaped)) {
      if (!name.includes("@")) out.push(candidate("ID", user.start, user.end, 0.85, "login-user"));
      out.push(candidate("SECRET", secret.start, secret.end, 0.85, "login-secret"));
      return true;
    }
  }
  // A login alone: the username, when it cannot be an ordinary word ("login failed").
  if (LINKED_ONLY.has(cue.parts.join(" "))) return false;
  if (wordy || name.length < 3 || name.length > 64 || name.includes("@")) return false;
  if (!explicit && !/[\d._-]/.test(name)) return false;
  // 1.6.0: "INFO user id 4471 logged in": in machine text a number alone is the system's record key.
  if (/^\d+$/.test(name) && isMachineText(text)) return false;
  out.push(candidate("ID", user.start, user.end, 0.75, "login-user"));
  return true;
}

const REVERSE_CUES = new Set(REVERSE_SECRET_CUES);
const HEADING_WORDS = new Set([...SECRET_HEADINGS, ...LOGIN_HEADINGS]);
/** Cues after which "X and Y" is a login and its password. */
const CREDENTIAL_PAIRS = new Set(["credentials", "creds", "login credentials", "zugangsdaten", "identifiants", "credenciales", "credenciais", "inloggegevens", "inloggningsuppgifter", "dane logowania", "přihlašovací údaje", "учетные данные", "данные для входа"]);

/**
 * 1.5.0: languages that put the password before the word for it ("Tavasz99 jelszóval",
 * "Deniz4455 şifresiyle", "Toshkent2021 paroli bilan"): the word before such a cue, when it
 * looks like a password (a digit, a symbol or a capital inside).
 */
function reverseSecretCues(text: string, tokens: readonly WordToken[], out: Candidate[]): void {
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

function cjkCues(text: string, out: Candidate[]): void {
  eachMatch(CJK_CUE, text, (m) => {
    const entry = CJK_CUES.find(([p]) => p === m[1]);
    if (!entry) return;
    const [, kind, type] = entry;
    const pos = m.index + m[0].length;
    const run = /^[\x21-\x7e]{3,64}|^[\d０-９][\d０-９ -]{3,30}/.exec(text.slice(pos, pos + 64));
    if (!run) return;
    const value = run[0].replace(/[.,;:)\]}。、，]+$/, "");
    if (kind === "id" ? !idOk(value) : !secretOk(value, true, null)) return;
    out.push(candidate(kind === "id" ? type : "SECRET", pos, pos + value.length, 0.85, "cued-cjk"));
  });
}

const SHAPES_GATE = /\d{4}[A-Z]|\d{4}[ \u00a0-]\d{4}[ \u00a0-]\d{4}|\d\d[ \u00a0]?[A-D](?![A-Za-z0-9])|NHS|nhs|[Rr]outing|ABA/;
const PAN = /(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z](?![A-Za-z0-9])/g;
const AADHAAR = /(?<![\d-])[2-9]\d{3}[ \u00a0-]\d{4}[ \u00a0-]\d{4}(?![\d-])/g;
const NHS_OR_ABA = /(?<![\d-])(?:\d{3}[ \u00a0-]?\d{3}[ \u00a0-]?\d{4}|\d{9})(?![\d-])/g;
const NINO = /(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?[A-D](?![A-Za-z0-9])/g;

/**
 * Shapes distinctive enough alone: an Indian PAN (five letters, four digits, a letter, the
 * fourth letter a holder type) and a grouped Aadhaar number with a valid Verhoeff digit;
 * a UK National Insurance number in its letter pattern scores below the threshold alone
 * (a cue raises it through the cue path).
 */
function distinctiveShapes(text: string, out: Candidate[]): void {
  // One pass for all four shapes' cores (most texts have none), then each shape's own test.
  if (!SHAPES_GATE.test(text)) return;
  if (/[A-Z]{5}\d{4}[A-Z]/.test(text)) eachMatch(PAN, text, (m) => out.push(candidate("IN_PAN", m.index, m.index + m[0].length, 0.6, "pan")));
  if (/\d{4}[ \u00a0-]\d{4}[ \u00a0-]\d{4}/.test(text)) eachMatch(AADHAAR, text, (m) => {
    if (verhoeffValid(m[0].replace(/\D/g, ""))) out.push(candidate("IN_AADHAAR", m.index, m.index + m[0].length, 0.6, "aadhaar"));
  });
  if (/[A-Z][ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?[A-D](?![A-Za-z0-9])/.test(text)) eachMatch(NINO, text, (m) => out.push(candidate("UK_NINO", m.index, m.index + m[0].length, /NINO|national insurance|NI (?:no|number)/i.test(text.slice(Math.max(0, m.index - 40), m.index)) ? 0.85 : 0.4, "nino")));
  // A valid NHS number after "NHS", a valid routing number after "routing"/"ABA".
  if (/NHS|nhs|[Rr]outing|ABA|aba/.test(text)) eachMatch(NHS_OR_ABA, text, (m) => {
    const digits = m[0].replace(/\D/g, "");
    const before = text.slice(Math.max(0, m.index - 30), m.index).toLowerCase();
    if (digits.length === 10 && /nhs/.test(before) && nhsValid(digits)) out.push(candidate("UK_NHS", m.index, m.index + m[0].length, 0.9, "nhs"));
    if (digits.length === 9 && /routing|\baba\b/.test(before) && abaValid(digits)) out.push(candidate("ABA_ROUTING_NUMBER", m.index, m.index + m[0].length, 0.9, "aba"));
  });
}

export const cuedValueRecognizer: Recognizer = {
  id: "cued-values",
  types: ["SECRET", "ID", "PASSPORT", "MEDICAL_LICENSE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "US_ITIN", "IN_PAN", "IN_AADHAAR", "IN_VOTER", "UK_NHS", "UK_NINO", "US_DRIVER_LICENSE"],
  find: findCuedValues,
};
