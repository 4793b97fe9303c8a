/**
 * 1.11.0: what a capitalised word is to PERSON (split out of person.ts, unchanged): given name,
 * surname, ordinary word, place, honorific, particle, code. A given name is also found in its
 * grammatical cases (Slavic, Baltic, Finnish, Hungarian, Turkish, possessive "-s"). The class is
 * computed once per distinct word and kept on the word's shared record (word-info.ts).
 */
import { getLexicon, type Lexicon } from "../lexicon/lexicon";
import { isListedName } from "../lexicon/human-names";
import { foldWord, getGazetteer } from "../lexicon/gazetteer";
import { SURNAME_SUFFIXES } from "../lexicon/name-lists";
import { codeCased, joinedBySpace, type WordToken } from "./tokens";
import { WORD_GIVEN_NAMES } from "../lexicon/more-names";
import { FOREIGN_FUNCTION, FUNCTION_WORDS } from "./person-cue-sets";

const SUFFIXES = [...new Set(SURNAME_SUFFIXES)].sort((a, b) => b.length - a.length);

export interface TokenClass {
  given: boolean;
  surname: boolean;
  common: boolean;
  place: boolean;
  particle: boolean;
  honorific: boolean;
  /** 1.6.0: a given name that is also an ordinary word ("Eve", "Frank"): a name only before a non-word. */
  wordName: boolean;
  /** 1.10.0: a surname only by its ending ("-in", "-ova"), in no list: may be a verb ("Puhuin", "Soitin"). */
  morphOnly: boolean;
  /** Written in code case ("OrderQueue", "SciPy"): never a name. */
  code: boolean;
  /**
   * In the wide (noisy) human-names list only: a weak signal (lexicon/human-names.ts).
   * Looked up on first use (`isListed`): only chain scoring asks, for few tokens.
   */
  listed?: boolean;
}

export const WORD_NAMES = new Set(WORD_GIVEN_NAMES.split(/\s+/).filter(Boolean));

/** "Eve Wuckert": an ordinary word that is a given name, then a capitalised word that is no ordinary word. */
export function wordNameFirst(tokens: WordToken[], at: ClassAt, s: number, j: number): boolean {
  if (!at(s).wordName || s >= j || !tokens[s].cap || tokens[s].allCaps) return false;
  const n = at(s + 1);
  const next = tokens[s + 1];
  if (!next.cap || next.allCaps || n.common || n.code || n.honorific || n.place) return false;
  // "Prince Albert Road" is a street.
  const third = tokens[s + 2];
  if (third && joinedBySpace(third.gap) && getLexicon().streetTypes.has(third.lower)) return false;
  // A surname or a word no list knows ("Eve Wuckert"), not a town ("Summer Sale").
  return (getGazetteer().population.get(foldWord(next.lower)) ?? 0) < 15_000;
}

/** The class of token k (computed on first use). */
export type ClassAt = (k: number) => TokenClass;

/** Token classes depend only on the token's text: kept on the word's shared record (word-info.ts). */
export function classify(t: WordToken, lex: Lexicon): TokenClass {
  return (t.info.person ??= classifyUncached(t, lex)) as TokenClass;
}

function classifyUncached(t: WordToken, lex: Lexicon): TokenClass {
  const w = t.lower;
  // 1.6.0: the lists hold many names without their diacritics ("Gyorgy", "Julio"): a word with
  // diacritics is looked up folded too ("György", "Júlio", "Đinh"), unless it is a greeting or
  // function word whose folded form is a name ("Olá" is no "Ola").
  const folded = /[^\x00-\x7f]/.test(w) && w.charCodeAt(0) < 0x370 ? foldWord(w) : w;
  // Hyphenated given names ("Jean-Luc", "Anne-Marie") count when every part is one.
  const given = lex.givenNames.has(w) || (folded !== w && lex.givenNames.has(folded) && !FOREIGN_FUNCTION.has(w)) || (w.includes("-") && (w.split("-").every((p) => lex.givenNames.has(p)) || romanisedSyllables(w))) || declinedGivenName(w, lex) || possessiveGivenName(w, lex);
  // 1.9.0: Irish "O'" surnames ("O'Connor", "O'Sullivan") whatever list holds them ("o'clock" is none).
  const knownSurname = lex.surnames.has(w) || (folded !== w && lex.surnames.has(folded) && !lex.commonWords.has(folded)) || (t.cap && IRISH_O.test(w) && w !== "o'clock" && !TOWN_ENDING.test(w)) || (t.cap && w.includes("-") && doubleBarrelled(w, lex));
  const common = (lex.commonWords.has(w) && !knownSurname) || FOREIGN_FUNCTION.has(w);
  const morph = !common && w.length >= 5 && (t.cap || t.allCaps) && SUFFIXES.some((s) => w.endsWith(s) && w.length > s.length + 2);
  const surname = knownSurname || morph;
  return {
    given,
    surname,
    common,
    place: lex.cities.has(w) || lex.countries.has(w) || lex.regions.has(w),
    particle: lex.particles.has(w) && !t.cap,
    // 1.11.0: "HR" in capitals is the department ("From: HR Department"), not Danish "Hr." (Mr).
    honorific: lex.honorifics.has(w) && !(t.allCaps && w === "hr"),
    wordName: WORD_NAMES.has(w),
    morphOnly: morph && !knownSurname,
    code: codeCased(t.text),
    // Present from the start (filled by isListed) so every class object keeps one shape.
    listed: undefined,
  };
}

