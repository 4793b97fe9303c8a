import { describe, expect, it, vi } from "vitest";
import type { OtlpSpan } from "../otlp-model";
import { genAiCandidates } from "../genai-spans";
import { isFailure } from "@/lib/mining/evaluate";

/**
 * Shapes the recorded fixtures don't cover: older and event-based GenAI conventions, the
 * OpenInference and Langfuse fallbacks, opt-out, rejections and ignored spans. Attribute
 * names are the conventions' documented ones.
 */
let next = 1;
function span(attributes: Record<string, unknown>, more: Partial<OtlpSpan> = {}): OtlpSpan {
  const n = next++;
  return {
    traceId: "a".repeat(32),
    spanId: n.toString(16).padStart(16, "0"),
    parentSpanId: "",
    name: "span",
    startTimeUnixNano: String(1_796_000_000_000_000_000n + BigInt(n) * 1_000_000n),
    endTimeUnixNano: String(1_796_000_000_500_000_000n + BigInt(n) * 1_000_000n),
    attributes,
    statusCode: 0,
    statusMessage: null,
    events: [],
    resource: { "service.name": "bot" },
    ...more,
  };
}

function only(spans: OtlpSpan[]) {
  const { candidates, ignored } = genAiCandidates(spans);
  expect(candidates).toHaveLength(1);
  return { candidate: candidates[0], result: candidates[0].parse(), ignored };
}

function parsed(spans: OtlpSpan[]) {
  const { result } = only(spans);
  if (!result.ok) throw new Error(result.reason);
  return result.log;
}

