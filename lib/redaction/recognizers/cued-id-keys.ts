/**
 * Record keys naming a person's identifier or login (1.10.0): a JSON or YAML key, a logfmt
 * field or a CSV/TSV header cell ("member_id", "patientId", "customer_no", "Kundennummer",
 * "nr_klienta", "user", "username", "uid"). A key is a label by definition, so the cue table's
 * phrases count here in any case and language; the heads that number a shop's or a program's
 * own records (orders, tickets, invoices, products) and the bare "id" of a table's rows do not.
 */
import { getLexicon } from "../lexicon/lexicon";
import type { EntityType } from "../types";
import { idPhraseType } from "./cued-cues";
import { idOk, UUID } from "./cued-ids";
import { NOT_SECRET } from "./cued-secret-checks";
import { TECH_PRODUCTS } from "../lexicon/tech-products";

/** Keys whose value is a person's login: a user name is personal data, typed ID. */
const LOGIN_KEYS = new Set(
  `user|username|user name|login|login name|uid|userid|user id|account name|logon|benutzer|benutzername|utilisateur|identifiant|
  usuario|nombre de usuario|usuário|utente|nome utente|gebruiker|gebruikersnaam|användare|användarnamn|bruker|brukernavn|
  käyttäjä|käyttäjätunnus|użytkownik|uživatel|felhasználó|kullanıcı|kullanıcı adı|логин|пользователь`.split("|").map((k) => k.trim()),
);

const NUMBER_WORDS = new Set("id no nr num number nummer numero número numéro code codigo código codice cod nro nummer".split(" "));
// "client_id" is also an OAuth application's: only its number forms count ("client_no").
const PERSON_WORDS = new Set(`customer client member patient employee subscriber student policyholder insured beneficiary cliente kunde kunden klient klienta
  klant kund asiakas paciente paziente patiente mitglied membre socio lid medlem empleado dipendente mitarbeiter angestellter utente abonado abonné adherent adhérent`.split(/\s+/));

/** Heads of the cue table's phrases that number what a shop or a program keeps, not a person. */
const NOT_PERSONAL = new Set("order orders ticket tickets invoice invoices booking reservation confirmation transaction product item sku build version request session trace event job task bestellnummer ordernummer reference ref record".split(" "));

