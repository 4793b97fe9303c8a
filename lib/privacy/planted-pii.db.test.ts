import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SpanStatusCode } from "@opentelemetry/api";
import { TracerProvider, SimpleSpanProcessor } from "@opentelemetry/sdk-trace";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { OTLPTraceExporter as HttpJsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as ProtobufExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { db } from "@/lib/db";
import { POST as nativePush } from "@/app/api/v1/ingest/route";
import { POST as otlpPush } from "@/app/api/v1/otlp/v1/traces/route";
import { candidatesFromLine } from "@/lib/ingest/formats";
import { ingestCandidates } from "@/lib/ingest/pipeline";
import { resetRateLimits } from "@/lib/ingest/rate-limit";
import { serveRoutes } from "@/lib/testing/http-server";
import { containsWord } from "@/lib/testing/search";
import { makeIngestSource } from "@/lib/testing/ingest";

/**
 * The planted-PII proof of invariant 1: every input format, a distinct planted value in
 * every string position the format has (ids, keys, roles, model, machine fields, free
 * text), ingested through the real entry points; afterwards no planted value may appear
 * in any row of any table (the text of every row: what a data-only dump holds), in the
 * server log, or in an answer.
 */

const planted: string[] = [];
const NAMES = ["Margaret Thornton", "Jonathan Pryce", "Rosalind Hartley", "Benedict Ashworth", "Cordelia Fairbanks", "Peregrine Whitlock", "Evangeline Marsh", "Thaddeus Crowley", "Octavia Pemberton", "Lysander Holloway", "Imogen Caldwell", "Cornelius Blackwood"];
// 555-0100..0199 are the numbers set aside for fiction; with eight area codes, distinct enough.
const AREA_CODES = ["415", "212", "646", "312", "617", "206", "303", "512"];
let serial = 0;

function luhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + ((10 - (sum % 10)) % 10);
}

/** A new planted value of a kind, remembered for the search afterwards. */
function plant(kind: "email" | "phone" | "card" | "name"): string {
  serial += 1;
  const n = String(serial).padStart(3, "0");
  const value =
    kind === "email" ? `planted${n}.person@mailbox-example.org`
    : kind === "phone" ? `+1 ${AREA_CODES[serial % AREA_CODES.length]}-555-01${n.slice(-2)}`
    : kind === "card" ? luhn(`4111111111${n}00`).replace(/(\d{4})(?=\d)/g, "$1 ")
    : NAMES[serial % NAMES.length];
  planted.push(value);
  return value;
}

/** Free text carrying one value of each kind, with the cues a person would write. */
function text(): string {
  return `My name is ${plant("name")}, write to ${plant("email")} or call ${plant("phone")}; the card is ${plant("card")}.`;
}

function nativeRecord() {
  return {
    id: plant("email"),
    traceId: plant("phone"),
    timestamp: "2026-12-01T10:00:00Z",
    model: plant("card"),
    userId: plant("email"),
    sessionId: plant("phone"),
    input: [
      // Roles over 32 characters are refused with their record; a short one is stored, protected.
      { role: plant("phone"), content: text() },
      { role: "user", content: [{ type: plant("phone"), text: text() }] },
      { role: "assistant", content: null, tool_calls: [{ id: plant("email"), type: plant("card"), function: { name: plant("phone"), arguments: JSON.stringify({ note: text(), [plant("email")]: 1 }) } }] },
      { role: "tool", tool_call_id: plant("card"), content: text() },
    ],
    output: { role: "assistant", content: text() },
    metadata: {
      error: text(),
      feedback: { score: -1, comment: text() },
      tags: [plant("phone"), text()],
      finishReason: plant("email"),
      spanStatus: plant("phone"),
      operation: plant("card"),
      provider: plant("email"),
      [plant("email")]: "keyed by an e-mail address",
      [plant("phone")]: 1,
      nested: { [plant("card")]: true, note: text(), list: [text(), { [plant("email")]: text() }] },
    },
  };
}

function openAiPairLine(): string {
  return JSON.stringify({
    id: plant("email"),
    traceId: plant("phone"),
    timestamp: "2026-12-01T11:00:00Z",
    request: { model: plant("card"), user: plant("email"), messages: [{ role: plant("phone"), content: text() }, { role: "user", content: text() }] },
    response: {
      id: plant("email"),
      created: 1764586800,
      model: plant("phone"),
      choices: [{ message: { role: "assistant", content: text(), tool_calls: [{ id: plant("card"), type: "function", function: { name: plant("email"), arguments: JSON.stringify({ who: text() }) } }] }, finish_reason: plant("email") }],
    },
    metadata: { [plant("email")]: text(), comment: text() },
  });
}

const kv = (key: string, value: string | string[]) => ({ key, value: Array.isArray(value) ? { arrayValue: { values: value.map((v) => ({ stringValue: v })) } } : { stringValue: value } });

