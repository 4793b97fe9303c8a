/**
 * Builds the word sets the PERSON and LOCATION recognizers consult, once per process:
 * compromise's built-in lexicon (names, places, and every ordinary English word it
 * knows) merged with our own hand-written lists.
 */
import nlp from "compromise";
import { CITIES, COUNTRY_ENDONYMS, REGIONS, STREET_PREFIXES, STREET_TYPES, US_STATE_CODES, WORLD_CITIES, WORLD_REGIONS } from "./place-lists";
import { CYRILLIC_NAMES, GIVEN_NAMES, HONORIFICS, NAME_PARTICLES, SURNAMES } from "./name-lists";
import { WORLD_GIVEN_NAMES, WORLD_SURNAMES } from "./world-names";
import { GREEK_GIVEN_NAMES, GREEK_SURNAMES } from "./greek-names";
import { MORE_GIVEN_NAMES, MORE_SURNAMES, UKRAINIAN_GIVEN_NAMES } from "./more-names";
import { DIMINUTIVE_GIVEN_NAMES, REGIONAL_GIVEN_NAMES, REGIONAL_SURNAMES } from "./regional-names";
import { localisedCountryNames } from "./country-names";

export interface Lexicon {
  givenNames: Set<string>;
  surnames: Set<string>;
  honorifics: Set<string>;
  particles: Set<string>;
  /** Ordinary words (verbs, adjectives, nouns...) that also start sentences. */
  commonWords: Set<string>;
  /** Place names by kind; multi-word names are also indexed by their first word. */
  cities: Set<string>;
  countries: Set<string>;
  regions: Set<string>;
  placeFirstWords: Map<string, string[]>;
  streetTypes: Set<string>;
  streetPrefixes: Set<string>;
  usStateCodes: Set<string>;
  organizations: Set<string>;
  /** Our short list of words that open sentences or name software in logs (never names). */
  extraCommon: Set<string>;
}

const words = (s: string, sep: RegExp | string = /\s+/) =>
  s.split(sep).map((w) => w.trim().toLowerCase()).filter(Boolean);

// Tags in compromise's lexicon that mark a word as ordinary vocabulary.
const COMMON_TAGS = new Set([
  "PhrasalVerb", "Gerund", "PastTense", "PresentTense", "Plural", "Infinitive", "Adjective", "Singular",
  "Actor", "Comparative", "Superlative", "Uncountable", "Participle", "Unit", "Noun", "Expression",
  "Adverb", "TextValue", "Currency", "Preposition", "Conjunction", "Cardinal", "Ordinal", "Fraction",
  "Duration", "Determiner", "Multiple", "Month", "Pronoun", "WeekDay", "Date", "Modal", "Reflexive",
  "Possessive", "QuestionWord", "Verb", "Copula", "Negative", "Condition", "Imperative", "Value",
  "Demonym", "Abbreviation", "Organization", "SportsTeam",
]);

// Capitalised words that open sentences or name software in logs, which compromise
// doesn't list as ordinary words. Kept short: anything here can never be a name alone.
const EXTRA_COMMON = `
hi hello hey dear thanks thank regards cheers best sincerely kind warm please yes no ok okay sure
sorry welcome morning afternoon evening goodbye bye user assistant system tool customer agent support
team admin error warning info debug trace exception typeerror valueerror keyerror traceback file line
null undefined true false none json api http https get post put delete patch url id uuid
javascript typescript python java rust golang node react next vue angular docker kubernetes linux
windows mac macos ios android chrome firefox safari postgres postgresql mysql redis mongodb aws azure
gcp google microsoft apple amazon openai anthropic github gitlab slack stripe paypal visa mastercard
order invoice account payment refund shipping delivery address phone email name subject re fw fwd
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
january february march april may june july august september october november december
mr mrs ms dr prof i i'm i've i'll we you he she they it this that these those there here what when
where why how who which can could would should will shall may might must also just still even
world everyone everybody all folks guys team there friends support sales billing sir madam
quick question update note summary issue problem bug fix feature request ticket case status
`;

/**
 * "delayed", "arriving", "quickly": an inflected English word whose stem is an ordinary word.
 * compromise lists stems and derives inflections by rule, so its lexicon alone misses them.
 */
