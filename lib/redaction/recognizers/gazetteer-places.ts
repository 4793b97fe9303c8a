/**
 * LOCATION from the world gazetteer (lexicon/gazetteer.ts): capitalised word sequences
 * that spell a populated place. Ambiguity is the whole problem (thousands of towns are
 * called after people, things and ordinary words), so a match is scored, not trusted:
 * - names that are ordinary English words ("Nice", "Reading", "Police") never match alone;
 * - names that are also given names or surnames ("Florence", "Jackson") need a place cue
 *   ("in", "near", "lives in"), since "from"/"to"/"with" are just as likely before a person;
 * - bare mentions (no cue) of small places score below the threshold: only towns of
 *   15,000+ inhabitants are redacted on their name alone;
 * - multi-word names need every main word capitalised ("San José del Monte", "Long Beach").
 */
import { foldWord, getGazetteer } from "../lexicon/gazetteer";
import { getLexicon, type Lexicon } from "../lexicon/lexicon";
import { TECH_PRODUCTS } from "../lexicon/tech-products";
import { CueSet } from "./cues";
import type { WordToken } from "./tokens";
import { COMMON, EXTRA_COMMON, foldedOf, gazetteerPopulationOf, gazetteerWordsOf, GIVEN, lexHas, ORGANIZATION, SURNAME, wordFlag } from "./word-info";

/** Lower-case words that may sit inside a place name without a capital. */
const INNER_PARTICLES = new Set("de da do dos das di del della dei delle du la le les van von der den het am an im in upon on sur sul sous al el y i e of the en au aux ob bei lès og na nad pod".split(" "));

/** "in English", "from Spanish": languages and nationalities are not places. */
export const LANGUAGE_WORDS = new Set("english french spanish german italian portuguese dutch russian chinese mandarin cantonese japanese korean arabic hindi turkish polish swedish norwegian danish finnish greek hebrew hungarian czech slovak romanian ukrainian vietnamese thai indonesian malay tagalog filipino swahili yoruba igbo hausa zulu xhosa afrikaans bengali urdu persian farsi tamil telugu marathi gujarati punjabi latin catalan basque galician serbian croatian bosnian slovenian bulgarian albanian estonian latvian lithuanian icelandic irish welsh gaelic esperanto markdown json yaml python javascript typescript".split(" "));

/**
 * 1.10.0: a software product, service, language or release channel (lexicon/tech-products.ts):
 * "Deploy to Vercel", "import from Trello". One flag of the shared word record, read only of a
 * word a place or person rule already holds.
 */
export const TECH = wordFlag({ has: (w: string) => TECH_PRODUCTS.has(w) || productShaped(w) });

// 1.11.0: endings that software names are built with and no town or person's name has
// ("Alertmanager", "Typeform", "Supabase", "Webflow", "Localstack", "DockerHub", "GitLab",
// "SvelteKit", "DevOps", "MongoDB", "GraphQL", "Node.js"); "-io", "-bot" and "-ly" end names
// and towns too ("Antonio", "Talbot", "Beverly"), so they are not among them.
const PRODUCT_ENDING = /^[a-z]{3,}(?:manager|form|base|flow|stack|hub|lab|kit|ops|db|ql|js|api|cdn|cloud|deploy)$/;

/**
 * Whether the lower-case word is built as a software product's name (PRODUCT_ENDING), and is no
 * ordinary word. 1.11.0 (review): nor a town the gazetteer knows ("Kamloops", "Tehachapi": 23 of
 * its towns end so) nor a given name or a surname ("Thijs").
 */
export function productShaped(w: string): boolean {
  if (!PRODUCT_ENDING.test(w)) return false;
  const lex = getLexicon();
  const folded = foldWord(w);
  return !lex.commonWords.has(w) && !lex.givenNames.has(w) && !lex.surnames.has(w) && !getGazetteer().population.has(folded);
}

/** Cues that point at a place but rarely at a person. */
const PLACE_PREPOSITIONS = new CueSet(["in", "near", "outside", "around", "across", "via", "visiting", "visit", "towards", "toward", "nach", "à", "en", "aus", "in the city of"]);

