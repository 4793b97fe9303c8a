import { redactText } from "@/lib/redaction/redact-text";

/**
 * The words of `words` that redaction left in `text`: a word counts as redacted when an
 * entity of any type overlaps it, as the token-level scoring counts it. Each word must occur
 * in the text (its first occurrence is the one checked).
 */
export function wordsLeft(text: string, words: readonly string[]): string[] {
  const { entities } = redactText(text);
  return words.filter((w) => {
    const at = text.indexOf(w);
    if (at < 0) throw new Error("test word not in text");
    return !entities.some((e) => e.start < at + w.length && at < e.end);
  });
}

/**
 * The characters the engine's string searches (indexOf, lastIndexOf) read and its slices hold
 * while redacting `input`: a count of work no busy machine moves. Linear-time tests compare it
 * at two sizes, where a search back to a text's or line's start for every row or cell shows as
 * work growing with the square of the input.
 */
export function searchWork(input: string): number {
  const proto = String.prototype;
  const { indexOf, lastIndexOf, slice } = proto;
  const clamp = (n: number | undefined, fallback: number, length: number) => (n === undefined || Number.isNaN(n) ? fallback : Math.max(0, Math.min(Math.trunc(n), length)));
  let work = 0;
  proto.indexOf = function (this: string, search: string, from?: number) {
    const found = indexOf.call(this, search, from);
    work += (found < 0 ? this.length : found) - clamp(from, 0, this.length);
    return found;
  };
  proto.lastIndexOf = function (this: string, search: string, from?: number) {
    const found = lastIndexOf.call(this, search, from);
    work += clamp(from, this.length, this.length) - Math.max(0, found);
    return found;
  };
  proto.slice = function (this: string, start?: number, end?: number) {
    const part = slice.call(this, start, end);
    work += part.length;
    return part;
  };
  try {
    redactText(input, { maxBytes: Infinity });
  } finally {
    Object.assign(proto, { indexOf, lastIndexOf, slice });
  }
  return work;
}
