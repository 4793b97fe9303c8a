/**
 * A wide list of human first and last names from many cultures: the `humannames` package
 * (MIT, ~197,000 names gathered from censuses and social media). It is noisy (it also
 * holds "The", "Table" and "Server" as surnames), so it is a weak signal only: PERSON
 * uses it to score unknown capitalised words next to a weak cue ("with Adebayo") and
 * chains whose every word is a listed name ("Thandeka Mthembu"), never a word alone.
 * Words compromise or our stop list know as ordinary vocabulary are removed at load.
 *
 * Loaded lazily, once per process; an unreadable file leaves the list empty.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// The list's noise is mostly English nouns and adjectives compromise infers from their
// endings rather than lists ("server", "memory", "table"); names with these endings are
// rare outside our curated lists, so the weak list drops them.
const ENGLISH_ENDING = /(?:ing|tion|sion|ment|ness|ity|ory|ance|ence|able|ible|ful|less|ism|ize|ise|ure|er|ship|hood|ward|wise|like)$/;
// Software and business words the list holds as names.
const NOT_NAMES = new Set("mode node cloud data cache token model query index stack graph spark table cluster server memory autumn winter summer spring season pixel vector kernel shell script docker linux apple amazon oracle java ruby python swift kotlin scala rust go dart julia elixir".split(" "));

let cached: Set<string> | null = null;
let loadMs = 0;

function dataFile(): string | null {
  const candidates: string[] = [];
  try {
    candidates.push(createRequire(import.meta.url).resolve("humannames/list.txt"));
  } catch {
    // Bundlers may rewrite import.meta.url; fall back to the working directory.
  }
  candidates.push(path.join(process.cwd(), "node_modules", "humannames", "list.txt"));
  return candidates.find((file) => existsSync(file)) ?? null;
}

/**
 * Lower-cased listed names of three letters or more, minus `ordinary` words.
 * The first caller's `ordinary` set is the one applied (the lexicon passes its own).
 */
export function getHumanNames(ordinary: ReadonlySet<string>): Set<string> {
  if (cached) return cached;
  const t0 = performance.now();
  const names = new Set<string>();
  const file = dataFile();
  if (file) {
    try {
      for (const line of readFileSync(file, "utf8").toLowerCase().split("\n")) {
        const name = line.endsWith("\r") ? line.slice(0, -1) : line;
        if (name.length >= 3 && !ordinary.has(name) && !NOT_NAMES.has(name) && !ENGLISH_ENDING.test(name)) names.add(name);
      }
    } catch {
      names.clear();
    }
  }
  cached = names;
  loadMs = performance.now() - t0;
  return names;
}

/** Milliseconds the list took to load (0 before the first call), for the bench. */
export function humanNamesLoadMs(): number {
  return loadMs;
}
