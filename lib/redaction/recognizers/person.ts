/**
 * PERSON without a trained model: chains of capitalised words scored by name lists
 * (compromise's lexicon + ours), surname morphology and context cues (greetings,
 * sign-offs, "my name is", honorifics). Scripts without letter case use family-name
 * lists. compromise's tagger is NOT called: at ~3.5 ms per call it alone would cap the
 * engine far below 1 MB/s on chat messages, and it added ~0.01 recall on our data.
 *
 * 1.11.0: this file is the chain reader (findPersons and its lower-case cues); what a word is
 * (person-classify.ts), a chain's score (person-score.ts), the verdict on chains that are no
 * person (person-verdict.ts), list members (person-lists.ts), caseless scripts
 * (person-caseless.ts) and the shared cue sets (person-cue-sets.ts) are beside it.
 */
import { getLexicon, type Lexicon } from "../lexicon/lexicon";
import { isListedName } from "../lexicon/human-names";
import { foldWord, getGazetteer } from "../lexicon/gazetteer";
import * as personCues from "../lexicon/person-cues";
import { candidate } from "../text-scan";
import { LANGUAGE_WORDS } from "./gazetteer-places";
import type { Candidate, Recognizer } from "../types";
import { inCodeToken } from "./code-context";
import { joinedByInitial, joinedBySpace, tokenizeWords, type WordToken } from "./tokens";
import { caselessAfterCue, cjkNames, cuedLists, headerNames, vietnameseNames } from "./person-scripts";
import { capsNames } from "./person-caps";
import { afterNameKey, afterRoleKey, speakerLabel, tableNames } from "./person-records";
import { GIVEN, lexHas, SURNAME } from "./word-info";
import { TECH } from "./gazetteer-places";
import { codeMention } from "./person-gates";
import { findCaselessScripts } from "./person-caseless";
import { indicNames } from "./person-indic";
import { type ClassAt, type TokenClass, classify, continuesName, foldedListed, isListed, nameLike, wordNameFirst } from "./person-classify";
import { FUNCTION_WORDS, LIST_CUES, LOWER_CASE_CUES, LOWER_VERB_CUES, OPENING_PRONOUN_NAMES, PLACE_PREPOSITIONS, PLAIN_NAME_CUES, PLAIN_WORD_NAMES, SIGN_OFFS, STRONG_AFTER, STRONG_BEFORE } from "./person-cue-sets";
import { listMember, listMembers } from "./person-lists";
import { CONTRACTED_PRONOUN, digitBefore, finnishGenitive, headerCue, lineEndsAfter, mentionAt, scoreChain } from "./person-score";
import { FACILITY_CHAIN, NON_PLACE_FACILITY, NOT_A_PERSON, PERSON_CHAIN, facility, notAPerson } from "./person-verdict";

const LOWER_AFTER = personCues.LOWER_CASE_NAME_AFTER.map((p) => p.split(" "));

/** A phrase from LOWER_CASE_NAME_AFTER follows token i on its line. */
function lowerNameAfter(tokens: WordToken[], i: number): boolean {
  for (const words of LOWER_AFTER) {
    let ok = i + words.length < tokens.length;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[i + 1 + k].lower === words[k] && joinedBySpace(tokens[i + 1 + k].gap);
    if (ok) return true;
  }
  return false;
}

const LOWER_STRONG_AFTER = ["and i", "and me", "is flying", "is driving"].map((p) => p.split(" "));

/** "and i", "is flying" follows token i on its line (the phrases that make any word before them a name). */
function lowerNameBefore(tokens: WordToken[], i: number): boolean {
  if (i + 2 >= tokens.length || tokens[i + 1].lower !== "and" && tokens[i + 1].lower !== "is") return false;
  return LOWER_STRONG_AFTER.some((w) => tokens[i + 1].lower === w[0] && tokens[i + 2].lower === w[1] && joinedBySpace(tokens[i + 1].gap) && joinedBySpace(tokens[i + 2].gap));
}

