/**
 * Finish reasons in one vocabulary. Providers and instrumentation libraries spell the same
 * reason many ways (OpenAI `content_filter`, the Vercel AI SDK `content-filter`, Gemini
 * `SAFETY`; `length`, Anthropic `max_tokens`, Gemini `MAX_TOKENS`), and mining rules must
 * see one word for each. Ingest stores the normalised word; the failure check normalises
 * again, so records stored before normalisation existed are judged the same way.
 *
 * The words: stop, length, tool_calls, content_filter, error; anything else keeps its own
 * (lower-cased) spelling, so an unfamiliar reason is still visible and usable in a rule.
 */
const SYNONYMS: Record<string, string> = {};

function spell(word: string, ...spellings: string[]) {
  for (const s of [word, ...spellings]) SYNONYMS[s] = word;
}

spell("stop", "end_turn", "stop_sequence", "end", "eos", "complete", "completed", "finished", "end_of_turn", "pause_turn");
spell("length", "max_tokens", "max_output_tokens", "max_completion_tokens", "model_length", "token_limit", "max_length");
spell("tool_calls", "tool_call", "function_call", "tool_use");
spell(
  "content_filter",
  "content_filtered",
  "contentfilter",
  "safety",
  "recitation",
  "blocklist",
  "prohibited_content",
  "spii",
  "image_safety",
  "refusal",
  "guardrail_intervened",
  "error_toxic",
);
spell("error", "failed", "failure", "malformed_function_call");

// Words that are not a reason at all ("" or the protobuf enum's zero value).
const UNSPECIFIED = new Set(["", "unspecified", "finish_reason_unspecified", "null", "none"]);

/** The normalised word for a finish reason, or null when it names no reason. */
export function normaliseFinishReason(raw: string): string | null {
  let word = raw.trim().toLowerCase().replace(/[\s-]+/g, "_");
  if (UNSPECIFIED.has(word)) return null;
  if (word.startsWith("finish_reason_")) word = word.slice("finish_reason_".length);
  return SYNONYMS[word] ?? word.slice(0, 64);
}

/** Finish reasons that mean the call failed: the model errored or its answer was filtered. */
export function isFailureFinishReason(raw: string): boolean {
  const word = normaliseFinishReason(raw);
  return word === "error" || word === "content_filter";
}