/**
 * 1.11.0: a double-barrelled surname ("Papadopoulos-Katsaros", "Müller-Lüdenscheidt"): two parts,
 * one a listed surname, the other a surname, a given name or a word of no list, neither an
 * ordinary word ("Rolls-Royce", "Smith-like" are none) nor a town's ending on a part no list holds.
 */
function doubleBarrelled(w: string, lex: Lexicon): boolean {
  const dash = w.indexOf("-");
  if (dash < 2 || w.indexOf("-", dash + 1) >= 0 || w.length - dash < 3) return false;
  const parts = [w.slice(0, dash), w.slice(dash + 1)].map((p) => (/[^\x00-\x7f]/.test(p) && p.charCodeAt(0) < 0x370 ? foldWord(p) : p));
  if (parts.some((p) => lex.commonWords.has(p) || lex.cities.has(p) || lex.countries.has(p))) return false;
  // A part no list holds that ends like a town names a town ("from Ryan-Goodwinstad", "Reynolds-Wuckertley").
  return parts.some((p) => lex.surnames.has(p)) && parts.every((p) => lex.surnames.has(p) || lex.givenNames.has(p) || !(TOWN_ENDING.test(p) || /(?:stad|ley|field|ford)$/.test(p)));
}

// 1.9.0: syllables of Korean and Chinese given names written in Latin letters with a hyphen
// ("Ji-hoon", "Hyun-woo", "Mei-ling", "Chia-hui"): a hyphenated word made of two of them is a given name.
const ROMANISED_SYLLABLES = new Set(("ji hoon hyun woo min jun seo yeon su bin ha eun do yun ye jin jae won seung jong hye young ho sung dong hee kyung sang hwa joon hyuk tae yoon soo " +
  "mi na kyu il chul gyu bo yeong jeong hyeon seon sun myung nam chan hun wook yong mei ling chia hui yu hsin wei chen chun jia xiao li ting yi hua").split(" "));

function romanisedSyllables(w: string): boolean {
  const dash = w.indexOf("-");
  return dash > 0 && w.indexOf("-", dash + 1) < 0 && ROMANISED_SYLLABLES.has(w.slice(0, dash)) && ROMANISED_SYLLABLES.has(w.slice(dash + 1));
}

// Case endings of Russian and Ukrainian given names and the nominative endings they replace
// ("Ольге" -> "Ольга", "Марії" -> "Марія", "Игорю" -> "Игорь", "Ивану" -> "Иван").
const CYRILLIC_CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["ой", ["а"]], ["ою", ["а"]], ["ей", ["я", "ь", "й"]], ["ею", ["я"]], ["ем", ["ь", "й", ""]], ["ом", [""]],
  ["ии", ["ия"]], ["ию", ["ия"]], ["ией", ["ия"]], ["ії", ["ія"]], ["ію", ["ія", "ій"]], ["ія", ["ій"]],
  ["е", ["а", "я"]], ["і", ["а", "я"]], ["и", ["а", "я"]], ["у", ["а", ""]], ["ю", ["я", "ь", "й"]],
  ["а", [""]], ["я", ["ь", "й"]], ["ові", [""]], ["еві", ["ь", "й"]], ["є", ["я"]],
  // 1.9.0: the Serbian dative of names in "-ца" ("Милици").
  ["ци", ["ца"]],
];

