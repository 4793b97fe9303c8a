/**
 * 1.11.0: members of a list of people (split out of person.ts, unchanged): once one member is a
 * person, the other members of the same shape are people too.
 */
import type { Lexicon } from "../lexicon/lexicon";
import { candidate } from "../text-scan";
import type { Candidate } from "../types";
import { codeCased } from "./tokens";
import { caselessStopWord } from "./person-scripts";
import { HAN, KO_NOT_NAMES } from "./person-caseless";
import { WORD_NAMES } from "./person-classify";
import { FOREIGN_FUNCTION, FUNCTION_WORDS, PLACE_PREPOSITIONS, SIGN_OFFS, STRONG_BEFORE } from "./person-cue-sets";

// A name in a list: words opening with a capital or a letter of a script without case
// (Georgian's Mkhedruli counts as one), with the particles of names.
const LIST_WORD = String.raw`(?:\p{Lu}\.|[\p{Lu}\p{Lo}\u10d0-\u10ff][\p{L}\p{M}'’-]*)`;
const LIST_NAME = String.raw`${LIST_WORD}(?:[ \u00a0](?:${LIST_WORD}|van|von|de|der|den|da|di|du|le|la|al|el|bin|ibn|y)){0,3}`;
// 1.11.0: ";" too, as Outlook joins its recipients ("To: Nakamura; Okafor; Lindqvist").
const LIST_SEP = String.raw`(?:[,;][ \u00a0]|[ \u00a0](?:and|&|und|et|y|e|en|og|och|i|a|és|и|та|і|και|ve|và|dan|ja|ir|un|oraz)[ \u00a0]|、|，)`;
const SEP_WORDS = new Set("and & und et y e en og och i a és и та і και ve và dan ja ir un oraz".split(" "));

const spaceAt = (text: string, at: number): boolean => at >= 0 && at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 0xa0);

/**
 * 1.8.0: whether LIST_SEP can start at `at`, by char codes: most names have no list after
 * them, and the member pattern is then neither sliced for nor run.
 */
function sepAfter(text: string, at: number): boolean {
  const c = at < text.length ? text.charCodeAt(at) : 0;
  if (c === 0x3001 || c === 0xff0c) return true;
  if (c === 44 || c === 59) return spaceAt(text, at + 1);
  if (!spaceAt(text, at)) return false;
  let k = at + 1;
  while (k < text.length && k - at <= 4 && !spaceAt(text, k)) k++;
  return spaceAt(text, k) && SEP_WORDS.has(text.slice(at + 1, k));
}

/** Whether LIST_SEP can end right before `at` (the mirror of sepAfter; PREV_MEMBER is unanchored at its start). */
function sepBefore(text: string, at: number): boolean {
  const c = at > 0 ? text.charCodeAt(at - 1) : 0;
  if (c === 0x3001 || c === 0xff0c) return true;
  if (!spaceAt(text, at - 1)) return false;
  if (at >= 2 && (text.charCodeAt(at - 2) === 44 || text.charCodeAt(at - 2) === 59)) return true;
  let k = at - 2;
  while (k >= 0 && at - 2 - k < 4 && !spaceAt(text, k)) k--;
  return spaceAt(text, k) && SEP_WORDS.has(text.slice(k + 1, at - 1));
}

const NEXT_MEMBER = new RegExp(String.raw`^${LIST_SEP}(${LIST_NAME})(?![\p{L}\p{M}\d])`, "u");
const PREV_MEMBER = new RegExp(String.raw`(?<![\p{L}\p{M}\d])(${LIST_NAME})${LIST_SEP}$`, "u");

/**
 * "Attendees: Anna Berg, Ole Dahl, Lindqvist and Sara Bo": once one member of a list is a
 * person, the other members of the same shape are people too (surnames alone included),
 * unless they are known places or ordinary words.
 */
const ZH_FIELD_WORDS = new Set(("电话 電話 地址 邮箱 郵箱 手机 手機 姓名 微信 传真 傳真 日期 时间 時間 备注 備註 订单 訂單 编号 編號 邮编 郵編 " +
  // 1.6.0: Japanese and Korean form fields after a name in a list-like line ("患者：手塚 直子、生年月日：").
  "生年月日 住所 氏名 年齢 性別 電話番号 連絡先 備考 日付 生年月日 생년월일 주소 연락처 전화번호 이메일 성별 나이 배송지 주소지").split(" "));

