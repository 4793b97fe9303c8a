/**
 * Whether a value read after a secret cue is a secret: not an ordinary word, a placeholder,
 * a count or a word describing the password; the shape a password has when no "is" or ":"
 * says so (letters mixed with digits or symbols, a camel hump, a made-up pronounceable word);
 * the password words and what may follow them; passphrases and wallet seed phrases, which
 * run over several words.
 */
import { englishInflection, getLexicon } from "../lexicon/lexicon";
import { NOT_A_SECRET_WORDS, PASSWORD_STATE_WORDS, PASSWORD_STORES } from "../lexicon/credential-cues";
import { CONNECTORS } from "./cued-reading";
import type { Cue } from "./cued-cues";
import { codePlaceholder } from "./secret-placeholders";
import type { WordToken } from "./tokens";

export const NOT_SECRET = new Set(NOT_A_SECRET_WORDS);
const PASSWORD_STORE_NAMES = new Set(PASSWORD_STORES);
/** 1.11.0 review: stores named by an English word, which alone after a cue is the password ("my password is Keeper"). */
const STORE_WORDS = new Set(["keeper", "keychain", "vault", "doppler"]);
/**
 * English contractions ("didn't", "we're", "I'm") and the French and Italian elisions a sentence
 * goes on with ("n'est", "c'est", "l'accès", "qu'il"); not any letters after an apostrophe:
 * "d'artagnan" and "c'estmoi" are passwords.
 */
const CONTRACTION = /^(?:\p{L}+n['’]t|\p{L}+['’](?:re|ll|ve|d|m)|n['’](?:est|était|a|ai|as|ont|avait|existe|marche|fonctionne|accepte|arrive|è|ha|era|funziona)|(?:c|s|qu|j)['’](?:est|était|il|ils|elle|elles|ai|a|è|era)|[ld]['’](?:accès|ancien|ancienne|autre|application|appli|utilisateur|identifiant|écran|erreur|accesso|account|utente|app))$/u;

/** English adjective endings that describe a password ("unguessable", "secretive", "useless"). */
const DESCRIBING = /(?:able|ible|ive|ous|ful|less)$/;

/** The adjective of an English adverb whose spelling changes ("automatically", "easily"), else "". */
function adverbStem(lower: string): string {
  if (lower.endsWith("ically")) return lower.slice(0, -4);
  if (lower.endsWith("ily")) return lower.slice(0, -3) + "y";
  return "";
}

function describedBy(stem: string, commonWords: ReadonlySet<string>): boolean {
  return stem !== "" && (commonWords.has(stem) || NOT_SECRET.has(stem));
}

const PASSWORD_STATES = new Set(PASSWORD_STATE_WORDS);
/** Links English shares with other languages: after them a foreign word may be the password ("The wifi password is stark"). */
const SHARED_LINKS = new Set(["is", "was", "are", "now", "be", "remains", "stays", "to", "on", "number", "no", "nr", "num"]);
const ENGLISH_SECRET_WORDS = new Set(["password", "passwords", "passcode", "passphrase", "passwd", "pwd", "pw", "pin", "code", "key", "token", "secret", "credentials", "login", "wifi"]);

/**
 * 1.8.0: "Mein Passwort ist abgelaufen", "Il mio password è scaduta", "Het wachtwoord is verlopen":
 * a word saying what the password is like, joined to its cue by the word for "is" of another
 * language (or by "is" after a cue of another language). `between` is the text from the cue to
 * the value. Never after ":" or "=": a form's field or an assignment holds the value itself.
 */
export function describesPassword(value: string, between: string, cue: Cue): boolean {
  if (!PASSWORD_STATES.has(value.toLowerCase()) || /[:=：]/.test(between)) return false;
  const words = between.toLowerCase().split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  if (words.some((w) => CONNECTORS.has(w) && !SHARED_LINKS.has(w))) return true;
  return words.some((w) => SHARED_LINKS.has(w)) && !cue.parts.some((p) => ENGLISH_SECRET_WORDS.has(p));
}

// 1.9.0: a code for a discount, a coupon or a referral is the shop's, not a secret of the person's.
const DISCOUNT = /promo|coupon|discount|voucher|gift[ -]?card|referral|rabatt|gutschein|réduction|descuento|cup[oó]n|sconto|desconto|korting|rabat|промокод|скидк|купон|クーポン|割引|优惠|折扣|할인|쿠폰/i;

// A year, a date or a version named in the code's clause: "Ваш код: 2024 год", "code 2024 edition".
const YEAR_WORDS = /(?<![\p{L}])(?:years?|yr|edition|version|release[ds]?|model|season|vintage|calendar|anno|año|jahr(?:gang|es)?|année|ano|rok(?:u)?|год(?:а|у)?|г\.)(?![\p{L}])|年|년/iu;
// A code's own sentence or clause ends at one of these: a promo word past it speaks of another code.
const CLAUSE_END = /[.!?;\n。！？；]/;
// A value a promo word may name: digits, or capitals with digits or four capitals ("SAVE10", "WELCOME").
const CODE_LIKE = /(?<![\p{L}\p{N}])(?=[A-Z-]*\d|[A-Z]{4})[A-Z0-9][A-Z0-9-]{2,}(?![\p{L}\p{N}])/gu;

// What a number before it counts: a program's lines, a file's bytes, a run's time.
const COUNTED = /^[ \t\u00a0]*(?:lines?|loc|times|characters|chars|bytes|kb|mb|gb|rows|words|pages|files|tests|commits|steps|items|errors|warnings|ms|seconds|secs|minutes|mins|hours|days)(?![\p{L}\p{N}])/iu;

/** The start and end of the clause around text[start, end), at most 48 characters either side. */
function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < 48 && !CLAUSE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < 48 && !CLAUSE_END.test(text[to])) to++;
  return [from, to];
}