/** An OpenTelemetry Collector file-exporter line: OTLP/JSON, one export per line, written by hand so ids can carry text too. */
function collectorLine(): string {
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [kv("service.name", plant("email")), kv("user.id", plant("phone"))] },
        scopeSpans: [
          {
            scope: { name: plant("email") },
            spans: [
              {
                traceId: plant("email"),
                spanId: plant("card"),
                name: plant("phone"),
                kind: 3,
                startTimeUnixNano: "1764586800000000000",
                endTimeUnixNano: "1764586801000000000",
                status: { code: 2, message: text() },
                attributes: [
                  kv("gen_ai.system", plant("email")),
                  // A model call must look like one to be taken (operation "chat"); everything else is planted.
                  kv("gen_ai.operation.name", "chat"),
                  kv("gen_ai.request.model", plant("card")),
                  kv("gen_ai.prompt.0.role", plant("email")),
                  kv("gen_ai.prompt.0.content", text()),
                  kv("gen_ai.completion.0.role", plant("phone")),
                  kv("gen_ai.completion.0.content", text()),
                  kv("gen_ai.response.finish_reasons", [plant("card")]),
                  kv("session.id", plant("email")),
                  kv("evalmine.tags", [text()]),
                  kv("evalmine.feedback.comment", text()),
                  kv(plant("email"), text()),
                ],
              },
            ],
          },
        ],
      },
    ],
  });
}

/** GenAI spans through the real OpenTelemetry SDK and exporter (JSON or protobuf). */
async function exportSpans(kind: "json" | "protobuf", url: string, apiKey: string) {
  const options = { url: `${url}/api/v1/otlp/v1/traces`, headers: { Authorization: `Bearer ${apiKey}` } };
  const exporter = kind === "json" ? new HttpJsonExporter(options) : new ProtobufExporter(options);
  const provider = new TracerProvider({ resource: resourceFromAttributes({ "service.name": plant("email"), "enduser.id": plant("phone") }), spanProcessors: [new SimpleSpanProcessor({ exporter })] });
  const tracer = provider.getTracer(plant("phone"));
  const span = tracer.startSpan(plant("email"), {
    attributes: {
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": plant("email"),
      "gen_ai.request.model": plant("phone"),
      "gen_ai.response.model": plant("card"),
      "gen_ai.response.finish_reasons": [plant("email")],
      "gen_ai.input.messages": JSON.stringify([{ role: plant("phone"), parts: [{ type: plant("card"), content: text() }] }, { role: "user", parts: [{ type: "text", content: text() }] }]),
      "gen_ai.output.messages": JSON.stringify([{ role: "assistant", parts: [{ type: "text", content: text() }], finish_reason: plant("email") }]),
      "gen_ai.conversation.id": plant("phone"),
      "user.id": plant("email"),
      "session.id": plant("card"),
      "error.type": plant("email"),
      "evalmine.tags": [text(), plant("phone")],
      "evalmine.feedback.comment": text(),
    },
  });
  span.setStatus({ code: SpanStatusCode.ERROR, message: text() });
  span.end();
  await provider.forceFlush();
  await provider.shutdown();
}

/** The text of every row of every table, as a data-only dump would hold it. */
async function everyRow(): Promise<string> {
  const tables = await db.$queryRaw<Array<{ schema: string; name: string }>>`
    SELECT table_schema AS "schema", table_name AS "name" FROM information_schema.tables
    WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`;
  const parts: string[] = [];
  for (const t of tables) parts.push(...(await db.$queryRawUnsafe<Array<{ row: string }>>(`SELECT t::text AS "row" FROM "${t.schema}"."${t.name}" t`)).map((r) => r.row));
  return parts.join("\n");
}

let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  server = await serveRoutes({ "/api/v1/ingest": nativePush, "/api/v1/otlp/v1/traces": otlpPush });
  resetRateLimits();
});
afterAll(async () => server.close());

describe("invariant 1: nothing unsanitised is ever stored (planted values in every position of every format)", () => {
  it("stores none of the planted values, logs none and answers none", async () => {
    const { source, apiKey } = await makeIngestSource();
    const captured: string[] = [];
    const capture = (...args: unknown[]) => void captured.push(args.map(String).join(" "));
    const spies = (["log", "error", "warn", "info", "debug"] as const).map((m) => vi.spyOn(console, m).mockImplementation(capture));
    const answers: string[] = [];
    try {
      // Native JSON push, two records.
      const native = await fetch(`${server.url}/api/v1/ingest`, { method: "POST", headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" }, body: JSON.stringify({ logs: [nativeRecord(), nativeRecord()] }) });
      answers.push(await native.text());
      expect(native.status).toBe(200);
      expect(JSON.parse(answers[0]).totals).toMatchObject({ stored: 2 });
      // OTLP over HTTP, JSON and protobuf, from the real exporters.
      await exportSpans("json", server.url, apiKey);
      await exportSpans("protobuf", server.url, apiKey);
      // File lines as the pull job reads them: OpenAI pairs and collector output.
      const lines = [openAiPairLine(), collectorLine()];
      const fromFiles = await ingestCandidates(source, lines.flatMap((line, i) => candidatesFromLine(line, i + 1)));
      answers.push(JSON.stringify(fromFiles));
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    const stored = await db.sourceLog.count({ where: { sourceId: source.id } });
    // Two native records, one span per OTLP encoding, one OpenAI pair, one collector line.
    expect(stored).toBe(6);

    const haystacks = { database: await everyRow(), serverLog: captured.join("\n"), answers: answers.join("\n") };
    expect(haystacks.database).toContain("<EMAIL_ADDRESS_"); // the rows are there, redacted
    const leaks: string[] = [];
    for (const value of new Set(planted)) {
      const variants = [value, value.replace(/[\s()-]/g, ""), ...value.split(" ").filter((w) => /^[A-Z][a-z]{3,}$/.test(w))];
      // Whole words only: another test's "Margarethe" is not this test's "Margaret".
      for (const [where, text] of Object.entries(haystacks)) for (const v of variants) if (containsWord(text, v)) leaks.push(`${where}: planted value #${planted.indexOf(value) + 1}`);
    }
    expect(leaks).toEqual([]);
  });
});
