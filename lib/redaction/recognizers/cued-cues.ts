/**
 * The cue table of the cued-value recognizer: every cue word or phrase (passwords, logins,
 * identifiers, in ~40 languages) registered by its first word, with the other ways the
 * tokenizer or a writer spells it, and the lookups on it: the cue at a token, an identifier
 * cue's type, and whether one ends right before a number (for the phone recognizer). Kept
 * apart from the value reading so the table is built and read in one place.
 */
import { ID_CUES, MORE_ID_CUES, LOGIN_CUES, SECRET_CUES } from "../lexicon/credential-cues";
import type { EntityType } from "../types";
import type { WordToken } from "./tokens";
import { wordFlag } from "./word-info";

type CueKind = "secret" | "login" | "id";

export interface Cue {
  kind: CueKind;
  type: EntityType;
  parts: string[];
  /** Short ASCII cues ("TIN", "PAN", "NIE") count only in capitals. */
  upper: boolean;
  /** 1.6.0: "Chart #", "Membership #": the head of an "X number" cue, only before "#" or "№". */
  mark?: boolean;
  /** 1.8.0: "Customer: 4471229", "my membership is …": a word naming a person's record, only before ":"/"#" or after "my". */
  colon?: boolean;
  /** 1.9.0: "№ полиса 4471229": the rest of a "номер …" cue after the sign "№" that stands for its first word. */
  sign?: boolean;
}

export const BY_FIRST = new Map<string, Cue[]>();
export const CJK_CUES: Array<[string, CueKind, EntityType]> = [];
// Scripts written without spaces between words: cues are found by substring (1.5.0: Thai too).
export const CAS = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