// Turkish words that follow "Ben" (I) without a letter only Turkish has.
const TURKISH_AFTER_BEN = new Set("bu şu o bir çok hiç hep zaten şimdi sadece yarın bugün dün ne neden size sana sizi seni onu onlara de da".split(" "));

/** The word after token i is Turkish (a dotless i, soft g or s-cedilla, or a listed word), on the same line. */
function turkishAfter(tokens: WordToken[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.cap || !joinedBySpace(next.gap)) return false;
  // "Ben de Vries": Dutch "de" before a capitalised surname.
  if ((next.lower === "de" || next.lower === "da") && tokens[i + 2]?.cap) return false;
  return TURKISH_AFTER_BEN.has(next.lower) || /[ığş]/.test(next.lower);
}

function plainNameAfterTo(tokens: WordToken[], i: number, at: ClassAt): boolean {
  if (i === 0 || !PLAIN_NAME_CUES.has(tokens[i - 1].lower) || !/^[ \u00a0]$/.test(tokens[i].gap) || tokens[i].text.length < 3) return false;
  const c = at(i);
  const lex = getLexicon();
  // The word itself, not its class: a surname that is also a word ("mark", "bill") is no common word there.
  return c.given && !c.place && !c.wordName && !PLAIN_WORD_NAMES.has(tokens[i].lower) && !lex.commonWords.has(tokens[i].lower) && !lex.extraCommon.has(tokens[i].lower) && !isListedPlaceWord(tokens[i].lower);
}

/** A language or a country's adjective ("translate to hindi"): never a name after "to". */
function isListedPlaceWord(w: string): boolean {
  return LANGUAGE_WORDS.has(w) || (getGazetteer().population.get(foldWord(w)) ?? 0) >= 15_000;
}

/**
 * 1.11.0: a lower-case word that a main list holds as a name and no list as a word: a given name
 * or a surname known as one (not only by its ending), not "root", "mark" or "will".
 */
function listedLowerName(t: WordToken, c: TokenClass, lex: Lexicon): boolean {
  return (c.given || (c.surname && !c.morphOnly)) && !c.common && !c.wordName && !c.place && t.text.length >= 3 && !FUNCTION_WORDS.has(t.lower) && !lex.extraCommon.has(t.lower) && !PLAIN_WORD_NAMES.has(t.lower);
}

function surnameAfterVerb(tokens: WordToken[], i: number): boolean {
  return LOWER_VERB_CUES.before(tokens, i) && tokens[i - 1].lower !== "with" && tokens[i - 1].lower !== "from";
}

// 1.11.0: code comments' owners: "TODO(kowalski):", "FIXME(nakamura)".
const TODO_WORDS = new Set(["todo", "fixme", "xxx", "hack", "note"]);

function todoOwner(tokens: WordToken[], i: number): boolean {
  return i > 0 && tokens[i].gap === "(" && TODO_WORDS.has(tokens[i - 1].lower) && (i + 1 >= tokens.length || tokens[i + 1].gap.startsWith(")"));
}

/** Right after a person cue, an ordinary word at `k` that opens a chain (up to `j`) is a first name. */
function cuedFirst(tokens: WordToken[], at: ClassAt, k: number, j: number): boolean {
  return k < j && nameLike(tokens[k + 1], at(k + 1)) && STRONG_BEFORE.before(tokens, k);
}

/**
 * 1.9.0: where a chain opening a sentence really starts. A given name in a case form after an
 * unlisted opening word ("Paldies Jānim", "Küldd el Péternek", particle between), or any name
 * after a chat verb ("Ping Xiaoling"), starts the name.
 */
function openingWordOff(tokens: WordToken[], at: ClassAt, i: number, j: number, lex: Lexicon): number {
  if (LOWER_VERB_CUES.isSingleWord(tokens[i].lower) && nameLike(tokens[i + 1], at(i + 1))) return i + 1;
  const k = at(i + 1).particle && i + 2 <= j ? i + 2 : i + 1;
  const w = tokens[k].lower;
  // Declined: a given name only through its case ending (the lists hold the nominative).
  if (finnishGenitive(tokens, k, lex)) return k;
  return at(k).given && !lex.givenNames.has(w) && !lex.givenNames.has(foldWord(w)) ? k : i;
}

