/**
 * Structured fields in logs and tool-call arguments: `"city": "Lyon"`, `name=Ana Ruiz`,
 * `DOB: 1990-01-02`. The key says what the value is, which is worth more than any
 * guess from the value's shape, so these findings score high.
 */
import { namesSomeone, productObject } from "./code-context";
import { BARE_ID_KEY, bareIdKey, idKeyOf, idKeyValue, personFields } from "./cued-id-keys";
import { candidate } from "../text-scan";
import type { Candidate, EntityType, Recognizer } from "../types";

const KEYS: Record<string, EntityType> = {};
const add = (type: EntityType, keys: string) => keys.split(" ").forEach((k) => (KEYS[k] = type));
add("PERSON", "name fullname full_name firstname first_name lastname last_name surname given_name family_name middle_name customer_name customername contact_name contactname client_name patient patient_name author assignee recipient recipient_name sender sender_name cardholder card_holder cardholder_name account_holder holder_name beneficiary billing_name shipping_name display_name displayname passenger employee_name user_full_name requester reporter owner_name spouse emergency_contact nombre nom prenom prénom vorname nachname");
add("LOCATION", "address street street_address streetaddress address1 address2 address_1 address_2 address_line1 address_line_1 address_line2 addressline1 line1 line2 city town state province region country zip zipcode zip_code postcode post_code postal_code postalcode location shipping_address billing_address home_address mailing_address destination hometown birthplace place_of_birth county district suburb neighborhood neighbourhood ciudad ville stadt adresse direccion dirección");
// 1.5.0: customer, client, holder, contact, guest and the like name a person only as a
// quoted JSON value or a `key="value"` field, and the value must read as a name:
// "customer": "cus_123" is an id, and "Customer: Hi there" opens a chat turn.
const QUOTED_ONLY_PERSON_KEYS = new Set("customer client holder contact guest member tenant buyer insured policyholder applicant requested_by assigned_to".split(" "));
for (const k of QUOTED_ONLY_PERSON_KEYS) KEYS[k] = "PERSON";
add("DATE_TIME", "dob date_of_birth dateofbirth birthdate birth_date birthday");
add("PHONE_NUMBER", "phone phone_number phonenumber mobile mobile_number tel telephone cell cellphone fax whatsapp contact_number");
add("EMAIL_ADDRESS", "email email_address emailaddress mail e-mail");
add("US_SSN", "ssn social_security_number");
add("US_DRIVER_LICENSE", "driver_license drivers_license driver_licence dl_number license_number licence_number driving_licence");
// 1.4.0: identifiers of a person under their usual keys (not user_id or customer_id: in logs those
// are ids of accounts, present on every line).
add("PASSPORT", "passport passport_number passport_no passport_num passportnumber");
add("ID", "mrn medical_record_number patient_id patient_number employee_id employee_number staff_id national_id national_id_number id_number tax_id tax_number tin vat_number policy_number policy_no member_id membership_number insurance_number social_insurance_number personnummer pesel nif nie dni cpf codice_fiscale steuer_id");
add("US_BANK_NUMBER", "account_number bank_account bank_account_number acct_number");
add("ABA_ROUTING_NUMBER", "routing_number aba aba_routing_number");
add("IBAN_CODE", "iban");
add("IN_PAN", "pan_number");
add("IN_AADHAAR", "aadhaar aadhaar_number aadhar");
add("UK_NHS", "nhs_number");

