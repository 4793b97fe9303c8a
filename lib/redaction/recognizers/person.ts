/**
 * PERSON without a trained model: chains of capitalised words scored by name lists
 * (compromise's lexicon + ours), surname morphology and context cues (greetings,
 * sign-offs, "my name is", honorifics). Scripts without letter case use family-name
 * lists. compromise's tagger is consulted only for undecided chains, on a short window,
 * because it runs at ~40 KB/s and the engine must do 1 MB/s.
 */
import nlp from "compromise";
import { getLexicon, type Lexicon } from "../lexicon/lexicon";
import { ARABIC_SCRIPT_NAMES, CJK_SURNAMES, JAPANESE_SURNAMES, KOREAN_SURNAMES, SURNAME_SUFFIXES } from "../lexicon/name-lists";
import { candidate } from "../text-scan";
import type { Candidate, Recognizer } from "../types";
import { joinedByInitial, joinedBySpace, tokenizeWords, type WordToken } from "./tokens";

const STRONG_BEFORE = ["ship to", "bill to", "deliver to", "sold to", "my name is", "name is", "name's", "i am", "i'm", "im", "this is", "call me", "named", "called", "hi", "hello", "hey", "dear", "thanks", "thank you", "regards", "sincerely", "signed", "cheers", "best", "yours", "greetings", "ciao", "hola", "bonjour", "hallo", "salut", "namaste", "attn", "attention", "c/o", "name", "full name", "customer name", "cardholder", "patient", "aka", "née", "nee", "goodbye", "bye", "welcome", "congratulations", "congrats", "happy birthday", "love"];
const WEAK_BEFORE = ["from", "by", "with", "to", "cc", "bcc", "ask", "tell", "contact", "customer", "client", "user", "employee", "agent", "manager", "colleague", "spoke", "talked", "met", "wife", "husband", "son", "daughter", "mother", "father", "mom", "dad", "friend", "boss", "brother", "sister", "partner", "assigned", "for", "and", "or", "author", "reviewer", "owner", "landlord", "tenant", "doctor", "nurse", "student", "teacher", "mr", "ms", "mrs", "dr", "per", "about", "emailed", "called", "messaged", "invited", "pinged", "thank", "reply", "sent", "meet", "see", "visit", "approved", "signed"];
const LOWER_CASE_CUES = ["my name is", "name is", "i am", "i'm", "im", "this is", "call me", "named", "hi", "hello", "hey", "dear", "thanks"];
const AFTER_CUES = ["said", "says", "wrote", "writes", "asked", "asks", "replied", "called", "reported", "mentioned", "confirmed", "here", "speaking", "joined", "left", "is", "was", "has", "will", "and", "who", "from", "at", "via", "(", "'s", "’s"];

const SUFFIXES = [...new Set(SURNAME_SUFFIXES)].sort((a, b) => b.length - a.length);
const CJK_SET = new Set([...CJK_SURNAMES]);
const JP_LIST = JAPANESE_SURNAMES.split(" ");
const KO_SET = new Set(KOREAN_SURNAMES.split(" "));
const AR_SET = new Set(ARABIC_SCRIPT_NAMES.split(" "));
const HAN = /^[\u4e00-\u9fff\u3400-\u4dbf]+$/;
const HANGUL = /^[\uac00-\ud7af]+$/;
const ARABIC = /^[\u0600-\u06ff]+$/;
const KANA = /^[\u3040-\u30ff\u4e00-\u9fff]+$/;

interface TokenClass {
  given: boolean;
  surname: boolean;
  common: boolean;
  place: boolean;
  particle: boolean;
  honorific: boolean;
}

const classCache = new Map<string, TokenClass>();

/** Token classes depend only on the token's text; cache them (bounded). */
function classify(t: WordToken, lex: Lexicon): TokenClass {
  const hit = classCache.get(t.text);
  if (hit) return hit;
  const c = classifyUncached(t, lex);
  if (classCache.size > 50_000) classCache.clear();
  classCache.set(t.text, c);
  return c;
}