export function englishInflection(l: string, commonWords: ReadonlySet<string>): boolean {
  const has = (w: string) => commonWords.has(w);
  if (l.endsWith("ed")) return has(l.slice(0, -2)) || has(l.slice(0, -1));
  if (l.endsWith("ing")) return has(l.slice(0, -3)) || has(l.slice(0, -3) + "e");
  if (l.endsWith("ly") || l.endsWith("es")) return has(l.slice(0, -2));
  return l.endsWith("s") && has(l.slice(0, -1));
}

let cached: Lexicon | null = null;

type LexEntry = string | string[];

/** Returns the process-wide lexicon, building it on first use (~30 ms). */
export function getLexicon(): Lexicon {
  // Called per token on hot paths: kept tiny so the optimiser inlines it instead of
  // compiling the builder below into every caller (and recompiling it on each deopt).
  return cached ?? (cached = buildLexicon());
}

function buildLexicon(): Lexicon {
  const world = nlp.world() as { model: { one: { lexicon: Record<string, LexEntry> } } };
  const lex = world.model.one.lexicon;
  const givenNames = new Set(words(GIVEN_NAMES + " " + CYRILLIC_NAMES + " " + WORLD_GIVEN_NAMES + " " + MORE_GIVEN_NAMES + " " + UKRAINIAN_GIVEN_NAMES + " " + GREEK_GIVEN_NAMES + " " + REGIONAL_GIVEN_NAMES + " " + DIMINUTIVE_GIVEN_NAMES));
  // Multi-word surnames ("de jong") also contribute their parts as single words.
  const surnames = new Set(words(SURNAMES + " " + WORLD_SURNAMES + " " + MORE_SURNAMES + " " + GREEK_SURNAMES + " " + REGIONAL_SURNAMES));
  const cities = new Set(words(CITIES + "|" + WORLD_CITIES, "|"));
  const countries = new Set<string>(words(COUNTRY_ENDONYMS, "|"));
  const regions = new Set(words(REGIONS + "|" + WORLD_REGIONS, "|"));
  const commonWords = new Set(words(EXTRA_COMMON));
  const organizations = new Set<string>();
  for (const [word, entry] of Object.entries(lex)) {
    const tags = Array.isArray(entry) ? entry : [entry];
    for (const tag of tags) {
      if (tag === "FirstName" || tag === "MaleName" || tag === "FemaleName") givenNames.add(word);
      else if (tag === "LastName") surnames.add(word);
      else if (tag === "City") cities.add(word);
      else if (tag === "Country") countries.add(word);
      else if (tag === "Region") regions.add(word);
      else if (tag === "Organization" || tag === "SportsTeam") organizations.add(word);
      if (COMMON_TAGS.has(tag) && !word.includes(" ")) commonWords.add(word);
    }
  }
  // Country names in the languages of our users ("Arabie saoudite", "Németország"),
  // except single words that are also people's names ("Jordan" is already listed).
  for (const name of localisedCountryNames(commonWords)) {
    if (!name.includes(" ") && (givenNames.has(name) || surnames.has(name))) continue;
    countries.add(name);
  }
  // compromise lists some abbreviations as places ("st", "rd"); those are street types.
  const placeFirstWords = new Map<string, string[]>();
  for (const set of [cities, countries, regions]) {
    for (const place of set) {
      const first = place.split(" ")[0];
      const list = placeFirstWords.get(first) ?? [];
      list.push(place);
      placeFirstWords.set(first, list);
    }
  }
  for (const list of placeFirstWords.values()) list.sort((a, b) => b.length - a.length);
  return {
    givenNames,
    surnames,
    honorifics: new Set(words(HONORIFICS)),
    particles: new Set(words(NAME_PARTICLES)),
    commonWords,
    cities,
    countries,
    regions,
    placeFirstWords,
    streetTypes: new Set(words(STREET_TYPES)),
    streetPrefixes: new Set(words(STREET_PREFIXES)),
    usStateCodes: new Set(US_STATE_CODES.split(" ")),
    organizations,
    extraCommon: new Set(words(EXTRA_COMMON)),
  };
}