export function listMembers(text: string, out: Candidate[], lex: Lexicon): void {
  // A chain ending in a street word ("Joshua Street") is an address, not a list's member.
  // 1.8.0: the last word found with lastIndexOf (no array per candidate).
  // 1.9.0: a name after a greeting in a script without case opens no list: what follows its comma
  // is the message ("שלום נועה, החבילה הגיעה?").
  const seeds = out.filter((c) => c.score >= 0.5 && c.source !== "caseless-greeting" && !lex.streetTypes.has(lastWordOf(text, c.start, c.end)));
  weakPairs(text, out, seeds, lex);
  if (seeds.length === 0) return;
  const taken = new Set(seeds.map((c) => c.start));
  const member = (value: string): boolean => listMember(value, lex);
  for (const seed of seeds) {
    // Rightwards, then leftwards, one member at a time (at most eight each way).
    let end = seed.end;
    for (let n = 0; n < 8; n++) {
      const m = sepAfter(text, end) ? NEXT_MEMBER.exec(text.slice(end, end + 80)) : null;
      if (!m || !(member(m[1]) || lastWordName(text, end + m[0].length, m[1]))) break;
      const start = end + m[0].length - m[1].length;
      if (!taken.has(start)) out.push(candidate("PERSON", start, start + m[1].length, 0.6, "list-member"));
      taken.add(start);
      end = start + m[1].length;
    }
    let start = seed.start;
    for (let n = 0; n < 8; n++) {
      const m = sepBefore(text, start) ? PREV_MEMBER.exec(text.slice(Math.max(0, start - 80), start)) : null;
      if (!m || !member(m[1])) break;
      const s = start - m[0].length;
      if (!taken.has(s)) out.push(candidate("PERSON", s, s + m[1].length, 0.6, "list-member"));
      taken.add(s);
      start = s;
    }
  }
}

/**
 * 1.11.0: "Reviewers: Kowalczyk, Horváth, Petrović", "Team: Nakamura, Okafor": surnames alone
 * score below the threshold, so a list of them had no member to start from. Two one-word chains
 * of the scorer, each at least 0.4 (a listed surname or name, not opening a sentence) and joined
 * by a list's separator, are people, and seed the list like any other name. Not in an address
 * ("575 Marginal Benício, Silva do Norte") or after a place's preposition ("citizen of X and Principe").
 */
function weakPairs(text: string, out: Candidate[], seeds: Candidate[], lex: Lexicon): void {
  let weak: Map<number, Candidate> | undefined;
  for (const c of out) if (c.source === "person" && c.type === "PERSON" && c.score >= 0.4 && c.score < 0.5 && oneWord(text, c)) (weak ??= new Map()).set(c.start, c);
  if (!weak || weak.size < 2) return;
  const paired = new Set<Candidate>();
  for (const c of weak.values()) {
    if (!sepAfter(text, c.end)) continue;
    const m = NEXT_MEMBER.exec(text.slice(c.end, c.end + 80));
    const other = m ? weak.get(c.end + m[0].length - m[1].length) : undefined;
    if (!other || other.end !== c.end + m![0].length || !listMember(text.slice(c.start, c.end), lex) || !listMember(m![1], lex) || addressOrPlace(text, c.start) || digitAt(text, other.end + 1)) continue;
    paired.add(c).add(other);
  }
  for (const c of paired) {
    const seed = candidate("PERSON", c.start, c.end, 0.6, "list-member");
    out.push(seed);
    seeds.push(seed);
  }
}

/** One word without a hyphen: "Navier-Stokes and Smith-Waterman" name equations and algorithms. */
function oneWord(text: string, c: Candidate): boolean {
  for (let k = c.start; k < c.end; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 32 || ch === 0xa0 || ch === 45) return false;
  }
  return true;
}

function digitAt(text: string, at: number): boolean {
  const c = at < text.length ? text.charCodeAt(at) : 0;
  return c >= 48 && c <= 57;
}

