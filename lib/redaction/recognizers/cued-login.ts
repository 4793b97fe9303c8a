/**
 * A login after its cue, alone or with its password ("login jdoe / S3cret!", "username: anna.k
 * pw hunter22", "credentials (jdoe/S3cret)"): the username is an ID, the password a SECRET.
 * A word that names a field or is an ordinary word is no username unless what it is linked to
 * can only be a password.
 */
import { englishInflection, getLexicon } from "../lexicon/lexicon";
import { TECH_PRODUCTS } from "../lexicon/tech-products";
import { LINKED_LOGIN_CUES, LOGIN_HEADINGS, LOGIN_PASSWORD_LINKS, SECRET_HEADINGS } from "../lexicon/credential-cues";
import { candidate } from "../text-scan";
import type { Candidate } from "../types";
import { isMachineText } from "./code-context";
import type { Cue } from "./cued-cues";
import { loginValue } from "./cued-id-keys";
import { CONNECTORS, FILLERS, isSpace, skipConnector, valueAt } from "./cued-reading";
import { NOT_SECRET, passwordShaped, secretOk } from "./cued-secret-checks";

// 1.6.0: linking logins by every language's word for a password ("логин X пароль Y") was tried
// and cost passwords on the external corpus (aggregate figures, cause not known); the word's own
// cue still finds the password there.
const LINKS = [...LOGIN_PASSWORD_LINKS].sort((a, b) => b.length - a.length);
const LINKED_ONLY = new Set(LINKED_LOGIN_CUES);

/** 1.6.0: what a login is said to be, in the languages of LOGIN_CUES: no username. */
const NOT_A_LOGIN = new Set("address adresse e-mail email mail courriel correo dirección direccion endereço indirizzo adres adressen name nom nombre nome naam namn navn nimi numéro número numero nummer number votre vos notre nos leur leurs tu tus seu sua teu tua dein deine ihre euer uw jouw je ton ta".split(" "));

/** "login jdoe / S3cret!", "username: anna.k pw hunter22", "credentials: X". */
export function login(text: string, pos: number, explicit: boolean, out: Candidate[], cue: Cue): boolean {
  const user = valueAt(text, pos);
  if (!user) return false;
  let name = text.slice(user.start, user.end);
  // "| Username | Password |": a table's header names the next column, it is no login.
  if (HEADING_WORDS.has(name.toLowerCase())) return false;
  // 1.10.0: "Log in to Okta", "sign in at Portal": a service or a capitalised word alone after "to",
  // "into", "on" or "at" is where one logs in, not who ("Mój login to jkowalski": Polish "to" = "is").
  if (SERVICE_BEFORE.test(text.slice(Math.max(0, user.start - 6), user.start)) && (TECH_PRODUCTS.has(name.toLowerCase()) || /^\p{Lu}\p{Ll}+$/u.test(name))) return false;
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
  // 1.10.0: an auth log names the user before the address it came from ("Failed password for invalid user jdoe from 10.0.0.5").
  if (LINKED_ONLY.has(cue.parts.join(" ")) || AUTH_LOG_CUES.has(cue.parts.join(" "))) {
    if (!user.quoted && AUTH_LOG_FROM.test(text.slice(user.end, user.end + 24)) && loginValue(name)) {
      out.push(candidate("ID", user.start, user.end, 0.85, "login-user"));
      return true;
    }
    // 1.11.0: "The user jdoe cannot log in", "User m.kowalski is locked", "the user account 'tgarcia' was
    // disabled": a login-shaped word (no dictionary's, no product's, no service's) that the sentence says
    // cannot sign in, is locked or reported something.
    // 1.11.0: and a quoted login after "for/from/by user" ("Failed login for user 'jsmith'"): quotes mark a name, not a chat turn.
    if (!AUTH_LOG_CUES.has(cue.parts.join(" ")) && !wordy && (accountStated(text, user, name, cue) || (user.quoted && !explicit && loginUsername(name) && FOR_USER.test(text.slice(Math.max(0, user.start - 40), user.start))))) {
      out.push(candidate("ID", user.start, user.end, 0.8, "login-user"));
      return true;
    }
    return false;
  }
  // 1.11.0: "логин ivanov пароль Zima2020", "login jdoe password: X": the word for a password names the login's
  // password next, so the word before it is the login (its own cue reads the password).
  // And "Benutzer hmueller kann sich nicht anmelden", "el usuario mgarcia no puede entrar": what the sentence says of the account.
  if (!explicit && !wordy && ((!user.quoted && loginUsername(name) && PASSWORD_NEXT.has(nextWord(text, user.end))) || accountStated(text, user, name, cue))) {
    out.push(candidate("ID", user.start, user.end, 0.8, "login-user"));
    return true;
  }
  if (wordy || name.length < 3 || name.length > 64 || name.includes("@")) return false;
  // 1.10.0: "login jdoe", "username anna": a lower-case word no dictionary has, ending its clause, is the login itself.
  if (!explicit && !/[\d._-]/.test(name) && !(BARE_LOGIN_CUES.has(cue.parts.join(" ")) && /^[a-z]{3,24}$/.test(name) && /^[ \t]*(?:$|\r?\n|[.,;!?)])/.test(text.slice(user.end, user.end + 3)) && bareLoginOk(text, pos, cue, name))) return false;
  if (logRecordKey(name, text)) return false;
  out.push(candidate("ID", user.start, user.end, 0.75, "login-user"));
  return true;
}

