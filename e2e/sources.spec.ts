import crypto from "node:crypto";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { TracerProvider, SimpleSpanProcessor } from "@opentelemetry/sdk-trace";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { storageStatePath } from "./accounts";

const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";

test.describe("admin sources and ingestion", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("create a source (cap enforced), push with its key, see the key used, revoke it", async ({ page }) => {
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

    await form.getByLabel("Sample rate", { exact: true }).fill("0.5");
    await form.getByLabel("Maximum sample rate").fill("1");
    await form.getByLabel("Sample rate", { exact: true }).fill("1");
    await form.getByRole("button", { name: "Create source" }).click();
    await expect(form.getByRole("status")).toHaveText(`Created source ${name}.`);
    const apiKey = (await form.getByLabel("Ingest API key").textContent())!.trim();
    expect(apiKey).toMatch(/^em_/);

    // The README's curl example, as an HTTP client without a session.
    const api = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const pushed = await api.post("/api/v1/ingest", {
      headers: { authorization: `Bearer ${apiKey}` },
      data: { logs: [{ id: "e2e-1", timestamp: new Date().toISOString(), input: "My order never arrived", output: "Sorry!", metadata: { error: "timeout" } }] },
    });
    expect(pushed.status()).toBe(200);
    expect((await pushed.json()).totals).toMatchObject({ stored: 1, mined: 1 });
    expect((await api.post("/api/v1/ingest", { data: { logs: [] } })).status()).toBe(401);

    // The real protobuf exporter against the real server.
    const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: new OTLPTraceExporter({ url: `${baseURL}/api/v1/otlp/v1/traces`, headers: { Authorization: `Bearer ${apiKey}` } }) })] });
    provider
      .getTracer("e2e")
      .startSpan("chat", { attributes: { "gen_ai.operation.name": "chat", "gen_ai.request.model": "m", "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: "hello" }] }]) } })
      .end();
    await provider.forceFlush();
    await provider.shutdown();

    await page.getByRole("link", { name: `Edit ${name}` }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await expect(page.getByText("2 sampled logs, 1 mined cases.")).toBeVisible();
    const keys = page.getByRole("table", { name: "API keys" });
    await expect(keys.getByRole("row").nth(1).getByRole("cell").nth(3)).not.toHaveText("never");

    // A custom rule shows up in the list.
    const rule = page.getByRole("form", { name: "Add custom rule" });
    await rule.getByLabel("Rule name").fill("refunds");
    await rule.getByLabel("Metadata path").fill("route");
    await rule.getByLabel("Value").fill("refund");
    await rule.getByRole("button", { name: "Add rule" }).click();
    await expect(page.getByRole("list", { name: "Custom rules" })).toContainText("refunds");

    await keys.getByRole("button", { name: "Revoke key default" }).click();
    await expect(keys.getByText(/^Revoked/)).toBeVisible();
    const revoked = await api.post("/api/v1/ingest", { headers: { authorization: `Bearer ${apiKey}` }, data: { logs: [] } });
    expect(revoked.status()).toBe(403);
    await api.dispose();
  });
});
