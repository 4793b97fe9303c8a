/**
 * SECRET: API keys and tokens with a recognisable shape (AWS, GitHub, Slack, Stripe,
 * OpenAI-style `sk-`, Google, JWT, PEM private keys) and `password=`-style assignments,
 * where only the value is redacted so the log keeps its meaning ("password=<SECRET_1>").
 */
import { candidate, eachMatch, isAsciiAlnum } from "../text-scan";
import type { Candidate, Recognizer } from "../types";
import { NOT_A_SECRET_WORDS, SECRET_CUES } from "../lexicon/credential-cues";
import { secretColumns } from "./secret-columns";
import { codesUnderCue } from "./secret-lists";
import { contractedCues, namesSecret, passphrasesAfterCue, passphraseWords } from "./secret-phrases";
import { codePlaceholder } from "./secret-placeholders";

interface Shape {
  re: RegExp;
  score: number;
  source: string;
  /** A literal every match holds: a text without it skips this shape's scan. */
  hint: RegExp;
}

// Every pattern starts behind a token boundary and uses bounded repetition.
const SHAPES: Shape[] = [
  { re: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}(?![A-Za-z0-9])/g, score: 0.95, source: "aws-key-id", hint: /AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA/ },
  { re: /(?<![A-Za-z0-9_])(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,255}(?![A-Za-z0-9_])/g, score: 0.95, source: "github", hint: /gh[pousr]_/ },
  { re: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,255}/g, score: 0.95, source: "github-pat", hint: /github_pat_/ },
  { re: /(?<![A-Za-z0-9])xox[abposre]-[A-Za-z0-9-]{10,250}/g, score: 0.95, source: "slack", hint: /xox[abposre]-/ },
  { re: /https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9/_-]{10,200}/g, score: 0.97, source: "slack-webhook", hint: /hooks\.slack/ },
  { re: /(?<![A-Za-z0-9_])(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,247}(?![A-Za-z0-9])/g, score: 0.95, source: "stripe", hint: /_live_|_test_/ },
  { re: /(?<![A-Za-z0-9_])whsec_[A-Za-z0-9]{20,100}/g, score: 0.95, source: "stripe-webhook", hint: /whsec_/ },
  { re: /(?<![A-Za-z0-9_-])sk-(?:proj-|ant-(?:api\d{2}-|admin\d{2}-)?|svcacct-|admin-|or-v1-)?[A-Za-z0-9_-]{20,250}(?![A-Za-z0-9_-])/g, score: 0.95, source: "sk-key", hint: /sk-/ },
  { re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g, score: 0.95, source: "google", hint: /AIza/ },
  { re: /(?<![A-Za-z0-9_])(?:npm_[A-Za-z0-9]{36}|glpat-[A-Za-z0-9_-]{20}|hf_[A-Za-z0-9]{30,40}|SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}|xapp-[0-9]-[A-Za-z0-9-]{20,200})(?![A-Za-z0-9_-])/g, score: 0.95, source: "vendor-token", hint: /npm_|glpat-|hf_|SG\.|xapp-/ },
  { re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,4000}\.eyJ[A-Za-z0-9_-]{4,8000}\.[A-Za-z0-9_-]{0,4000}/g, score: 0.95, source: "jwt", hint: /eyJ/ },
  { re: /\b[Bb]earer\s{1,3}[A-Za-z0-9._~+/-]{16,2000}=*/g, score: 0.9, source: "bearer", hint: /[Bb]earer/ },
  // 1.6.0: a short bearer token, when letters and digits mix ("Bearer RT26eDe0u1rT").
  { re: /\b[Bb]earer\s{1,3}(?=[A-Za-z._~+/-]{0,14}\d)(?=[\d._~+/-]{0,14}[A-Za-z])[A-Za-z0-9._~+/-]{8,15}=*(?![A-Za-z0-9._~+/=-])/g, score: 0.85, source: "bearer", hint: /[Bb]earer/ },
  // 1.6.0: a key with a vendor-neutral prefix ("key_", "tok-", "sess_", "api_live_") and a random
  // body: twenty letters and digits or more, or sixteen with both cases.
  { re: /(?<![A-Za-z0-9_-])(?:key|keys|api|apikey|token|tok|secret|sec|sk|pk|rk|ak|pat|sess|session|auth|access|priv|private|bot|app|client|svc|deploy|ghx|shpat|shpss|glsa|dop_v1|sq0atp|rzp)[_-](?:[A-Za-z]{2,8}[_-])?(?=[A-Za-z]{0,199}\d)(?=\d{0,199}[A-Za-z])(?:[A-Za-z0-9]{20,200}|(?=[a-z0-9]{0,199}[A-Z])(?=[A-Z0-9]{0,199}[a-z])[A-Za-z0-9]{16,19})(?![A-Za-z0-9_-])/g, score: 0.85, source: "prefixed-key", hint: /(?:key|keys|api|apikey|token|tok|secret|sec|sk|pk|rk|ak|pat|sess|session|auth|access|priv|private|bot|app|client|svc|deploy|ghx|shpat|shpss|glsa|v1|atp|rzp)[_-]/ },
  // HTTP Basic credentials: base64 of "user:password".
  { re: /\b[Bb]asic\s{1,3}[A-Za-z0-9+/]{8,400}={0,2}(?![A-Za-z0-9+/=])/g, score: 0.9, source: "basic-auth", hint: /[Bb]asic\s/ },
];

