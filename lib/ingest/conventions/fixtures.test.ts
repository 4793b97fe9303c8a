import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CanonicalLog } from "../types";
import { spansFromOtlpJson } from "../otlp-json";
import { genAiCandidates } from "../genai-spans";
import { isFailure } from "@/lib/mining/evaluate";

/**
 * The conventions against what the real libraries export: OTLP/JSON recorded from the apps in
 * lib/ingest/fixtures/llm-apps.ts (the exporter's own bodies, written by running that file).
 */
function load(library: string) {
  const body = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", `${library}.otlp.json`), "utf8"));
  const { candidates, ignored } = genAiCandidates(spansFromOtlpJson(body), "otlp-json");
  const logs = candidates.map((c) => {
    const result = c.parse();
    if (!result.ok) throw new Error(`${library}: ${result.reason}`);
    return { log: result.log, optOut: c.optOut };
  });
  const said = (log: CanonicalLog) => log.messages.map((m) => (typeof m.content === "string" ? m.content : "")).join("\n");
  const find = (text: string) => {
    const found = logs.filter(({ log }) => said(log).includes(text));
    expect(found, `one call saying "${text}"`).toHaveLength(1);
    return found[0].log;
  };
  return { logs: logs.map((l) => l.log), ignored: Object.fromEntries(ignored.map((i) => [i.reason, i.count])), find, said };
}

describe.each([
  ["openinference", 6],
  ["openllmetry", 5],
  ["vercel-ai", 7],
  ["langfuse", 6],
])("recorded %s export", (library, calls) => {
  it("has one readable log per exported model call, with model, roles and answer", () => {
    const { logs, find } = load(library);
    expect(logs).toHaveLength(calls);
    const greeting = find("margaret.thornton@example.com");
    expect(greeting.messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(greeting.model).toBe("gpt-4o-mini-2024-07-18");
    expect(greeting.output).toMatchObject({ role: "assistant", content: "Your parcel left our warehouse yesterday and should arrive on Monday." });
    expect(greeting.metadata).toMatchObject({ finishReason: "stop", spanStatus: expect.any(String), service: "support-bot" });
    expect(isFailure(greeting.metadata)).toBe(false);
    const conversation = find("12 Baker Street");
    expect(conversation.messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(find("opening hours").output?.content).toContain("Monday");
  });

  it("marks the content-filtered answer as a failure, whatever the library calls it", () => {
    const filtered = load(library).find("[filter]");
    expect(filtered.metadata.finishReason).toBe("content_filter");
    expect(isFailure(filtered.metadata)).toBe(true);
  });
});

describe("what only some libraries record", () => {
  it("OpenInference and OpenLLMetry export no span for a call the model server refused; the AI SDK and Langfuse do, as a failure", () => {
    for (const library of ["openinference", "openllmetry"]) {
      const { logs, said } = load(library);
      expect(logs.some((log) => said(log).includes("[fail]"))).toBe(false);
    }
    const aiSdk = load("vercel-ai").find("[fail]");
    expect(aiSdk.metadata).toMatchObject({ spanStatus: "ERROR", error: "This model's maximum context length is 128000 tokens." });
    expect(aiSdk.output).toBeNull();
    const langfuse = load("langfuse").find("[fail]");
    expect(langfuse.metadata.error).toBe("400 This model's maximum context length is 128000 tokens.");
    expect(isFailure(aiSdk.metadata) && isFailure(langfuse.metadata)).toBe(true);
  });

  it("takes the end user, session and confidence from each library's own place for them", () => {
    for (const library of ["openinference", "vercel-ai", "langfuse"]) {
      const log = load(library).find("afternoon");
      expect(log.endUser, library).toEqual({ userId: "customer-7781", sessionId: "chat-session-42" });
      expect(log.metadata.confidence, library).toBe(0.2);
      expect(JSON.stringify(log.metadata), library).not.toContain("customer-7781");
    }
    expect(load("openllmetry").find("afternoon").endUser).toEqual({ userId: null, sessionId: null });
  });

  it("marks the model call whose tool failed (OpenInference TOOL span, AI SDK ai.toolCall span)", () => {
    for (const library of ["openinference", "vercel-ai"]) {
      const { find, ignored } = load(library);
      const call = find("[tool]");
      expect(call.output?.tool_calls?.[0]?.function?.name).toBe("lookup_order");
      expect(call.metadata).toMatchObject({ error: "tool call failed: lookup_order", toolErrors: ["lookup_order"], finishReason: "tool_calls" });
      expect(Object.keys(ignored).some((reason) => reason.endsWith("failed tool call (marked on its model call)"))).toBe(true);
    }
  });

  it("stores the AI SDK's inner doGenerate/doStream spans only, never the wrapper", () => {
    const { logs, ignored } = load("vercel-ai");
    expect(new Set(logs.map((l) => l.metadata.spanName))).toEqual(new Set(["ai.generateText.doGenerate", "ai.streamText.doStream"]));
    expect(ignored["ai-sdk: call wrapper (its doGenerate/doStream span is the model call)"]).toBe(7);
  });

  it("reads Langfuse's trace tags from the request's root observation, which is itself ignored", () => {
    const { logs, ignored } = load("langfuse");
    for (const log of logs) expect(log.metadata.tags).toEqual(["support"]);
    expect(ignored["langfuse: span observation"]).toBe(6);
  });
});
