/**
 * The domain's core types: a chat message and the canonical shape of a stored log.
 * Every capability (ingest, redaction, mining, triage, eval set, the transcript UI)
 * depends on this module; it depends on nothing, so client components can import it.
 */

/** A chat message as logged by OpenAI-style APIs (extra fields are kept untouched). */
export interface ChatMessage {
  role: string;
  content?: string | null | Array<{ type: string; text?: string; [k: string]: unknown }>;
  tool_calls?: Array<{ id?: string; type?: string; function?: { name?: string; arguments?: string } }>;
  name?: string;
  [k: string]: unknown;
}

/**
 * The canonical, already-redacted shape every stored log, case and eval item uses,
 * whatever format it arrived in (native JSON, OTLP GenAI spans, OpenAI chat pairs):
 *
 *   SourceLog.input / Case.input / EvalItem.input      -> StoredInput
 *   SourceLog.output / Case.output / EvalItem.productionOutput -> StoredOutput
 *   SourceLog.metadata / Case.metadata                 -> StoredMetadata
 *
 * Messages are OpenAI-style ({ role, content, tool_calls }), so exports to promptfoo
 * and OpenAI evals need no reshaping.
 */
export interface StoredInput {
  messages: ChatMessage[];
}

/** The production answer: an assistant message (content and/or tool calls), or null. */
export type StoredOutput = ChatMessage | null;

export interface StoredMetadata {
  latencyMs?: number;
  confidence?: number;
  /** Error text is redacted like any free text. */
  error?: string | null;
  escalated?: boolean;
  feedback?: { score?: number; comment?: string };
  tags?: string[];
  finishReason?: string;
  spanStatus?: "OK" | "ERROR" | "UNSET";
  usage?: { inputTokens?: number; outputTokens?: number };
  [key: string]: unknown;
}
