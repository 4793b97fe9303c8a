/**
 * 1.9.0: word tables PERSON asks of a chain it already holds, to tell people from teams, places
 * named after people, code and everyday words of other languages. Each table is read once per
 * distinct word through the shared word records (word-info.ts); nothing here scans the text.
 */
import { FACILITY_WORDS, TEAM_AND_ROLE_WORDS } from "../lexicon/person-cues";
import type { WordToken } from "./tokens";
import { joinedBySpace } from "./tokens";
import { lexHas, wordFlag } from "./word-info";

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
