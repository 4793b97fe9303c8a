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

// Words of code after an "@" word: "the @mark decorator", "@Component annotation".
const CODE_AFTER = new Set("decorator decorators annotation annotations directive directives attribute attributes macro macros hook hooks mixin mixins tag tags modifier property".split(" "));
// Words before an "@" word that make it code: "use @Injectable", "the @mark decorator".
const CODE_BEFORE = new Set("the a an use using add added import annotate decorate apply".split(" "));
const CODE_AFTER_FLAG = wordFlag(CODE_AFTER);

/** An "@" word at tokens[s..e] that names code, not a person: a code word after it or an article/verb of code before it. */
export function codeMention(tokens: readonly WordToken[], s: number, e: number): boolean {
  const next = e + 1 < tokens.length ? tokens[e + 1] : undefined;
  if (next && joinedBySpace(next.gap) && lexHas(next.info, CODE_AFTER_FLAG)) return true;
  return s > 0 && CODE_BEFORE.has(tokens[s - 1].lower) && /^[ \u00a0]@$/.test(tokens[s].gap);
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
