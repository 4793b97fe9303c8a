import crypto from "node:crypto";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { TracerProvider, SimpleSpanProcessor } from "@opentelemetry/sdk-trace";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { storageStatePath } from "./accounts";
import { seriousViolations } from "./axe";

const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";

test.describe("admin sources and ingestion", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("create a source (cap enforced), push with its key, watch its health, create an export key, revoke with confirmation", async ({ page }) => {
    const name = `e2e-${crypto.randomBytes(4).toString("hex")}`;
    await page.goto("/admin/sources");
    const form = page.getByRole("form", { name: "Create source" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Sample rate", { exact: true }).fill("0.9");
    await form.getByLabel("Maximum sample rate").fill("0.5");
    await form.getByLabel("Retention days").fill("30");
    await form.getByLabel("Retention policy").fill("Deleted after 30 days.");
    await form.getByRole("button", { name: "Create source" }).click();
    await expect(form.getByText(/can't exceed the maximum sample rate/)).toBeVisible();
    // A failed try keeps what was typed.
    await expect(form.getByLabel("Name")).toHaveValue(name);

    await form.getByLabel("Maximum sample rate").fill("1");
    await form.getByLabel("Sample rate", { exact: true }).fill("1");
    await form.getByRole("button", { name: "Create source" }).click();
    await expect(form.getByRole("status")).toHaveText(`Created source ${name}.`);
    // A success clears the form and shows the key once, with its endpoint and a ready snippet.
    await expect(form.getByLabel("Name")).toHaveValue("");
    await expect(form.getByLabel("Retention days")).toHaveValue("");
    const apiKey = (await form.getByLabel("Ingest API key", { exact: true }).textContent())!.trim();
    expect(apiKey).toMatch(/^em_/);
    await expect(form.getByRole("button", { name: "Copy Ingest API key" })).toBeVisible();
    await expect(form.getByLabel("OTLP settings with this key", { exact: true })).toContainText(`OTEL_EXPORTER_OTLP_TRACES_HEADERS="Authorization=Bearer%20${apiKey}"`);
    await expect(form.getByLabel("OTLP settings with this key", { exact: true })).toContainText(`${baseURL}/api/v1/otlp/v1/traces`);

    // The README's curl example, as an HTTP client without a session.
    const api = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const pushed = await api.post("/api/v1/ingest", {
      headers: { authorization: `Bearer ${apiKey}` },
      data: { logs: [{ id: "e2e-1", timestamp: new Date().toISOString(), input: "My order never arrived", output: "Sorry!", metadata: { error: "timeout" } }, { id: "e2e-2", timestamp: new Date().toISOString() }] },
    });
    expect(pushed.status()).toBe(200);
    expect((await pushed.json()).totals).toMatchObject({ stored: 1, mined: 1, rejected: 1 });
    expect((await api.post("/api/v1/ingest", { data: { logs: [] } })).status()).toBe(401);

    // The real protobuf exporter against the real server: a model call and a span that is not one.
    const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: new OTLPTraceExporter({ url: `${baseURL}/api/v1/otlp/v1/traces`, headers: { Authorization: `Bearer ${apiKey}` } }) })] });
    const tracer = provider.getTracer("e2e");
    tracer.startSpan("chat", { attributes: { "gen_ai.operation.name": "chat", "gen_ai.request.model": "m", "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: "hello" }] }]) } }).end();
    tracer.startSpan("GET /health", { attributes: { "http.request.method": "GET" } }).end();
    await provider.forceFlush();
    await provider.shutdown();

    await page.getByRole("link", { name: `Set up ${name}: connect your app and watch its health` }).click();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    await expect(page.getByText("2 sampled logs, 1 mined cases.")).toBeVisible();

    // Source health: the last arrival, the first steps done, counts per format and convention, reasons.
    const health = page.getByRole("region", { name: "Source health" });
    await expect(health.getByText(/^Last record received: .* UTC/)).toBeVisible();
    await expect(health.getByRole("list", { name: "From a new source to the first case" })).toContainText("A case is mined into the queue (done)");
    const counts = health.getByRole("table", { name: "Records in the last 24 hours" });
    await expect(counts.getByRole("row", { name: /^Native JSON native 1 0 0 0 1 0$/ })).toBeVisible();
    await expect(counts.getByRole("row", { name: /^OTLP\/protobuf OTel GenAI 1 0 0 0 0 0$/ })).toBeVisible();
    await expect(counts.getByRole("row", { name: /^OTLP\/protobuf not AI 0 0 0 0 0 1$/ })).toBeVisible();
    await expect(health.getByRole("list", { name: "Rejected, by reason" })).toContainText("input: is required");
    await expect(health.getByRole("list", { name: "Ignored spans, by reason" })).toContainText("not a model call");

    // Connect your app: one tab per library, each with its snippet.
    const connect = page.getByRole("region", { name: "Connect your app" });
    await connect.getByRole("tab", { name: "Vercel AI SDK" }).click();
    await expect(connect.getByLabel("Vercel AI SDK setup", { exact: true })).toContainText("experimental_telemetry: { isEnabled: true");
    await connect.getByRole("tab", { name: "Native JSON (curl)" }).click();
    await expect(connect.getByLabel("Native JSON (curl) setup", { exact: true })).toContainText(`${baseURL}/api/v1/ingest`);
    expect(await seriousViolations(page)).toEqual([]);

    const keys = page.getByRole("table", { name: "API keys" });
    await expect(keys.getByRole("row").nth(1).getByRole("cell").nth(4)).not.toHaveText("never");

    // An export key for CI: created here, shown once with the export command, accepted by the export API.
    const create = page.getByRole("form", { name: "Create API key" });
    await create.getByLabel("Key name").fill("ci export");
    await create.getByLabel("Scope").selectOption("evalset:read");
    await create.getByRole("button", { name: "Create API key" }).click();
    await expect(create.getByLabel("Key name")).toHaveValue("");
    const exportKey = (await page.getByLabel("New API key", { exact: true }).textContent())!.trim();
    await expect(page.getByLabel("Export command with this key", { exact: true })).toContainText(`Bearer ${exportKey}`);
    expect((await api.get("/api/v1/eval-set/export?format=jsonl", { headers: { authorization: `Bearer ${exportKey}` } })).status()).toBe(200);
    await expect(keys.getByRole("row", { name: /ci export/ })).toContainText("evalset:read");

    // A custom rule shows up in the list.
    const rule = page.getByRole("form", { name: "Add custom rule" });
    await rule.getByLabel("Rule name").fill("refunds");
    await rule.getByLabel("Metadata path").fill("route");
    await rule.getByLabel("Value").fill("refund");
    await rule.getByRole("button", { name: "Add rule" }).click();
    await expect(page.getByRole("list", { name: "Custom rules" })).toContainText("refunds");

    // Revoking asks first, spelling out what stops; Cancel keeps the key.
    await keys.getByRole("button", { name: "Revoke key default" }).click();
    const dialog = page.getByRole("dialog", { name: 'Revoke the key "default"?' });
    await expect(dialog).toContainText("get 403 from their next request");
    await expect(dialog).toContainText("can't be undone");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect((await api.post("/api/v1/ingest", { headers: { authorization: `Bearer ${apiKey}` }, data: { logs: [] } })).status()).toBe(200);
    await keys.getByRole("button", { name: "Revoke key default" }).click();
    await dialog.getByRole("button", { name: "Revoke key" }).click();
    await expect(keys.getByText(/^Revoked/)).toBeVisible();
    const revoked = await api.post("/api/v1/ingest", { headers: { authorization: `Bearer ${apiKey}` }, data: { logs: [] } });
    expect(revoked.status()).toBe(403);
    await api.dispose();
  });
});
