import { afterEach, describe, expect, it } from "vitest";
import { appOrigin, exportSnippet, setupSnippets } from "./setup-snippets";

const headers = (values: Record<string, string>) => new Headers(values);

describe("setup snippets", () => {
  afterEach(() => {
    delete process.env.NEXTAUTH_URL;
  });

  it("use the configured public URL, else the request's forwarded or own host", () => {
    process.env.NEXTAUTH_URL = "https://evalmine.example.com/";
    expect(appOrigin(headers({ host: "10.0.0.5:3000" }))).toBe("https://evalmine.example.com");
    delete process.env.NEXTAUTH_URL;
    expect(appOrigin(headers({ host: "10.0.0.5:3000", "x-forwarded-host": "evals.acme.io", "x-forwarded-proto": "https,http" }))).toBe("https://evals.acme.io");
    expect(appOrigin(headers({ host: "localhost:3000" }))).toBe("http://localhost:3000");
  });

  it("give every library a snippet, the OTLP variables and curl filled with the endpoint and, when known, the key", () => {
    const snippets = setupSnippets("https://e.example", "em_secret");
    expect(snippets.map((s) => s.id)).toEqual(["otlp", "openinference", "openllmetry", "vercel-ai", "langfuse", "native"]);
    expect(snippets[0].code).toContain("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=https://e.example/api/v1/otlp/v1/traces");
    expect(snippets[0].code).toContain('OTEL_EXPORTER_OTLP_TRACES_HEADERS="Authorization=Bearer%20em_secret"');
    expect(snippets.at(-1)!.code).toContain('-H "Authorization: Bearer em_secret"');
    // Library snippets read the variables: the key is never written into code.
    for (const s of snippets.slice(1, 5)) expect(s.code).not.toContain("em_secret");
    expect(setupSnippets("https://e.example")[0].code).toContain("Bearer%20$EVALMINE_KEY");
    expect(exportSnippet("https://e.example", "em_ci")).toContain('"https://e.example/api/v1/eval-set/export?format=jsonl"');
  });
});
