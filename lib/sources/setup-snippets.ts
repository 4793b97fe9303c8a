/**
 * The copy-paste setup for each way an app sends its model calls here, filled in with this
 * instance's address (and a new key, right after it was created). Every library snippet
 * relies on the OTLP environment variables of the first one: the exporters read them, so the
 * key never has to be written into code. The snippets are the ones the library tests run
 * (lib/ingest/libraries.db.test.ts), reduced to what an app adds.
 */
export interface SetupSnippet {
  id: "otlp" | "openinference" | "openllmetry" | "vercel-ai" | "langfuse" | "native";
  title: string;
  /** One sentence: what it is for and what else it needs. */
  note: string;
  code: string;
}

/** The address this instance is reached at: NEXTAUTH_URL when set (the public URL), else the request's host. */
export function appOrigin(headers: Pick<Headers, "get">): string {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const proto = headers.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto.split(",")[0].trim()}://${host}`;
}

export const otlpEndpoint = (origin: string) => `${origin}/api/v1/otlp/v1/traces`;
export const nativeEndpoint = (origin: string) => `${origin}/api/v1/ingest`;

export function setupSnippets(origin: string, key?: string): SetupSnippet[] {
  const shellKey = key ?? "$EVALMINE_KEY";
  return [
    {
      id: "otlp",
      title: "OTLP (any OpenTelemetry SDK)",
      note: "Set these in the app's environment; every snippet below reads them. The header value is URL-encoded (%20 is the space).",
      code: [
        `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=${otlpEndpoint(origin)}`,
        `OTEL_EXPORTER_OTLP_TRACES_HEADERS="Authorization=Bearer%20${shellKey}"`,
        "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL=http/protobuf",
      ].join("\n"),
    },
    {
      id: "openinference",
      title: "OpenInference (Arize Phoenix)",
      note: "npm install @arizeai/openinference-instrumentation-openai @opentelemetry/sdk-trace-node @opentelemetry/instrumentation @opentelemetry/exporter-trace-otlp-proto; run before the app imports openai. End users: setUser/setSession from @arizeai/openinference-core.",
      code: [
        `import { NodeTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-node";`,
        `import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";`,
        `import { registerInstrumentations } from "@opentelemetry/instrumentation";`,
        `import { OpenAIInstrumentation } from "@arizeai/openinference-instrumentation-openai";`,
        `const provider = new NodeTracerProvider({ spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())] });`,
        `provider.register();`,
        `registerInstrumentations({ instrumentations: [new OpenAIInstrumentation()] });`,
      ].join("\n"),
    },
    {
      id: "openllmetry",
      title: "OpenLLMetry (Traceloop)",
      note: "npm install @traceloop/node-server-sdk @opentelemetry/exporter-trace-otlp-proto. End users: traceloop.withAssociationProperties({ user_id, session_id }, fn).",
      code: [
        `import * as traceloop from "@traceloop/node-server-sdk";`,
        `import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";`,
        `import OpenAI from "openai";`,
        `traceloop.initialize({ appName: "my-app", exporter: new OTLPTraceExporter(), instrumentModules: { openAI: OpenAI } });`,
      ].join("\n"),
    },
    {
      id: "vercel-ai",
      title: "Vercel AI SDK",
      note: "npm install @vercel/otel @opentelemetry/exporter-trace-otlp-proto. In instrumentation.ts (Next.js), then turn telemetry on per call; userId, sessionId, optOut and your own keys (confidence, escalated, feedback.score) go in metadata.",
      code: [
        `import { registerOTel } from "@vercel/otel";`,
        `import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";`,
        `export function register() { registerOTel({ serviceName: "my-app", traceExporter: new OTLPTraceExporter() }); }`,
        ``,
        `// at each call:`,
        `await generateText({ model, prompt, experimental_telemetry: { isEnabled: true, metadata: { userId, sessionId } } });`,
      ].join("\n"),
    },
    {
      id: "langfuse",
      title: "Langfuse SDK",
      note: "Keep your startObservation/observe code; send the spans here instead of (or as well as) Langfuse's processor.",
      code: [
        `import { NodeTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-node";`,
        `import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";`,
        `import { setLangfuseTracerProvider } from "@langfuse/tracing";`,
        `const provider = new NodeTracerProvider({ spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())] });`,
        `provider.register();`,
        `setLangfuseTracerProvider(provider);`,
      ].join("\n"),
    },
    {
      id: "native",
      title: "Native JSON (curl)",
      note: "For apps that log calls themselves: one POST per batch of up to 1,000 logs.",
      code: [
        `curl -sS -X POST ${nativeEndpoint(origin)} \\`,
        `  -H "Authorization: Bearer ${shellKey}" -H "Content-Type: application/json" \\`,
        `  -d '{"logs":[{"id":"req-1","timestamp":"2026-12-01T10:00:00Z","model":"gpt-4o-mini",`,
        `        "input":[{"role":"user","content":"Where is my order?"}],"output":"It ships today.",`,
        `        "metadata":{"confidence":0.31,"error":null}}]}'`,
      ].join("\n"),
    },
  ];
}

/** The eval-set export an `evalset:read` key is for (a key bound to a source exports that source). */
export function exportSnippet(origin: string, key?: string): string {
  return [`curl -sS -H "Authorization: Bearer ${key ?? "$EVALMINE_KEY"}" \\`, `  "${origin}/api/v1/eval-set/export?format=jsonl" > eval-set.jsonl`].join("\n");
}