// 1.8.0: Polish case endings of given names in Latin letters: masculine after a consonant
// ("Bartosza", "Tomaszowi", "Adamem"; not the "-u" of Romanian surnames, "Marcu"), feminine for the
// final "a" ("Kasi", "Anny", "Olę", "Igą").
// 1.9.0: the Czech and Slovak dative "-ovi" ("Petrovi", "Janovi").
const MASCULINE_CASES = ["owi", "ovi", "em", "a"];
const FEMININE_CASES = ["ie", "y", "i", "ę", "ą"];
// 1.9.0: feminine cases whose last consonant changes ("Agnieszce" from "Agnieszka", "Oldze" from
// "Olga", "Barbarze" from "Barbara") and the Czech instrumental and dative ("s Janou", "Janě").
const FEMININE_ALTERNATIONS: ReadonlyArray<readonly [string, string]> = [["ce", "ka"], ["ke", "ka"], ["dze", "ga"], ["rze", "ra"], ["ou", "a"], ["ě", "a"]];
const IRISH_O = /^o['’]\p{L}{3,}$/u;
// Town names made from such a surname ("O'Connerstead", "O'Keefeshire") are places.
const TOWN_ENDING = /(?:stead|shire|haven|mouth|ville|borough|burgh|chester|fort|port|side|view|land|bury|berg|ton|town)$/;

function declinedLatinGivenName(w: string, lex: Lexicon): boolean {
  if (w.length < 4 || lex.commonWords.has(w) || lex.cities.has(w) || lex.countries.has(w) || lex.regions.has(w)) return false;
  for (const ending of MASCULINE_CASES) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, w.length - ending.length);
    if (stem.length >= 4 && !/[aeiouy]$/.test(stem) && lex.givenNames.has(stem) && !lex.commonWords.has(stem)) return true;
    // "Pawła", "Pawłowi", "Markiem", "Jacka": the "e" before the last consonant of "Paweł",
    // "Marek", "Jacek" drops in every other case ("iem" is "em" after k and g).
    const bare = ending === "em" && /[kg]i$/.test(stem) ? stem.slice(0, -1) : stem;
    if (bare.length >= 3 && /[^aeiouy][^aeiouy]$/.test(bare) && givenNotWord(bare.slice(0, -1) + "e" + bare.slice(-1), lex)) return true;
  }
  if (balticFinnishHungarian(w, lex)) return true;
  for (const ending of FEMININE_CASES) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, w.length - ending.length) + "a";
    if (stem.length >= 4 && lex.givenNames.has(stem) && !lex.commonWords.has(stem)) return true;
    // "Kasi", "Basi": the genitive of "Kasia" drops its "a" only.
    if (ending === "i" && lex.givenNames.has(stem.slice(0, -1) + "ia")) return true;
  }
  for (const [ending, base] of FEMININE_ALTERNATIONS) {
    if (w.endsWith(ending) && w.length - ending.length >= 3 && givenNotWord(w.slice(0, w.length - ending.length) + base, lex)) return true;
  }
  return false;
}

export function givenNotWord(w: string, lex: Lexicon): boolean {
  if (lex.givenNames.has(w)) return !lex.commonWords.has(w);
  // The lists hold many names without their diacritics ("Rūta", "Gintarė").
  const folded = /[^\x00-\x7f]/.test(w) ? foldWord(w) : w;
  return folded !== w && lex.givenNames.has(folded) && !lex.commonWords.has(folded);
}

// 1.8.0: case endings of given names in Lithuanian ("Jonui", "Rūtai", "Gintarei"), Finnish
// ("Mikalle", "Jussin", "Annalta") and Hungarian ("Péternek", "Péterrel", "Annához"), each with
// the nominative endings it replaces. Finnish "-n" only after "i" ("Jussin"): after other vowels
// it makes English words of names ("Vegan", "Logan").
const OTHER_CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["ui", ["as", "is", "us"]], ["ai", ["a"]], ["ei", ["ė"]], ["ės", ["ė"]], ["os", ["a"]],
  ["lle", [""]], ["llä", [""]], ["lla", [""]], ["lta", [""]], ["ltä", [""]], ["in", ["i"]],
  ["nak", [""]], ["nek", [""]], ["hoz", [""]], ["hez", [""]], ["höz", [""]], ["tól", [""]], ["től", [""]],
];