function addCue(kind: CueKind, type: EntityType, phrase: string): void {
  if (CAS.test(phrase)) {
    CJK_CUES.push([phrase, kind, type]);
    return;
  }
  const parts = phrase.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  register(kind, type, parts);
  // The tokenizer keeps "Steuer-ID", "wi-fi" and "one-time" as one word: register that form too.
  if (/\p{L}-\p{L}/u.test(phrase)) register(kind, type, phrase.toLowerCase().split(/[^\p{L}\p{M}\p{N}-]+/u).filter(Boolean));
  // 1.8.0: the tokenizer keeps an elided article in its word ("numéro d'adhérent" is "numéro" +
  // "d'adhérent"), so such cues never matched: register that form, with either apostrophe.
  if (/(?:^|[^\p{L}])\p{L}['’]\p{L}/u.test(phrase)) {
    for (const q of ["'", "’"]) register(kind, type, phrase.toLowerCase().replace(/['’]/g, q).split(/[^\p{L}\p{M}\p{N}'’]+/u).filter(Boolean));
  }
  // 1.5.0: the tokenizer leaves a possessive's "'s" between words ("driver's licence" is
  // "driver" + "licence"): register that form too (CUE_GAP lets "'s " through).
  if (/\p{L}['’]s\b/u.test(phrase)) {
    register(kind, type, phrase.toLowerCase().replace(/['’]s\b/gu, "").split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean));
    // 1.6.0: and the tokenizer's own form, the possessive kept in its word ("driver's" + "licence").
    for (const q of ["'", "’"]) register(kind, type, phrase.toLowerCase().replace(/['’]s\b/gu, q + "s").split(/[^\p{L}\p{M}\p{N}'’]+/u).filter(Boolean));
  }
}

function register(kind: CueKind, type: EntityType, parts: string[], mark = false, colon = false, sign = false): void {
  if (parts.length === 0) return;
  // 1.8.0: a head that needs "#" after it ("Case #2024-CV-00812") says enough in any case.
  const upper = kind === "id" && !mark && !colon && !sign && parts.length === 1 && parts[0].length <= 4 && /^[a-z]+$/.test(parts[0]) && !ANY_CASE.has(parts[0]);
  const list = BY_FIRST.get(parts[0]) ?? [];
  if (list.some((c) => c.kind === kind && c.mark === mark && !!c.colon === colon && !!c.sign === sign && c.parts.join(" ") === parts.join(" "))) return;
  list.push({ kind, type, parts, upper, mark, colon, sign });
  BY_FIRST.set(parts[0], list);
}

/** Short cues that are abbreviations of words, not acronyms: "Acct #…" counts as written. */
const ANY_CASE = new Set(["acct", "acc", "hetu", "nric", "curp", "cnic"]);
const NOT_PERSONAL_HEADS = new Set(["invoice", "ticket", "reference", "booking", "reservation", "confirmation", "record", "plate", "claim"]);

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
/**
 * 1.8.0: the numbers of a person's contract, subscription, membership card and invoice in the
 * languages of our users, the short forms support agents type ("cust no", "mbr id", "pol no"),
 * and the national ids still missing by their local names. Before these, "numéro de contrat
 * 4471229" read as a phone and "Vertragsnummer: 4471229" as nothing.
 */
const CASE_ID_CUES = `contract number|contract id|contract ref|contract reference|vertragsnummer|vertragsnr|vertragskonto|numéro de contrat|
  número de contrato|numero di contratto|numero contratto|número do contrato|contractnummer|numer umowy|nr umowy|avtalsnummer|
  kontraktnummer|aftalenummer|sopimusnumero|číslo smlouvy|szerződésszám|număr contract|sözleşme numarası|sözleşme no|
  номер договора|номер договору|αριθμός σύμβασης|số hợp đồng|nomor kontrak|מספר חוזה|رقم العقد|
  invoice number|invoice id|rechnungsnummer|numéro de facture|número de factura|numero di fattura|número da fatura|
  factuurnummer|numer faktury|fakturanummer|laskun numero|číslo faktury|számlaszám|fatura numarası|fatura no|
  subscriber number|subscription number|subscription id|account holder number|policyholder number|policy holder number|
  abonnementnummer|abonnentennummer|kundenkonto|kundenkontonummer|numéro d'abonné|numéro d'abonnement|numéro d'adhérent|
  numéro d'allocataire|numéro de sociétaire|número de abonado|número de afiliado|número de afiliación|número de asociado|
  número de assinante|número de associado|numero di tessera|numero tessera|numero di abbonamento|numero abbonato|
  abonneenummer|numer abonenta|numer karty klienta|abone numarası|abone no|üye no|üyelik numarası|müşteri numaram|
  номер абонента|номер лицевого счета|номер лицевого счёта|номер карты лояльности|номер членского билета|
  rewards number|rewards card number|reward number|club card number|clubcard number|loyalty card number|loyalty id|
  membership id|membership card number|member card number|frequent flyer no|frequent flier number|ffn|
  cust no|cust id|cust #|cust number|mem no|mbr no|mbr id|mbr #|memb no|memb #|pol no|pol nr|pol #|pt id|pt no|
  clm no|clm #|inv no|nic|nic no|pesel nr|codice fiscale n|tessera sanitaria|numero tessera sanitaria|
  carte vitale|numéro de carte vitale|kvnr|krankenversichertennummer|e-card nummer|zorgverzekeringsnummer|
  health plan id|health plan number|ins id|ins no|réf client|ref client|réf dossier|réf. client|réf. dossier|référence client|référence dossier|
  prior authorization number|prior authorisation number|prior auth number|prior auth|authorization number|authorisation number|
  pre-authorization number|preauthorization number|pre-auth number|referral number|account ref|account reference|
  medicare card|medicare no|philhealth|philhealth no|philhealth number|sss number|sss no|uan|uan number|
  número de la seguridad social|número de seguridad social|nº de la seguridad social|numéro de sécu|
  číslo klienta|číslo smlouvy|číslo pojistky|klientské číslo|zákaznické číslo|
  kd nr|kd-nr|mitgl nr|mitgl-nr|mitgliedsnr|vers nr|vers-nr|versichertennr|versicherungsnr|kv-nummer|kv-nr|
  клиентский номер|номер клиента|номер полиса|номер договора|номер счёта клиента|полис омс|омс|
  会員ID|お客様ID|顧客ID|회원 ID|고객 ID|
  matrikelnummer|matrikel-nr|matrikelnr|studentennummer|numero pratica|asiakasnumeroni|jäsennumeroni|asiakasnumero on|
  número de cliente|n.º de cliente|n.º cliente|id-nr|id nr|ausweis-nr|pass-nr`;
for (const c of CASE_ID_CUES.split("|").map((w) => w.replace(/\s+/g, " ").trim()).filter(Boolean)) {
  addCue("id", "ID", c);
  addIdForms("ID", c);
}
// 1.8.0: the sign for "number" after the noun in the Romance languages ("cliente nº 4471229", "socio n. …", "tessera n. …").
for (const w of "cliente|client|socio|sócio|tessera|polizza|póliza|apólice|contratto|contrato|contrat|pratica|fattura|factura|afiliado|adhérent|abonné|dossier|expediente|assicurato|asegurado".split("|")) {
  for (const abbr of ["n", "nº", "nr", "núm"]) register("id", "ID", [w, abbr]);
}
// 1.8.0: "N° de client 88213", "Nº de póliza …", "Nr. klienta …": the abbreviation of the word for
// "number" in place of the word ("N°" is "n" to the tokenizer; CUE_GAP lets "°" through).
const NUMBER_OF = new Set(["de", "do", "da", "di", "del", "du", "d", "dell", "della", "dello"]);
for (const list of [...BY_FIRST.values()]) for (const c of list) {
  const elided = /^d['’]\p{L}/u.test(c.parts[1] ?? "");
  // 1.9.0: "№ полиса 4471229", "№ договора …": the sign stands for "номер".
  if (c.kind === "id" && !c.mark && !c.colon && c.parts[0] === "номер" && c.parts.length > 1) register("id", c.type, c.parts.slice(1), false, false, true);
  // 1.9.0: "č. smlouvy 4471229": Czech abbreviates "číslo" to "č.".
  if (c.kind === "id" && !c.mark && !c.colon && c.parts[0] === "číslo" && c.parts.length > 1) register("id", c.type, ["č", ...c.parts.slice(1)]);
  if (c.kind !== "id" || c.mark || c.parts.length < 2 || !((/^n[uú]m[eé]ro$/.test(c.parts[0]) && (NUMBER_OF.has(c.parts[1]) || elided)) || c.parts[0] === "numer")) continue;
  for (const abbr of ["n", "nº", "no", "nr", "núm", "num"]) register("id", c.type, [abbr, ...c.parts.slice(1)]);
  // 1.8.0: forms leave the preposition out after the sign ("N° adhérent : …", "Nº afiliado …");
  // not after "no"/"num", English words before a noun ("no client").
  if (c.parts[0] === "numer") continue;
  const rest = elided ? [c.parts[1].slice(2), ...c.parts.slice(2)] : c.parts.slice(2);
  if (rest.length > 0) for (const abbr of ["n", "nº", "nr", "núm"]) register("id", c.type, [abbr, ...rest]);
}
// 1.8.0: German compounds abbreviated with a hyphen ("Personalausweis-Nr.", "Kunden-Nr.", "Versicherten-Nr."),
// one word to the tokenizer.
for (const [w, list] of [...BY_FIRST.entries()]) for (const c of list) {
  if (c.kind !== "id" || c.mark || c.parts.length !== 1 || w.length < 5 || !/^[a-zäöüß]+$/.test(w)) continue;
  register("id", c.type, [`${w}-nr`]);
  if (w.endsWith("nummer") && w.length > 8) register("id", c.type, [`${w.slice(0, -6)}-nr`]);
}
// 1.8.0: words that name a person's record by themselves in a form's line or after "my"
// ("Customer: 4471229", "Ref: 88213945", "Abonné : 4471229", "my membership is 4471229"); alone
// they are ordinary words ("the customer 4471 times", "membership 2024 prices").
for (const w of `customer|client|subscriber|membership|member|ref|reference|policyholder|cardholder|kunde|mitglied|versicherter|
  abonné|adhérent|sociétaire|allocataire|cliente|socio|afiliado|abonado|asegurado|assinante|segurado|tesserato|klant|lid|kund|
  medlem|klient|członek|abonent|ubezpieczony|müşteri|üye|abone|клиент|абонент|участник|застрахованный|
  policies|claims|memberships|members|customers|clients|subscribers|accounts`.split("|")) register("id", "ID", [w.trim()], false, true);
for (const list of BY_FIRST.values()) list.sort((a, b) => b.parts.length - a.parts.length);
// A cue's first word, answered once per distinct word (word-info.ts).
export const CUE_FIRST = wordFlag(BY_FIRST);
CJK_CUES.sort((a, b) => b[0].length - a[0].length);
export const CJK_CUE = new RegExp(`(${CJK_CUES.map(([p]) => p).join("|")})(?:是|为|為|は|を|는|은|：|:|คือ|ของฉันคือ|ของเขาคือ)?[ \\t\\u3000]*`, "g");

/** Whether a word is an identifier cue by itself ("MRN", "PAN", "SSN"). */
export function oneWordIdCue(word: string): boolean {
  return (BY_FIRST.get(word) ?? []).some((c) => c.kind === "id" && c.parts.length === 1);
}

/** The cue (longest first) starting at token i, or null. */
export function cueAt(text: string, tokens: readonly WordToken[], i: number): { cue: Cue; last: number } | null {
  const list = BY_FIRST.get(tokens[i].lower);
  if (!list) return null;
  for (const cue of list) {
    const last = i + cue.parts.length - 1;
    if (last >= tokens.length) continue;
    let ok = true;
    for (let k = 1; k < cue.parts.length && ok; k++) {
      const t = tokens[i + k];
      // Words of a cue are apart in prose ("user id"), not joined like a code key ("user_id").
      // 1.9.0: "Kd.-Nr.", "Mitgl.-Nr.": a German abbreviation, its dot then the hyphen of the compound.
      ok = t.lower === cue.parts[k] && (CUE_GAP.test(t.gap) || (NUMBER_SIGN_GAP.test(t.gap) && tokens[i + k - 1].text.length <= 3) || t.gap === ".-");
    }
    if (!ok) continue;
    // "MRNs", "IDs", "Ids": a plural keeps its acronym in capitals.
    // 1.8.0: "ids 4471-22, 4471-23": a lower-case plural before grouped values ("the ids 4471 and 4472 of the rows" count rows).
    // 1.8.0: "my id is 4471229": a possessive makes a lower-case "id" the person's own.
    if (cue.upper && !isUpperCue(tokens[i].text) && !(tokens[i].lower === "id" && i > 0 && POSSESSIVES.has(tokens[i - 1].lower) && last === i) && !(tokens[i].lower === "ids" && /^[ \t:#]*(?:[A-Z]{1,4}-?\d|\d+[-/.]\d)/.test(text.slice(tokens[last].end, tokens[last].end + 12)))) continue;
    if (cue.mark && !/^[ \t\u00a0]{0,2}[#№]/.test(text.slice(tokens[last].end, tokens[last].end + 3))) continue;
    if (cue.sign && !/№[ \t\u00a0]*$/.test(tokens[i].gap)) continue;
    if (cue.colon && !colonValue(text, tokens, i, tokens[last].end)) continue;
    // 1.10.1: a ledger's accounts ("Post the entries to accounts 400100, 400200 in the ledger") number a chart of accounts, no person's.
    if (cue.colon && tokens[i].lower === "accounts" && LEDGER.test(text.slice(Math.max(0, tokens[i].start - 120), tokens[last].end + 120))) continue;
    return { cue, last };
  }
  return null;
}

const LEDGER = /\b(?:ledgers?|general ledger|chart of accounts|trial balance|journal entr(?:y|ies)|(?:post|book)(?:s|ed|ing)? (?:the |these |all )?entries|bookkeeping|GL|Hauptbuch|Kontenrahmen|Kontenplan|grand livre|plan comptable)\b/i;
const POSSESSIVES = new Set(["my", "our", "your", "his", "her", "their", "mon", "ma", "mi", "mio", "mein", "meine", "meu", "minha", "mijn", "min", "mitt", "mój", "moja", "мой", "мой", "benim"]);
// A value that reads as a record's number: digits (a few capitals before them), no lower-case word after it ("Customer: 4471 orders"),
// no amount or version ("Client: 12.50", "Reference: 1.2.3").
// 1.10.0: "accounts: 4471229 and 4471230": a word joining a list is no word after the value.
const COLON_VALUE = /^[ \t\u00a0]*#?[ \t\u00a0]*(?!\d+[.,]\d{1,2}(?![\d.,])|\d{1,3}(?:\.\d{1,3}){1,3}(?![\d.]))[A-Z]{0,4}[-/]?\d[\dA-Z./-]{3,}(?![\p{L}\d./-])(?![ \t\u00a0]+(?!(?:and|or|und|oder|et|ou|y|o|e|en|i|и)[ \t\u00a0]+[A-Z]{0,4}-?\d)\p{Ll})/u;

// Not a round count ("members 1000000 strong"); 1.10.0: a comma may end the value ("accounts 4471229, 4471230").
const LONG_VALUE = /^[ \t\u00a0]+(?!\d+0{4}(?!\d))[A-Z]{0,3}-?\d{6,}(?![\p{L}\d./-]|,\d)(?![ \t\u00a0]+(?!was\b|is\b|has\b)\p{Ll}+s\b)/u;

/** 1.8.0: a record word's value: after ":"/"#" ("Customer: 4471229"), or after "my … is" ("my membership is 4471229"). */
function colonValue(text: string, tokens: readonly WordToken[], i: number, end: number): boolean {
  // 1.9.0: "ref. 4471229": the abbreviation's dot.
  const mark = /^[ \t\u00a0]{0,2}[:：#№]/.exec(text.slice(end, end + 3)) ?? (tokens[i].lower === "ref" ? /^\.(?=[ \t\u00a0]+\d)/.exec(text.slice(end, end + 3)) : null);
  if (mark) return COLON_VALUE.test(text.slice(end + mark[0].length, end + mark[0].length + 40));
  // 1.9.0: "membership 4471229 was charged twice": six digits or more say a record's number with no mark (a count that large names its unit).
  if (LONG_VALUE.test(text.slice(end, end + 40))) return true;
  if (i === 0 || !POSSESSIVES.has(tokens[i - 1].lower)) return false;
  const is = /^[ \t\u00a0]+(?:is|ist|est|es|é|è|is:|=)[ \t\u00a0]/.exec(text.slice(end, end + 8));
  return !!is && COLON_VALUE.test(text.slice(end + is[0].length - 1, end + is[0].length + 40));
}

function isUpperCue(word: string): boolean {
  if (word === word.toUpperCase()) return true;
  const singular = word.replace(/s$/, "");
  return singular.length < word.length && (singular === singular.toUpperCase() || (word.toLowerCase() === "ids" && word[0] === "I"));
}

// Between the words of a cue: a space, a hyphen, a slash ("a/c"), an apostrophe or quote ("ת"ז").
const CUE_GAP = /^(?:[ \u00a0\-/'’"]{1,3}|['’]s[ \u00a0])$/;
// 1.8.0: after an abbreviation ("N° de", "Nr. klienta", "No. de cliente").
// 1.9.0: "N.º de cliente" (Portugal's and Spain's "N.º").
const NUMBER_SIGN_GAP = /^(?:[°º.]|\.[°º])[ \u00a0]?$/;

// Identifier cues as phrases of words, for `idCueBefore`.
const ID_PHRASES = new Set<string>();
const ID_PHRASE_TYPES = new Map<string, EntityType>();
for (const list of BY_FIRST.values()) for (const c of list) if (c.kind === "id" && !c.mark && !c.sign) {
  ID_PHRASES.add(c.parts.join(" "));
  ID_PHRASE_TYPES.set(c.parts.join(" "), c.type);
}

/** 1.10.0: the type of exactly this identifier cue phrase (lower-case, words apart by one space), for record keys. */
export function idPhraseType(phrase: string): EntityType | null {
  return ID_PHRASE_TYPES.get(phrase) ?? null;
}

/** The type an identifier cue phrase gives ("passport number" → PASSPORT), trying its last words too. */
export function idTypeOf(phrase: string): EntityType | null {
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