/**
 * 1.10.1: a bare word after "login", "username", "user id" with no ":", "is" or "=" is the login only where the cue
 * opens its line or clause ("login jdoe", "INFO login jdoe"), not after a word of the sentence ("Increase the login
 * timeout", "Fix login flicker", "den Benutzername vergessen"); and never a word built from ordinary words
 * ("superuser", "mismatch", "endpoint"), nor a product's name or a program's account.
 */
function bareLoginOk(text: string, pos: number, cue: Cue, name: string): boolean {
  // 1.11.0: nor a word built like an adjective, an adverb or a past tense ("login successful", "login
  // successfully", "login throttled"): the log says how the login went.
  if (!loginValue(name) || compoundWord(name) || /.{4}(?:ful|fully|less|ous|ive|ible|ly)$/.test(name) || englishInflection(name, getLexicon().commonWords)) return false;
  if (AFTER_SUBJECT_CUES.has(cue.parts.join(" "))) return true;
  const cueText = cue.parts.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s_-]*");
  const before = new RegExp(`(\\S+)[ \\t]+${cueText}[ \\t:=]*$`, "iu").exec(text.slice(Math.max(0, pos - 80), pos));
  return !before || !/\p{Ll}/u.test(before[1]);
}

const AFTER_SUBJECT_CUES = new Set(["logged in as", "signed in as", "log in as", "logging in as", "sign in as", "signing in as"]);

// 1.11.0: what a sentence says of an account's sign-in, after its login: "cannot log in", "was locked out", "kann sich nicht anmelden".
const SIGN_IN_STATE = new RegExp(`^[ \\t]+(?:(?:still|also|now|just|again|noch|immer|toujours|todavía|aún|ещё|еще)[ \\t]+)?(?:${[
  // English
  "(?:cannot|can't|can not|couldn't|could not|is unable to|was unable to|(?:failed|fails|tried|tries) to)[ \\t]+(?:log|sign)[ \\t-]?(?:in|on)",
  "(?:cannot|can't|couldn't|could not)[ \\t]+(?:access|reach)[ \\t]+(?:his|her|their|the)[ \\t]+account|(?:logged|signed)[ \\t]+(?:in|on|out)|(?:is|was|got|has been) locked out|forgot (?:his|her|their) password",
  // German, French, Spanish, Portuguese, Italian, Dutch, Russian
  "kann[ \\t]+sich[ \\t]+nicht[ \\t]+(?:an|ein)melden|kann[ \\t]+sich[ \\t]+nicht[ \\t]+einloggen",
  "ne[ \\t]+peut[ \\t]+pas[ \\t]+se[ \\t]+connecter|n['’]arrive[ \\t]+pas[ \\t]+à[ \\t]+se[ \\t]+connecter",
  "no[ \\t]+puede[ \\t]+(?:iniciar[ \\t]+sesión|entrar|acceder|conectarse)|não[ \\t]+consegue[ \\t]+(?:entrar|acessar|fazer[ \\t]+login)",
  "non[ \\t]+riesce[ \\t]+(?:ad?[ \\t]+)?(?:accedere|entrare)|kan[ \\t]+niet[ \\t]+inloggen|не[ \\t]+может[ \\t]+(?:войти|зайти|авторизоваться)",
].join("|")})(?![\\p{L}])`, "iu");
// What else a sentence says of an account ("was disabled", "is locked", "reported"): about a login with a digit or a mark only,
// for "The user data was deleted" speaks of a record.
const ACCOUNT_EVENT = /^[ \t]+(?:(?:is|was|got|has been|had been|gets)[ \t]+(?:locked|blocked|disabled|suspended|deactivated|deleted|removed|banned|compromised|hacked)|reported|(?:is|was)[ \t]+(?:already[ \t]+)?(?:taken|in use)|already exists|(?:ist|wurde)[ \t]+(?:gesperrt|deaktiviert)|(?:est|a[ \t]+été)[ \t]+(?:bloqué|verrouillé|désactivé)|(?:está|fue)[ \t]+(?:bloqueado|desactivado)|(?:был[ \t]+)?заблокирован)(?![\p{L}])/iu;