function balticFinnishHungarian(w: string, lex: Lexicon): boolean {
  for (const [ending, bases] of OTHER_CASES) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, w.length - ending.length);
    if (stem.length >= 3 && bases.some((b) => (stem + b).length >= 4 && givenNotWord(stem + b, lex))) return true;
    // Hungarian lengthens a final "a" or "e" before an ending ("Annához", "Annának").
    if (stem.length >= 3 && bases[0] === "" && /[áé]$/.test(stem) && givenNotWord(stem.slice(0, -1) + (stem.endsWith("á") ? "a" : "e"), lex)) return true;
  }
  // Hungarian "-val/-vel" takes the last consonant's sound: "Péterrel", "Ádámmal".
  const n = w.length;
  if (n >= 7 && (w.endsWith("al") || w.endsWith("el")) && w[n - 3] === w[n - 4] && !/[aeiouáéíóöőúüű]/.test(w[n - 3])) return givenNotWord(w.slice(0, n - 3), lex);
  return false;
}

/** 1.6.0: a Cyrillic word that is a listed given name in another grammatical case. */
function declinedGivenName(w: string, lex: Lexicon): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x400) return c >= 0x41 && declinedLatinGivenName(w, lex);
  if (c > 0x4ff || w.length < 4) return false;
  for (const [ending, bases] of CYRILLIC_CASES) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, w.length - ending.length);
    if (stem.length >= 2 && bases.some((b) => lex.givenNames.has(stem + b))) return true;
  }
  return false;
}

const ENGLISH_CONTRACTION = /^(?:t|ll|re|ve|d|m)$/i;

/**
 * 1.8.0: a given name with a case ending after an apostrophe (Turkish "Aylin'in", "Mehmet'e"),
 * or the German, Dutch and Scandinavian possessive "-s" after a vowel or "n" ("Svenjas Nummer",
 * "Jürgens Auto"). Classified once per word (word-info.ts).
 */
function possessiveGivenName(w: string, lex: Lexicon): boolean {
  const apostrophe = w.search(/['’]/);
  if (apostrophe >= 3) {
    // An English contraction is no case ending: "Don't", "Won't", "Will've" open ordinary sentences.
    if (ENGLISH_CONTRACTION.test(w.slice(apostrophe + 1))) return false;
    return w.length - apostrophe <= 5 && lex.givenNames.has(w.slice(0, apostrophe)) && !lex.commonWords.has(w.slice(0, apostrophe));
  }
  if (w.length < 5 || !w.endsWith("s") || lex.commonWords.has(w)) return false;
  const stem = w.slice(0, -1);
  return /[aeiouyn]$/.test(stem) && lex.givenNames.has(stem) && !lex.commonWords.has(stem) && !WORD_NAMES.has(stem);
}

/** 1.9.0: a word with diacritics whose folded form is in the wide list or the given names ("elène", "pătru", "armīns"). */
export function foldedListed(w: string, lex: Lexicon): boolean {
  if (w.charCodeAt(0) >= 0x370 || !/[^\x00-\x7f]/.test(w)) return false;
  const f = foldWord(w);
  return !lex.commonWords.has(f) && (lex.givenNames.has(f) || isListedName(f, lex.commonWords));
}

export function isListed(t: WordToken, c: TokenClass, lex: Lexicon): boolean {
  // 1.7.0: the wide list holds many names without their diacritics ("Kiné", "Miklós", "Alíz").
  c.listed ??= !c.given && !c.surname && !c.common && (isListedName(t.lower, lex.commonWords) || (t.lower.charCodeAt(0) < 0x370 && /[^\x00-\x7f]/.test(t.lower) && isListedName(foldWord(t.lower), lex.commonWords)));
  return c.listed;
}

export function nameLike(t: WordToken, c: TokenClass): boolean {
  if (c.particle) return true;
  if (!t.cap || c.code) return false;
  if (t.allCaps) return (c.given || c.surname) && t.text.length > 2;
  return !c.common || c.given;
}

/** A capitalised ordinary word that may still continue a name already under way ("Natalia Fern Kłosowski"). */
export function continuesName(t: WordToken, c: TokenClass): boolean {
  return t.cap && !t.allCaps && !c.code && !c.honorific && !FUNCTION_WORDS.has(t.lower) && !getLexicon().extraCommon.has(t.lower);
}
