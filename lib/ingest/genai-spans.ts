import type { Candidate } from "./types";
import { guardedParse } from "./native";
import { FieldError } from "./messages";
import type { OtlpSpan } from "./otlp-model";
import { labelCandidate, type IgnoredSpans, type IngestFormat } from "./tally";
import type { CallContext, Convention, SpanRole } from "./conventions/convention";
import { isOptOut } from "./conventions/call-log";
import { vercelAi } from "./conventions/vercel-ai";
import { openInference } from "./conventions/openinference";
import { langfuse, langfuseTraceAttributes } from "./conventions/langfuse";
import { otelGenAi } from "./conventions/otel-genai";

/**
 * The spans of an OTLP export -> one candidate per model call, whichever instrumentation
 * wrote them. Each convention (lib/ingest/conventions/) is asked in turn; the first that
 * recognises a span decides what it is. The order goes from the most specific marker to
 * the least: the AI SDK's spans also carry some gen_ai.* attributes, and an OpenInference
 * or Langfuse span may too.
 *
 * Spans that are not model calls (HTTP, database, wrappers, chains, embeddings, tools) are
 * ignored and counted by reason. A span that looks like a model call under any convention
 * always becomes a candidate: if it can't be read, the pipeline rejects it naming the
 * attribute, and the exporter hears about it (partialSuccess).
 *
 * Some facts live on other spans of the same export: a failing tool span marks the model
 * call that asked for it (by tool-call id, else its parent, else the latest call before it
 * under the same parent), and Langfuse's trace-level attributes (user, session, tags,
 * metadata) are often on the trace's root span only. Both need the spans of one trace in
 * one export, which a batching span processor (the SDKs' default) gives.
 */
const CONVENTIONS: Convention[] = [vercelAi, openInference, langfuse, otelGenAi];

const PREFIX: Record<string, string> = { "vercel-ai": "ai-sdk", openinference: "openinference", langfuse: "langfuse", "otel-genai": "gen_ai" };
const NOT_AI = "not a model call: no GenAI, OpenInference, AI SDK or Langfuse attributes";

interface Classified {
  span: OtlpSpan;
  convention: Convention | null;
  role: SpanRole | null;
}

function classify(span: OtlpSpan): Classified {
  for (const convention of CONVENTIONS) {
    const role = convention.classify(span);
    if (role) return { span, convention, role };
  }
  return { span, convention: null, role: null };
}

/** Whether decimal nanosecond strings a < b. */
function earlier(a: string, b: string): boolean {
  return a.length !== b.length ? a.length < b.length : a < b;
}

const failed = (span: OtlpSpan) => span.statusCode === 2 || typeof span.attributes["error.type"] === "string";

/** The model call a failing tool span belongs to, among the calls of its trace. */
function callerOf(tool: Classified, calls: Classified[], ids: Map<Classified, string[]>): Classified | undefined {
  const role = tool.role as Extract<SpanRole, { kind: "tool" }>;
  if (role.callId) {
    for (const call of calls) {
      let list = ids.get(call);
      if (!list) ids.set(call, (list = call.convention!.toolCallIds(call.span)));
      if (list.includes(role.callId)) return call;
    }
  }
  const parent = calls.find((c) => c.span.spanId === tool.span.parentSpanId);
  if (parent) return parent;
  const before = calls.filter((c) => earlier(c.span.startTimeUnixNano, tool.span.startTimeUnixNano));
  const siblings = before.filter((c) => c.span.parentSpanId === tool.span.parentSpanId);
  return (siblings.length ? siblings : before).sort((x, y) => (earlier(x.span.startTimeUnixNano, y.span.startTimeUnixNano) ? -1 : 1)).at(-1);
}

/**
 * A convention's parse, where an unexpected error (a bug, not a bad attribute) rejects this
 * span alone instead of failing the whole export; only the error's class is logged.
 */
function readCall(convention: Convention, span: OtlpSpan, context: CallContext) {
  try {
    return convention.parse(span, context);
  } catch (error) {
    if (error instanceof FieldError) throw error;
    console.error(`ingest: the ${convention.name} reader failed on one span:`, (error as Error).name);
    throw new FieldError("span", `could not be read as ${PREFIX[convention.name]}; it was not stored`);
  }
}

/** Candidates for the model calls of an export, and the other spans counted by convention and reason. */
export function genAiCandidates(spans: OtlpSpan[], format: IngestFormat = "file"): { candidates: Candidate[]; ignored: IgnoredSpans[] } {
  const classified = spans.map(classify);
  const callsByTrace = new Map<string, Classified[]>();
  const traceAttributes = new Map<string, Record<string, unknown>>();
  for (const entry of classified) {
    if (entry.role?.kind === "call") {
      const list = callsByTrace.get(entry.span.traceId);
      if (list) list.push(entry);
      else callsByTrace.set(entry.span.traceId, [entry]);
    }
    const attributes = langfuseTraceAttributes(entry.span);
    if (attributes) traceAttributes.set(entry.span.traceId, { ...attributes, ...traceAttributes.get(entry.span.traceId) });
  }

  const failedTools = new Map<Classified, string[]>();
  const ignored = new Map<string, IgnoredSpans>();
  const ignore = (convention: string, reason: string) => {
    const key = `${convention}\u0000${reason}`;
    const entry = ignored.get(key);
    if (entry) entry.count++;
    else ignored.set(key, { format, convention, reason, count: 1 });
  };
  const toolCallIds = new Map<Classified, string[]>();
  for (const entry of classified) {
    if (!entry.convention || !entry.role) ignore("none", NOT_AI);
    else if (entry.role.kind === "ignored") ignore(entry.convention.name, entry.role.reason);
    else if (entry.role.kind === "tool") {
      const prefix = PREFIX[entry.convention.name];
      if (!failed(entry.span)) ignore(entry.convention.name, `${prefix}: tool call`);
      else {
        const caller = callerOf(entry, callsByTrace.get(entry.span.traceId) ?? [], toolCallIds);
        if (caller) failedTools.set(caller, [...(failedTools.get(caller) ?? []), entry.role.name.slice(0, 100)]);
        ignore(entry.convention.name, caller ? `${prefix}: failed tool call (marked on its model call)` : `${prefix}: failed tool call (its model call is not in this export)`);
      }
    }
  }

  const candidates: Candidate[] = [];
  classified.forEach((entry, index) => {
    if (entry.role?.kind !== "call") return;
    const { span, convention } = entry;
    const context: CallContext = { failedTools: failedTools.get(entry) ?? [], trace: traceAttributes.get(span.traceId) ?? {} };
    const candidate: Candidate = {
      index,
      id: span.spanId || null,
      traceId: span.traceId || null,
      optOut: isOptOut(span.attributes["evalmine.opt_out"]) || convention!.optOut(span, context),
      parse: guardedParse(() => readCall(convention!, span, context)),
    };
    candidates.push(labelCandidate(candidate, { format, convention: convention!.name }));
  });
  return { candidates, ignored: [...ignored.values()] };
}