/** A digit among the 12 characters before `at` (a street number), a capitalised word or a place's preposition right before it. */
function addressOrPlace(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  // A capitalised word right before it: the chain was cut from a longer name ("Saint Kitts and Nevis").
  if (/\d/.test(before) || /\p{Lu}[\p{L}.]*[ \u00a0]+$/u.test(before)) return true;
  const word = /(\p{L}+)[ \u00a0]+$/u.exec(before);
  return word !== null && PLACE_PREPOSITIONS.has(word[1].toLowerCase());
}

/**
 * 1.11.0: "Attendees: Grace, Mark, Will": a given name that is also an ordinary word ("Will",
 * "Hope") closing a list of people, followed by nothing but the end of its line or a stop.
 */
function lastWordName(text: string, end: number, value: string): boolean {
  if (value.includes(" ") || !WORD_NAMES.has(value.toLowerCase())) return false;
  const c = end < text.length ? text.charCodeAt(end) : 10;
  return c === 10 || c === 13 || c === 46 || c === 33 || c === 59 || c === 41;
}

/** The lower-cased last space-separated word of text[start, end). */
function lastWordOf(text: string, start: number, end: number): string {
  const space = text.lastIndexOf(" ", end - 1);
  return text.slice(space >= start ? space + 1 : start, end).toLowerCase();
}

/** A list item that may be a person: no known place or company, no code or acronym, no ordinary first word. */
export function listMember(value: string, lex: Lexicon): boolean {
  const words = value.split(/[ \u00a0]+/);
  const l = value.toLowerCase();
  if (lex.cities.has(l) || lex.countries.has(l) || lex.regions.has(l) || lex.organizations.has(l)) return false;
  if (words.some((w) => codeCased(w) || (w.length >= 2 && w === w.toUpperCase() && /\p{Lu}/u.test(w)))) return false;
  // Field labels written after a name in Chinese ("李娜，电话 …": 电话 is "phone").
  if (ZH_FIELD_WORDS.has(value)) return false;
  // 1.7.0: Hebrew names are two words; three after a name's comma are the next clause
  // ("משה פרץ, נחזור אליך בהקדם").
  const c0 = value.charCodeAt(0);
  if (c0 >= 0x5d0 && c0 <= 0x5ea && (words.length > 2 || words.some(caselessStopWord))) return false;
  // 1.7.0: a Chinese or Japanese member holding a pronoun, a particle or thanks is a greeting or
  // a clause, no name ("你好，我叫小明，我下周三去杭州", "こんにちは、さくらです"); names joined by
  // 和 stay members ("李娜和张敏").
  if (c0 >= 0x3040 && c0 <= 0x9fff && /[我你他她的了去是很谢へにをはがでと]/.test(value)) return false;
  // 1.9.0: a run of five or more Han characters is a clause, no name ("请转告张伟，会议改到三点"),
  // unless "and" joins two names in it ("李娜和张敏").
  if (c0 >= 0x4e00 && c0 <= 0x9fff && value.length > 4 && HAN.test(value) && !/[和与與及]/.test(value)) return false;
  // 1.7.0: a Korean sentence ending ("감사합니다, 이서연 님") or an everyday word is no member.
  if (c0 >= 0xac00 && c0 <= 0xd7a3 && (/(?:다|요|까|죠|세요)$/.test(value) || KO_NOT_NAMES.has(value))) return false;
  const first = words[0].toLowerCase().replace(/[.']+$/, "");
  // 1.10.0: nor a sign-off before a name's comma ("Gruß, Jana").
  if (lex.extraCommon.has(first) || FUNCTION_WORDS.has(first) || FOREIGN_FUNCTION.has(first) || (words.length === 1 && SIGN_OFFS.isSingleWord(first) && !lex.givenNames.has(first))) return false;
  // 1.9.0: a greeting before a name's comma is no member ("Привет, Даша!", "Сәлем, Айгерім").
  if (words.length === 1 && STRONG_BEFORE.isSingleWord(first) && !lex.givenNames.has(first)) return false;
  if (lex.commonWords.has(first) && !lex.givenNames.has(first)) {
    // "Eve Wuckert": a given name that is also a word, before a word that is none.
    const second = words[1]?.toLowerCase();
    return WORD_NAMES.has(first) && !!second && !lex.commonWords.has(second);
  }
  return true;
}