/** Whether what follows a login ("cannot log in", "is locked", "kann sich nicht anmelden") says what happened to its account. */
function accountStated(text: string, user: { start: number; end: number; quoted: boolean }, name: string, cue: Cue): boolean {
  if (!loginUsername(name) || logRecordKey(name, text)) return false;
  const after = text.slice(user.end + (user.quoted ? 1 : 0), user.end + 48);
  // A login's own cue ("username", "login"), quotes or a login's marks say the word is a login, not a record's name.
  return SIGN_IN_STATE.test(after) || ((/[\d._-]/.test(name) || user.quoted || BARE_LOGIN_CUES.has(cue.parts.join(" "))) && ACCOUNT_EVENT.test(after));
}
/** Words that name a password in the languages of the login cues, lower-case. */
const PASSWORD_NEXT = new Set(["password", "passwort", "kennwort", "mot", "mdp", "contraseña", "senha", "wachtwoord", "lösenord", "adgangskode", "passord", "salasana", "hasło", "heslo", "jelszó", "parola", "şifre", "пароль", "pw", "pwd", "pass"]);
const FOR_USER = /(?:^|[^\p{L}])(?:for|from|by|of)[ \t]+(?:the[ \t]+)?(?:user|usr|user account)[ \t]+["'`‘“]$/iu;
/** Placeholder names of manuals and examples ("user foo cannot access bar"). */
const EXAMPLE_NAMES = new Set(["foo", "bar", "baz", "qux", "quux", "example", "sample", "demo", "someone", "somebody"]);

/**
 * 1.6.0: "INFO user id 4471 logged in": in machine text a number alone is the system's record key.
 * 1.8.0: so is a UUID or a hex key ("INFO user id 4c8d1f21-4b68-… logged in").
 */
function logRecordKey(name: string, text: string): boolean {
  return (/^\d+$/.test(name) || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^[0-9a-f]{16,64}$/i.test(name)) && isMachineText(text);
}

/** A username alone (no ":" or "is" before it): login-shaped, with a lower-case letter, and no word made of words. */
function loginUsername(name: string): boolean {
  return loginValue(name) && /\p{Ll}/u.test(name) && !EXAMPLE_NAMES.has(name.toLowerCase()) && !compoundWord(name.toLowerCase());
}

/** The lower-case word after `pos`, past spaces and one mark (",", "/", "|"). */
function nextWord(text: string, pos: number): string {
  const m = /^[ \t]*[,/|]?[ \t]*([\p{L}]+)/u.exec(text.slice(pos, pos + 30));
  return m ? m[1].toLowerCase() : "";
}
const WORD_PREFIXES = ["super", "mis", "over", "under", "sub", "multi", "non", "pre", "re", "un"];

/** Whether a word is two ordinary words, or a prefix and one ("timeout", "superuser", "mismatch"). */
function compoundWord(word: string): boolean {
  const common = getLexicon().commonWords;
  for (const prefix of WORD_PREFIXES) if (word.startsWith(prefix) && common.has(word.slice(prefix.length))) return true;
  for (let k = 3; k <= word.length - 3; k++) if (common.has(word.slice(0, k)) && common.has(word.slice(k))) return true;
  return false;
}

const SERVICE_BEFORE = /(?:^|[ \t])(?:to|into|on|at)[ \t]+$/i;
const HEADING_WORDS = new Set([...SECRET_HEADINGS, ...LOGIN_HEADINGS]);
/** Cues after which "X and Y" is a login and its password. */
const CREDENTIAL_PAIRS = new Set(["credentials", "creds", "login credentials", "zugangsdaten", "identifiants", "credenciales", "credenciais", "inloggegevens", "inloggningsuppgifter", "dane logowania", "přihlašovací údaje", "учетные данные", "данные для входа"]);

const AUTH_LOG_FROM = /^[ \t]+from[ \t]+\[?[\d:a-f]*\d/;
/** Cues that name a login whatever its value: after them a lower-case unknown word is one. */
/** sshd's words before a login: they name one only before "from" and an address. */
const AUTH_LOG_CUES = new Set(["accepted password for", "accepted publickey for", "failed password for"]);
const BARE_LOGIN_CUES = new Set(["logged in as", "signed in as", "log in as", "logging in as", "sign in as", "signing in as", "login", "username", "user name", "userid", "user id", "benutzername", "nom d'utilisateur", "nombre de usuario", "gebruikersnaam", "användarnamn", "brugernavn", "brukernavn", "käyttäjätunnus", "nazwa użytkownika", "логин"]);
