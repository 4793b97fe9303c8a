/**
 * 1.10.0: names in record dumps and transcripts, where no sentence surrounds them: the cells
 * under a table header that names a person's column ("first_name,last_name", "| Name | Email |"),
 * and a chat transcript's speaker typed in lower case ("[10:02] maria.k: is it shipped?").
 */
import { candidate } from "../text-scan";
import type { Candidate } from "../types";
import type { WordToken } from "./tokens";
import { splitCells } from "./table-cells";

// Header cells (lower case, without "_", "-", "." and spaces) whose column holds a person's name.
const PERSON_COLUMNS = new Set(("firstname lastname surname surnames givenname givennames familyname middlename fullname " +
  "customername clientname contactname patientname employeename studentname membername holdername accountholder " +
  "cardholder cardholdername recipientname sendername authorname ownername guestname passengername " +
  "nachname vorname familienname kundenname prenom prénom nomdefamille apellido apellidos nombres nombrecompleto " +
  "sobrenome nomecompleto cognome nazwisko imie imię imienazwisko voornaam achternaam förnamn efternamn fornavn etternavn " +
  "etunimi sukunimi soyad soyadı adsoyad").split(" "));
// Header cells that hold a person's name only when the values look like one (a product's or a
// file's column is called "name" too).
const NAME_COLUMNS = new Set("name names nom nome nombre naam navn namn nimi isim ad".split(" "));

// The words (as the tokenizer cuts them: "first_name" gives "first" and "name", "firstName" one
// word) that may name a person's column: only their lines are read as headers.
const HEADER_TOKENS = new Set([...PERSON_COLUMNS, ...NAME_COLUMNS, "holder", "full", "nom", "nome", "apellido"]);

// Other columns beside a name in a two-column table ("name,email"); a two-cell line with anything
// else beside its name column is a label and its value.
const COLUMN_KEYS = new Set(("email mail emailaddress phone phonenumber mobile tel telephone id userid customerid age city country address " +
  "role title company department dept status date dob birthdate birthday gender username login notes note comment team " +
  "e-mail telefon courriel correo telefone telefono handy").split(" "));

// A person's columns (lower case, glued) beside a bare "name" column.
const COLUMN_PERSON = new Set("emailaddress phonenumber dateofbirth birthdate homeaddress".split(" "));

