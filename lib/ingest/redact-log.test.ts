import { describe, expect, it } from "vitest";
import { redactLog } from "./redact-log";
import type { CanonicalLog } from "./types";

const EMAIL = "margaret.thornton@example.com";

function log(overrides: Partial<CanonicalLog>): CanonicalLog {
  return {
    externalId: "r1",
    traceId: null,
    timestamp: new Date("2026-12-01T10:00:00Z"),
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Hi, write to ${EMAIL} please.` }],
    output: { role: "assistant", content: "Done." },
    metadata: {},
    endUser: { userId: null, sessionId: null },
    ...overrides,
  };
}

describe("redactLog: structural fields", () => {
  it("keeps fields that fit their shape exactly as given", () => {
    const redacted = redactLog(log({ metadata: { finishReason: "content_filter", spanStatus: "ERROR", provider: "openai", latencyMs: 812 } }));
    expect(redacted.model).toBe("gpt-4o-mini");
    expect(redacted.metadata).toMatchObject({ finishReason: "content_filter", spanStatus: "ERROR", provider: "openai", latencyMs: 812 });
    expect(redacted.input.messages[0].role).toBe("user");
  });

  it("redacts roles, part types, function names, the model and machine fields outside their shape, with the record's placeholders", () => {
    const redacted = redactLog(
      log({
        model: `tuned for ${EMAIL}`,
        messages: [
          { role: EMAIL, content: [{ type: `part ${EMAIL}`, text: `Mail ${EMAIL}` }] },
          { role: "assistant", content: null, tool_calls: [{ id: EMAIL, type: "function", function: { name: `lookup ${EMAIL}`, arguments: "{}" } }] },
          { role: "tool", tool_call_id: EMAIL, content: "ok" },
        ],
        // Producers can put anything in these fields, whatever the documented shape.
        metadata: { finishReason: EMAIL, spanStatus: `ERROR ${EMAIL}`, operation: EMAIL, provider: EMAIL } as unknown as CanonicalLog["metadata"],
      }),
    );
    const stored = JSON.stringify(redacted);
    expect(stored).not.toContain(EMAIL);
    expect(redacted.input.messages[0].role).toBe("<EMAIL_ADDRESS_1>");
    expect(redacted.metadata.finishReason).toBe("<EMAIL_ADDRESS_1>");
    expect(redacted.model).toBe("tuned for <EMAIL_ADDRESS_1>");
    // Ids keep their identity through a keyed hash: the call and its result still match.
    const callId = redacted.input.messages[1].tool_calls![0].id!;
    expect(callId).toMatch(/^h:[0-9a-f]{32}$/);
    expect(redacted.input.messages[2].tool_call_id).toBe(callId);
  });

  it("drops metadata keys outside the key shape and reports them by position, never by name", () => {
    const redacted = redactLog(log({ metadata: { plan: "pro", [EMAIL]: "x", nested: { ok: 1, "Margaret Thornton": 2, ["k".repeat(65)]: 3 } } }));
    expect(Object.keys(redacted.metadata)).toEqual(["plan", "nested"]);
    expect(redacted.metadata.nested).toEqual({ ok: 1 });
    expect(redacted.droppedKeys).toEqual(["metadata: key #2", "metadata.nested: key #2", "metadata.nested: key #3"]);
    expect(JSON.stringify(redacted)).not.toContain("Margaret");
  });
});
