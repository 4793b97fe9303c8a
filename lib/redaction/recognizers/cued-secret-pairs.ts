/**
 * Secrets whose cue is not right before them (1.8.0): a list of logins and their passwords
 * ("jdoe - Xk8!pq2, asmith - Hy7#mm3", or one "login: password" a line under "Accounts:"),
 * a password the writer says to use ("use Tr0ub4dor&3 to log in"), and a one-time code
 * told to be entered or named after its value ("enter code 884213", "G-482913 is your
 * verification code", "the code to the lockbox is 4-7-2-9").
 *
 * Each rule runs only when the cue loop of cued-values.ts met one of its words (the shared
 * per-word record answers that), so texts without them pay nothing.
 */
import { getLexicon } from "../lexicon/lexicon";
import { candidate } from "../text-scan";
import type { Candidate } from "../types";
import { isMachineText } from "./code-context";
import { passwordShaped, secretOk } from "./cued-secret-checks";
import type { WordToken } from "./tokens";

/** Words that name a list of logins and passwords (a heading line, or a sentence before the list). */
const LIST_HEADS = new Set("logins login accounts account credentials creds users user passwords password pw pwd pass passwd zugangsdaten konten benutzer comptes identifiants cuentas credenciales usuarios contas utenti account accounts accesos accessi".split(" "));
/** Verbs that hand over a password or a code ("use X to log in", "enter code 884213"). */
const USE_VERBS = new Set("use using used enter entered type typed input try tried".split(" "));
/** 1.11.0: verbs of receiving a code ("I got the code 884213 by SMS"): only a code's value follows them. */
// Not "get": chat says it at every turn ("get the code running"), and each would be read.
const RECEIVE_VERBS = new Set("got received receive recieved".split(" "));
/** "code" and the words a code's value follows from further away. */
const CODE_WORDS = new Set(["code", "codes", "pin", "passcode", "otp", "combination", "key"]);
/** The word for a code in other languages, said to its owner ("Votre code est 482913", "Ваш код: 4829"). */
const OWNED_CODE_WORDS = new Set("code código codigo codice kod kód kodu kodunuz kodun koodi koodisi kode kodeks код кодът κωδικός mã".split(" "));
const OWNERS = new Set("your my votre ton ta mon tu su seu teu tuo suo vostro twój twoj wasz mój moj ваш твой мой ваш ihr dein mein uw je jouw mijn din ditt min sinun minun váš tvůj můj váš a az ön senin sizin benim σας σου μου của kamu anda".split(" "));
const OWNED_CODE = /^[ \t\u00a0]*(?:[:：]|(?:est|es|é|è|ist|lautet|is|je|to|on|er|är|jest|este|είναι|là|adalah|ni)(?![\p{L}]))?[ \t\u00a0]*:?[ \t\u00a0]*["'`«“]?(\d{3}[ -]?\d{3}|\d{4,8})["'`»”]?(?=[ \t\u00a0]*(?:$|[\r\n,;!?)]|\.(?!\d)|(?:and|but|so|or|if|please|thanks|btw|et|y|e|und|и|i)\b))/u;

/** Codes that open nothing ("zip code", "error code", "promo code"): the word before "code". */
const NOT_SECRET_CODES = new Set("zip postal post postcode area country error status exit return source tax sort product promo discount coupon voucher gift referral invite invitation bar qr course airport dial color colour language currency region city station branch bank swift bic iata icao hs naics sic icd cpt diagnosis billing reason response http fault event item article class unit department dept store shop reference ref booking tracking shipping ticket order".split(" "));
/** Well-known ways to sign in that look like a password's shape ("use OAuth2 to log in"). */
const SIGN_IN_METHODS = new Set("oauth oauth2 oauth1 auth0 saml saml2 openid oidc ldap ldaps sso 2fa mfa totp fido2 webauthn yubikey passkey passkeys ssh ssh2 https sftp ftps kerberos ntlm ntlmv2 x509 x.509 ssl tls okta azuread entra".split(" "));

/** Every word that starts one of these rules (cued-values.ts notes them through the shared word record). */
export const PAIR_RULE_WORDS: readonly string[] = [...LIST_HEADS, ...USE_VERBS, ...RECEIVE_VERBS, ...CODE_WORDS, ...OWNED_CODE_WORDS];

// A login a list names: letters first, then letters, digits, dots, underscores, at most one @.
const LOGIN = /^[\p{L}][\p{L}\p{N}._@+-]{1,40}$/u;
// Logins that are ordinary words yet common account names.
const ACCOUNT_WORDS = new Set("admin administrator root guest test demo support service operator user sysadmin webmaster postgres oracle sa ubuntu pi".split(" "));
// Between a login and its password within one item.
const PAIR_SEP = /^[ \t\u00a0]*(?:[-–—:|/=]|->|=>|→)[ \t\u00a0]*/;
// Between two items: a comma or semicolon, or a new line (with a list bullet).
const ITEM_SEP = /^(?:[ \t\u00a0]*[,;][ \t\u00a0]*(?:and[ \t\u00a0]+)?|[ \t\u00a0]+and[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*(?:[-*•]|\d+[.)])?[ \t\u00a0]*)/;

interface Pair {
  user: [number, number];
  secret: [number, number];
  end: number;
}

function pairAt(text: string, pos: number): Pair | null {
  const u = /^[^\s,;:|/=]{2,42}/u.exec(text.slice(pos, pos + 42));
  if (!u || !LOGIN.test(u[0])) return null;
  const lower = u[0].toLowerCase();
  const lex = getLexicon();
  if ((lex.commonWords.has(lower) || lex.extraCommon.has(lower) || LIST_HEADS.has(lower)) && !ACCOUNT_WORDS.has(lower)) return null;
  let p = pos + u[0].length;
  const sep = PAIR_SEP.exec(text.slice(p, p + 8));
  if (!sep) return null;
  p += sep[0].length;
  const quote = text[p] === "`" || text[p] === '"' || text[p] === "'" ? text[p] : "";
  const s = quote ? new RegExp(`^${quote}([^${quote}\\n]{3,64})${quote}`).exec(text.slice(p, p + 70)) : /^[^\s,;]{3,64}/.exec(text.slice(p, p + 64));
  if (!s) return null;
  const value = quote ? s[1] : s[0].replace(/[.)]+$/, "");
  const start = p + (quote ? 1 : 0);
  // A password mixes letters with digits or symbols; a number alone is a count, a code or a postcode.
  if (!passwordShaped(value) || !/\p{L}/u.test(value) || !/[^\p{L}]/u.test(value) || !secretOk(value, true, null)) return null;
  if (/^(?:https?:|www\.)|^\d+(?:[.:]\d+)+$|@/.test(value)) return null;
  // "alice - v2.1, bob - v3.0", "acme-prod / Q3-2024", "alice: 2FA enabled": versions, quarters, sign-in methods.
  if (/^v?\d+(?:\.\d+)+[a-z]?$|^q[1-4][-/ ]?\d{2,4}$/i.test(value) || SIGN_IN_METHODS.has(value.toLowerCase())) return null;
  return { user: [pos, pos + u[0].length], secret: [start, start + value.length], end: start + value.length + (quote ? 1 : 0) };
}

