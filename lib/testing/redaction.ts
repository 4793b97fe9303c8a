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
