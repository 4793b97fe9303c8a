import { exportSnippet, otlpEndpoint, nativeEndpoint, setupSnippets } from "@/lib/sources/setup-snippets";
import { SecretOnce } from "./secret-once";
import { CodeBlock } from "./code-block";

/**
 * A key just created: the key once, with a Copy button, the endpoint it is for and a
 * snippet ready to paste with the key filled in (the OTLP variables for an ingest key,
 * the export command for an evalset:read key).
 */
export function NewKey({ label, apiKey, scopes, origin }: { label: string; apiKey: string; scopes: readonly string[]; origin: string }) {
  const ingest = scopes.includes("ingest");
  return (
    <SecretOnce label={label} value={apiKey}>
      {ingest ? (
        <>
          <p>
            Send traces to <code className="font-mono text-xs">{otlpEndpoint(origin)}</code> (OTLP) or logs to <code className="font-mono text-xs">{nativeEndpoint(origin)}</code> (native JSON). Set these in
            your app&apos;s environment, then add your library&apos;s lines from &ldquo;Connect your app&rdquo; on the source&apos;s page:
          </p>
          <CodeBlock label="OTLP settings with this key" code={setupSnippets(origin, apiKey)[0].code} />
        </>
      ) : null}
      {scopes.includes("evalset:read") ? (
        <>
          <p>Export this source&apos;s eval set, e.g. from CI:</p>
          <CodeBlock label="Export command with this key" code={exportSnippet(origin, apiKey)} />
        </>
      ) : null}
    </SecretOnce>
  );
}