/**
 * A list of two or more "login SEP password" items after a word naming logins or passwords
 * (at most 200 characters before the list's first item), or one item on the line after a
 * heading line ending in ":" that names them.
 */
export function credentialPairs(text: string, tokens: readonly WordToken[], heads: readonly number[], out: Candidate[]): void {
  let from = 0;
  for (const h of heads) {
    const head = tokens[h];
    if (head.end < from || !LIST_HEADS.has(head.lower)) continue;
    // The list starts after the head's clause: the next colon, or the next line.
    const window = text.slice(head.end, head.end + 200);
    const open = /^[^\n]*?[:：][ \t\u00a0]*(?:\r?\n[ \t\u00a0]*(?:[-*•]|\d+[.)])?[ \t\u00a0]*)?|^[^\n]*\r?\n[ \t\u00a0]*(?:[-*•]|\d+[.)])?[ \t\u00a0]*/.exec(window);
    if (!open) continue;
    let pos = head.end + open[0].length;
    const pairs: Pair[] = [];
    for (let n = 0; n < 20; n++) {
      const pair = pairAt(text, pos);
      if (!pair) break;
      pairs.push(pair);
      const gap = ITEM_SEP.exec(text.slice(pair.end, pair.end + 12));
      if (!gap) break;
      pos = pair.end + gap[0].length;
    }
    // One item alone only straight under a heading line ("Accounts:" then "jdoe: X").
    if (pairs.length === 0 || (pairs.length === 1 && !/[:：][ \t\u00a0]*\r?\n/.test(open[0]))) continue;
    // Config and logs list "key: value" lines of their own (asked last: most texts never get here).
    if (isMachineText(text)) return;
    for (const pair of pairs) {
      if (!text.slice(pair.user[0], pair.user[1]).includes("@")) out.push(candidate("ID", pair.user[0], pair.user[1], 0.8, "login-list"));
      out.push(candidate("SECRET", pair.secret[0], pair.secret[1], 0.85, "login-list"));
    }
    from = pairs[pairs.length - 1].end;
  }
}