function classifyUncached(t: WordToken, lex: Lexicon): TokenClass {
  const w = t.lower;
  // Hyphenated given names ("Jean-Luc", "Anne-Marie") count when every part is one.
  const given = lex.givenNames.has(w) || (w.includes("-") && w.split("-").every((p) => lex.givenNames.has(p)));
  const knownSurname = lex.surnames.has(w);
  const common = lex.commonWords.has(w) && !knownSurname;
  const morph = !common && w.length >= 5 && (t.cap || t.allCaps) && SUFFIXES.some((s) => w.endsWith(s) && w.length > s.length + 2);
  return {
    given,
    surname: knownSurname || morph,
    common,
    place: lex.cities.has(w) || lex.countries.has(w) || lex.regions.has(w),
    particle: lex.particles.has(w) && !t.cap,
    honorific: lex.honorifics.has(w),
  };
}

/** Window of lower-case text just before a token, for cue phrases. */
function lead(text: string, at: number): string {
  return text.slice(Math.max(0, at - 28), at).toLowerCase().replace(/[\s,:;!\-–—"'(]+$/g, " ").trimEnd();
}

function endsWithCue(window: string, cues: readonly string[]): boolean {
  return cues.some((c) => window.endsWith(c) && (window.length === c.length || !/[a-z0-9]/.test(window[window.length - c.length - 1])));
}

const nlpCache = new Map<string, boolean>();

/** Asks compromise whether a short window tags `name` as a person (cached, bounded). */
function compromiseSaysPerson(window: string, name: string): boolean {
  const key = window + "\u0000" + name;
  const hit = nlpCache.get(key);
  if (hit !== undefined) return hit;
  const people = nlp(window).people().out("array") as string[];
  const yes = people.some((p) => p.includes(name) || name.includes(p.replace(/[.,!?;:]+$/, "")));
  if (nlpCache.size > 2000) nlpCache.clear();
  nlpCache.set(key, yes);
  return yes;
}

function nameLike(t: WordToken, c: TokenClass): boolean {
  if (c.particle) return true;
  if (!t.cap) return false;
  if (t.allCaps) return (c.given || c.surname) && t.text.length > 2;
  return !c.common || c.given;
}

function findPersons(text: string): Candidate[] {
  const lex = getLexicon();
  const tokens = tokenizeWords(text);
  const classes = tokens.map((t) => classify(t, lex));
  const out: Candidate[] = [];
  // compromise gets at most ~0.5% of the text (plus a small floor) per call.
  let nlpBudget = 600 + text.length * 0.005;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const c = classes[i];
    if (!t.cap && !(c.given || c.surname)) {
      i++;
      continue;
    }
    if (!t.cap) {
      // Chat users often type in lower case: "my name is priya sharma".
      if (endsWithCue(lead(text, t.start), LOWER_CASE_CUES)) {
        let e = i;
        while (e + 1 < tokens.length && e - i < 3 && joinedBySpace(tokens[e + 1].gap) && (classes[e + 1].given || classes[e + 1].surname)) e++;
        out.push(candidate("PERSON", t.start, tokens[e].end, 0.75, "person-lower"));
        i = e + 1;
      } else i++;
      continue;
    }
    // Grow a chain of name-like tokens on one line.
    let j = i;
    while (j + 1 < tokens.length && j - i < 5) {
      const next = tokens[j + 1];
      const nc = classes[j + 1];
      const joined = joinedBySpace(next.gap) || joinedByInitial(tokens[j], next.gap);
      if (!joined || !nameLike(next, nc) || nc.honorific) break;
      j++;
    }
    let s = i;
    // Leading honorifics and sentence-opening ordinary words are not part of the name.
    let honorific = false;
    while (s <= j && (classes[s].honorific || (classes[s].common && !classes[s].given) || !nameLike(tokens[s], classes[s]))) {
      if (classes[s].honorific) honorific = true;
      s++;
    }
    // "Mr. Okonkwo": the honorific is its own chain when followed by a dot.
    if (s === i && i > 0 && classes[i - 1].honorific && /^\.?[ \u00a0]{1,2}$/.test(t.gap)) honorific = true;
    let e = j;
    while (e >= s && (classes[e].particle || (classes[e].common && !classes[e].given && !classes[e].surname))) e--;
    if (s > e) {
      i = j + 1;
      continue;
    }
    const chain = tokens.slice(s, e + 1);
    const cls = classes.slice(s, e + 1);
    const words = cls.filter((k) => !k.particle).length;
    const anyGiven = cls.some((k) => k.given);
    const anySurname = cls.some((k) => k.surname);
    const firstGiven = cls[0].given;
    const allPlace = cls.every((k) => k.place || k.particle);
    const lower = chain.every((k) => !k.cap);
    let score: number;
    if (words >= 2) score = firstGiven ? 0.85 : anyGiven || anySurname ? 0.7 : 0.4;
    else score = c.common && cls[0].given ? 0.3 : cls[0].given ? 0.6 : cls[0].surname ? 0.45 : 0.2;
    if (chain[0].sentenceStart && words === 1 && !honorific) score -= 0.1;
    if (allPlace && !anyGiven) score -= 0.35;
    const pre = lead(text, chain[0].start);
    const post = text.slice(chain[chain.length - 1].end, chain[chain.length - 1].end + 12).toLowerCase().trimStart();
    if (honorific || (s > i && classes[s - 1].honorific)) score = Math.max(score + 0.3, 0.85);
    else if (endsWithCue(pre, STRONG_BEFORE)) score += 0.35;
    else if (endsWithCue(pre, WEAK_BEFORE)) score += 0.12;
    if (AFTER_CUES.some((cue) => post.startsWith(cue) && !/[a-z]/.test(post[cue.length] ?? " "))) score += 0.1;
    // A chain alone on its line after a sign-off ("Best,\nJane Doe") is a signature.
    if (/(regards|thanks|thank you|best|cheers|sincerely|yours|--|—)[,!.]?\s*\n\s*$/i.test(text.slice(Math.max(0, chain[0].start - 30), chain[0].start))) score = Math.max(score, 0.85);
    if (lower) score -= 0.25;
    if (score >= 0.3 && score < 0.5 && nlpBudget > 0 && !allPlace) {
      const from = Math.max(0, chain[0].start - 60);
      const to = Math.min(text.length, chain[chain.length - 1].end + 40);
      nlpBudget -= to - from;
      const name = text.slice(chain[0].start, chain[chain.length - 1].end);
      if (compromiseSaysPerson(text.slice(from, to), name)) score += 0.2;
    }
    if (score >= 0.3) out.push(candidate("PERSON", chain[0].start, chain[chain.length - 1].end, score, "person"));
    i = j + 1;
  }
  findCaselessScripts(tokens, out);
  return out;
}

/** Han, Hangul and Arabic-script names: a known family name opening a short standalone run. */
function findCaselessScripts(tokens: WordToken[], out: Candidate[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const w = t.text;
    if (w.length >= 2 && w.length <= 4 && HAN.test(w) && (CJK_SET.has(w[0]) || JP_LIST.some((s) => w.startsWith(s)))) {
      out.push(candidate("PERSON", t.start, t.end, 0.6, "cjk"));
    } else if (KANA.test(w) && JP_LIST.includes(w) && k + 1 < tokens.length && joinedBySpace(tokens[k + 1].gap) && KANA.test(tokens[k + 1].text)) {
      out.push(candidate("PERSON", t.start, tokens[k + 1].end, 0.7, "ja"));
      k++;
    } else if (w.length >= 2 && w.length <= 4 && HANGUL.test(w) && KO_SET.has(w[0])) {
      out.push(candidate("PERSON", t.start, t.end, 0.55, "ko"));
    } else if (ARABIC.test(w) && AR_SET.has(w)) {
      let e = k;
      while (e + 1 < tokens.length && e - k < 3 && joinedBySpace(tokens[e + 1].gap) && ARABIC.test(tokens[e + 1].text)) e++;
      out.push(candidate("PERSON", t.start, tokens[e].end, e > k ? 0.8 : 0.6, "ar"));
      k = e;
    }
  }
}

export const personRecognizer: Recognizer = { id: "person", types: ["PERSON"], find: findPersons };