describe("OpenTelemetry GenAI", () => {
  it("reads 1.28-1.36 span events: gen_ai.*.message bodies in gen_ai.event.content or as attributes, and gen_ai.choice", () => {
    const log = parsed([
      span(
        { "gen_ai.system": "openai", "gen_ai.request.model": "gpt-4o" },
        {
          events: [
            { name: "gen_ai.system.message", attributes: { "gen_ai.system": "openai", "gen_ai.event.content": JSON.stringify({ content: "Be brief." }) } },
            { name: "gen_ai.user.message", attributes: { content: "What is the refund window?" } },
            { name: "gen_ai.assistant.message", attributes: { "gen_ai.event.content": JSON.stringify({ tool_calls: [{ id: "c1", type: "function", function: { name: "policy", arguments: { topic: "refunds" } } }] }) } },
            { name: "gen_ai.tool.message", attributes: { "gen_ai.event.content": JSON.stringify({ id: "c1", content: "30 days" }) } },
            { name: "gen_ai.choice", attributes: { index: 0, finish_reason: "stop", message: JSON.stringify({ role: "assistant", content: "30 days." }) } },
          ],
        },
      ),
    ]);
    expect(log.messages).toEqual([
      { role: "system", content: "Be brief." },
      { role: "user", content: "What is the refund window?" },
      { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "policy", arguments: '{"topic":"refunds"}' } }] },
      { role: "tool", content: "30 days", tool_call_id: "c1" },
    ]);
    expect(log.output).toEqual({ role: "assistant", content: "30 days." });
    expect(log.metadata).toMatchObject({ finishReason: "stop", provider: "openai", convention: "otel-genai" });
  });

  it("reads gen_ai.content.prompt/completion events and the operation-details event", () => {
    const older = parsed([
      span({ "gen_ai.request.model": "m" }, { events: [{ name: "gen_ai.content.prompt", attributes: { "gen_ai.prompt": JSON.stringify([{ role: "user", content: "hi" }]) } }, { name: "gen_ai.content.completion", attributes: { "gen_ai.completion": JSON.stringify([{ role: "assistant", content: "hello" }]) } }] }),
    ]);
    expect(older.messages).toEqual([{ role: "user", content: "hi" }]);
    expect(older.output).toEqual({ role: "assistant", content: "hello" });
    const details = parsed([
      span(
        { "gen_ai.operation.name": "chat" },
        { events: [{ name: "gen_ai.client.inference.operation.details", attributes: { "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: "ping" }] }]), "gen_ai.output.messages": JSON.stringify([{ role: "assistant", parts: [{ type: "text", content: "pong" }], finish_reason: "length" }]) } }] },
      ),
    ]);
    expect(details.messages).toEqual([{ role: "user", content: "ping" }]);
    expect(details.output).toEqual({ role: "assistant", content: "pong" });
    expect(details.metadata.finishReason).toBe("length");
  });

  it("rejects a model call without content, naming the attribute and the likely cause", () => {
    const { result } = only([span({ "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o" })]);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^gen_ai\.input\.messages: is missing .*content capture/) });
    // No operation name, but a model: still a model call, still not silently dropped.
    expect(only([span({ "gen_ai.request.model": "gpt-4o" })]).result.ok).toBe(false);
  });

  it("ignores spans that are no model call, by reason", () => {
    const { candidates, ignored } = genAiCandidates([
      span({ "http.request.method": "GET" }),
      span({ "db.system": "postgresql" }),
      span({ "gen_ai.operation.name": "embeddings", "gen_ai.request.model": "e" }),
      span({ "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "search" }),
    ]);
    expect(candidates).toHaveLength(0);
    expect(ignored.map(({ convention, reason, count }) => [convention, reason, count])).toEqual([
      ["none", "not a model call: no GenAI, OpenInference, AI SDK or Langfuse attributes", 2],
      ["otel-genai", "gen_ai: embeddings operation", 1],
      ["otel-genai", "gen_ai: tool call", 1],
    ]);
  });

  it("marks the call a failing execute_tool span answers, by tool-call id", () => {
    const asked = span({ "gen_ai.operation.name": "chat", "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: "find it" }] }]), "gen_ai.output.messages": JSON.stringify([{ role: "assistant", parts: [{ type: "tool_call", id: "call-9", name: "search", arguments: {} }] }]) });
    const other = span({ "gen_ai.operation.name": "chat", "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: "later" }] }]) });
    const tool = span({ "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "search", "gen_ai.tool.call.id": "call-9", "error.type": "TimeoutError" }, { statusCode: 2 });
    const { candidates } = genAiCandidates([asked, other, tool]);
    const logs = candidates.map((c) => c.parse()).map((r) => (r.ok ? r.log : null));
    expect(logs[0]?.metadata).toMatchObject({ toolErrors: ["search"], error: "tool call failed: search" });
    expect(logs[1]?.metadata.toolErrors).toBeUndefined();
  });
});

describe("OpenInference", () => {
  it("falls back to input.value/output.value and reads message contents and tag.tags", () => {
    const log = parsed([
      span({
        "openinference.span.kind": "LLM",
        "input.value": JSON.stringify({ model: "m", messages: [{ role: "user", content: "Where is it?" }] }),
        "input.mime_type": "application/json",
        "output.value": "On its way.",
        "output.mime_type": "text/plain",
        "tag.tags": ["beta"],
        "evalmine.escalated": true,
      }),
    ]);
    expect(log.messages).toEqual([{ role: "user", content: "Where is it?" }]);
    expect(log.output).toEqual({ role: "assistant", content: "On its way." });
    expect(log.metadata).toMatchObject({ tags: ["beta"], escalated: true, convention: "openinference" });
    const parts = parsed([span({ "openinference.span.kind": "LLM", "llm.input_messages.0.message.role": "user", "llm.input_messages.0.message.contents.0.message_content.type": "text", "llm.input_messages.0.message.contents.0.message_content.text": "look at this", "llm.input_messages.0.message.contents.1.message_content.type": "image" })]);
    expect(parts.messages).toEqual([{ role: "user", content: "look at this" }]);
  });

  it("ignores CHAIN/AGENT/RETRIEVER spans and honours an opt-out in its metadata", () => {
    const { candidates, ignored } = genAiCandidates([
      span({ "openinference.span.kind": "CHAIN" }),
      span({ "openinference.span.kind": "RETRIEVER" }),
      span({ "openinference.span.kind": "LLM", metadata: JSON.stringify({ optOut: true }), "llm.input_messages.0.message.role": "user", "llm.input_messages.0.message.content": "x" }),
    ]);
    expect(ignored.map((i) => i.reason)).toEqual(["openinference: CHAIN span", "openinference: RETRIEVER span"]);
    expect(candidates[0].optOut).toBe(true);
  });
});

describe("Vercel AI SDK", () => {
  const call = (metadata: Record<string, unknown>) =>
    span(
      {
        "ai.operationId": "ai.generateText.doGenerate",
        "ai.model.id": "m",
        "ai.prompt.messages": JSON.stringify([
          { role: "user", content: [{ type: "text", text: "Order status?" }] },
          { role: "assistant", content: [{ type: "reasoning", text: "hidden" }, { type: "tool-call", toolCallId: "t1", toolName: "status", input: { id: 1 } }] },
          { role: "tool", content: [{ type: "tool-result", toolCallId: "t1", toolName: "status", output: { type: "json", value: { shipped: true } } }] },
        ]),
        "ai.response.text": "It shipped.",
        "ai.response.finishReason": "content-filter",
        ...Object.fromEntries(Object.entries(metadata).map(([k, v]) => [`ai.telemetry.metadata.${k}`, v])),
      },
      { name: "ai.generateText.doGenerate" },
    );

  it("reads provider-level prompt parts (tool calls and results, no reasoning) and the app's metadata", () => {
    const log = parsed([call({ userId: "u-1", "feedback.score": "-1", escalated: "true", tags: ["vip"], route: "orders" })]);
    expect(log.messages).toEqual([
      { role: "user", content: "Order status?" },
      { role: "assistant", content: null, tool_calls: [{ id: "t1", type: "function", function: { name: "status", arguments: '{"id":1}' } }] },
      { role: "tool", content: '{"shipped":true}', tool_call_id: "t1" },
    ]);
    expect(log.metadata).toMatchObject({ feedback: { score: -1 }, escalated: true, tags: ["vip"], route: "orders", finishReason: "content_filter" });
    expect(isFailure(log.metadata)).toBe(true);
    expect(log.endUser.userId).toBe("u-1");
    expect(log.metadata.userId).toBeUndefined();
  });

  it("honours optOut, and rejects metadata of the wrong type naming the attribute", () => {
    expect(only([call({ optOut: true })]).candidate.optOut).toBe(true);
    expect(only([call({ optOut: "true" })]).candidate.optOut).toBe(true);
    expect(only([call({ confidence: "high" })]).result).toEqual({ ok: false, reason: "ai.telemetry.metadata.confidence: must be a number" });
  });

  it("rejects a model call recorded without inputs, naming the setting", () => {
    const { result } = only([span({ "ai.operationId": "ai.streamText.doStream" }, { name: "ai.streamText.doStream" })]);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^ai\.prompt\.messages: is missing: .*recordInputs/) });
  });
});

describe("Langfuse-style attributes", () => {
  it("reads a generation: OpenAI-shaped input and output, usage, user, tags and a failure level", () => {
    const log = parsed([
      span({
        "langfuse.observation.type": "generation",
        "langfuse.observation.input": JSON.stringify({ system: "Be kind.", messages: [{ role: "user", content: "Cancel my order" }] }),
        "langfuse.observation.output": JSON.stringify({ choices: [{ message: { role: "assistant", content: "" }, finish_reason: "max_tokens" }] }),
        "langfuse.observation.model.name": "claude",
        "langfuse.observation.usage_details": JSON.stringify({ prompt_tokens: 9, completion_tokens: 4 }),
        "langfuse.observation.level": "ERROR",
        "langfuse.observation.status_message": "overloaded",
        "langfuse.user.id": "u-9",
        "langfuse.session.id": "s-9",
        "langfuse.trace.tags": ["checkout"],
      }),
    ]);
    expect(log.messages).toEqual([
      { role: "system", content: "Be kind." },
      { role: "user", content: "Cancel my order" },
    ]);
    expect(log.metadata).toMatchObject({ finishReason: "length", usage: { inputTokens: 9, outputTokens: 4 }, error: "overloaded", tags: ["checkout"] });
    expect(log.endUser).toEqual({ userId: "u-9", sessionId: "s-9" });
  });

  it("takes the opt-out from the trace's metadata on another span of the same trace", () => {
    const root = span({ "langfuse.observation.type": "span", "langfuse.trace.metadata.optOut": "true" });
    const generation = span({ "langfuse.observation.type": "generation", "langfuse.observation.input": "hello" }, { parentSpanId: root.spanId });
    expect(only([generation, root]).candidate.optOut).toBe(true);
  });
});

describe("a reader's bug", () => {
  it("rejects that span alone, naming no content", () => {
    const broken = span({ "openinference.span.kind": "LLM", "llm.input_messages.0.message.role": "user" });
    Object.defineProperty(broken.attributes, "llm.input_messages.0.message.content", { enumerable: true, get: () => { throw new TypeError("boom"); } });
    const fine = span({ "openinference.span.kind": "LLM", "llm.input_messages.0.message.role": "user", "llm.input_messages.0.message.content": "hi" });
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { candidates } = genAiCandidates([broken, fine]);
    expect(candidates.map((c) => c.parse())).toEqual([{ ok: false, reason: "span: could not be read as openinference; it was not stored" }, expect.objectContaining({ ok: true })]);
    expect(error).toHaveBeenCalledWith("ingest: the openinference reader failed on one span:", "TypeError");
    error.mockRestore();
  });
});