// Not "to connect" or "to access": "Use Python3 to connect", "Use TLS1.3 to access the API" name tools.
const TO_LOG_IN = /^[ \t\u00a0]+(?:to|for)[ \t\u00a0]+(?:log(?:[ \t\u00a0-]?in|[ \t\u00a0]+on|[ \t\u00a0]+into)|sign[ \t\u00a0-]?in(?:to)?|login|unlock|get[ \t\u00a0]+in|authenticate)\b|^[ \t\u00a0]+as[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:pass(?:word|code|phrase)?|pin|pwd|pw)\b/i;
const CODE_AFTER_VERB = /^[ \t\u00a0]+(?:(?:the|this|your|my|that)[ \t\u00a0]+)?(?:(?:verification|security|confirmation|login|one-time|access|sms|2fa|otp|auth|authentication|sign-in|activation|door|gate|alarm|pin)[ \t\u00a0]+)?(?:code|pin|passcode|otp)[ \t\u00a0:#]+["'`]?((?:[A-Z]{1,2}-)?\d{3,4}[ -]?\d{2,4}|\d{4,8})["'`]?(?![\p{L}\p{N}])/u;
// "G-482913 is your Google verification code", "482913 is the code for the door".
const CODE_BEFORE = /((?:[A-Z]{1,2}-)?\d{3,4}[ -]?\d{2,4}|\d{4,8})["'`]?[ \t\u00a0]+(?:is|was|are)[ \t\u00a0]+(?:(?:your|the|my|his|her|our|their)[ \t\u00a0]+)?(?:[\p{Lu}][\p{L}]*[ \t\u00a0]+)?(?:(?:verification|security|confirmation|login|one-time|access|sms|2fa|otp|auth|authentication|sign-in|activation|door|gate|alarm)[ \t\u00a0]+)?(?:code|pin|passcode|otp)\b/uy;
// "the code to the lockbox is 4-7-2-9", "code for the gate: 1379".
const CODE_FOR = /^[ \t\u00a0]+(?:to|for)[ \t\u00a0]+(?:(?:the|my|our|your|his|her|their)[ \t\u00a0]+)?(?:[\p{L}-]+[ \t\u00a0]+){0,2}?[\p{L}-]+[ \t\u00a0]*(?:is|was|:|=)[ \t\u00a0]*["'`]?(\d(?:[ -]?\d){3,9}#?)["'`]?(?=[ \t\u00a0]*(?:$|[\r\n.,;!?)]|(?:and|but|so|or|if|please|thanks|btw)\b))/u;

// 1.11.0: "Enter 774512 as the code", "type 4821 as your PIN": the value first, then what it is.
const AS_CODE = /^[ \t\u00a0]+["'`]?(\d{3,4}[ -]?\d{3,4}|\d{4,8})["'`]?[ \t\u00a0]+as[ \t\u00a0]+(?:(?:the|your|my|a)[ \t\u00a0]+)?(?:(?:verification|security|confirmation|login|one-time|access|sms|2fa|otp|auth|authentication|sign-in|activation)[ \t\u00a0]+)?(?:code|pin|passcode|otp)\b/i;
// 1.11.0: "Use 448812 to verify your account", "enter 4821 to unlock the door": digits alone, then what they open.
// 1.11.0 review: signing in needs nothing more; verifying, unlocking or completing needs an account's, a person's
// or a lock's noun after it ("to verify your account", "to unlock the door"), not any object ("Use 8080 to verify
// the proxy works", "Enter 2024 to unlock the 2024 report", "use 1234 to complete the test suite").
const CODE_TO_VERIFY = /^[ \t\u00a0]+["'`]?(\d{3}[ -]\d{3}|\d{4,8})["'`]?[ \t\u00a0]+(?:to|for)[ \t\u00a0]+(?:(?:log[ \t\u00a0-]?in|sign[ \t\u00a0-]?in|login|authenticate)\b(?![ \t\u00a0]+(?:test|tests|testing|page|screen|flow|form|endpoint|button|api|service|server|route|port)\b)|(?:verify|verification|confirm|complete|activate|unlock|finish|reset)[ \t\u00a0]+(?:(?:your|my|the|this|our|his|her|their)[ \t\u00a0]+)?(?:[\p{L}-]+[ \t\u00a0]+)?(?:account|identity|email|e-mail|phone|number|login|sign-?in|registration|device|card|payment|purchase|transaction|order|profile|wallet|password|enrol(?:l)?ment|subscription|door|gate|lockbox|lock|padlock|safe|alarm|garage|building|entrance|locker|keypad|laptop|tablet|app|mailbox|box|bike|car|suitcase)s?(?![\p{L}\p{N}]))/iu;
// 1.11.0: "the code they sent me is 482913", "the code I got by SMS was 448812", "the code from the bank: 553211":
// who sent the code, or where it came, between the code and its value.
const CODE_SENT = /^[ \t\u00a0]+(?:(?:that|which)[ \t\u00a0]+)?(?:(?:(?:they|you|he|she|it|i|we|the[ \t\u00a0]+\p{L}+|\p{Lu}\p{L}+)[ \t\u00a0]+)?(?:just[ \t\u00a0]+)?(?:sent|texted|emailed|gave|got|received)(?:[ \t\u00a0]+(?:me|us|him|her|them))?|(?:from|in|by|via)[ \t\u00a0]+(?:the[ \t\u00a0]+|my[ \t\u00a0]+|an?[ \t\u00a0]+)?(?:sms|text|text message|message|email|e-mail|app|bank|authenticator|phone))(?:[ \t\u00a0]+(?:by|via|in|over)[ \t\u00a0]+(?:sms|text|email|e-mail|phone|the[ \t\u00a0]+app))?[ \t\u00a0]*(?:is|was|:)[ \t\u00a0]*["'`]?(\d{3,4}[ -]?\d{3,4}|\d{4,8})["'`]?(?![\p{L}\p{N}])/iu;
// 1.11.0: "2FA code: 552019", "My SMS code was 552 019": a code named by its kind, then its value.
// ("2FA" is no word token: the tokenizer reads "FA" and leaves "2" in the gap, so the cue table never meets it.)
const CODE_KIND_BEFORE = /(?:^|[^\p{L}\p{N}])(?:2fa|mfa|sms|otp|one-time|login|verification|security|auth|authentication|confirmation|activation|sign-in)[ \t\u00a0]+$/iu;
const CODE_KIND_VALUE = /^[ \t\u00a0]*(?:is|was|:|=)[ \t\u00a0]*["'`]?(\d{3,4}[ -]?\d{3,4}|\d{4,8})["'`]?(?![\p{L}\p{N}]|[.,]\d)/u;

// What a code opens ("the code to the lockbox", "code for the gate"), not what it classifies
// ("the tariff code for roasted coffee", "the code for Germany").
const OPENS = /\b(?:door|doors|gate|gates|lockbox|lock|locks|padlock|safe|alarm|garage|building|entrance|entry|locker|lockers|keypad|wifi|wi-fi|router|account|phone|laptop|tablet|app|storage|unit|office|house|apartment|flat|mailbox|box|shed|room|vault|bike|car|suitcase|briefcase)\b/i;

/** "use Tr0ub4dor&3 to log in", "enter code 884213", "884213 is your verification code". */
export function toldSecrets(text: string, tokens: readonly WordToken[], at: readonly number[], out: Candidate[]): void {
  for (const i of at) {
    const t = tokens[i];
    if (USE_VERBS.has(t.lower) || RECEIVE_VERBS.has(t.lower)) {
      const code = CODE_AFTER_VERB.exec(text.slice(t.end, t.end + 80));
      if (code) {
        const start = t.end + code[0].lastIndexOf(code[1]);
        out.push(candidate("SECRET", start, start + code[1].length, 0.85, "told-code"));
        continue;
      }
      if (!USE_VERBS.has(t.lower)) continue;
      // 1.11.0: "Enter 774512 as the code", "type 4821 as your PIN".
      const asCode = AS_CODE.exec(text.slice(t.end, t.end + 40)) ?? CODE_TO_VERIFY.exec(text.slice(t.end, t.end + 40));
      if (asCode) {
        const start = t.end + asCode[0].indexOf(asCode[1]);
        out.push(candidate("SECRET", start, start + asCode[1].length, 0.85, "told-code"));
        continue;
      }
      const v = /^[ \t\u00a0]+["'`“]?([^\s"'`”]{4,64}?)["'`”]?(?=[ \t\u00a0])/u.exec(text.slice(t.end, t.end + 72));
      if (!v || !TO_LOG_IN.test(text.slice(t.end + v[0].length, t.end + v[0].length + 40))) continue;
      const value = v[1];
      // "Type Ctrl+Alt+Del to log on": a key combination.
      if (value.length < 6 || SIGN_IN_METHODS.has(value.toLowerCase()) || /^(?:ctrl|alt|shift|cmd|win|option|fn)\+/i.test(value) || !passwordShaped(value) || !/\p{L}/u.test(value) || !secretOk(value, true, null) || /^(?:https?:|www\.)|[/\\]|@|^v?\d+(?:\.\d+)+$/.test(value)) continue;
      const start = t.end + v[0].indexOf(value);
      out.push(candidate("SECRET", start, start + value.length, 0.85, "told-secret"));
    } else if (OWNED_CODE_WORDS.has(t.lower) && i > 0 && OWNERS.has(tokens[i - 1].lower) && /^[ \t\u00a0]+$/.test(t.gap)) {
      const m = OWNED_CODE.exec(text.slice(t.end, t.end + 40));
      if (m) {
        const start = t.end + m[0].lastIndexOf(m[1]);
        out.push(candidate("SECRET", start, start + m[1].length, 0.85, "told-code"));
      } else if (t.lower === "code") codeTold(text, tokens, i, out);
    } else if (CODE_WORDS.has(t.lower)) {
      codeTold(text, tokens, i, out);
    }
  }
}

/** "the code to the lockbox is 4-7-2-9", "G-482913 is your verification code". */
function codeTold(text: string, tokens: readonly WordToken[], i: number, out: Candidate[]): void {
  const t = tokens[i];
  if (i > 0 && NOT_SECRET_CODES.has(tokens[i - 1].lower)) return;
  // "1944 was the code name for the landing": a code name or code word is no code.
  if (/^[ \t\u00a0]+(?:name|names|word|words)\b/i.test(text.slice(t.end, t.end + 8))) return;
  // 1.11.0: also "the combination for the safe is 4-7-2-9", "the key to the lockbox is 8842".
  if (t.lower === "code" || t.lower === "combination" || t.lower === "key") {
    const m = CODE_FOR.exec(text.slice(t.end, t.end + 80));
    if (m && OPENS.test(m[0]) && !isMachineText(text)) {
      const start = t.end + m[0].lastIndexOf(m[1]);
      out.push(candidate("SECRET", start, start + m[1].length, 0.85, "told-code"));
    }
    const sent = CODE_SENT.exec(text.slice(t.end, t.end + 90)) ?? (CODE_KIND_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start)) ? CODE_KIND_VALUE.exec(text.slice(t.end, t.end + 30)) : null);
    if (sent) {
      const start = t.end + sent[0].lastIndexOf(sent[1]);
      out.push(candidate("SECRET", start, start + sent[1].length, 0.85, "told-code"));
    }
    if (t.lower !== "code") return;
  }
  // The value before "is your … code": try each word start of the line before "is".
  const from = Math.max(0, t.start - 60);
  const back = text.slice(from, t.start);
  const isAt = back.search(/[ \t\u00a0](?:is|was|are)[ \t\u00a0][^.\n]*$/);
  if (isAt < 0) return;
  const lineStart = Math.max(back.lastIndexOf("\n"), back.lastIndexOf(". ")) + 1;
  const line = back + t.text;
  for (let s = lineStart; s < isAt; s++) {
    if (s > 0 && /[\p{L}\p{N}-]/u.test(back[s - 1])) continue;
    CODE_BEFORE.lastIndex = s;
    const m = CODE_BEFORE.exec(line);
    if (!m || m.index + m[0].length !== line.length) continue;
    // "Error 5003 is the code returned by the server": a number named by a word before it.
    const named = /([\p{L}]+)[ \t\u00a0]*$/u.exec(line.slice(lineStart, s));
    if (named && NOT_SECRET_CODES.has(named[1].toLowerCase())) return;
    out.push(candidate("SECRET", from + s, from + s + m[1].length, 0.85, "told-code"));
    return;
  }
}
