import { afterAll, describe, expect, it } from "vitest";
import { closeRedactPool, redactLogs, redactPoolThreads } from "./redact-pool";
import { prepareLog } from "./prepare-log";
import type { CanonicalLog } from "./types";

afterAll(() => closeRedactPool());

const PEOPLE = ["Margaret Thornton", "Jonathan Pryce", "Ada Lovelace", "Sam Okafor"];

// A sample with every kind of field the redactor touches: text, multi-part content, tool
// calls with ids, odd roles and keys, machine metadata, NULs and lone surrogates.
function sample(i: number): CanonicalLog {
  const name = PEOPLE[i % PEOPLE.length];
  const email = `${name.split(" ")[0].toLowerCase()}.${i}@example.com`;
  return {
    externalId: `pool-${i}`,
    traceId: i % 2 ? `trace-${i}` : null,
    timestamp: new Date(Date.UTC(2026, 11, 1, 10, 0, i)),
    model: i % 7 === 0 ? `tuned for ${email}` : "gpt-4o-mini",
    messages: [
      { role: "system", content: "You are a support assistant." },
      { role: "user", content: `Hi, I'm ${name} (${email}), call me on +44 20 7946 0${String(100 + i).slice(-3)}. Order ${100000 + i} is late.` },
      ...(i % 3 === 0 ? [{ role: "assistant", content: null, tool_calls: [{ id: `call ${email}`, type: "function", function: { name: "lookup_order", arguments: `{"email":"${email}"}` } }] }] : []),
      ...(i % 5 === 0 ? [{ role: `agent ${name}`, content: [{ type: "text", text: `Note for ${name}\u0000 \ud800` }] }] : []),
    ] as CanonicalLog["messages"],
    output: { role: "assistant", content: `Thanks ${name.split(" ")[0]}, it ships today.` },
    metadata: { latencyMs: 100 + i, finishReason: "stop", tags: [`vip ${email}`], [i % 4 === 0 ? "bad key!" : "note"]: `from ${name}` } as CanonicalLog["metadata"],
    endUser: { userId: null, sessionId: null },
  };
}

describe("redactLogs on worker threads", () => {
  it("gives exactly what prepareLog (redaction, mining keys) gives on the request thread, record by record", async () => {
    expect(await redactPoolThreads()).toBeGreaterThan(0);
    const logs = Array.from({ length: 120 }, (_, i) => sample(i));
    const expected = logs.map((log) => ({ ok: true, value: prepareLog(structuredClone(log)) }));
    const results = await redactLogs(logs, "refuse");
    expect(results).toEqual(expected);
    expect(JSON.stringify(results)).not.toContain("margaret.0@example.com");
  });
});
