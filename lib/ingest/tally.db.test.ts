import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as otlpPost } from "@/app/api/v1/otlp/v1/traces/route";
import { POST as nativePost } from "@/app/api/v1/ingest/route";
import { resetRateLimits } from "./rate-limit";
import { importFile } from "./pull";
import { loadIngestSource } from "./source-gate";
import { pruneIngestTallies, TALLY_RETENTION_MS } from "./tally";
import { serveRoutes } from "@/lib/testing/http-server";
import { makeIngestSource, nativeLog } from "@/lib/testing/ingest";

/** The source's ingest counters, written with the records (lib/ingest/tally.ts). */
let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  server = await serveRoutes({ "/api/v1/otlp/v1/traces": otlpPost, "/api/v1/ingest": nativePost });
});
afterAll(async () => server.close());
beforeEach(() => resetRateLimits());

const kv = (key: string, value: unknown) => ({ key, value: typeof value === "string" ? { stringValue: value } : typeof value === "boolean" ? { boolValue: value } : { intValue: value } });
let spanNo = 0;
function jsonSpan(name: string, attributes: Record<string, unknown>) {
  spanNo++;
  return {
    traceId: (spanNo % 7).toString(16).padStart(32, "a"),
    spanId: spanNo.toString(16).padStart(16, "0"),
    name,
    startTimeUnixNano: "1796000000000000000",
    endTimeUnixNano: "1796000000500000000",
    attributes: Object.entries(attributes).map(([k, v]) => kv(k, v)),
  };
}
const exportOf = (spans: unknown[]) => ({ resourceSpans: [{ resource: { attributes: [kv("service.name", "bot")] }, scopeSpans: [{ spans }] }] });
const chat = (text: string, extra: Record<string, unknown> = {}) => jsonSpan("chat", { "gen_ai.operation.name": "chat", "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: text }] }]), ...extra });

async function counts(sourceId: string) {
  const rows = await db.ingestTally.findMany({ where: { sourceId }, orderBy: [{ format: "asc" }, { convention: "asc" }, { outcome: "asc" }, { reason: "asc" }] });
  return rows.map((r) => [r.format, r.convention, r.outcome, r.reason, r.count]);
}

const post = (path: string, key: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) });

describe("ingest counters", () => {
  it("count an OTLP export by convention and outcome, rejections and ignored spans by reason, and answer partialSuccess", async () => {
    const { source, apiKey } = await makeIngestSource();
    const spans = [
      chat("Where is my parcel?"),
      chat("Please forget me", { "evalmine.opt_out": true }),
      jsonSpan("chat gpt-4o", { "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o" }),
      jsonSpan("GET /health", { "http.request.method": "GET" }),
      jsonSpan("GET /ready", { "http.request.method": "GET" }),
      jsonSpan("ai.generateText", { "ai.operationId": "ai.generateText" }),
    ];
    const first = await post("/api/v1/otlp/v1/traces", apiKey, exportOf(spans));
    const body = await first.json();
    expect(body.partialSuccess).toEqual({ rejectedSpans: 1, errorMessage: expect.stringMatching(/^1 model-call span was rejected: gen_ai\.input\.messages: is missing .* \(1 span\)$/) });
    expect(body.totals).toMatchObject({ stored: 1, opted_out: 1, rejected: 1, ignoredSpans: 3 });
    expect(JSON.stringify(body)).not.toContain("parcel");
    // The same export again: the stored span is now a duplicate.
    await post("/api/v1/otlp/v1/traces", apiKey, exportOf(spans));

    const reason = body.partialSuccess.errorMessage.replace(/^1 model-call span was rejected: /, "").replace(/ \(1 span\)$/, "");
    expect(await counts(source.id)).toEqual([
      ["otlp-json", "none", "ignored", "not a model call: no GenAI, OpenInference, AI SDK or Langfuse attributes", 4],
      ["otlp-json", "otel-genai", "duplicate", "", 1],
      ["otlp-json", "otel-genai", "opted_out", "", 2],
      ["otlp-json", "otel-genai", "rejected", reason, 2],
      ["otlp-json", "otel-genai", "stored", "", 1],
      ["otlp-json", "vercel-ai", "ignored", "ai-sdk: call wrapper (its doGenerate/doStream span is the model call)", 2],
    ]);
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(1);
  });

  it("count a push that stores nothing (all sampled out) and native records by outcome", async () => {
    const { source, apiKey } = await makeIngestSource({ sampleRate: 0, maxSampleRate: 0.5 });
    const response = await post("/api/v1/ingest", apiKey, { logs: [nativeLog("s1"), nativeLog("s2"), nativeLog("s3", { metadata: { optOut: true } })] });
    expect((await response.json()).totals).toMatchObject({ sampled_out: 2, opted_out: 1 });
    expect(await counts(source.id)).toEqual([
      ["native", "native", "opted_out", "", 1],
      ["native", "native", "sampled_out", "", 2],
    ]);
  });

  it("count a pulled file's chunk in the chunk's transaction, rejections without their line numbers", async () => {
    const { source } = await makeIngestSource();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "tally-"));
    const file = path.join(folder, "a.jsonl");
    const lines = [nativeLog("f1"), nativeLog("f2"), { id: "f3", timestamp: "2026-11-26T10:00:00Z" }, { id: "f4", timestamp: "2026-11-26T10:00:00Z" }, exportOf([chat("Pulled span")])];
    fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    const progress = await importFile(await loadIngestSource({ id: source.id }), file);
    expect(progress.totals).toMatchObject({ stored: 3, rejected: 2 });
    expect(progress.rejected.map((r) => r.reason)).toEqual(["line 3: input: is required", "line 4: input: is required"]);
    expect(await counts(source.id)).toEqual([
      ["file", "json-lines", "rejected", "input: is required", 2],
      ["file", "json-lines", "stored", "", 2],
      ["file", "otel-genai", "stored", "", 1],
    ]);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});

describe("pruneIngestTallies", () => {
  it("deletes hourly counts older than the retention and keeps the rest", async () => {
    const { source } = await makeIngestSource();
    const now = new Date("2026-12-07T12:00:00Z");
    const row = (hour: Date) => ({ sourceId: source.id, hour, format: "native", convention: "native", outcome: "stored", count: 1, lastAt: hour });
    await db.ingestTally.createMany({ data: [row(new Date(now.getTime() - TALLY_RETENTION_MS - 3_600_000)), row(new Date(now.getTime() - 3_600_000))] });
    expect(await pruneIngestTallies(now)).toBeGreaterThanOrEqual(1);
    const left = await db.ingestTally.findMany({ where: { sourceId: source.id } });
    expect(left.map((r) => r.hour.toISOString())).toEqual(["2026-12-07T11:00:00.000Z"]);
  });
});