const SEPARATORS = [",", ";", "\t", "|"];
const NAME_VALUE = /^[\p{L}\p{M}][\p{L}\p{M}'’.\- ]{0,60}$/u;
const RULE_LINE = /^[\s|:+-]+$/;

/** Splits one line at `sep` (table-cells.ts); each cell with its offset in the line. */
function cells(line: string, sep: string): Array<[number, string]> {
  return splitCells(line, 0, line.length, sep.charCodeAt(0)).map(([a, b]) => [a, line.slice(a, b)]);
}

/** A cell's value without the spaces and quotes around it, with its offset. */
function trimmed(at: number, raw: string): [number, string] {
  let a = 0;
  let b = raw.length;
  while (a < b && (raw[a] === " " || raw[a] === "\t")) a++;
  while (b > a && (raw[b - 1] === " " || raw[b - 1] === "\t" || raw[b - 1] === "\r")) b--;
  if (b - a >= 2 && (raw[a] === '"' || raw[a] === "'") && raw[b - 1] === raw[a]) {
    a++;
    b--;
    while (a < b && raw[a] === " ") a++;
    while (b > a && raw[b - 1] === " ") b--;
  }
  return [at + a, raw.slice(a, b)];
}

function headerKey(cell: string): string {
  return cell.trim().replace(/^["'`*]+|["'`*]+$/g, "").toLowerCase().replace(/[\s_.\-]+/g, "");
}

/**
 * Every table in `text` whose header names a person's column: the values below it, line by line
 * while the lines keep the header's number of cells. Only lines holding a header word are read
 * (from the tokens findPersons has). `looksLikeName`: a value of a bare "name" column that is a
 * person's (a listed name in it).
 */
export function tableNames(text: string, tokens: readonly WordToken[], out: Candidate[], looksLikeName: (value: string) => boolean): void {
  let done = -1;
  for (const t of tokens) {
    if (t.start <= done || !HEADER_TOKENS.has(t.lower)) continue;
    const lineStart = t.start === 0 ? 0 : text.lastIndexOf("\n", t.start - 1) + 1;
    let lineEnd = text.indexOf("\n", t.start);
    if (lineEnd < 0) lineEnd = text.length;
    done = tableAt(text, text.slice(lineStart, lineEnd).replace(/\r$/, ""), lineEnd, out, looksLikeName);
  }
}

/** Reads a table whose header is `line`, if it is one; returns where reading may go on. */
function tableAt(text: string, line: string, lineEnd: number, out: Candidate[], looksLikeName: (value: string) => boolean): number {
  if (line.length > 400) return lineEnd;
  const sep = SEPARATORS.find((s) => line.includes(s));
  if (!sep) return lineEnd;
  const header = cells(line, sep);
  if (header.length < 2) return lineEnd;
  const person: number[] = [];
  const loose: number[] = [];
  header.forEach(([, cell], k) => {
    const key = headerKey(cell);
    if (PERSON_COLUMNS.has(key)) person.push(k);
    else if (NAME_COLUMNS.has(key)) loose.push(k);
  });
  if (person.length === 0 && loose.length === 0) return lineEnd;
  // "nom;prénom": beside a first-name column, "nom" is the surname.
  if (person.length > 0) person.push(...loose.splice(0));
  // "name,stars" / "name,image,port": a bare name column beside a package's or a service's
  // columns names those things, whatever its values look like.
  else if (header.some(([, cell]) => CONFIG_KEYS.has(headerKey(cell))) && !header.some(([, cell]) => PERSON_KEYS.has(headerKey(cell)) || COLUMN_PERSON.has(headerKey(cell)))) return lineEnd;
  // "Full name | Grant Bernier": a label and its value on one line is a form, not a table's
  // header (the form's value is someone else's to find). A header names columns, not people.
  if (header.some(([, cell], k) => !person.includes(k) && !loose.includes(k) && cell.trim().includes(" ") && looksLikeName(cell.trim()))) return lineEnd;
  const other = header.findIndex((_, k) => !person.includes(k) && !loose.includes(k));
  if (header.length === 2 && other >= 0 && !COLUMN_KEYS.has(headerKey(header[other][1])) && !/^[a-z_]+$/.test(header[other][1].trim())) return lineEnd;
  let at = lineEnd + 1;
  while (at < text.length) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const row = text.slice(at, end).replace(/\r$/, "");
    if (RULE_LINE.test(row) && row.includes("-")) {
      at = end + 1;
      continue;
    }
    const values = cells(row, sep);
    if (values.length !== header.length || row.trim() === "") break;
    for (const k of person) take(values[k], at, out, () => true);
    for (const k of loose) take(values[k], at, out, looksLikeName);
    at = end + 1;
  }
  return at;
}

function take([offset, raw]: [number, string], rowStart: number, out: Candidate[], ok: (value: string) => boolean): void {
  const [start, value] = trimmed(rowStart + offset, raw);
  if (value.length < 2 || !NAME_VALUE.test(value) || value.split(" ").length > 4 || !ok(value)) return;
  out.push(candidate("PERSON", start, start + value.length, 0.8, "person-table"));
}

// A timestamp before a transcript's speaker: "[10:02] ", "10:02 ", "[2026-12-07 10:02:11] ".
// An IRC-style "<" may open the speaker ("<maria> hi all").
const STAMP = /^[ \t]*(?:\[[0-9:.\- T]{4,25}\][ \t]*|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \t]+)?<?$/;

/**
 * A chat transcript's speaker typed in lower case: tokens[i] opens its line (after a timestamp)
 * and a ":" follows it, or follows a short handle part after a dot or an underscore ("maria.k:").
 * The caller checks the word is a listed given name. Returns the label's last token, or -1.
 */
export function speakerLabel(tokens: readonly WordToken[], i: number): number {
  const gap = tokens[i].gap;
  const nl = gap.lastIndexOf("\n");
  if (nl < 0 && i > 0) return -1;
  const lead = nl < 0 ? gap : gap.slice(nl + 1);
  if (!STAMP.test(lead)) return -1;
  let e = i;
  const next = tokens[i + 1];
  if (next && (next.gap === "." || next.gap === "_") && next.text.length <= 3) e = i + 1;
  const after = tokens[e + 1];
  if (!after || after.gap.includes("\n")) return -1;
  return (lead.endsWith("<") ? /^>[ \t]/ : /^:[ \t]/).test(after.gap) ? e : -1;
}

const KEY_GAP = /^["'`]?[ \t]*[:=][ \t]*["'`]?$/;

/**
 * "name": "lindiwe dube", full_name=jorge ramírez: tokens[i] is the value of a key naming a
 * person's name (the key's last word before ":" or "="). The caller asks for a listed given name.
 */
export function afterNameKey(tokens: readonly WordToken[], i: number): boolean {
  if (i === 0 || !KEY_GAP.test(tokens[i].gap)) return false;
  const key = tokens[i - 1].lower;
  if (!PERSON_COLUMNS.has(key) && !NAME_COLUMNS.has(key)) return false;
  // "file name: anna.txt", "product_name": a thing's name; a value glued to a dot is a file.
  const next = tokens[i + 1];
  if (next && next.gap === ".") return false;
  if (i >= 2 && THING_KEYS.has(tokens[i - 2].lower) && /^[ _-]?$/.test(tokens[i - 1].gap)) return false;
  return PERSON_COLUMNS.has(key) || !inConfigBlock(tokens, i);
}

// 1.11.0: keys naming who owns, reviews, reported or answers for something in tickets and logs
// ("owner: okafor", "reviewer=lindqvist", "assignee: nakamura"): the caller asks for a listed name.
const ROLE_KEYS = new Set("owner assignee assigned reporter reviewer approver author requester requestor maintainer oncall".split(" "));

/** 1.11.0: tokens[i] is the value of a key naming a person's role in a ticket or a log line. */
export function afterRoleKey(tokens: readonly WordToken[], i: number): boolean {
  // The gap first: most words follow a single space, which is no key's.
  if (i === 0 || tokens[i].gap === " " || !(ROLE_KEYS.has(tokens[i - 1].lower) || actedBy(tokens, i - 1)) || !KEY_GAP.test(tokens[i].gap)) return false;
  // "assigned_to: x" is read by its last word; "owner.id=...", "file_owner=" name a thing's field.
  const before = tokens[i - 1].gap;
  return !before.endsWith(".") && !(i >= 2 && THING_KEYS.has(tokens[i - 2].lower) && /^[ _-]?$/.test(before)) && !inConfigBlock(tokens, i);
}

// 1.11.0: "approved_by", "created-by", "assigned_to": a verb's participle glued to "by" or "to".
const ACTED = new Set("approved created reviewed requested assigned updated modified closed resolved owned signed submitted reported".split(" "));

function actedBy(tokens: readonly WordToken[], k: number): boolean {
  return k > 0 && (tokens[k].lower === "by" || tokens[k].lower === "to") && /^[_-]$/.test(tokens[k].gap) && ACTED.has(tokens[k - 1].lower);
}

// Keys of a configuration, a manifest or a package's record: "name" beside them names a
// service, an image, a package or a repository ("name: grace\nreplicas: 3", "- name: julia\n
// image: julia:1.9", {"name": "hugo", "description": "static site"}), not a person.
const CONFIG_KEYS = new Set(("image images replicas version versions description desc stars forks watchers downloads port ports command " +
  "commands cmd args arguments entrypoint env environment volumes volume build container containers dockerfile restart depends " +
  "dependencies devdependencies scripts main module license homepage repository repo url uri path paths namespace labels " +
  "annotations selector spec metadata apiversion kind runtime language languages workdir steps uses run jobs services driver " +
  "target platform arch cpu memory timeout schedule cron enabled default branch commit tag tags host hostname endpoint " +
  "protocol size topics lang private archived").split(" "));
// Keys of a person's record, or of the object a person's fields sit under: "name" beside or
// under them is a person's even in lower case ("name: grace\nemail: grace@x.org").
const PERSON_KEYS = new Set(("email mail emailaddress phone phonenumber mobile tel telephone address street city zip zipcode postcode " +
  "postalcode dob birthdate birthday born birth age gender sex ssn passport nationality customer customers patient patients client " +
  "clients employee employees student students member members guest guests passenger passengers contact contacts person people " +
  "author authors maintainer maintainers owner owners spouse parent parents child children emergency kin " +
  "telefon courriel correo telefone telefono handy adresse geburtsdatum").split(" "));
// A key is a word right before ":" or "=" (a quote may close it first).
const KEY_AFTER = /^["'`]?[ \t]*[:=]/;
// How far around the value to read the record's other keys, in words.
const RECORD_WORDS = 40;

/**
 * Whether tokens[i], a value under a bare "name" key, sits among a configuration's keys and
 * none of a person's. The record is read from the words around it (a bounded window, stopping
 * at a blank line), so the check costs the same for every value.
 */
function inConfigBlock(tokens: readonly WordToken[], i: number): boolean {
  let config = false;
  const from = Math.max(0, i - RECORD_WORDS);
  const to = Math.min(tokens.length - 1, i + RECORD_WORDS);
  for (let k = i - 2; k >= from; k--) {
    const kind = keyKind(tokens, k);
    if (kind === 2) return false;
    if (kind === 1) config = true;
    if (/\n[ \t\r]*\n/.test(tokens[k + 1].gap)) break;
  }
  for (let k = i + 1; k <= to; k++) {
    if (/\n[ \t\r]*\n/.test(tokens[k].gap)) break;
    const kind = keyKind(tokens, k);
    if (kind === 2) return false;
    if (kind === 1) config = true;
  }
  return config;
}

/** 2 if tokens[k] is a key of a person's record, 1 if a configuration's, 0 otherwise. */
function keyKind(tokens: readonly WordToken[], k: number): number {
  const next = tokens[k + 1];
  // The text's last word has no gap after it to read: opening its line it is taken for a key
  // ("name: grace\nreplicas: 3" ends in digits, which are no words).
  if (next ? !KEY_AFTER.test(next.gap) : !/[\n{,][ \t"'-]*$/.test(tokens[k].gap)) return 0;
  // "date_of_birth", "phone_number", "home_address": the key's words glued by "_" or "-".
  let key = tokens[k].lower;
  if (PERSON_KEYS.has(key)) return 2;
  for (let j = k; j > 0 && j > k - 3 && /^[_-]$/.test(tokens[j].gap); j--) {
    key = tokens[j - 1].lower + key;
    if (PERSON_KEYS.has(tokens[j - 1].lower) || PERSON_KEYS.has(key)) return 2;
  }
  return CONFIG_KEYS.has(tokens[k].lower) ? 1 : 0;
}

// Words before "name" that make it a thing's name ("file_name", "product name", "hostName" is one word).
const THING_KEYS = new Set(("file product item host user display project app company brand domain table column field branch model " +
  "device variable class function package repo bucket key event tag server database db service team org organisation organization " +
  "store shop street city town place site page document doc folder image plan").split(" "));
