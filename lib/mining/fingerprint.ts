import type { StoredInput } from "@/lib/core/chat";

/**
 * Near-duplicate fingerprints: a 64-bit SimHash over word shingles of the normalised,
 * redacted user text. Normalising placeholders (`<PERSON_2>` -> `<person>`) matters:
 * two customers asking the same question differ only in their redacted names, and
 * they must land in one group. Two fingerprints within NEAR_DUPLICATE_DISTANCE bits
 * are near-duplicates; the group key is the fingerprint of the group's first case.
 */
export const NEAR_DUPLICATE_DISTANCE = 4;
/** Further than this from every known case and eval item: a candidate for "drift". */
export const DRIFT_DISTANCE = 18;

/** The user-authored text of a stored input (user messages, in order). */
export function userText(input: StoredInput): string {
  const parts: string[] = [];
  for (const message of input.messages ?? []) {
    if (message.role !== "user") continue;
    if (typeof message.content === "string") parts.push(message.content);
    else if (Array.isArray(message.content)) for (const part of message.content) if (typeof part.text === "string") parts.push(part.text);
  }
  return parts.join("\n");
}

/** What mining reads of a record's redacted input, computed once (by the ingest workers, off the request thread). */
export interface RecordKeys {
  /** The user's text (userText). */
  text: string;
  /** Its topic fingerprint (topicHash) for the drift and traffic counts; null when the user wrote nothing. */
  topic: string | null;
  /** The near-duplicate fingerprint (simHash) the grouping compares: of every message's text when the user wrote nothing. */
  near: string;
}

export function recordKeys(input: StoredInput): RecordKeys {
  const text = userText(input);
  // The user's text is normalised once for both hashes: this runs for every ingested record.
  const words = fingerprintWords(text);
  const near = text ? simHashOfWords(words) : simHash(input.messages.map((m) => (typeof m.content === "string" ? m.content : "")).join("\n"));
  return { text, topic: text.trim() === "" ? null : topicHashOfWords(words), near };
}

/** Lower-case, placeholders by type only, digits folded, punctuation and extra spaces gone. */
export function normaliseForFingerprint(text: string): string {
  return fingerprintWords(text).join(" ");
}

const PLACEHOLDER = /<([a-z_]+?)_\d+>/g;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/**
 * The normalised text's words (none for a text with no letters or digits), in one pass:
 * this runs for every ingested record, and the chain of whole-text replacements it stands
 * for (lower-case; placeholders by type; each run of ASCII digits -> "0"; every character
 * but letters, numbers, "<", ">" and "_" -> a space; words split on spaces) cost three
 * times as much. fingerprint.test.ts holds that chain and compares the two on any text.
 */
function fingerprintWords(text: string): string[] {
  let lower = text.toLowerCase();
  if (lower.includes("<")) lower = lower.replace(PLACEHOLDER, " <$1> ");
  const words: string[] = [];
  let word = "";
  let from = -1; // start of the current run of kept ASCII characters, copied as one slice
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i);
    if (c < 128) {
      const digit = c >= 48 && c <= 57;
      if (digit || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 60 || c === 62 || c === 95) {
        if (!digit) {
          if (from < 0) from = i;
          i++;
          continue;
        }
        if (from >= 0) word += lower.slice(from, i);
        from = -1;
        while (i < lower.length && lower.charCodeAt(i) >= 48 && lower.charCodeAt(i) <= 57) i++;
        word += "0";
        continue;
      }
    }
    if (from >= 0) word += lower.slice(from, i);
    from = -1;
    if (c < 128) {
      i++;
    } else {
      // A code point (a surrogate pair, or a lone surrogate, which is neither letter nor number).
      const size = c >= 0xd800 && c <= 0xdbff && i + 1 < lower.length && (lower.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      const char = lower.slice(i, i + size);
      i += size;
      if (LETTER_OR_NUMBER.test(char)) {
        word += char;
        continue;
      }
    }
    if (word) words.push(word);
    word = "";
  }
  if (from >= 0) word += lower.slice(from);
  if (word) words.push(word);
  return words;
}

// Two 32-bit FNV-1a hashes with different offset bases give each word 3-shingle 64 bits
// (texts under three words: each word). Not cryptographic (it needn't be), and ~10x
// cheaper than md5 per shingle on the ingest path. Both hashes are computed in one pass.
const BASIS_HIGH = 0x811c9dc5;
const BASIS_LOW = 0x050c5d1f;

// Final avalanche, so short shingles still spread over all bits.
function avalanche(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}

/**
 * 64-bit SimHash of a text as 16 hex digits (the empty text hashes to all zeros). Each bit
 * is set when more than half of the shingles' hashes have it set (the classic +1/-1 vote,
 * counted as ones, in bit-sliced counters: addBits), without building shingle arrays or per-shingle objects: it runs for
 * every mined record, so its allocations showed in the ingest profile.
 */
export function simHash(text: string): string {
  return simHashOfWords(fingerprintWords(text));
}


function simHashOfWords(words: readonly string[]): string {
  const ones = new Int32Array(64);
  const width = words.length < 3 ? 1 : 3;
  const count = words.length < 3 ? words.length : words.length - 2;
  if (width === 1) for (let i = 0; i < count; i++) vote(ones, words[i], "", "");
  // The shingle "a b c" is hashed word by word with its spaces, without building its string.
  else for (let i = 0; i < count; i++) vote(ones, words[i], words[i + 1], words[i + 2]);
  return majority(ones, count);
}