function findPersons(text: string): Candidate[] {
  const lex = getLexicon();
  const tokens = tokenizeWords(text);
  // Classified on first use: most tokens are lower-case prose no rule below asks about.
  const classes: Array<TokenClass | undefined> = new Array(tokens.length);
  const at: ClassAt = (k) => (classes[k] ??= classify(tokens[k], lex));
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // A letter glued to digits ("E20417", "ID4471") is part of a code, not a name.
    if (digitAt(text, t.end) || (t.start > 0 && digitAt(text, t.start - 1))) {
      i++;
      continue;
    }
    if (!t.cap) {
      // 1.10.0: "[10:02] maria.k: is it shipped?": a transcript's speaker typed in lower case.
      const label = lexHas(t.info, GIVEN) ? speakerLabel(tokens, i) : -1;
      if (label >= 0 && !at(i).common && !at(i).wordName && !PLAIN_WORD_NAMES.has(t.lower) && !lex.commonWords.has(t.lower) && !FUNCTION_WORDS.has(t.lower)) {
        out.push(candidate("PERSON", t.start, tokens[label].end, 0.75, "person-speaker"));
        i = label + 1;
        continue;
      }
      // 1.11.0: "owner: okafor", "reviewer=lindqvist": a listed name that is no ordinary word under a
      // key naming a person's role ("owner: root", "assignee: unassigned" are kept).
      if (afterRoleKey(tokens, i) && listedLowerName(t, at(i), lex)) {
        const e = i + 1 < tokens.length && joinedBySpace(tokens[i + 1].gap) && listedLowerName(tokens[i + 1], at(i + 1), lex) ? i + 1 : i;
        out.push(candidate("PERSON", t.start, tokens[e].end, 0.75, "person-role-key"));
        i = e + 1;
        continue;
      }
      // 1.10.0: "name": "lindiwe dube": the value of a key naming a person's name (set below).
      let keyed = false;
      // Chat users often type in lower case: "my name is priya sharma".
      // 1.10.0: "Best,\nsiobhán": alone on its line after a sign-off.
      const cued = LOWER_CASE_CUES.before(tokens, i) || (t.gap.includes("\n") && SIGN_OFFS.before(tokens, i, true) && lineEndsAfter(text, t.end));
      // The phrase check after the word runs only for listed first names (most words are not).
      // 1.7.0: "ask ivan", "cc olga": a request verb before a listed first name.
      // 1.8.0: "@sipho can you check": a mention of a listed first name in lower case.
      // 1.11.0: "@kowalski pls check": a mention of a listed surname too.
      const mention = mentionAt(text, t.start) && !codeMention(tokens, i, i);
      // 1.11.0: "i told kowalski", "ask nakamura", "TODO(okafor)": a listed surname after a verb of
      // chat requests (not "with"/"from", which come before products: "with kafka") or in a TODO's brackets.
      const mentionedSurname = lexHas(t.info, SURNAME) && (mention || surnameAfterVerb(tokens, i) || todoOwner(tokens, i)) && listedLowerName(t, at(i), lex) && !lexHas(t.info, TECH);
      const c = (cued || mentionedSurname || (lexHas(t.info, GIVEN) && (mention || lowerNameAfter(tokens, i) || LOWER_VERB_CUES.before(tokens, i) || plainNameAfterTo(tokens, i, at) || (keyed = afterNameKey(tokens, i))))) && !FUNCTION_WORDS.has(t.lower) ? at(i) : null;
      // Without a cue before it, a lower-case first name needs a verb after it and no other meaning ("ok so anna and i").
      // 1.8.0: after Turkish "ben" (I) only a first name that is no Turkish word ("ben elif"; "ben de" is "me too", "ben yarın" "I tomorrow").
      if (c && (c.given || c.surname) && (cued || mentionedSurname || (c.given && !c.common)) && (tokens[i - 1]?.lower !== "ben" || (c.given && !TURKISH_AFTER_BEN.has(t.lower)))) {
        let e = i;
        while (e + 1 < tokens.length && e - i < 3 && joinedBySpace(tokens[e + 1].gap) && (at(e + 1).given || at(e + 1).surname || (keyed && !lex.commonWords.has(tokens[e + 1].lower) && !FUNCTION_WORDS.has(tokens[e + 1].lower)))) e++;
        out.push(candidate("PERSON", t.start, tokens[e].end, 0.75, "person-lower"));
        i = e + 1;
      } else if (t.text.length >= 3 && !FUNCTION_WORDS.has(t.lower) && lowerNameBefore(tokens, i) && (isListedName(t.lower, lex.commonWords) || foldedListed(t.lower, lex))) {
        // 1.6.0: "ok so eyram and i are driving": a name of the wide list (no English word) before "and i".
        out.push(candidate("PERSON", t.start, t.end, 0.6, "person-lower-listed"));
        i++;
      } else i++;
      continue;
    }
    // 1.8.0: Turkish "Ben" (I) opening a sentence in Turkish ("Ben yarın gelirim") is no "Ben".
    if (t.lower === "ben" && !t.allCaps && turkishAfter(tokens, i)) {
      i++;
      continue;
    }
    const c = at(i);
    const strongCue = STRONG_BEFORE.before(tokens, i);
    // Grow a chain of name-like tokens on one line. Once the chain holds a given name or
    // follows a strong cue, capitalised ordinary words continue it ("Edward Rice").
    let j = i;
    let named = strongCue || c.given || c.honorific;
    while (j + 1 < tokens.length && j - i < 5) {
      const next = tokens[j + 1];
      const nc = at(j + 1);
      const joined = joinedBySpace(next.gap) || joinedByInitial(tokens[j], next.gap);
      if (!joined || nc.honorific || digitAt(text, next.end)) break;
      // 1.6.0: "Brock C. Stark", "Andreas A. Peter": a middle initial carries the chain to the
      // capitalised word after it, whatever that word also means.
      if (middleInitial(tokens, at, j)) {
        named = true;
        j += 2;
        continue;
      }
      if (!nameLike(next, nc) && !(named && continuesName(next, nc))) break;
      named = named || nc.given;
      j++;
    }
    // A first word glued into a path or code token ("…22\AHi Jane Doe", "src/Foo Jane") is
    // no part of the name after it: without this the whole chain went with that token.
    let s = i < j && inCodeToken(text, t.start, t.end) ? i + 1 : i;
    // Leading honorifics and sentence-opening ordinary words are not part of the name.
    let honorific = false;
    // Right after a person cue ("Patient Rose Meijer", "Account owner Holly Nicolas") an
    // ordinary word opening a two-word chain is a first name the lists don't hold.
    // 1.5.0: "Hi, I'm Maria Garcia": a pronoun or its contraction never opens a name.
    // 1.6.0: "Ask Ms. Major": right after an honorific, a capitalised ordinary word is the surname.
    const afterHonorific = i > 0 && at(i - 1).honorific && /^\.?[ \u00a0]{1,2}$/.test(t.gap) && !digitBefore(text, tokens[i - 1].start) && !FUNCTION_WORDS.has(t.lower);
    // 1.9.0: "Thanks Max!", "Jade just texted": a word-name alone after a greeting or before such a verb.
    const aloneWordName = i === j && c.wordName && !t.allCaps && (strongCue || (i + 1 < tokens.length && joinedBySpace(tokens[i + 1].gap) && STRONG_AFTER.has(tokens[i + 1].lower)) || (i + 2 < tokens.length && tokens[i + 1].lower === "just" && STRONG_AFTER.has(tokens[i + 2].lower)));
    while (s <= j && !aloneWordName && !(s === i && afterHonorific && !at(s).honorific) && (CONTRACTED_PRONOUN.test(tokens[s].lower) || at(s).honorific || ((at(s).common && !at(s).given && !(s > i && named)) || !nameLike(tokens[s], at(s))) && !(at(s).common && (cuedFirst(tokens, at, s, j) || wordNameFirst(tokens, at, s, j))))) {
      if (at(s).honorific) honorific = true;
      if (s > i && !at(s).honorific && named && continuesName(tokens[s], at(s))) break;
      s++;
    }
    // "Remind Rada Rusnac ...", "Patient Ana Lima": a sentence opening with a cue word the
    // lexicon doesn't know as ordinary ("Remind") has the name after it.
    if (s === i && i < j && t.sentenceStart && STRONG_BEFORE.isSingleWord(t.lower) && !c.given) s = i + 1;
    // 1.7.0: "Dün Ahmet Yılmaz ile konuştum", "Kunden Lars Nielsen bad om…": a sentence's
    // opening word that no name list holds (not even the wide one), before a known first name,
    // is an ordinary word of the language ("yesterday", "the customer"), not part of the name.
    // 1.9.0: not after "To:" opening a header line ("To: Auxence Gerard").
    if (s === i && s < j && t.sentenceStart && !afterHonorific && !c.given && !c.surname && !c.honorific && at(s + 1).given && !isListedName(t.lower, lex.commonWords) && !headerCue(tokens, i)) s = i + 1;
    // 1.9.0: "Paldies Jānim", "Puhuin Annan kanssa", "Küldd el Péternek": a given name in a case
    // form is inside a sentence, so the unlisted word opening it (a verb, "thanks") is no part of
    // the name, even where the wide list holds its spelling; "Ping Xiaoling": a chat verb opening it.
    // 1.10.0: also a verb that only looks like a surname by its ending ("Soitin Annalle", "Puhuin Annan kanssa").
    if (s === i && s < j && t.sentenceStart && !afterHonorific && !c.given && (!c.surname || c.morphOnly) && !c.honorific) s = openingWordOff(tokens, at, i, j, lex);
    // "Mr. Okonkwo": the honorific is its own chain when followed by a dot.
    if (s === i && i > 0 && at(i - 1).honorific && /^\.?[ \u00a0]{1,2}$/.test(t.gap)) honorific = true;
    // A chain right after a strong person cue is a name: its last word stays ("Customer Cassien Cousin").
    if (!named && s <= j && s !== i && STRONG_BEFORE.before(tokens, s)) {
      named = true;
      while (j + 1 < tokens.length && j - s < 3 && joinedBySpace(tokens[j + 1].gap) && continuesName(tokens[j + 1], at(j + 1))) j++;
    }
    // 1.8.0: "Ele Santos ligou": Portuguese "he"/"she" right before a surname is a given name
    // (the pronoun is never followed by a bare surname).
    if (s === i + 1 && s <= j && OPENING_PRONOUN_NAMES.has(t.lower) && !t.allCaps && at(s).surname && !at(s).common) s = i;
    let e = j;
    while (e >= s && !aloneWordName && !(e === i && afterHonorific) && (at(e).particle || (at(e).common && !at(e).given && !at(e).surname && !(named && e > s)))) e--;
    const verdict = s > e ? NOT_A_PERSON : notAPerson(text, tokens, at, s, e);
    if (verdict !== PERSON_CHAIN) {
      // "from Carroll Bridge", "at Logan Airport": after a place word it is the place.
      // 1.9.0: without one too ("Logan Airport was crowded"), when a name opens it ("Help Center"
      // is a page) and the word names a place, not a prize.
      if (verdict === FACILITY_CHAIN && ((s > 0 && PLACE_PREPOSITIONS.has(tokens[s - 1].lower)) || ((at(s).given || at(s).surname) && !at(s).common && !NON_PLACE_FACILITY.has((facility(tokens[e], at(e)) ? tokens[e] : tokens[e + 1]).lower)))) out.push(candidate("LOCATION", tokens[s].start, tokens[facility(tokens[e], at(e)) ? e : e + 1].end, 0.6, "person-facility"));
      i = j + 1;
      continue;
    }
    const score = scoreChain(text, tokens, at, s, e, i, honorific, strongCue);
    if (score >= 0.3) out.push(candidate("PERSON", tokens[s].start, tokens[e].end, score, "person"));
    i = j + 1;
  }
  // 1.6.0: names in capitals ("SZŐKE GYÖRGY") from every list, not only the main ones (person-caps.ts).
  if (tokens.some((t) => t.allCaps)) {
    capsNames(text, tokens, (k) => {
      const c = at(k);
      const folded = foldWord(tokens[k].lower);
      return { name: c.given || c.surname, listed: isListed(tokens[k], c, lex) || (folded !== tokens[k].lower && isListedName(folded, lex.commonWords)), ordinary: c.common || c.honorific || c.code || lex.extraCommon.has(tokens[k].lower) };
    }, (k) => STRONG_BEFORE.before(tokens, k) || LIST_CUES.before(tokens, k), out);
  }
  const indic = findCaselessScripts(tokens, out);
  caselessAfterCue(tokens, [STRONG_BEFORE, LIST_CUES], out);
  // After a cue that announces people, a first word that is also an ordinary word ("Dries") is still a name.
  cuedLists(text, tokens, out, (value) => listMember(value, lex) || (value.includes(" ") && listMember(value.slice(value.indexOf(" ") + 1), lex)), (w) => (lex.givenNames.has(w) || lex.surnames.has(w)) && !lex.commonWords.has(w) && !FUNCTION_WORDS.has(w));
  headerNames(text, out, (value) => {
    const words = value.toLowerCase().split(/\s+/);
    return listMember(value, lex) || words.some((w) => lex.surnames.has(w) || (lex.givenNames.has(w) && !lex.commonWords.has(w)));
  });
  cjkNames(text, out);
  vietnameseNames(text, out);
  // 1.10.0: the cells under "first_name,last_name", "| Name | Email |"; a bare "name" column only with a listed name in it.
  tableNames(text, tokens, out, (value) => value.toLowerCase().split(/[ \u00a0]+/).some((w) => lex.surnames.has(w) || (lex.givenNames.has(w) && !lex.commonWords.has(w))));
  listMembers(text, out, lex);
  // 1.11.0: Devanagari, Bengali and Tamil names without a cue (person-indic.ts), where no cue or
  // list found one; most texts hold no such letter.
  if (indic) indicNames(tokens, out);
  return out;
}

/**
 * Token j is a name-like word, j+1 a single capital letter, then ". " and a capitalised
 * word: "Brock C. Stark". An ordinary word before the initial ("Plan B. The") is none.
 */
function middleInitial(tokens: WordToken[], at: ClassAt, j: number): boolean {
  if (j + 2 >= tokens.length) return false;
  const initial = tokens[j + 1];
  const after = tokens[j + 2];
  if (initial.text.length !== 1 || !initial.cap || !joinedBySpace(initial.gap) || !/^\.[ \u00a0]$/.test(after.gap)) return false;
  if (!after.cap || after.allCaps || at(j + 2).honorific || FUNCTION_WORDS.has(after.lower) || getLexicon().extraCommon.has(after.lower)) return false;
  const c = at(j);
  return tokens[j].cap && !c.code && !c.honorific && (!c.common || c.given);
}

function digitAt(text: string, at: number): boolean {
  const c = at < text.length ? text.charCodeAt(at) : 0;
  return c >= 48 && c <= 57;
}

// LOCATION too: a place named after someone ("Logan Airport") is found here, so a selection of
// LOCATION alone must run this recognizer.
export const personRecognizer: Recognizer = { id: "person", types: ["PERSON", "LOCATION"], find: findPersons };