// "userId", "member-no", "Kd.-Nr.": camelCase, snake_case, dots and hyphens all read as spaced words.
function keyWords(raw: string): string {
  return raw
    .trim()
    .replace(/^["'`]+|["'`:]+$/g, "")
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .join(" ");
}

export interface IdKey {
  type: EntityType;
  /** The value is a login (letters allowed), not a number. */
  login: boolean;
  /** A bare "id" that a person's fields or object make theirs. */
  bare?: boolean;
  /** "uid": a number under it is a Unix account's (1000), not a person's. */
  unixId?: boolean;
}

/** 1.10.0: the key of a bare "id" among a person's fields. */
export const BARE_ID_KEY: IdKey = { type: "ID", login: false, bare: true };

const cache = new Map<string, IdKey | null>();

/** What a record key says its value is, when that is a person's identifier or login. */
export function idKeyOf(raw: string): IdKey | null {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const verdict = idKeyUncached(keyWords(raw), raw);
  if (cache.size > 5000) cache.clear();
  cache.set(raw, verdict);
  return verdict;
}

function idKeyUncached(key: string, raw: string): IdKey | null {
  if (!key || key.length > 40) return null;
  if (key === "uid") return { type: "ID", login: true, unixId: true };
  if (LOGIN_KEYS.has(key)) return { type: "ID", login: true };
  const words = key.split(" ");
  // "cliente_id", "id_cliente", "num_client", "member_no": a person's word and the word for its number, in either order.
  if (words.length === 2) {
    const [a, b] = NUMBER_WORDS.has(words[1]) ? [words[0], words[1]] : NUMBER_WORDS.has(words[0]) ? [words[1], words[0]] : ["", ""];
    if (PERSON_WORDS.has(a) && !(a === "client" && b === "id")) return { type: "ID", login: false };
  }
  // A prefix naming where the record lives ("billing customer id", "app user id") says nothing more.
  for (let k = 0; k < words.length; k++) {
    const phrase = words.slice(k).join(" ");
    // A program's own account ("POSTGRES_USER", "db_user", "runAsUser", "smtp_username") is nobody's login.
    if (k > 0 && LOGIN_KEYS.has(phrase)) return words.slice(0, k).some((w) => SERVICE_PREFIXES.has(w)) ? null : { type: "ID", login: true };
    const type = idPhraseType(phrase);
    if (!type) continue;
    if (phrase === "id" || phrase === "ids" || NOT_PERSONAL.has(words[k])) return null;
    // A short acronym cue ("PAN", "TIN", "DL") counts in capitals only: "pan": 1200 moves a camera.
    if (k === words.length - 1 && phrase.length <= 4 && !/^[\s"'`]*[A-Z]+[\s"'`:]*$/.test(raw)) return null;
    return { type, login: false };
  }
  return null;
}

// Placeholders and the accounts programs run as ("db": {"user": "app"}) are nobody's login.
const NOT_A_LOGIN = new Set(`null none nil undefined unknown anonymous anon guest system root admin administrator n/a na true false default test
  user users app api web www www-data nobody daemon service svc bot ci deploy deployer jenkins git gitlab github ubuntu debian ec2-user
  centos pi postgres postgresql mysql mariadb mongo mongodb redis oracle sa dba sys sysadmin ftp sftp backup operator readonly reader
  writer worker runner docker node nginx apache httpd elastic kibana grafana prometheus rabbitmq kafka sonar dev prod staging
  password passwort pass pwd email name login username`.split(/\s+/));

// Words before a login key that name a program or a service the account belongs to.
const SERVICE_PREFIXES = new Set(`postgres postgresql pg mysql mariadb mongo mongodb redis db database sql rabbitmq amqp mq kafka smtp mail imap ftp sftp
  ldap run as proxy registry docker service svc app api system sys admin root bind replication repl broker cache queue grafana kibana elastic
  influx influxdb minio s3 jdbc odbc`.split(/\s+/));

// The accounts services run as: "app_user", "grafana-agent", "kubernetes-admin", "systemd-network", "redis-server", "www-data".
const SERVICE_ACCOUNT = /^(?:systemd|grafana|redis|postgres|mysql|mongo|nginx|apache|httpd|www|kube|kubernetes|k8s|prometheus|node|docker|jenkins|gitlab|github|elastic|rabbitmq|kafka|zabbix|nagios|tomcat|jetty|git|ci|app|svc|service|sys|daemon|backup|deploy|replication|airflow|celery|sidekiq|nodejs)(?:$|[._-])|[._-](?:user|users|agent|admin|server|service|svc|bot|daemon|worker|runner|exporter|operator|app|api|ro|rw|readonly|sa|system)$/i;

/** A login as a record holds it: one token of letters, digits, ".", "_" or "-", not an ordinary word. */
export function loginValue(value: string): boolean {
  if (value.length < 2 || value.length > 64 || !/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(value) || !/\p{L}/u.test(value)) return false;
  const lower = value.toLowerCase();
  if (NOT_A_LOGIN.has(lower) || SERVICE_ACCOUNT.test(value)) return false;
  // A placeholder or a constant ("USER_NAME", "${USER}") is no one's login.
  if (/^[A-Z0-9_]+$/.test(value) && value.includes("_")) return false;
  if (/[._\d-]/.test(value)) return true;
  // A capitalised word alone ("user=Иван", "User: Anna") is a name: the PERSON recognizers judge it.
  if (/^\p{Lu}\p{Ll}+$/u.test(value)) return false;
  // A product or a command ("pytorch", "kubectl") or a word built like a verb or a noun ("translate",
  // "regenerate", "summarize") is no one's login.
  if (TECH_PRODUCTS.has(lower) || /.{4}(?:ate|ize|ise|ify|tion|sion|ment|ness|ing|able)$/.test(lower)) return false;
  const lex = getLexicon();
  return !lex.commonWords.has(lower) && !lex.extraCommon.has(lower) && !NOT_SECRET.has(lower);
}

/** Whether a value under an identifier key is one: a login under a login key (or its number), else an identifier's digits. */
export function idKeyValue(key: IdKey, value: string): boolean {
  if (key.login && loginValue(value)) return true;
  if (key.unixId && /^\d+$/.test(value)) return false;
  // A version, a link or a lower-case word with digits ("v2.1.3", "allow-all-2024") is a setting's value.
  // A UUID or a long hex key under a bare "id" keys a database's row, as after a bare "ID" cue (cued-values.ts).
  if (key.bare && (UUID.test(value) || /^[0-9a-f]{16,}$/i.test(value))) return false;
  // Nor an API's object id with its kind's prefix ("cus_8812", "usr_4471"): a program's key, as in logs.
  return idOk(value) && !/\p{Ll}{4,}/u.test(value) && !/^[a-z]+_/.test(value) && !/^v?\d+(?:\.\d+){1,3}$/.test(value) && !value.includes("://");
}

// The fields of a record about a person: its bare "id" is that person's number ("id,first_name,email", {"id": 1042, "email": …}).
// The field is the whole key or its last part ("contact_email", "home_phone"): "phone_model", "mobile_friendly" and
// "email_template" describe a product or a setting, and a field holding true or false ("mobile: true") is a flag.
const PERSON_FIELD = /(?:^|[^A-Za-z])(?:e-?mail(?:_?address)?|phone(?:_?number)?|mobile|dob|date_?of_?birth|birth_?date|first_?name|last_?name|full_?name|surname|given_?name|family_?name|ssn)(?![A-Za-z0-9_-])(?!["']?[ \t]*[:=][ \t]*["']?(?:true|false|yes|no|null)\b)/i;

/** 1.10.0: whether a header row or an object's text names a person's fields. */
export function personFields(s: string): boolean {
  return PERSON_FIELD.test(s);
}

/** A bare "id" key or header cell ("id", "ID", "_id"). */
export function bareIdKey(raw: string): boolean {
  return /^[\s"'`]*_?(?:id|ID|Id)[\s"'`:]*$/.test(raw);
}
