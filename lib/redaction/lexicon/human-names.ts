/**
 * A wide list of human first and last names from many cultures: the `humannames` package
 * (MIT, ~197,000 names gathered from censuses and social media). It is noisy (it also
 * holds "The", "Table" and "Server" as surnames), so it is a weak signal only: PERSON
 * uses it to score unknown capitalised words next to a weak cue ("with Adebayo") and
 * chains whose every word is a listed name ("Thandeka Mthembu"), never a word alone.
 * Words compromise or our stop list know as ordinary vocabulary are filtered at lookup
 * (results are cached per token by the PERSON recognizer), which keeps the load to one
 * read, one lower-casing and one Set build.
 *
 * Loaded lazily, once per process; an unreadable file leaves the list empty.
 */
import { readFileSync } from "node:fs";
import { packageDataFile } from "./package-file";

// The list's noise is mostly English nouns and adjectives compromise infers from their
// endings rather than lists ("server", "memory", "table"); names with these endings are
// rare outside our curated lists, so the weak list drops them.
const ENGLISH_ENDING = /(?:ing|tion|sion|ment|ness|ity|ory|ance|ence|able|ible|ful|less|ism|ize|ise|ure|er|ship|hood|ward|wise|like)$/;
// Software and business words the list holds as names.
const NOT_NAMES = new Set("mode node cloud data cache token model query index stack graph spark table cluster server memory autumn winter summer spring season pixel vector kernel shell script docker linux apple amazon oracle java ruby python swift kotlin scala rust go dart julia elixir".split(" "));

let cached: Set<string> | null = null;

function dataFile(): string | null {
  const file = packageDataFile("humannames", "list.txt");
  // Say so once (on stderr, no text involved): detection silently weaker is worse.
  if (!file) console.warn("redaction: humannames data not found under node_modules; using the built-in lists only");
  return file;
}

/** Lower-cased names as listed (noise included); `isListedName` applies the filters. */
function loadNames(): Set<string> {
  if (cached) return cached;
  let names: Set<string>;
  const file = dataFile();
  try {
    // One lower-casing, one pass dropping CRLF's "\r" and one split: a lookup is then one
    // probe (it used to try the word with and without "\r", two misses for most words).
    names = new Set(file ? readFileSync(file, "utf8").toLowerCase().replaceAll("\r", "").split("\n") : []);
  } catch {
    names = new Set();
  }
  cached = names;
  return names;
}

/**
 * Whether `lower` (a lower-cased word) is in the list and not ordinary vocabulary:
 * three letters or more, not in `ordinary`, no English derivational ending.
 */
export function isListedName(lower: string, ordinary: ReadonlySet<string>): boolean {
  if (lower.length < 3 || ordinary.has(lower) || NOT_NAMES.has(lower) || ENGLISH_ENDING.test(lower)) return false;
  return (cached ?? loadNames()).has(lower);
}

/** Loads the list now rather than on first lookup (see redact-text.ts `preloadRedactionData`). */
export function preloadHumanNames(): void {
  loadNames();
}