// Capitalised words that are place names somewhere but, in logs and chat, far more often
// something else (product, weekday, tech or business words compromise doesn't list).
const NOT_PLACES = new Set(`
nice bath mobile reading split of police best time university college central union marina
victoria independence liberty enterprise paradise progress opportunity commerce industry
justice concord harmony unity providence eureka zion bethlehem goshen canton mission
amazon apple tesla oracle dell ford chase sky wells target visa java ruby python perl
jenkins kafka spark hive pig yarn maven gradle jest mocha chai vue ember meteor
ubuntu debian fedora alpine arch gentoo mint kali docker helm vault consul nomad
sage lime olive ginger rosemary basil juniper cedar maple willow aspen hazel ivy holly
august may june april summer winter autumn spring
`.split(/\s+/).filter(Boolean));

interface GazetteerHit {
  /** Index of the last token of the place name. */
  end: number;
  score: number;
}

/** Bare single-word mentions need this many inhabitants (fewer: a cue must help). */
const BARE_POPULATION = 15_000;
const BIG_POPULATION = 100_000;

function joinedInName(prev: WordToken, next: WordToken): boolean {
  const gap = next.gap;
  if (gap === " " || gap === "\u00a0" || gap === "-") return true;
  // "St. Louis", "Ft. Myers": an abbreviation's dot inside the name.
  return prev.text.length <= 3 && (gap === ". " || gap === ".\u00a0");
}

/**
 * The longest gazetteer place starting at tokens[i] (capitalised), with its score, or
 * null when there is none or it is too ambiguous to consider.
 * `strongCue`: a strong place cue ("lives in", "flying to") stands right before it.
 */
export function gazetteerPlace(tokens: readonly WordToken[], i: number, lex: Lexicon, strongCue: boolean, weakCue: boolean): GazetteerHit | null {
  const t = tokens[i];
  // 1.6.0: a town written in capitals (manifests, forms, "from BUDAÖRS") counts after a place cue.
  if (!t.cap || (t.allCaps && ((!strongCue && !weakCue) || t.text.length < 4))) return null;
  const g = getGazetteer();
  const first = foldedOf(t.info);
  const longest = gazetteerWordsOf(t.info);
  if (longest !== undefined) {
    // Multi-word names first, longest first: build "san", "san jose", "san jose del" ...
    let phrase = first;
    let n = 1;
    const limit = Math.min(longest, tokens.length - i, 6);
    let best = -1;
    for (; n < limit; n++) {
      const w = tokens[i + n];
      if (!joinedInName(tokens[i + n - 1], w)) break;
      if (!w.cap && !INNER_PARTICLES.has(w.lower)) break;
      phrase += " " + foldedOf(w.info);
      // A name cannot end on a lower-case particle ("Bath in").
      if (w.cap && g.population.has(phrase)) best = n;
    }
    if (best > 0) return { end: i + best, score: multiWordScore(tokens, i, best + 1, lex, strongCue, weakCue) };
  }
  // Cheap rejections before the lookup: most capitalised words are ordinary or too short.
  const w = t.lower;
  if (w.length < 4 || lexHas(t.info, COMMON) || lexHas(t.info, EXTRA_COMMON)) return null;
  const population = gazetteerPopulationOf(t.info);
  if (population === undefined) return null;
  const score = singleWordScore(t, first, population, lex, strongCue, tokens, i, weakCue);
  return score === null ? null : { end: i, score };
}

function singleWordScore(t: WordToken, folded: string, population: number, lex: Lexicon, strongCue: boolean, tokens: readonly WordToken[], i: number, weakCue: boolean): number | null {
  const w = t.lower;
  if (NOT_PLACES.has(folded) || LANGUAGE_WORDS.has(w) || lexHas(t.info, ORGANIZATION)) return null;
  const personLike = lexHas(t.info, GIVEN) || lexHas(t.info, SURNAME);
  let score = population >= BIG_POPULATION ? 0.7 : population >= BARE_POPULATION ? 0.6 : 0.4;
  if (personLike) {
    // Only a place-only cue makes a name-like town a place ("in Florence", "lives in Jackson").
    if (strongCue) return score + 0.1;
    return PLACE_PREPOSITIONS.before(tokens, i) ? Math.max(score, 0.55) : null;
  }
  // A sentence's first word is capitalised anyway: a mid-sized town's name there ("Parola este ...") needs a cue.
  if (t.sentenceStart) score -= 0.15;
  if (strongCue) score += 0.35;
  else if (weakCue) score += 0.2;
  return score;
}

