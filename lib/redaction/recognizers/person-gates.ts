/**
 * 1.9.0: word tables PERSON asks of a chain it already holds, to tell people from teams, places
 * named after people, code and everyday words of other languages. Each table is read once per
 * distinct word through the shared word records (word-info.ts); nothing here scans the text.
 */
import { FACILITY_WORDS, TEAM_AND_ROLE_WORDS } from "../lexicon/person-cues";
import type { WordToken } from "./tokens";
import { joinedBySpace } from "./tokens";
import { lexHas, wordFlag } from "./word-info";
import { TECH } from "./gazetteer-places";

/** Teams and roles addressed like people ("Customer Service", "Operations"). */
export const ROLE = wordFlag(new Set(TEAM_AND_ROLE_WORDS));
/** Buildings and places named after people ("Airport", "Station"). */
export const FACILITY = wordFlag(new Set(FACILITY_WORDS));

// Words of code after an "@" word: "the @mark decorator", "@Component annotation". Not "tag",
// "hook" or "property": "@maria tag me when done" is a mention.
const CODE_AFTER = new Set("decorator decorators annotation annotations directive directives attribute attributes macro macros mixin mixins modifier modifiers".split(" "));
// Verbs before an "@" word that only code takes ("annotate with @Test"); not "add", "use" or an
// article: "Please add @maria to the PR", "Ask the @john guy" are people.
const CODE_BEFORE = new Set("import annotate annotated decorate decorated".split(" "));
// Verbs before a capitalised "@" word that no name list holds: "add @Autowired to the field".
const CODE_BEFORE_CAPS = new Set("add added use using apply".split(" "));
const CODE_AFTER_FLAG = wordFlag(CODE_AFTER);

/**
 * An "@" word at tokens[s..e] that names code, not a person: a code word after it, a code verb
 * before it, a bracket or dot right after it ("@mark(", "@mark.skip"), a backtick before its "@",
 * a capital inside the word ("@PostMapping"), or a capitalised word that is no name after "add" or
 * "use" ("add @Autowired"; `name`: the word is a listed given name or surname).
 */