/**
 * 1.9.0: whether a one-time code told to its owner is one: not a year its clause names as one
 * ("Ваш код: 2024 год"), not a discount's ("Enter code 1234 in the promo field"). A year alone
 * after "code" may be a real code ("Your verification code: 2025"): it stays a secret. A promo
 * word counts only in the code's own clause and only when it names this code: a promo word
 * followed by a value of its own ("Use promo code SAVE10") names that one.
 */
export function toldCodeOk(text: string, start: number, end: number): boolean {
  // 1.11.0: "the code they sent me is 2024 lines long", "got the code 2000 lines": a count of the code's parts.
  if (COUNTED.test(text.slice(end, end + 16))) return false;
  const [from, to] = clauseAround(text, start, end);
  const clause = text.slice(from, to);
  // Near: the word after the year or the two before its cue ("2024 год", "version code: 2024"), not a clause's far end ("…, valid this year").
  if (/^(?:19|20)\d\d$/.test(text.slice(start, end)) && YEAR_WORDS.test(text.slice(Math.max(from, start - 24), Math.min(to, end + 10)))) return false;
  const promo = new RegExp(DISCOUNT.source, "gi");
  for (let m = promo.exec(clause); m !== null; m = promo.exec(clause)) {
    const after = from + m.index + m[0].length;
    CODE_LIKE.lastIndex = after - from;
    const named = CODE_LIKE.exec(clause);
    // Before the code, the promo word names the first value after it; after the code, it names ours unless a value follows it.
    if (after <= start ? named !== null && from + named.index === start : named === null) return false;
  }
  return true;
}

/**
 * A placeholder in angle brackets ("<your password>", "<>"), or (1.10.0) a word in square or angle
 * brackets standing for the value ("password: <redacted>", "token: [hidden]"; the bracket closing it
 * may be left unread).
 */
const BRACKET_PLACEHOLDER = /^(?:<[^>]*>|[<[][\p{L}_ -]{2,30}[>\]]?)$/u;