function multiWordScore(tokens: readonly WordToken[], i: number, n: number, lex: Lexicon, strongCue: boolean, weakCue: boolean): number {
  let ordinary = true;
  let personal = true;
  for (let k = i; k < i + n; k++) {
    const info = tokens[k].info;
    if (INNER_PARTICLES.has(info.lower)) continue;
    if (!lexHas(info, COMMON)) ordinary = false;
    if (!lexHas(info, GIVEN) && !lexHas(info, SURNAME)) personal = false;
  }
  // "Long Beach", "Green River": ordinary words; "Charles Town": a person's name.
  let score = ordinary || personal ? 0.45 : 0.75;
  if (tokens[i].sentenceStart && (ordinary || personal)) score -= 0.1;
  if (strongCue) score += 0.3;
  else if (weakCue) score += 0.15;
  return score;
}

// 1.7.0: towns in the case a preposition or a Hungarian suffix gives them ("w Gdańsku", "do Brna",
// "Debrecenbe", "Szegeden", "Vilniuje", "Rīgā"): the ending is replaced by the forms the
// nominative may have and the stem looked up (diacritics folded; "Krakowie" -> "krakow").
const CASE_PREPOSITIONS = new Set("w we do z ze na v ve u od pod nad przed za k ke ku iz".split(" "));
const SLAVIC_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["iu", [""]], ["ie", ["", "a"]], ["u", [""]], ["a", ["", "o"]], ["y", ["a", "y"]], ["i", ["a", "ia", "e", ""]],
  ["ě", ["a", "o"]], ["e", ["a", "o", ""]],
];
// Lithuanian and Latvian locatives need no preposition ("Gyvenu Vilniuje", "Dzīvoju Rīgā").
const BALTIC_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [["uje", ["us"]], ["yje", ["is"]], ["oje", ["a"]], ["ā", ["a"]], ["ē", ["e"]]];
const HU_SUFFIX = /(?:ba|be|ban|ben|ra|re|ról|ről|ból|ből|hoz|hez|höz|tól|től|ig|on|en|ön)$/;
const INFLECTED_POPULATION = 20_000;

function townStem(candidate: string, lex: Lexicon): boolean {
  const folded = foldWord(candidate);
  return (getGazetteer().population.get(folded) ?? 0) >= INFLECTED_POPULATION && !lex.commonWords.has(folded);
}

/** The word, lower-cased, is a known town's stem with a Slavic case ending ("gdańsku", "brna"). */
function slavicTown(w: string): boolean {
  const lex = getLexicon();
  for (const [ending, bases] of SLAVIC_ENDINGS) {
    if (!w.endsWith(ending) || w.length - ending.length < 3) continue;
    const stem = w.slice(0, w.length - ending.length);
    if (bases.some((b) => townStem(stem + b, lex))) return true;
  }
  return false;
}

/** The word, lower-cased, is a known town with a Baltic locative or a Hungarian suffix ("vilniuje", "debrecenbe"). */
function suffixedTown(w: string): boolean {
  const lex = getLexicon();
  for (const [ending, bases] of BALTIC_ENDINGS) {
    if (w.endsWith(ending) && w.length - ending.length >= 3 && bases.some((b) => townStem(w.slice(0, w.length - ending.length) + b, lex))) return true;
  }
  const hu = HU_SUFFIX.exec(w);
  if (!hu || w.length - hu[0].length < 4) return false;
  const stem = w.slice(0, w.length - hu[0].length);
  // A vowel lengthened before the suffix ("Budára", "Egerbe") goes back to its short form.
  return townStem(stem, lex) || townStem(stem.replace(/á$/, "a").replace(/é$/, "e"), lex);
}

// Both verdicts depend only on the word and are asked of most capitalised words: kept in the
// shared word record (word-info.ts), once per distinct word instead of gazetteer probes per token.
const CASE_PREPOSITION = wordFlag(CASE_PREPOSITIONS);
const SLAVIC_TOWN = wordFlag({ has: slavicTown });
const SUFFIXED_TOWN = wordFlag({ has: suffixedTown });

/** Whether token i is a known town in another grammatical case. */
export function inflectedTown(tokens: readonly WordToken[], i: number): boolean {
  const t = tokens[i];
  const w = t.info.lower;
  if (w.length < 4 || t.allCaps || lexHas(t.info, COMMON) || lexHas(t.info, GIVEN)) return false;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (prev && lexHas(prev.info, CASE_PREPOSITION) && (t.gap === " " || t.gap === "\u00a0") && lexHas(t.info, SLAVIC_TOWN)) return true;
  if (t.sentenceStart) return false;
  return lexHas(t.info, SUFFIXED_TOWN);
}