export function codeMention(tokens: readonly WordToken[], s: number, e: number, name = true): boolean {
  const next = e + 1 < tokens.length ? tokens[e + 1] : undefined;
  if (next && joinedBySpace(next.gap) && lexHas(next.info, CODE_AFTER_FLAG)) return true;
  if (next && /^[(.]/.test(next.gap)) return true;
  if (/`@$/.test(tokens[s].gap) || /[a-z][A-Z]/.test(tokens[s].text)) return true;
  if (s === 0 || !/^[ \u00a0]@$/.test(tokens[s].gap)) return false;
  const verb = tokens[s - 1].lower;
  return CODE_BEFORE.has(verb) || (CODE_BEFORE_CAPS.has(verb) && tokens[s].cap && !name);
}

// Indonesian and Malay words that are given names elsewhere: "Dana" (funds), "Bunga" (interest, a
// flower), "Intan" (diamond), "Mutiara" (pearl), "Bintang" (star), "Cahaya" (light).
const INDONESIAN_WORD_NAMES = new Set("dana bunga intan mutiara bintang cahaya permata".split(" "));
// Indonesian words around them that no other language our users write shares.
const INDONESIAN_WORDS = new Set(("belum sudah tidak bisa masuk keluar saya kami kamu anda yang di ke dari untuk akan sedang masih ini itu apakah telah ada " +
  "kembali dikembalikan dikirim ditransfer cair hilang tersebut saya sudah mohon kapan bagaimana berapa segera pinjaman rekening").split(" "));

/** tokens[k] is such a word, with an Indonesian word right before or after it on its line. */
export function indonesianWordName(tokens: readonly WordToken[], k: number): boolean {
  if (!INDONESIAN_WORD_NAMES.has(tokens[k].lower)) return false;
  const next = k + 1 < tokens.length ? tokens[k + 1] : undefined;
  if (next && joinedBySpace(next.gap) && INDONESIAN_WORDS.has(next.lower)) return true;
  return k > 0 && joinedBySpace(tokens[k].gap) && INDONESIAN_WORDS.has(tokens[k - 1].lower);
}

// 1.10.0: voice assistants named like people, and the words that show the product is meant.
const ASSISTANTS = new Set("alexa siri cortana bixby".split(" "));
const DEVICE_WORDS = new Set(("work works working worked play plays playing turn turns set sets skill skills app device devices speaker speakers " +
  "routine routines echo support supports integration integrations integrate integrates compatible connect connects connected enabled command commands " +
  "stop pause open add volume").split(" "));
// Verbs and adjectives of compatibility before "with Alexa", "via Siri".
const WORKS_WITH = new Set("work works working compatible integrates integrate integration connect connects pair pairs sync syncs".split(" "));

/**
 * "Does Alexa work with Spotify?", "Alexa, play jazz", "does it work with Siri": an assistant's
 * name next to a word of devices is the product. "Alexa said she'd call" is still a person.
 */
export function assistantProduct(tokens: readonly WordToken[], s: number): boolean {
  if (!ASSISTANTS.has(tokens[s].lower)) return false;
  const next = s + 1 < tokens.length ? tokens[s + 1] : undefined;
  if (next && (joinedBySpace(next.gap) || /^,[ \u00a0]$/.test(next.gap)) && DEVICE_WORDS.has(next.lower)) return true;
  if (s < 2 || !joinedBySpace(tokens[s].gap)) return false;
  const prep = tokens[s - 1].lower;
  return (prep === "with" || prep === "via") && WORKS_WITH.has(tokens[s - 2].lower);
}

// Nouns that make "<name> <department> team" a team named after a place or a client.
const TEAM_NOUNS = new Set("team teams department dept squad group office crew unit desk".split(" "));

/**
 * "Send to Chelsea design team", "the Victoria sales office": a single capitalised word before a
 * department and a team noun names the team (after a place or a client); a person's team takes
 * "'s" ("Chelsea's design team"). `role`: tokens[s + 1] is a team or role word (ROLE).
 */
export function teamName(tokens: readonly WordToken[], s: number, role: (k: number) => boolean): boolean {
  if (s + 2 >= tokens.length) return false;
  const dept = tokens[s + 1];
  const noun = tokens[s + 2];
  return !dept.cap && joinedBySpace(dept.gap) && joinedBySpace(noun.gap) && TEAM_NOUNS.has(noun.lower) && role(s + 1);
}

// Words for "number" written after a field's name ("T.C. Kimlik No", "Vergi Numarası", "Kunden-Nr").
const NUMBER_LABELS = new Set("no nr nro nº numara numarası number nummer numer numero número numéro".split(" "));

/**
 * "T.C. Kimlik No: 123", "Vergi Numarası:": a chain right before a capitalised word for
 * "number" that ends the line or is followed by ":" or "." names a field, not a person.
 */
export function numberLabel(tokens: readonly WordToken[], e: number, text: string): boolean {
  const next = e + 1 < tokens.length ? tokens[e + 1] : undefined;
  if (!next || !next.cap || !joinedBySpace(next.gap) || !NUMBER_LABELS.has(next.lower)) return false;
  const after = next.end < text.length ? text.charCodeAt(next.end) : 10;
  // End of the text or line, ":" "." "#" or a space before a digit.
  return after === 10 || after === 13 || after === 58 || after === 46 || after === 35 || after === 0xff1a || (after === 32 && /[0-9]/.test(text.charAt(next.end + 1)));
}

// 1.10.0: words that end a firm's name after a country or a city ("Singapore Airlines", "Qatar Airways").
const FIRM_ENDINGS = new Set("airlines airways airline".split(" "));

/** "Singapore Airlines changed my seat": the chain tokens[s..e] ends in, or is followed by, a firm's word. */
export function firmName(tokens: readonly WordToken[], s: number, e: number): boolean {
  if (e > s && FIRM_ENDINGS.has(tokens[e].lower)) return true;
  const next = e + 1 < tokens.length ? tokens[e + 1] : undefined;
  return next !== undefined && next.cap && joinedBySpace(next.gap) && FIRM_ENDINGS.has(next.lower);
}

/**
 * 1.10.0: the chain tokens[s..e] names a product (lexicon/tech-products.ts), not a person: its
 * words are products or plain words ("Can Copilot write tests?", "Upload it to Kaggle"), and a
 * product that is also a person's name (`named`) needs another product joined to it by a word
 * ("Switching from Jenkins to GitHub Actions", "Julia or Python?"; "send it to Jenkins in
 * accounting" and "Julia fixed the Python script" are people). A capitalised word right after a
 * product's name is part of that name ("Docker Hub"). `plain`: an ordinary word that is no name.
 */
export function productName(tokens: readonly WordToken[], s: number, e: number, named: (k: number) => boolean, plain: (k: number) => boolean): boolean {
  if (s === e && s > 0 && tokens[s - 1].cap && joinedBySpace(tokens[s].gap) && lexHas(tokens[s - 1].info, TECH)) return true;
  let product = false;
  let needsMore = false;
  for (let k = s; k <= e; k++) {
    if (lexHas(tokens[k].info, TECH)) {
      product = true;
      needsMore ||= named(k);
    } else if (!plain(k)) return false;
  }
  return product && (!needsMore || productNear(tokens, s, e));
}

// Words that join two products ("from Jenkins to GitHub", "Julia or Python", "Ruby on Rails").
const PRODUCT_LINKS = new Set("to into or and vs versus with on over than instead of plus".split(" "));

/** A product joined to tokens[s..e] by one linking word on either side ("Jenkins to GitHub", "Python or Julia"). */
function productNear(tokens: readonly WordToken[], s: number, e: number): boolean {
  const link = (k: number) => k > 0 && k < tokens.length && joinedBySpace(tokens[k].gap) && PRODUCT_LINKS.has(tokens[k].lower);
  if (e + 2 < tokens.length && link(e + 1) && joinedBySpace(tokens[e + 2].gap) && lexHas(tokens[e + 2].info, TECH)) return true;
  return s >= 2 && link(s - 1) && joinedBySpace(tokens[s].gap) && lexHas(tokens[s - 2].info, TECH);
}