export function secretOk(value: string, quoted: boolean, cue: Cue | null, explicit = false): boolean {
  if (value.length < 3 || value.length > 64) return false;
  const lower = value.toLowerCase().replace(/[?!]+$/, "");
  if (/^\$\{?[A-Za-z_]+\}?$|^\*+$|^x+$|^\.{2,}$|^…$|^(?:redacted|hidden|null|none|undefined|n\/a)$|^process\.env/i.test(value) || BRACKET_PLACEHOLDER.test(value) || codePlaceholder(value)) return false;
  // 1.11.0 review: a store's name that is an English word too is a password ("my password is Keeper").
  if (NOT_SECRET.has(lower) || (PASSWORD_STORE_NAMES.has(lower) && !STORE_WORDS.has(lower))) return false;
  // 1.11.0: "password,password reset": a value read from a list's separator on is the list's next word.
  if (value[0] === "," || value[0] === ";") return false;
  // 1.7.0: "should be 12+ characters", "at least 80%": a count, not a password.
  if (!quoted && /^\d{1,3}[+%]$/.test(value)) return false;
  // "his dog's name": a possessive describes the password, it is not one; so do
  // "case-sensitive" and other compounds of ordinary words.
  if (!quoted && /['’]s$/.test(lower)) return false;
  // 1.8.0: "my password doesn't work", "the password I'm using", "mot de passe n'est pas
  // accepté": a contraction or an elided word is the sentence going on, not a password (its
  // apostrophe had given it a password's shape).
  if (!quoted && CONTRACTION.test(lower)) return false;
  if (!quoted && /^\p{L}+(?:-\p{L}+)+$/u.test(lower) && lower.split("-").every((w) => getLexicon().commonWords.has(w) || NOT_SECRET.has(w))) return false;
  const lex = getLexicon();
  // 1.11.0: "security question answer: Rex", "memorable word: Paris": an answer is any word, short ones too, but a function word.
  if (explicit && cue && (cue.parts.includes("answer") || cue.parts.includes("memorable")) && /^\p{L}{2,}$/u.test(lower) && !lex.extraCommon.has(lower)) return true;
  if (!quoted && /^\p{L}+$/u.test(lower) && (lex.commonWords.has(lower) || lex.extraCommon.has(lower))) {
    // 1.5.0: "the password is sunshine", "her password was dragonfly": after "is" or ":" an
    // ordinary noun is the password, unless it describes one ("is simple", "was changed",
    // "is unguessable") or is a function word.
    if (!explicit || lex.extraCommon.has(lower) || lower.length < 4 || DESCRIBING.test(lower) || englishInflection(lower, lex.commonWords)) return false;
  }
  // 1.8.0: "I typed my password correctly": an adverb of an ordinary word says how, not what.
  if (!quoted && /^\p{Ll}{5,}ly$/u.test(lower) && englishInflection(lower, lex.commonWords)) return false;
  // "reset automatically", "changed easily": the same when the adjective's spelling changes.
  if (!quoted && /^\p{Ll}{4,}ly$/u.test(lower) && describedBy(adverbStem(lower), lex.commonWords)) return false;
  // Numeric secrets (PIN, CVV, one-time codes) are digits; a bare word after them is not one.
  if (cue && /^(?:pin|cvv|cvc|cvv2|otp|code|codes|pincode|combination|puk|2fa|mfa)$/.test(cue.parts[cue.parts.length - 1]) && value.replace(/\D/g, "").length < 3) return false;
  // 1.7.0: a list's codes are long ("backup codes 1-10 are in the vault" numbers them).
  if (cue && cue.parts[cue.parts.length - 1] === "codes" && value.length < 6) return false;
  // A key or token holds digits, or (1.6.0) is long and random-cased ("PZXchLpSgLIDThj").
  // 1.8.0: or is a made-up pronounceable word, as generators make memorable ones ("token tufiyisobeva").
  if (cue && /^(?:token|key)$/.test(cue.parts[cue.parts.length - 1]) && (value.length < 6 || (!/\d/.test(value) && !(value.length >= 12 && /\p{Ll}/u.test(value) && (value.match(/\p{Lu}/gu) ?? []).length >= 3) && !pronounceable(value)))) return false;
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
export function pronounceable(value: string): boolean {
  // English verbs and nouns of that shape end in a silent e ("generalize", "minimize").
  if (value.length < 8 || !/^(?:[bcdfghjklmnpqrstvwxyz][aeiou]){4,}[a-z]?$/.test(value) || /[aeiou][bcdfghjklmnpqrstvwxyz]e$/.test(value)) return false;
  const lex = getLexicon();
  return !lex.commonWords.has(value) && !lex.extraCommon.has(value) && !englishInflection(value, lex.commonWords);
}

/**
 * 1.8.0: a string no one writes as a word: 12 characters or more without spaces, letters
 * with two digits or more, or capitals scattered through lower case ("3kV6QDK5fTGGwcy",
 * "RrqxPuIIDtstlLvcOobh", a UUID, a hex digest); not an assignment ("sessionid=…": its key's own cue reads it).
 */
export function randomToken(value: string): boolean {
  if (value.length < 12 || value.length > 128 || !/^[\w\-.~+/=!@#$%^&*]+$/.test(value) || /^https?:|[/\\]{2}|\.[a-z]{2,4}$|=[^=]/.test(value)) return false;
  let digits = 0;
  let letters = 0;
  let humps = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      letters++;
      if (c <= 90 && i > 0 && value.charCodeAt(i - 1) >= 97 && value.charCodeAt(i - 1) <= 122) humps++;
    }
  }
  return (digits >= 2 && letters >= 2) || humps >= 3;
}

/** 1.8.0: cues whose value counts only when it is random (randomToken), and never in machine text. */
export const RANDOM_ONLY_CUES = new Set(["session id", "session key", "session cookie", "sessionid", "session-id"]);

/** Letters and digits or symbols mixed, or a camel hump: a password's shape, no word's. */
export function passwordShaped(value: string): boolean {
  return /[\d\W_]/.test(value.replace(/[\p{L}\p{M}]/gu, "")) || /\p{Ll}\p{Lu}/u.test(value);
}

/** 1.6.0: cue words for a password itself (not a PIN, key or token), in English. */
export const PASSWORD_WORDS = new Set(["password", "passcode", "passphrase", "passwd", "pwd", "pw"]);
/** 1.6.0: nouns that follow "password" to name something about it ("password authentication"). */
export const PASSWORD_COMPOUNDS = new Set(`authentication auth login logins reset resets protection protected requirement requirements complexity rotation
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
export function ownedCue(text: string, tokens: readonly WordToken[], i: number): boolean {
  return i > 0 && OWNERS.has(tokens[i - 1].lower) && /^[ \t]+$/.test(tokens[i].gap);
}

/** 1.6.0: words before "key" that make it a data key, not a secret. */
export const DATA_KEYS = new Set("idempotency cache partition sort primary foreign routing object s3 redis map dict hash lookup translation i18n message dedup deduplication composite unique index row record lock group shard bucket event".split(" "));
/** 1.6.0: ordinary words that name a secret only before ":", "=", "is" or a quoted value. */
export const WEAK_SECRET_CUES = new Set(["pass", "key", "wifi", "wi-fi", "wlan"]);
// 1.6.0: "wifi: Guest2024!": a network's name alone says what it is, so its value needs a
// password's shape (a digit or a symbol), not only ":" ("wifi: connected", "WLAN is down").
export const SHAPED_SECRET_CUES = new Set(["wifi", "wi-fi", "wlan"]);

export const PHRASE_CUES = new Set(["passphrase", "pass phrase", "phrase", "seed phrase", "recovery phrase", "mnemonic", "seed words", "recovery words", "secret recovery phrase", "wallet seed"]);
export const SEED_CUES = new Set(["seed phrase", "recovery phrase", "mnemonic", "seed words", "recovery words", "secret recovery phrase", "wallet seed"]);
const PHRASE_STOP = new Set("to for and but so then on in at which that because if when from with is was".split(" "));

/** Where a passphrase that opens at a word ending at `end` stops: up to five more lower-case words, before punctuation or a linking word. */
export function passphraseEnd(text: string, end: number, words = 5): number {
  for (let n = 0; n < words; n++) {
    const m = /^[ \u00a0](\p{Ll}[\p{Ll}\p{N}'’-]*)/u.exec(text.slice(end, end + 40));
    if (!m || PHRASE_STOP.has(m[1])) break;
    end += m[0].length;
  }
  return end;
}
