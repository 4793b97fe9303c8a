import { describe, expect, it } from "vitest";
import { recordKeys, simHash, topicHash, userText } from "@/lib/mining/fingerprint";
import { protectIdentifier } from "@/lib/privacy/field-shapes";
import { prepareLog } from "./prepare-log";
import { redactLog } from "./redact-log";
import type { CanonicalLog } from "./types";

function log(messages: CanonicalLog["messages"]): CanonicalLog {
  return {
    externalId: "prep-1",
    traceId: null,
    timestamp: new Date(Date.UTC(2026, 11, 1)),
    model: "gpt-4o-mini",
    messages,
    output: { role: "assistant", content: "Thanks Margaret, it ships today." },
    metadata: { latencyMs: 120 },
    endUser: { userId: null, sessionId: null },
  };
}

describe("prepareLog", () => {
  it("is redactLog's result without the object trees, plus mining's keys of the redacted text", () => {
    const source = log([{ role: "user", content: "Hi, I'm Margaret Thornton (margaret@example.com); order 100200 is late." }]);
    const full = redactLog(structuredClone(source));
    const prepared = prepareLog(structuredClone(source));
    expect(prepared.redacted).toEqual({ metadata: full.metadata, model: full.model, redactionVersion: full.redactionVersion, entityCounts: full.entityCounts, droppedKeys: full.droppedKeys, json: full.json });
    expect(prepared.redacted).not.toHaveProperty("input");
    const text = userText(full.input);
    expect(prepared.keys).toEqual({ text, topic: topicHash(text), near: simHash(text) });
    expect(JSON.stringify(prepared)).not.toContain("margaret@example.com");
    expect(prepared.ids).toEqual({ externalId: "prep-1", traceId: null });
  });

  it("gives the ids in their stored shape: a keyed hash when the id holds personal data", () => {
    const prepared = prepareLog({ ...log([{ role: "user", content: "Hello" }]), externalId: "555-201-7788", traceId: "trace-9" });
    expect(prepared.ids).toEqual({ externalId: protectIdentifier("555-201-7788"), traceId: "trace-9" });
    expect(prepared.ids.externalId).toMatch(/^h:/);
  });

  it("without user text: no topic, and the near-duplicate key of every message's text (as the grouping always did)", () => {
    const keys = recordKeys({ messages: [{ role: "system", content: "You are terse." }, { role: "assistant", content: "Hello." }] });
    expect(keys).toEqual({ text: "", topic: null, near: simHash("You are terse.\nHello.") });
  });
});
