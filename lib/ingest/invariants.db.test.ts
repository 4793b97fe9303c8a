import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { POST } from "@/app/api/v1/ingest/route";
import { createSourceSchema, updateSourceSchema } from "@/lib/sources/schemas";
import { ingestCandidates } from "./pipeline";
import { nativeCandidate } from "./native";
import { resetRateLimits } from "./rate-limit";
import { serveRoutes } from "@/lib/testing/http-server";
import { containsWord } from "@/lib/testing/search";
import { makeIngestSource, nativeLog } from "@/lib/testing/ingest";

let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  server = await serveRoutes({ "/api/v1/ingest": POST });
  resetRateLimits();
});
afterAll(async () => server.close());

/** Every row of every table in every non-system schema, as text. */
async function dumpDatabase(): Promise<string> {
  const tables = await db.$queryRaw<Array<{ schema: string; name: string }>>`
    SELECT table_schema AS "schema", table_name AS "name" FROM information_schema.tables
    WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`;
  const parts: string[] = [];
  for (const t of tables) {
    const rows = await db.$queryRawUnsafe<Array<{ row: string }>>(`SELECT t::text AS "row" FROM "${t.schema}"."${t.name}" t`);
    parts.push(...rows.map((r) => r.row));
  }
  return parts.join("\n");
}

const PII = {
  names: ["Margaret Thornton", "Jonathan Pryce"],
  emails: ["margaret.thornton@example.com", "j.pryce@mailbox.org"],
  phones: ["+1 415-555-0132", "(212) 555-0187"],
  cards: ["4111 1111 1111 1111", "5500-0000-0000-0004"],
  ssn: ["123-45-6789"],
  iban: ["DE89 3704 0044 0532 0130 00"],
};

describe("invariant 1: nothing unsanitised is ever stored", () => {
  it("leaves no known raw PII value anywhere in the database or the server log after ingesting records full of it", async () => {
    const { apiKey } = await makeIngestSource();
    const [n1, n2] = PII.names;
    const logs = [
      nativeLog("pii-1", {
        input: [
          { role: "system", content: "You are a bank assistant." },
          { role: "user", content: `Hi, I'm ${n1}. Email ${PII.emails[0]}, phone ${PII.phones[0]}. Charge card ${PII.cards[0]} please; SSN ${PII.ssn[0]}.` },
          { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "lookup", arguments: JSON.stringify({ email: PII.emails[0], name: n1 }) } }] },
          { role: "tool", tool_call_id: "c1", content: JSON.stringify({ customer: n1, iban: PII.iban[0] }) },
        ],
        output: `Thanks ${n1}, I emailed ${PII.emails[0]}.`,
        metadata: { error: `lookup failed for ${PII.emails[0]}`, feedback: { score: -1, comment: `Call me on ${PII.phones[1]}, ${n2}` }, tags: ["escalated"], customer: { email: PII.emails[1], card: PII.cards[1] } },
      }),
      nativeLog("pii-2", { input: `My name is ${n2} and my email is ${PII.emails[1]}; card ${PII.cards[1]}`, metadata: { confidence: 0.1 } }),
      // A rejected record carrying PII: its reason must not echo it.
      { id: "pii-3", timestamp: "yesterday-ish", input: `I'm ${n1}, ${PII.emails[0]}` },
    ];
    const captured: string[] = [];
    const capture = (...args: unknown[]) => void captured.push(args.map(String).join(" "));
    const spies = (["log", "error", "warn", "info", "debug"] as const).map((m) => vi.spyOn(console, m).mockImplementation(capture));
    const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (captured.push(String(chunk)), true));
    const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (captured.push(String(chunk)), true));
    let answer: string;
    try {
      const response = await fetch(`${server.url}/api/v1/ingest`, { method: "POST", headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" }, body: JSON.stringify({ logs }) });
      answer = await response.text();
      expect(response.status).toBe(200);
    } finally {
      for (const spy of [...spies, out, err]) spy.mockRestore();
    }
    expect(JSON.parse(answer).totals).toMatchObject({ stored: 2, rejected: 1, mined: 2 });
    expect(await db.case.count({ where: { sourceLog: { externalId: { in: ["pii-1", "pii-2"] } } } })).toBe(2);

    const dump = await dumpDatabase();
    expect(dump).toContain("<EMAIL_ADDRESS_1>"); // the dump does contain the stored records
    const haystacks = { database: dump, serverLog: captured.join("\n"), response: answer };
    for (const value of Object.values(PII).flat()) {
      // The value as sent, without separators, and each capitalised word of a name on its own.
      const variants = [value, value.replace(/[\s()-]/g, ""), ...value.split(" ").filter((w) => /^[A-Z][a-z]{3,}$/.test(w))];
      // Whole words only: another test's "Margarethe" is not this test's "Margaret".
      for (const [where, text] of Object.entries(haystacks)) for (const v of variants) expect(containsWord(text, v), `${where} contains a raw value`).toBe(false);
    }
  });
});

describe("invariant 3: sampling never exceeds a source's privacy commitment", () => {
  it("refuses a sample rate above the maximum, in the form schema and in the database", async () => {
    const create = createSourceSchema.safeParse({ name: "over", sampleRate: "0.5", maxSampleRate: "0.2", retentionDays: "30", retentionPolicy: "p" });
    expect(create.success).toBe(false);
    expect(create.error!.issues[0]).toMatchObject({ path: ["sampleRate"] });
    const update = updateSourceSchema.safeParse({ sourceId: crypto.randomUUID(), name: "over", sampleRate: "0.9", maxSampleRate: "0.1" });
    expect(update.success).toBe(false);
    const { source } = await makeIngestSource({ sampleRate: 0.1, maxSampleRate: 0.2 });
    await expect(db.source.update({ where: { id: source.id }, data: { sampleRate: 0.5 } })).rejects.toThrow();
  });

  it("samples at most at the cap, even when handed a rate above it", async () => {
    const { source } = await makeIngestSource({ sampleRate: 0.1, maxSampleRate: 0.1 });
    const n = 3000;
    const records = Array.from({ length: n }, (_, i) => nativeCandidate(nativeLog(`cap-${i}`, { metadata: {} }), i));
    // A source object claiming a higher rate than its cap (as a bug or a tampered row would).
    const result = await ingestCandidates({ ...source, sampleRate: 0.9 }, records);
    const share = result.totals.stored / n;
    expect(share).toBeLessThanOrEqual(0.115);
    expect(share).toBeGreaterThan(0.085);
    expect(result.totals.sampled_out + result.totals.stored).toBe(n);
    // Deterministic: a replay decides the same (stored ones become duplicates, the rest stay sampled out).
    const replay = await ingestCandidates(source, records);
    expect(replay.totals.sampled_out).toBe(result.totals.sampled_out);
    expect(replay.totals.duplicate).toBe(result.totals.stored);
  });
});
