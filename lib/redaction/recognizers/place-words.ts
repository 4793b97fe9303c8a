/**
 * Word-shape verdicts LOCATION asks of capitalised words: street-type words, street-name
 * endings ("Hauptstraße", "Kungsgatan") and town-name endings ("Ashleyburgh").
 */
import type { Lexicon } from "../lexicon/lexicon";
import { STREET_SUFFIX_WORDS as ENDING_WORDS, STREET_WORDS_STANDALONE, TOWN_SUFFIXES } from "../lexicon/place-lists";

/**
 * Street words as whole words: the street-name endings ("straße", "gatan") and the words
 * only ever matched whole ("sokak", "vei"). Standing alone, one takes the capitalised word
 * before it as the street's name ("Berliner Straße").
 */
export const STREET_SUFFIX_WORDS = new Set([...ENDING_WORDS, ...STREET_WORDS_STANDALONE]);

/** A street-type word of the lexicon ("Street", "Ave.", "rd"). */
export function isStreetType(lex: Lexicon, w: string): boolean {
  const l = w.toLowerCase();
  return lex.streetTypes.has(l.endsWith(".") ? l.slice(0, -1) : l);
}

// Word-shape verdicts depend only on the word: memoised (bounded), because capitalised
// text asks them for every token and each one tests dozens of endings.
const suffixCache = new Map<string, boolean>();
const townCache = new Map<string, boolean>();

function remember(cache: Map<string, boolean>, key: string, value: boolean): boolean {
  if (cache.size > 20_000) cache.clear();
  cache.set(key, value);
  return value;
}

/** A street word, whole or as the ending of a longer word ("Hauptstraße"). */
export function streetSuffixWord(w: string, lex: Lexicon): boolean {
  // Cache first, no closure: this runs for most capitalised words.
  const hit = suffixCache.get(w);
  if (hit !== undefined) return hit;
  const l = w.toLowerCase().replace(/\.$/, "");
  if (STREET_SUFFIX_WORDS.has(l)) return remember(suffixCache, w, true);
  // "Spring", "String" and "Delegate" end like street words but are ordinary vocabulary.
  return remember(suffixCache, w, !lex.commonWords.has(l) && ENDING_WORDS.some((s) => l.endsWith(s) && l.length > s.length + 2));
}

/** A lower-case word with a town-name ending ("ashleyburgh", "hillsdale"). */
export function townShaped(lower: string): boolean {
  const hit = townCache.get(lower);
  if (hit !== undefined) return hit;
  return remember(townCache, lower, TOWN_SUFFIXES.some((s) => lower.endsWith(s) && lower.length >= s.length + 3));
}
