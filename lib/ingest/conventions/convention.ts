import type { CanonicalLog } from "../types";
import type { OtlpSpan } from "../otlp-model";

/**
 * One instrumentation convention: how its spans say "this is a model call" and where they
 * keep the call's messages, model, finish reason, usage, status and end user. Each module
 * in this folder implements it; genai-spans.ts asks them in order and uses the first that
 * recognises a span.
 */
export type ConventionName = "vercel-ai" | "openinference" | "langfuse" | "otel-genai";

/** What a span is under a convention. */
export type SpanRole =
  /** A model call: becomes one canonical log (or a rejection naming the field). */
  | { kind: "call" }
  /** A tool execution: never stored, but its failure marks the model call that asked for it. */
  | { kind: "tool"; name: string; callId: string | null }
  /** Anything else the convention knows (wrappers, chains, embeddings): skipped, counted by reason. */
  | { kind: "ignored"; reason: string };

/** What the other spans of the same export add to a model call. */
export interface CallContext {
  /** Names of the tools this call asked for whose spans failed. */
  failedTools: string[];
  /** Trace-level attributes found on other spans of the same trace (user, session, tags, metadata). */
  trace: Record<string, unknown>;
}

export interface Convention {
  name: ConventionName;
  /** The span's role, or null when this convention does not apply to it. */
  classify(span: OtlpSpan): SpanRole | null;
  /** Whether a model call asks not to be stored; read cheaply, before sampling. */
  optOut(span: OtlpSpan, context: CallContext): boolean;
  /** The tool-call ids a model call's answer asked for (a failing tool span names one). */
  toolCallIds(span: OtlpSpan): string[];
  /** The canonical log of a model call; throws FieldError naming the attribute at fault. */
  parse(span: OtlpSpan, context: CallContext): CanonicalLog;
}
