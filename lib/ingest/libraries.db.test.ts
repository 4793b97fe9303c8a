import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { db } from "@/lib/db";
import { POST } from "@/app/api/v1/otlp/v1/traces/route";
import { resetRateLimits } from "./rate-limit";
import { redactPoolThreads } from "./redact-pool";
import { serveRoutes } from "@/lib/testing/http-server";
import { makeIngestSource } from "@/lib/testing/ingest";
import { startFakeModelServer, type FakeModelServer } from "./fixtures/fake-model-server";
import { APPS, EMAIL, END_USER, PERSON, STREET, appTracerProvider, type CallKind, type Library } from "./fixtures/llm-apps";

/**
 * The real instrumentation libraries, end to end: each app (lib/ingest/fixtures/llm-apps.ts)
 * calls the fake model server through the official SDKs, its library traces the calls, and
 * the real OTLP/protobuf exporter sends the spans to the OTLP route on a real HTTP server.
 * Each model call must become exactly one stored, redacted log, and its failures cases.
 */
let route: { url: string; close: () => Promise<void> };
let model: FakeModelServer;
beforeAll(async () => {
  route = await serveRoutes({ "/api/v1/otlp/v1/traces": POST });
  model = await startFakeModelServer();
  // The redaction workers load here, as the app starts them with the server: the exporter's
  // 10 s timeout is for an export, not for loading the engine on a busy machine.
  await redactPoolThreads();
});
afterAll(async () => {
  await route.close();
  await model.close();
});
beforeEach(() => resetRateLimits());

// These libraries end a chat span only when the call succeeds: a refused call leaves no span.
const NO_SPAN_FOR_REFUSED_CALLS = new Set<Library>(["openinference", "openllmetry"]);

const REASONS: Record<CallKind, string[]> = {
  answered: [],
  filtered: ["failure"],
  failed: ["failure"],
  "tool-failed": ["failure"],
  "low-confidence": ["low_confidence"],
};

describe.each(Object.keys(APPS) as Library[])("%s, run for real", (library) => {
  it("stores exactly one redacted log per model call and mines its failures", async () => {
    // Only the rules this test names are on (the span/record ids are random; see trafficRules).
    const { source, apiKey } = await makeIngestSource({ trafficRules: false });
    const exporter = new OTLPTraceExporter({ url: `${route.url}/api/v1/otlp/v1/traces`, headers: { Authorization: `Bearer ${apiKey}` } });
    const provider = appTracerProvider(exporter, "support-bot");
    const requestsBefore = model.requests();
    const run = await APPS[library](model.baseURL, provider);
    await provider.forceFlush();
    await provider.shutdown();

    expect(model.requests() - requestsBefore, "model calls made").toBe(run.calls.length);
    const exported = run.calls.filter((kind) => !(kind === "failed" && NO_SPAN_FOR_REFUSED_CALLS.has(library)));
    const logs = await db.sourceLog.findMany({ where: { sourceId: source.id }, include: { cases: true }, orderBy: { timestamp: "asc" } });
    expect(logs, "one log per exported model call").toHaveLength(exported.length);
    expect(new Set(logs.map((l) => l.externalId)).size).toBe(logs.length);

    const stored = JSON.stringify(logs);
    for (const secret of [PERSON, EMAIL, STREET]) expect(stored).not.toContain(secret);
    expect(stored).toContain("Where is my parcel?");

    // Calls run one after another, so the logs' order is the calls' order.
    const mined = logs.map((log) => log.cases[0]?.minedReasons ?? []);
    expect(mined).toEqual(exported.map((kind) => REASONS[kind]));
    expect(logs.every((log) => log.model === "gpt-4o-mini-2024-07-18")).toBe(true);

    // The call naming its end user (where the library can say it) is stored with a keyed hash of
    // the ids, never the ids themselves.
    for (const id of Object.values(END_USER)) expect(stored).not.toContain(id);
    const identified = logs.filter((log) => log.endUserHash !== null);
    if (library === "openllmetry") expect(identified).toHaveLength(0);
    else {
      expect(identified).toHaveLength(1);
      expect(identified[0].sessionHash).not.toBeNull();
      expect(identified[0].cases[0]?.minedReasons).toEqual(["low_confidence"]);
    }
  });
});