// key, optional quote, separator, then a quoted or bare value on the same line; a bare
// value stops at ". " so it cannot swallow the next sentence's key ("Card: ... Billing address: ...").
const PAIR = /(?<![A-Za-z0-9_])["']?([A-Za-z][A-Za-z0-9_ -]{1,30}?)["']?[ \t]{0,3}(?:=>|[:=]|\|(?=[ \t]))[ \t]{0,3}(?:"((?:[^"\\\n]|\\.){1,300})"|'([^'\n]{1,300})'|([^\s"',;{}[\]<>](?:[^\n,;{}<>".]|\.(?!\s)){0,120}))/y;
// "|" as in a two-column table ("Full name | Ana Lima").
const SEPARATOR = /[:=|]/g;
const NEXT_FIELD = /\s(?=[A-Za-z_][\w.-]{0,30}=[^\s=])/;
// Longest stretch from a match's start to its separator: quote, 31-character key, quote, 3 spaces.
const KEY_REACH = 36;

/**
 * Each PAIR match, as a global scan would find them, but tried only at the positions that
 * can start one: a key cannot hold ":" or "=", so a match starting at p uses the first
 * separator after p and starts at most KEY_REACH characters before it. The global scan
 * tried the lazy key at every letter of every message; most messages have few separators.
 */
function eachPair(text: string, onMatch: (m: RegExpExecArray) => void): void {
  let pos = 0;
  while (pos < text.length) {
    SEPARATOR.lastIndex = pos;
    const sep = SEPARATOR.exec(text);
    if (sep === null) return;
    let matched = false;
    for (let p = Math.max(pos, sep.index - KEY_REACH); p < sep.index; p++) {
      if (!canStartPair(text, p)) continue;
      PAIR.lastIndex = p;
      const m = PAIR.exec(text);
      if (m === null) continue;
      onMatch(m);
      pos = p + m[0].length;
      // 1.10.0: a bare value runs on over the next logfmt fields ("level=info user=jdoe msg=…"): scan those keys too.
      if (m[4] !== undefined) {
        const next = NEXT_FIELD.exec(m[4]);
        if (next) pos = p + m[0].length - m[4].length + next.index + 1;
      }
      matched = true;
      break;
    }
    if (!matched) pos = sep.index + 1;
  }
}

const asciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * PAIR's own first steps, on char codes: no letter, digit or "_" before p, then a letter,
 * optionally after one quote. Skips the regex call at the positions it would reject.
 */
function canStartPair(text: string, p: number): boolean {
  const before = p > 0 ? text.charCodeAt(p - 1) : 32;
  if (asciiLetter(before) || (before >= 48 && before <= 57) || before === 95) return false;
  const c = text.charCodeAt(p);
  return asciiLetter(c) || ((c === 34 || c === 39) && p + 1 < text.length && asciiLetter(text.charCodeAt(p + 1)));
}

function normaliseKey(k: string): string {
  // camelCase keys ("homeCity", "firstName") read as snake_case.
  return k.trim().replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().replace(/[\s-]+/g, "_");
}

/**
 * The type a key names. A spaced key may have picked up words before the real key
 * ("Ms. Maria from address: ..."), so its trailing words are tried too: otherwise the
 * verdict would depend on what precedes the key, and redacting that would change it.
 */
function keyType(spaced: string): { type: EntityType; key: string } | undefined {
  const parts = spaced.split("_");
  for (let k = 0; k < parts.length; k++) {
    const key = parts.slice(k).join("_");
    const type = KEYS[key] ?? KEYS[key.replace(/^(?:customer|user|billing|shipping|contact|client|home|work|geo)_/, "")];
    if (type) return { type, key };
  }
  return undefined;
}

// Keys repeat across messages ("User", "Assistant", "name"): remember the verdict per raw
// key (bounded, like the other per-word caches) instead of normalising and splitting it
// again for every pair.
const keyCache = new Map<string, { type: EntityType; key: string } | null>();

function keyTypeOf(rawKey: string): { type: EntityType; key: string } | undefined {
  const hit = keyCache.get(rawKey);
  if (hit !== undefined) return hit ?? undefined;
  const verdict = keyType(normaliseKey(rawKey));
  if (keyCache.size > 5000) keyCache.clear();
  keyCache.set(rawKey, verdict ?? null);
  return verdict;
}

// 1.5.0: a value that is code, not data: a call ("models.TextField(blank=True)"), a variable
// ("$user", "order.city"), a member access ("->", "::") or what follows a "::" key.
const CODE_VALUE = /[\p{L}\p{N}_]\(|\$[A-Za-z_{]|->|::|^:|^[a-z_]\w*\.[A-Za-z_]\w*(?:[.(]|$)|^(?:self|this|req|request|row|obj|data|ctx|user|order|item|props|params|args|kwargs|options|config|settings|env|os|process)\b[.[]/u;

function valueFits(type: EntityType, key: string, v: string): boolean {
  if (/^<[A-Z_]+_\w+>$/.test(v) || /^(?:null|none|n\/a|unknown|true|false|undefined|-)$/i.test(v)) return false;
  if (CODE_VALUE.test(v)) return false;
  switch (type) {
    case "PERSON":
      // "name" is also the tool/function name in chat-completion logs: demand a human-looking value.
      if (key === "name") return /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00a0]+[\p{L}\p{M}'’.-]+){0,4}$/u.test(v) && namesSomeone(v);
      return /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00a0]+[\p{L}\p{M}'’.-]+){0,4}$/u.test(v) || (/^[\p{L}\p{M}'’. -]{2,60}$/u.test(v) && !/_/.test(v));
    case "LOCATION":
      if (key === "state" || key === "region" || key === "location" || key === "destination") return /^\p{Lu}/u.test(v) && !/[_/]/.test(v) && !/^[A-Z_]{3,}$/.test(v);
      // 1.5.0: a network address under "address" (Node's `address: '127.0.0.1'`, a socket's
      // "host:port") is the IP and URL recognizers' to judge, not a street.
      return /[\p{L}\d]/u.test(v) && !/^(?:[a-z][\w+.-]*:\/\/|\/)/i.test(v) && !/_/.test(v) && !/^(?:\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?|[\da-f:]*::[\da-f:.]*|[a-z][\w-]*(?:\.[\w-]+)*:\d{2,5})$/i.test(v);
    case "PHONE_NUMBER":
      return (v.match(/\d/g)?.length ?? 0) >= 7;
    case "DATE_TIME":
      return /\d/.test(v);
    case "US_SSN":
    case "US_DRIVER_LICENSE":
      return /\d/.test(v) && v.length <= 20;
    case "ID":
    case "PASSPORT":
    case "US_BANK_NUMBER":
    case "ABA_ROUTING_NUMBER":
    case "IBAN_CODE":
    case "IN_PAN":
    case "IN_AADHAAR":
    case "UK_NHS":
      return /\d/.test(v) && v.length >= 4 && v.length <= 40;
    default:
      return v.length > 2;
  }
}

const NEXT_PART = /^,[ \u00a0]{0,2}([\p{Lu}\d][^\n,;{}<>"]{0,40}?)(?=[ \u00a0]*(?:[,;\n]|\.(?:\s|$)|$))/u;

/** Extends an address value over up to four ", Part" segments that are not prose. */
function extendOverCommas(text: string, end: number): number {
  for (let n = 0; n < 4; n++) {
    const m = NEXT_PART.exec(text.slice(end, end + 48));
    if (!m || m[1].split(/\s+/).length > 5 || /(?:^|\s)\p{Ll}{3,}\s\p{Ll}/u.test(m[1])) break;
    end += m[0].length;
  }
  return end;
}

/** The value spans of an SQL INSERT, by their column names: "INSERT INTO t (name, city) VALUES ('Ana Lima', 'Porto')". */
function sqlInserts(text: string, out: Candidate[]): void {
  INSERT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INSERT.exec(text)) !== null) {
    const columns = m[1].split(",").map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ""));
    let pos = m.index + m[0].length;
    for (let k = 0; k < columns.length && pos < text.length; k++) {
      while (text[pos] === " " || text[pos] === "\n" || text[pos] === "\t") pos++;
      let start = pos;
      let end = pos;
      if (text[pos] === "'") {
        end = pos + 1;
        while (end < text.length && end - pos < 400 && !(text[end] === "'" && text[end + 1] !== "'")) end += text[end] === "'" ? 2 : 1;
        start = pos + 1;
        pos = end + 1;
      } else {
        let depth = 0;
        while (pos < text.length && pos - start < 200 && (depth > 0 || (text[pos] !== "," && text[pos] !== ")"))) {
          if (text[pos] === "(") depth++;
          else if (text[pos] === ")") depth--;
          pos++;
        }
        end = pos;
      }
      const hit = keyTypeOf(columns[k]);
      const value = text.slice(start, end);
      if (hit && start < end && valueFits(hit.type, hit.key, value)) out.push(candidate(hit.type, start, end, 0.85, "sql-insert"));
      while (pos < text.length && text[pos] !== "," && text[pos] !== ")") pos++;
      if (text[pos] === ")") break;
      pos++;
    }
  }
}

const INSERT = /INSERT[ \t]+INTO[ \t]+[\w.`"[\]]{1,80}[ \t]*\(([\w ,`"[\]]{1,600})\)[ \t\n]*VALUES[ \t\n]*\(/gi;

const ID_LIKE = new Set<EntityType>(["ID", "PASSPORT", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "IN_PAN", "IN_AADHAAR", "UK_NHS", "US_SSN", "US_DRIVER_LICENSE", "PHONE_NUMBER"]);

function findPairs(text: string): Candidate[] {
  const out: Candidate[] = [];
  // An INSERT's column list opens with a bracket: a native character search rules out most texts.
  if (text.includes("(") && /INSERT/i.test(text)) sqlInserts(text, out);
  if (!/[:=|]/.test(text)) return out;
  eachPair(text, (m) => {
    const hit = keyTypeOf(m[1]);
    if (!hit) {
      idKeyPair(text, m, out);
      return;
    }
    const { type, key } = hit;
    const quoted = m[2] !== undefined || m[3] !== undefined;
    const raw = m[2] ?? m[3] ?? m[4];
    // A bare value ends at a sentence break ("DOB: 1990-01-02. Then ...").
    // 1.6.0: and at the next logfmt key ("city=Bergen event=login").
    let value = quoted ? raw : raw.split(/\.\s|\s{2,}|\t|\s(?:and|but|or|then|so)\s|\s(?=[A-Za-z_][\w.-]{0,30}=[^\s=])/)[0].replace(/[.\s]+$/, "");
    // 1.10.0: a value that is no name under a person's key may be that person's number ("num_client": "4471229").
    if (!value || !valueFits(type, key, value)) {
      if (type === "PERSON") idKeyPair(text, m, out);
      return;
    }
    if (!quoted && QUOTED_ONLY_PERSON_KEYS.has(key)) return;
    if (key === "name" && m[1].toLowerCase() === "name" && productObject(text, m.index)) return;
    // 1.5.0: a bare identifier is one token (or digit groups): "Patient ID: PT-88213 was readmitted".
    if (!quoted && ID_LIKE.has(type)) {
      const cut = /[ \u00a0]+(?:\p{Ll}|\()/u.exec(value);
      if (cut) value = value.slice(0, cut.index);
    }
    const valueStart = m.index + m[0].length - (quoted ? 1 : 0) - raw.length;
    const start = valueStart;
    let end = valueStart + value.length;
    // A bare address runs on over commas: "address: 12 Rue X, 75002 Paris, France".
    if (type === "LOCATION" && !quoted) end = extendOverCommas(text, end);
    out.push(candidate(type, start, end, 0.85, "key-value"));
  });
  return out;
}

/**
 * 1.10.0: a key naming a person's identifier or login ("customer_no": 4471229, "patientId":
 * "PT-88213", user=jdoe, "username": "m.kowalska"): its value is one token. A bare value after ":"
 * must end its line or field ("User: jdoe", not "User: jdoe asked …", a chat turn).
 */
function idKeyPair(text: string, m: RegExpExecArray, out: Candidate[]): void {
  const key = idKeyOf(m[1]) ?? (bareIdKey(m[1]) && (personParent(text, m.index) || personObject(text, m.index)) ? BARE_ID_KEY : null);
  if (!key) return;
  const quoted = m[2] !== undefined || m[3] !== undefined;
  const raw = m[2] ?? m[3] ?? m[4];
  const valueStart = m.index + m[0].length - (quoted ? 1 : 0) - raw.length;
  const value = quoted ? raw.trim() : /^[^\s,;]+/.exec(raw)?.[0].replace(/[.)\]]+$/, "") ?? "";
  if (quoted && raw.trim() !== raw) return;
  if (!value || !idKeyValue(key, value)) return;
  // "User:" opening a line is a chat turn's speaker: its words are the turn, never a login in a transcript
  // (a line of "Assistant:", "AI:" …), and elsewhere only when they look like one ("User: j.doe").
  if (!quoted && key.login && /^(?:User|USER)$/.test(m[1].trim()) && /^[ \t]*:/.test(m[0].slice(m[0].indexOf(m[1]) + m[1].length)) && (m.index === 0 || text[m.index - 1] === "\n")) {
    if (CHAT_TURN.test(text) || !/[._\d-]/.test(value)) return;
  }
  const sep = m[0].slice(0, m[0].length - raw.length - (quoted ? 2 : 0)).trimEnd().slice(-1);
  // "| Username | Password |": a table's header row; its columns are read under it (cued-id-columns.ts).
  if (sep === "|" && !/\d/.test(value)) return;
  // A bare value after ":" ends its field ("accounts: 4471 users" counts users; the cue loop reads prose).
  if (!quoted) {
    const after = text.slice(valueStart + value.length, valueStart + value.length + 40);
    if (sep !== "=" && !FIELD_END.test(after)) return;
  }
  out.push(candidate(key.type, valueStart, valueStart + value.length, 0.85, "key-value-id"));
}

const CHAT_TURN = /(?:^|\n)[ \t]*(?:Assistant|AI|Bot|ChatGPT|GPT|Claude|Gemini|Copilot|Model|System)[ \t]*:/i;
const FIELD_END = /^[ \t]*(?:$|\r?\n|[,;|}\]]|[ \t]+[A-Za-z_][\w.-]{0,30}[=:])/;
// Objects that describe a person: their bare "id" is that person's identifier.
const PERSON_OBJECTS = new Set("customer client patient member employee user subscriber student policyholder insured applicant cardholder holder person contact guest passenger tenant beneficiary owner buyer staff candidate kunde mitglied cliente paciente utilisateur".split(" "));
const JSON_PARENT = /["']?([A-Za-z_]+)["']?[ \t]*:[ \t]*\{[^{}]*$/;

// Every search around a key stays within this many characters: a dump of many rows asks once per row.
const REACH = 300;

/** 1.10.0: whether the JSON object around `at` (up to its braces, 300 characters each side) holds a person's fields. */
function personObject(text: string, at: number): boolean {
  const from = Math.max(0, at - REACH);
  const before = text.slice(from, at);
  const openAt = before.lastIndexOf("{");
  if (openAt < 0 || before.lastIndexOf("}") > openAt) return yamlItemFields(text, at);
  const after = text.slice(at, at + REACH);
  const closeAt = after.indexOf("}");
  return personFields(text.slice(from + openAt, closeAt < 0 ? at + after.length : at + closeAt));
}

/** 1.10.0: a YAML list item's lines around `at` ("- id: 1042" over "  email: …") hold a person's fields. */
function yamlItemFields(text: string, at: number): boolean {
  const from = Math.max(0, at - REACH);
  const before = text.slice(from, at);
  const lineStart = from + before.lastIndexOf("\n") + 1;
  if (lineStart === from && from > 0) return false;
  if (!/^[ \t]*(?:- )?$/.test(text.slice(lineStart, at))) return false;
  const itemStart = Math.max(from + before.lastIndexOf("\n-"), from + before.lastIndexOf("\n\n"), from);
  let itemEnd = text.slice(at, at + REACH).search(/\n[ \t]*-[ \t]|\n\n/);
  itemEnd = itemEnd < 0 ? Math.min(text.length, at + REACH) : at + itemEnd;
  return personFields(text.slice(itemStart, itemEnd));
}

/**
 * 1.10.0: whether the key at `at` sits in an object a person's word names: a JSON object
 * ("customer": {"id": "C-4471229"}) or a YAML block ("patient:" above "  id: PT-88213").
 */
function personParent(text: string, at: number): boolean {
  const json = JSON_PARENT.exec(text.slice(Math.max(0, at - 200), at));
  if (json) return PERSON_OBJECTS.has(normaliseKey(json[1]).split("_").pop() ?? "");
  // The block's key is at most 12 lines and REACH characters above.
  const from = Math.max(0, at - REACH);
  const window = text.slice(from, at);
  const lineStart = window.lastIndexOf("\n") + 1;
  const indent = /^[ \t]*(?:- )?/.exec(window.slice(lineStart))?.[0].length ?? 0;
  if (indent === 0 || lineStart === 0) return false;
  // The nearest line above with less indentation is the block's key.
  let end = lineStart - 1;
  for (let n = 0; n < 12 && end > 0; n++) {
    const start = window.lastIndexOf("\n", end - 1) + 1;
    if (start === 0 && from > 0) return false;
    const line = window.slice(start, end);
    const own = /^[ \t]*(?:- )?/.exec(line)?.[0].length ?? 0;
    if (line.trim() && own < indent) {
      const parent = /^[ \t]*(?:- )?([A-Za-z_]+):[ \t]*$/.exec(line);
      return !!parent && PERSON_OBJECTS.has(normaliseKey(parent[1]).split("_").pop() ?? "");
    }
    end = start - 1;
  }
  return false;
}

export const keyValueRecognizer: Recognizer = {
  id: "key-value",
  types: ["PERSON", "LOCATION", "DATE_TIME", "PHONE_NUMBER", "EMAIL_ADDRESS", "US_SSN", "US_DRIVER_LICENSE", "ID", "PASSPORT", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "IBAN_CODE", "IN_PAN", "IN_AADHAAR", "UK_NHS"],
  find: findPairs,
};
