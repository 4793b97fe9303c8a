/**
 * 1.11.0: scoreChain, the score of a chain of capitalised words (split out of person.ts,
 * unchanged): list membership, cues before and after, sign-offs, vocatives, headers.
 */
import { getLexicon, type Lexicon } from "../lexicon/lexicon";
import { STRONG_PLACE_CUES } from "./location";
import { joinedBySpace, type WordToken } from "./tokens";
import { codeMention } from "./person-gates";
import { TECH } from "./gazetteer-places";
import { lexHas } from "./word-info";
import { type ClassAt, givenNotWord, isListed, wordNameFirst } from "./person-classify";
import { AFTER_CUES, FUNCTION_WORDS, PLACE_PREPOSITIONS, PREPOSITION_CUES, SIGN_OFFS, STATEMENT_AFTER_LISTED, STRONG_AFTER, STRONG_AFTER_LISTED, STRONG_BEFORE, WEAK_BEFORE } from "./person-cue-sets";

// 1.5.0: "He wrote ...", "She said ...": an English personal pronoun alone is no name, even
// where a name list holds its spelling (the family name He, 何).
export const CONTRACTED_PRONOUN = /^(?:i|you|we|they|he|she|it)['’](?:m|re|ve|ll|d|s)$/;
const PRONOUNS = new Set(["he", "she", "we", "they", "it", "you", "i", "me", "him", "her", "us", "them"]);

/** Scores the chain tokens[s..e] (i: where the raw chain began, before trimming). */
export function scoreChain(text: string, tokens: WordToken[], at: ClassAt, s: number, e: number, i: number, honorific: boolean, strongCueAtI: boolean): number {
  const lex = getLexicon();
  const first = tokens[s];
  if (s === e && PRONOUNS.has(first.lower) && !strongCueAtI && !honorific) return 0;
  // One pass over the chain (it runs for every capitalised chain of every message).
  let words = 0;
  let anyGiven = false;
  let anySurname = false;
  let allPlace = true;
  // Capitalised words no list knows (not English, not a place or a company) are proper
  // nouns; next to a person cue they are names from cultures our lists miss.
  let unknown = true;
  // 1.8.0: every word an ordinary one that no list holds as a name ("Support Team", "Customer").
  let ordinary = true;
  for (let k = s; k <= e; k++) {
    const c = at(k);
    if (!c.particle) words++;
    ordinary &&= c.common && !c.given && !c.surname && !c.wordName;
    anyGiven ||= c.given;
    anySurname ||= c.surname;
    allPlace &&= c.place || c.particle;
    unknown &&= !c.common && !c.place && !lex.organizations.has(tokens[k].lower);
  }
  // Every word a listed name (and no ordinary word): "Thandeka Mthembu", "Adebayo Okafor".
  const allListed = (): boolean => {
    for (let k = s; k <= e; k++) {
      const c = at(k);
      if (!c.particle && !isListed(tokens[k], c, lex)) return false;
    }
    return true;
  };
  const c0 = at(s);
  const lower = !first.cap;
  let score: number;
  if (words >= 2) score = c0.given ? 0.85 : anyGiven || anySurname || wordNameFirst(tokens, at, s, e) ? 0.7 : unknown && allListed() ? 0.6 : unknown ? 0.45 : 0.4;
  // 1.9.0: a given name that is also a word ("Max", "Jade", "Will") alone scores as a listed
  // common given name: a greeting before it or "texted" after it makes it a name ("Thanks Max!").
  else score = (c0.common && c0.given) || c0.wordName ? 0.3 : c0.given ? 0.6 : c0.surname ? 0.45 : isListed(first, c0, lex) && unknown ? 0.42 : unknown ? (PLACE_PREPOSITIONS.has(s > 0 ? tokens[s - 1].lower : "") ? 0.35 : 0.38) : 0.2;
  if (first.sentenceStart && words === 1 && !honorific) score -= 0.1;
  // "Anna Berg <anna@x.org>", "Anna Berg (anna@x.org)": a name written before its e-mail address.
  // 1.8.0: the bracket looked for by char code first, so most chains take no slice and no regex.
  if (bracketAfter(text, tokens[e].end) && /^[ \u00a0]?[<(][^\s<>()]{1,64}@/.test(text.slice(tokens[e].end, tokens[e].end + 70)) && !allPlace) score = Math.max(score, 0.8);
  // "Ashmi E. Hamal": a middle initial between two names is a person's name.
  for (let k = s + 1; k < e; k++) if (tokens[k].text.length === 1 && tokens[k].cap && /^\.[ \u00a0]$/.test(tokens[k + 1].gap) && !at(k - 1).common && !at(k + 1).common) score = Math.max(score, 0.75);
  if (allPlace && !anyGiven) score -= 0.35;
  // A chain that is exactly a known place ("Hong Kong", "San Jose") is a place.
  if (words >= 2 && wholePlace(tokens, s, e)) score -= 0.4;
  // 1.9.0: "To: Cindy Will" in a forwarded message's header (the address-less form).
  const strongCue = (s === i ? strongCueAtI : STRONG_BEFORE.before(tokens, s)) || headerCue(tokens, s);
  if (STRONG_PLACE_CUES.before(tokens, s)) score -= 0.3;
  // "12.4ms | Allocations": "ms" written against a number is a unit, not "Ms".
  // 1.8.0: "Dear Customer": "dear" before one ordinary word opens no name.
  const dearRole = ordinary && words === 1 && s > 0 && tokens[s - 1].lower === "dear";
  // 1.11.0: "HR" in capitals is no honorific (person-classify.ts), but before a listed surname
  // it is Danish "Hr." or a colleague's department ("From: HR Kowalski"): a person either way.
  const hrBefore = s > 0 && tokens[s - 1].text === "HR" && words === 1 && c0.surname && !c0.common;
  if (!dearRole && (honorific || hrBefore || (s > 0 && at(s - 1).honorific && !digitBefore(text, tokens[s - 1].start)))) score = Math.max(score + 0.3, 0.85);
  // 1.7.0: "@Sherzod can you review": a mention in chat names a person (not "@Stripe", a known word).
  else if (first.start > 0 && text.charCodeAt(first.start - 1) === 64 && !allPlace && (first.start === 1 || /\s/.test(text[first.start - 2])) && !codeMention(tokens, s, e, c0.given || c0.surname)) score += 0.3;
  // 1.8.0: "Dear Customer", "cc Operations": one ordinary word after a cue is a role or a team.
  else if (strongCue) score += ordinary && words === 1 ? 0.2 : 0.35;
  // 1.11.0: a verb's cue is none for a product's name alone that is also a surname ("waiting on
  // Jenkins", "ask Jenkins to rebuild"); a preposition's half boost stays ("send it to Jenkins in accounting").
  else if (WEAK_BEFORE.before(tokens, s)) score += PREPOSITION_CUES.has(tokens[s - 1].lower) ? 0.06 : words === 1 && !c0.given && lexHas(first.info, TECH) ? 0 : 0.12;
  const next = tokens[e + 1];
  const tail = text.slice(tokens[e].end, tokens[e].end + 3);
  if (next && joinedBySpace(next.gap) && (STRONG_AFTER.has(next.lower) || ((anyGiven || anySurname) && (STRONG_AFTER_LISTED.has(next.lower) || (STATEMENT_AFTER_LISTED.has(next.lower) && !lexHas(first.info, TECH)))))) {
    score += 0.2 + (next.lower === "here" && first.sentenceStart && words <= 3 && commaSpaceStart(text.slice(next.end, next.end + 2)) ? 0.15 : 0);
    // 1.10.0: "Bill said ok", "Max texted me": a word-name opening a sentence before a verb of
    // speech is the subject; "bill" or "max" the words take no "said".
    if (words === 1 && c0.wordName && first.sentenceStart && !first.allCaps && next.lower !== "here") score = Math.max(score, 0.6);
  }
  // 1.10.0: "Jade just texted": the same with "just" between.
  else if (next && next.lower === "just" && words === 1 && c0.wordName && first.sentenceStart && !first.allCaps && e + 2 < tokens.length && STRONG_AFTER.has(tokens[e + 2].lower) && joinedBySpace(tokens[e + 2].gap)) score = Math.max(score, 0.6);
  // 1.9.0: "let Keanu know": only a person is let know.
  else if (next && next.lower === "know" && s > 0 && tokens[s - 1].lower === "let" && joinedBySpace(next.gap) && words <= 3) score += 0.3;
  // 1.7.0: "Dorel and I will arrive", "Nizom and me": only a person does things with "I".
  else if (next && next.lower === "and" && joinedBySpace(next.gap) && e + 2 < tokens.length && (tokens[e + 2].text === "I" || tokens[e + 2].lower === "me") && joinedBySpace(tokens[e + 2].gap)) score += 0.25;
  // 1.11.0: "Kowalski's PR broke", "Nakamura's report": a listed name's possessive counts twice as
  // much, so a surname alone opening a sentence is a person's ("Monday's", "Python's" are no names).
  else if (bracketOrPossessive(tail)) score += words === 1 && (c0.given || c0.surname) && !c0.common && (tail.charCodeAt(0) === 39 || tail.charCodeAt(0) === 0x2019) && !lexHas(first.info, TECH) ? 0.2 : 0.1;
  else if (next && joinedBySpace(next.gap) && AFTER_CUES.has(next.lower)) score += 0.1;
  // Vocative: a name opening a sentence or a quote, then a comma ("Jesper, I waited ...").
  if (words <= 3 && !allPlace && commaSpaceStart(tail) && (first.sentenceStart || /["“'‘]$/.test(first.gap)) && next && FUNCTION_WORDS.has(next.lower) && (!next.cap || next.text === "I")) score += 0.3;
  // A chain alone on its line after a sign-off ("Best,\nJane Doe") is a signature.
  // 1.8.0: not when every word is an ordinary one ("Best regards,\nThe Support Team", "Accounts Payable").
  if (!ordinary && first.gap.includes("\n") && SIGN_OFFS.before(tokens, s, true) && lineEndsAfter(text, tokens[e].end)) score = Math.max(score, 0.85);
  // 1.10.0: "— Mateus", "-- Ana Lima": a name alone on its line after a dash opening the line signs the message.
  if (!ordinary && words <= 3 && dashSignOff(first.gap, s === 0) && !allPlace && (c0.given || c0.surname || isListed(first, c0, lex)) && lineEndsAfter(text, tokens[e].end)) score = Math.max(score, 0.8);
  // 1.10.0: "Obrigado!\nMateus", "Sent from my iPhone\n\nMateus": a name of the main lists alone
  // on the message's last line signs it. Not the wide list: a window the engine analyses again
  // may end on a word that opens a sentence ("…\n\nSolar").
  if (!ordinary && words <= 2 && e === tokens.length - 1 && (c0.given || (c0.surname && !c0.morphOnly)) && !c0.common && !c0.wordName && first.gap.includes("\n") && !allPlace && /^[\s.!]*$/.test(text.slice(tokens[e].end))) score = Math.max(score, 0.7);
  // 1.11.0: "Okafor: I'll take it", "[10:01] Kowalczyk: deploy done": a listed name (no ordinary
  // word, place or product) opening its line before ": " and more words is a transcript's speaker.
  if (words <= 2 && !allPlace && first.text.length >= 3 && !FUNCTION_WORDS.has(first.lower) && speakerColon(text, tokens[e].end) && lineOpening(first.gap, s === 0) && ((c0.given && !c0.common && !c0.wordName) || (c0.surname && !c0.morphOnly && !c0.common)) && !lexHas(first.info, TECH)) score = Math.max(score, 0.6);
  // 1.11.0: "Nakamura-san will join", "Tanaka-sensei": a Japanese title glued to a word that is no ordinary one.
  if (words === 1 && first.cap && JAPANESE_TITLE.test(first.lower) && !lex.commonWords.has(first.lower.slice(0, first.lower.lastIndexOf("-")))) score = Math.max(score, 0.7);
  // 1.10.0: "Puhuin Annan kanssa": a given name in the Finnish genitive before a postposition.
  if (words === 1 && finnishGenitive(tokens, s, lex)) score = Math.max(score, 0.6);
  if (lower) score -= 0.25;
  return score;
}

/** ": " and a character of the line's text at `end`. */
function speakerColon(text: string, end: number): boolean {
  if (end + 2 >= text.length || text.charCodeAt(end) !== 58 || text.charCodeAt(end + 1) !== 32) return false;
  const c = text.charCodeAt(end + 2);
  return c !== 10 && c !== 13 && c !== 32;
}

/** The gap before a line's first word: a line break (or the text's start), then at most a timestamp ("[10:01] ", "10:01 "). */
function lineOpening(gap: string, atStart: boolean): boolean {
  const nl = gap.lastIndexOf("\n");
  if (nl < 0 && !atStart) return false;
  return SPEAKER_PREFIX.test(nl < 0 ? gap : gap.slice(nl + 1));
}

const SPEAKER_PREFIX = /^[ \t]*(?:\[?[\d:.\/ -]{3,25}\]?[ \t]+)?$/;

const JAPANESE_TITLE = /^\p{L}{3,}-(?:san|sama|kun|chan|sensei|senpai|sempai|shi)$/u;

/** A gap that is a dash opening a line (or the text): "\n— ", "\n-- ", "\n–". */
function dashSignOff(gap: string, atStart: boolean): boolean {
  const nl = gap.lastIndexOf("\n");
  if (nl < 0 && !atStart) return false;
  const dash = gap.slice(nl + 1).trim();
  return dash === "—" || dash === "–" || dash === "--" || dash === "-" || dash === "~";
}

const HEADER_WORDS = new Set(["to", "from", "cc", "an", "von", "à", "de", "para", "aan", "till", "från", "do", "od", "kime", "kimden"]);

/** "To:", "From:", "Cc:" opening a line right before tokens[s]. */
export function headerCue(tokens: WordToken[], s: number): boolean {
  if (s === 0 || !HEADER_WORDS.has(tokens[s - 1].lower) || !/^:[ \t]+$/.test(tokens[s].gap)) return false;
  return s === 1 || tokens[s - 1].gap.includes("\n");
}

/** An "@" right before `at`, opening the text or after a space (a mention, not an e-mail address). */
export function mentionAt(text: string, at: number): boolean {
  if (at === 0 || text.charCodeAt(at - 1) !== 64) return false;
  const c = at >= 2 ? text.charCodeAt(at - 2) : 32;
  return c === 32 || c === 10 || c === 9 || c === 0xa0 || c === 40;
}

/** "<" or "(" at `at`, or after one space there: where a name's e-mail address may follow. */
function bracketAfter(text: string, at: number): boolean {
  let c = at < text.length ? text.charCodeAt(at) : 0;
  if ((c === 32 || c === 0xa0) && at + 1 < text.length) c = text.charCodeAt(at + 1);
  return c === 60 || c === 40;
}

export function digitBefore(text: string, at: number): boolean {
  const c = at > 0 ? text.charCodeAt(at - 1) : 0;
  return c >= 48 && c <= 57;
}

/**
 * `/^(?: ?\(|['’]s\b)/` on the three characters after a chain, by char code (it runs for
 * every chain): "Jane (", "Jane's", "Jane’s" but not "Jane'sx".
 */
function bracketOrPossessive(tail: string): boolean {
  // Reads stay inside the string: an out-of-range charCodeAt deoptimises the scorer.
  const n = tail.length;
  if (n === 0) return false;
  const c0 = tail.charCodeAt(0);
  if (c0 === 40 || (c0 === 32 && n > 1 && tail.charCodeAt(1) === 40)) return true;
  if ((c0 !== 39 && c0 !== 0x2019) || n < 2 || tail.charCodeAt(1) !== 115) return false;
  if (n < 3) return true;
  // \b after the "s": the next character is not [A-Za-z0-9_].
  const c2 = tail.charCodeAt(2);
  return !((c2 >= 48 && c2 <= 57) || (c2 >= 65 && c2 <= 90) || (c2 >= 97 && c2 <= 122) || c2 === 95);
}

/** `/^,[ \u00a0]/` on the characters after a chain. */
function commaSpaceStart(tail: string): boolean {
  if (tail.length < 2 || tail.charCodeAt(0) !== 44) return false;
  const c1 = tail.charCodeAt(1);
  return c1 === 32 || c1 === 0xa0;
}

export function lineEndsAfter(text: string, end: number): boolean {
  return /^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 8));
}

/** Whether tokens[s..e] spell one known multi-word place. */
function wholePlace(tokens: WordToken[], s: number, e: number): boolean {
  const options = getLexicon().placeFirstWords.get(tokens[s].lower);
  if (!options) return false;
  let phrase = tokens[s].lower;
  for (let k = s + 1; k <= e; k++) phrase += " " + tokens[k].lower;
  return options.includes(phrase);
}

// Finnish postpositions that take a genitive ("Annan kanssa", with Anna; "Mikon luona", at Mikko's).
const FINNISH_POSTPOSITIONS = new Set("kanssa kanssaan luona luokse luota puolesta takia vuoksi mukaan kautta jälkeen kohdalla".split(" "));

/** 1.10.0: tokens[k] a listed given name (no word) plus the genitive "-n", before a Finnish postposition. */
export function finnishGenitive(tokens: WordToken[], k: number, lex: Lexicon): boolean {
  const w = tokens[k].lower;
  const next = k + 1 < tokens.length ? tokens[k + 1] : undefined;
  if (!next || w.length < 4 || !w.endsWith("n") || !joinedBySpace(next.gap) || !FINNISH_POSTPOSITIONS.has(next.lower)) return false;
  return givenNotWord(w.slice(0, -1), lex);
}