const SPACE = 32;

/**
 * Adds one feature's vote: the two 32-bit FNV-1a halves of `a`, or of `a b c` when `b` is
 * given, avalanched, one count per set bit.
 */
function vote(ones: Int32Array, a: string, b: string, c: string): void {
  let high = BASIS_HIGH;
  let low = BASIS_LOW;
  const words = b ? 3 : 1;
  for (let w = 0; w < words; w++) {
    const word = w === 0 ? a : w === 1 ? b : c;
    if (w > 0) {
      high = Math.imul(high ^ SPACE, 0x01000193);
      low = Math.imul(low ^ SPACE, 0x01000193);
    }
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(k);
      high = Math.imul(high ^ code, 0x01000193);
      low = Math.imul(low ^ code, 0x01000193);
    }
  }
  addBits(ones, 0, avalanche(high));
  addBits(ones, 32, avalanche(low));
}

/**
 * Counts the set bits of `word` into 32 counters kept bit-sliced: counters[from + j] holds
 * bit j of all 32 counts, so one vote is a ripple-carry add of the word (a few steps; the
 * carry stops where no count overflows) instead of 32 separate increments.
 */
function addBits(counters: Int32Array, from: number, word: number): void {
  let carry = word;
  for (let j = from; carry !== 0; j++) {
    const next = counters[j] & carry;
    counters[j] ^= carry;
    carry = next;
  }
}

/** Count `bit` of the bit-sliced counters from `from` (addBits), none above 2^levels - 1. */
function countOf(counters: Int32Array, from: number, bit: number, levels: number): number {
  let n = 0;
  for (let j = 0; j < levels; j++) n += ((counters[from + j] >>> bit) & 1) << j;
  return n;
}

/** The hash of `count` votes: a bit is set when more than half of them set it. 16 hex digits. */
function majority(ones: Int32Array, count: number): string {
  let high = 0;
  let low = 0;
  // No count exceeds the number of votes (one per word of a text: far below 2^31).
  const levels = 32 - Math.clz32(count);
  for (let bit = 0; bit < 32; bit++) {
    if (2 * countOf(ones, 0, bit, levels) > count) high |= 1 << bit;
    if (2 * countOf(ones, 32, bit, levels) > count) low |= 1 << bit;
  }
  return (high >>> 0).toString(16).padStart(8, "0") + (low >>> 0).toString(16).padStart(8, "0");
}

// Function words, courtesy and filler: every topic has them, so they say nothing about one.
const TOPIC_STOP_WORDS = new Set(
  (
    "a an the i me my mine we us our you your he she it its they them their this that these those is are was were be been being am " +
    "do does did done have has had having can could will would shall should may might must to of for in on at by with from into onto " +
    "about as and or but if so than then too very just still yet also not no nor any all some each more most other such only own " +
    "same again once here there when where why how what which who whom whose up down out off over under please thanks thank cheers " +
    "hi hello hey dear good morning afternoon evening team quick question help appreciate answer advance ve ll re let know tell ok okay"
  ).split(" "),
);

/**
 * A 64-bit SimHash of a text's topic, for drift (lib/mining/traffic.ts): one vote per
 * content word (stop words and courtesy dropped, placeholders and digits folded as above)
 * instead of per 3-word shingle. Shingles make two rewordings of one question look
 * unrelated, which is right for near-duplicates and wrong for "has this been asked
 * lately"; `npm run bench:drift` measures the difference.
 */
export function topicHash(text: string): string {
  return topicHashOfWords(fingerprintWords(text));
}

function topicHashOfWords(words: readonly string[]): string {
  const ones = new Int32Array(64);
  let count = 0;
  for (const word of words) {
    // One letter is an apostrophe's leftover ("i'm" -> "i m") or an initial: no topic.
    if (word.length < 2 || TOPIC_STOP_WORDS.has(word)) continue;
    count += 1;
    vote(ones, word, "", "");
  }
  return majority(ones, count);
}

/** Set bits of a 32-bit value (a Hamming distance is the popcount of an XOR). */
export function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Hamming distance between two 16-hex-digit fingerprints (64 when either is malformed). */
export function hammingDistance(a: string, b: string): number {
  if (a.length !== 16 || b.length !== 16) return 64;
  const high = (parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) >>> 0;
  const low = (parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16)) >>> 0;
  return popcount32(high) + popcount32(low);
}

/** A fingerprint parsed once into its two 32-bit halves, for fast repeated comparison. */
export interface ParsedFingerprint {
  key: string;
  high: number;
  low: number;
}

export function parseFingerprint(key: string): ParsedFingerprint | null {
  if (!/^[0-9a-f]{16}$/.test(key)) return null;
  return { key, high: parseInt(key.slice(0, 8), 16), low: parseInt(key.slice(8), 16) };
}

/** The closest of `candidates` to `target`, with its distance (64 when there is none). */
export function nearestParsed(target: ParsedFingerprint, candidates: Iterable<ParsedFingerprint>): { key: string | null; distance: number } {
  let best: string | null = null;
  let bestDistance = 64;
  for (const c of candidates) {
    const distance = popcount32((target.high ^ c.high) >>> 0) + popcount32((target.low ^ c.low) >>> 0);
    if (distance < bestDistance) {
      best = c.key;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return { key: best, distance: bestDistance };
}