// `key = value`, `"key": "value"`, `key: value`: the value after a secret-ish key name.
const ASSIGNMENT = /(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,20}[_-]|PG)?(?:password|passwd|passphrase|passcode|pwd|pass|pin|psk|cvv|cvc|otp|secret|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|access[_-]?token|auth[_-]?token|refresh[_-]?token|client[_-]?secret|token|credentials?|session[_-]?id|sessid|jsessionid|phpsessid)["']?\s{0,3}(?:[:=]|=>|\s+is\s+)\s{0,3}["']?([^\s"',;&}<>]{3,300})/gi;
// 1.7.0: the same keys in camelCase or PascalCase after a word naming what they open ("dbPassword",
// "adminPass", "stripeSecretKey", "ApiSecret"): case-sensitive, so the hump is a real one.
const CAMEL_ASSIGNMENT = /(?<![A-Za-z0-9])(?:[a-z][a-z0-9]{0,19}|[A-Z][a-z0-9]{1,19})(?:[A-Z][a-z0-9]{1,19}){0,2}?(?:Password|Passwd|Passphrase|Passcode|Pass|Pwd|Secret|SecretKey|ApiKey|AccessKey|PrivateKey|AccessToken|AuthToken|RefreshToken|ApiToken|BearerToken)["']?\s{0,3}(?:[:=]|=>)\s{0,3}["']?([^\s"',;&}<>]{3,300})/g;
// 1.7.0: .NET settings, `<add key="ApiSecret" value="…" />`: the key names the value two attributes on.
const XML_SETTING = /\bkey="[\w.:-]{0,30}(?:[Pp]assword|[Ss]ecret|[Tt]oken|[Aa]pi[Kk]ey|ApiKey|[Pp]wd)[\w.:-]{0,20}"\s{1,3}value="([^"\s]{3,300})(?=")/g;
// An e-mail address, ":" and a password-shaped run: not a port (digits), a path or a URL.
const EMAIL_COMBO = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[A-Za-z]{2,24}:([^\s:/@"'<>]{6,64})(?=[\s,;"')\]]|$)/g;
const NOT_A_SECRET = /^(?:null|none|true|false|undefined|required|optional|string|\*+|x+|redacted|hidden|<[^>]*>|\$\{?[A-Za-z_]+\}?|process\.env\.\w+|os\.environ.*|env\(.*|true|\?+|\.\.\.|…)$/i;

const NOT_SECRET_WORDS = new Set(NOT_A_SECRET_WORDS);
const LABELS = new Set(SECRET_CUES.filter((c) => !/^(?:password|secret|pass|key|token|pin)$/.test(c)));
// 1.11.0: "password: [REDACTED]", "token: [hidden]": a word in square brackets stands for the value.
const SQUARE_PLACEHOLDER = /^\[[\p{L}_ -]{2,30}\]?$/u;

const PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{0,30}PRIVATE KEY( BLOCK)?-----/g;

// Every shape above holds one of these literals: texts without any (most chat messages)
// skip the twelve scans. Likewise every ASSIGNMENT key holds one of KEY_HINT's words.
export const SHAPE_HINT = /(?:key|keys|api|apikey|token|tok|secret|sec|sk|pk|rk|ak|pat|sess|session|auth|access|priv|private|bot|app|client|svc|deploy|ghx|shpat|shpss|glsa|v1|atp|rzp)[_-]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|gh[pousr]_|github_pat_|xox[abposre]-|hooks\.slack|_live_|_test_|whsec_|sk-|AIza|npm_|glpat-|hf_|SG\.|xapp-|eyJ|[Bb]earer|[Bb]asic\s/;
// SHAPE_HINT's literals without "_" or "-": for a text holding neither (most chat messages),
// a shorter alternation with fewer first letters to try at each position.
const SHAPE_HINT_NO_DASH = /AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|hooks\.slack|AIza|SG\.|eyJ|[Bb]earer|[Bb]asic\s/;

/** SHAPE_HINT.test(text), cheaper where the text has no "_" or "-". */
export function shapeHinted(text: string): boolean {
  return text.includes("_") || text.includes("-") ? SHAPE_HINT.test(text) : SHAPE_HINT_NO_DASH.test(text);
}
const KEY_HINT = /pass|pwd|pin|psk|cvv|cvc|otp|secret|key|token|credential|sess/i;
// The heading words of secret-lists.ts.
const CODES_HINT = /codes|códigos|codici|kody|коды/i;
// The cues of secret-phrases.ts, each followed by a space, ":" or "=".
const PHRASE_HINT = /(?:pass(?:word|phrase)?|pw|pwd)[ \t:=]/i;

function findSecrets(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (shapeHinted(text)) for (const shape of SHAPES) {
    if (!shape.hint.test(text)) continue;
    eachMatch(shape.re, text, (m) => {
      let start = m.index;
      if (shape.source === "bearer" || shape.source === "basic-auth") start = m.index + m[0].search(/\s/) + m[0].slice(m[0].search(/\s/)).search(/\S/);
      out.push(candidate("SECRET", start, m.index + m[0].length, shape.score, shape.source));
    });
  }
  if (KEY_HINT.test(text)) {
    eachMatch(ASSIGNMENT, text, (m) => assignment(text, m, out));
    if (/[a-z0-9](?:Pass|Pwd|Secret|ApiKey|AccessKey|PrivateKey|AccessToken|AuthToken|RefreshToken|ApiToken|BearerToken)/.test(text)) eachMatch(CAMEL_ASSIGNMENT, text, (m) => assignment(text, m, out));
    if (text.includes('value="')) eachMatch(XML_SETTING, text, (m) => assignment(text, m, out));
  }
  // 1.11.0: a password of ordinary words ("password: correct horse battery staple").
  if (PHRASE_HINT.test(text)) passphrasesAfterCue(text, out);
  if (text.includes("'s ") || text.includes("’s ")) contractedCues(text, out);
  // 1.11.0: the password column of a CSV dump ("username,password" over "jdoe,Winter#22"), and codes listed under their heading.
  secretColumns(text, out);
  if (text.includes("\n") && CODES_HINT.test(text)) codesUnderCue(text, out);
  if (CLI_HINT.test(text)) commandLineSecrets(text, out);
  // 1.11.0: a connection string with a password and no user ("redis://:p4ssw0rd@cache:6379"), which the URL recognizer skips.
  if (text.includes("://:")) eachMatch(NO_USER_URL, text, (m) => {
    if (NOT_A_SECRET.test(m[1]) || codePlaceholder(m[1])) return;
    const start = m.index + m[0].length - 1 - m[1].length;
    out.push(candidate("SECRET", start, start + m[1].length, 0.9, "url-password"));
  });
  // 1.7.0: an e-mail address and its password as a leaked combo list writes them ("anna@x.com:S3cret!").
  if (text.includes("@") && /@[^\s@]{1,200}?\.[A-Za-z]{2,24}:[^\s/]/.test(text)) eachMatch(EMAIL_COMBO, text, (m) => {
    const value = m[1];
    if (!/\p{L}/u.test(value) || !(/[\d\W_]/.test(value.replace(/\p{L}/gu, "")) || /\p{Ll}\p{Lu}/u.test(value))) return;
    const end = m.index + m[0].length;
    out.push(candidate("SECRET", end - value.length, end, 0.8, "email-combo"));
  });
  // Remember the next END marker so repeated BEGIN lines don't rescan the text (O(n^2)).
  let nextEnd = -2;
  if (text.includes("-----BEGIN ")) eachMatch(PEM_BEGIN, text, (m) => {
    if (nextEnd !== -1 && nextEnd < m.index + m[0].length) nextEnd = text.indexOf("-----END", m.index + m[0].length);
    const endMarker = nextEnd;
    let end = m.index + m[0].length;
    if (endMarker !== -1 && endMarker - m.index < 20000) {
      const close = text.indexOf("-----", endMarker + 8);
      end = close === -1 ? endMarker + 8 : close + 5;
    } else {
      // No END line (truncated log): take the base64 body that follows.
      while (end < text.length && (isAsciiAlnum(text.charCodeAt(end)) || "+/=\r\n \\n".includes(text[end]))) end++;
    }
    out.push(candidate("SECRET", m.index, end, 1, "pem"));
  });
  return out;
}

/** The value of a secret-ish key's assignment (`m[1]`), trimmed of the punctuation around it. */
function assignment(text: string, m: RegExpExecArray, out: Candidate[]): void {
  if (quotedPhrase(text, m, out)) return;
  // Sentence punctuation after a value ("password=abc.") is not part of it, nor a bracket
  // that closes around the assignment ("f(password=abc)"); 1.6.0: one inside it is ("Qve)uz*6").
  // 1.7.0: an exclamation mark is (passwords end in one: `REDIS_PASS="r3d1s!"`).
  let value = m[1];
  for (;;) {
    const trimmed = value.replace(/[.,?:]+$/, "");
    const last = trimmed[trimmed.length - 1];
    const open = last === ")" ? "(" : last === "]" ? "[" : null;
    if (open && trimmed.split(open).length - 1 < trimmed.split(last).length - 1) value = trimmed.slice(0, -1);
    else {
      value = trimmed;
      break;
    }
  }
  // "Enter your password: then click ...": a word about the password, not one (1.5.0).
  if (value.length < 3 || NOT_A_SECRET.test(value) || SQUARE_PLACEHOLDER.test(value) || NOT_SECRET_WORDS.has(value.toLowerCase()) || codePlaceholder(value, text.slice(m.index + m[0].length - (m[1].length - value.length), m.index + m[0].length - (m[1].length - value.length) + 40))) return;
  // 1.11.0: a translation file's label ('"password": "Contraseña"'); "password", "secret" and "pass" are common passwords.
  if (/^\p{L}+$/u.test(value) && LABELS.has(value.toLowerCase())) return;
  const end = m.index + m[0].length - (m[1].length - value.length);
  const start = end - value.length;
  // 1.11.0: the text before the value as matched (m[1]), not as trimmed: "The pin is bent." reads "is" too.
  const isWord = / is $/i.test(m[0].slice(0, m[0].length - m[1].length).replace(/["']/g, ""));
  // 1.7.0: a session id is a secret when it is random and long ("sessionid=8f2k19dl3kd922mx");
  // "session_id=12345" is a log's counter.
  if (/sess/i.test(m[0].slice(0, m[0].length - m[1].length)) && (value.length < 12 || !/[A-Za-z]/.test(value) || !/\d/.test(value))) return;
  // "password is required" is prose, not a secret: demand a digit or symbol after "is".
  if (isWord && /^[a-z]+$/i.test(value)) return;
  out.push(candidate("SECRET", start, end, 0.85, "assignment"));
}

const NO_USER_URL = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/:([^\s:/@"'<>]{3,200})@/g;

/**
 * 1.11.0: a quoted value of several words, which the assignment pattern ends at its first space: the whole
 * phrase when it is a passphrase ('"password": "correct horse battery staple"'), nothing when it is a label or a
 * message. Whether the assignment was read here.
 */
function quotedPhrase(text: string, m: RegExpExecArray, out: Candidate[]): boolean {
  const end = m.index + m[0].length;
  const start = end - m[1].length;
  const quote = text[start - 1];
  if ((quote !== '"' && quote !== "'") || text[end] !== " ") return false;
  const close = text.indexOf(quote, end);
  if (close < 0 || close - start > 120) return false;
  const phrase = text.slice(start, close);
  if (phrase.includes("\n") || !/^\p{L}[\p{L}\p{M} .,!?'’-]*$/u.test(phrase)) return false;
  const words = phrase.split(" ");
  // All lower-case or every word capitalised ("Correct Horse Battery Staple"): a passphrase when its words are no sentence's.
  if (/^\p{Ll}{2,16}(?: \p{Ll}{2,16}){1,5}$/u.test(phrase) || /^\p{Lu}\p{Ll}{1,15}(?: \p{Lu}\p{Ll}{1,15}){1,5}$/u.test(phrase)) {
    const lower = words.map((w) => w.toLowerCase());
    if (!namesSecret(lower) && passphraseWords(lower)) {
      out.push(candidate("SECRET", start, close, 0.85, "assignment"));
      return true;
    }
  }
  // Otherwise words in quotes are a form's label or a message ('"password": "Enter your password"', '"cannot be blank"',
  // '"mot de passe"'), not a value: none of them is a secret.
  return true;
}

// 1.6.0: passwords on a command line: `mysql -u app -pS3cret`, `--password=X`, `curl -u user:X`,
// `redis-cli -a X`, `sshpass -p X`.
// 1.11.0: also `docker login -u jdoe -p X` (and podman, helm, oras) and `--db-password X`, `--admin-pass=X`.
const CLI_HINT = /mysql|mariadb|-pass|curl|wget|redis-cli|sshpass|login/;
const CLI_SECRETS: ReadonlyArray<RegExp> = [
  /\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^\n|;]{0,200}?[ \t]-p(?:["']([^"'\n]{1,100})["']|([^\s"']{1,100}))/g,
  /(?<![\w-])--(?:[a-z0-9]{1,20}-){0,2}pass(?:word|wd)?(?:=|[ \t]+)(?:["']([^"'\n]{1,100})["']|([^\s"'-][^\s"']{0,99}))/g,
  /\b(?:docker|podman|helm[ \t]+registry|oras|nerdctl|buildah|skopeo)[ \t]+login\b[^\n|;]{0,200}?[ \t]-p[ \t]+(?:["']([^"'\n]{1,100})["']|([^\s"'-][^\s"']{0,99}))/g,
  /\b(?:curl|wget)\b[^\n|;]{0,200}?[ \t](?:-u|--user)[ \t=]?["']?[^\s:"']{1,64}:(?:([^\s"']{1,100}))/g,
  /\b(?:redis-cli\b[^\n|;]{0,200}?[ \t]-a|sshpass[ \t]+-p)[ \t]+(?:["']([^"'\n]{1,100})["']|([^\s"']{1,100}))/g,
];

function commandLineSecrets(text: string, out: Candidate[]): void {
  for (const re of CLI_SECRETS) eachMatch(re, text, (m) => {
    const value = m[1] ?? m[2];
    if (!value || NOT_A_SECRET.test(value)) return;
    // A quoted value ends before its closing quote.
    const end = m.index + m[0].length - (/["']$/.test(m[0]) && !/["']$/.test(value) ? 1 : 0);
    out.push(candidate("SECRET", end - value.length, end, 0.9, "command-line"));
  });
}

export const secretRecognizer: Recognizer = { id: "secret", types: ["SECRET"], find: findSecrets };
