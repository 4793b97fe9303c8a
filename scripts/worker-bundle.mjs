/**
 * How the ingest pool's worker is bundled, shared by the app's build
 * (scripts/build-ingest-worker.mjs) and the fault bench's identity-engine build
 * (scripts/lib/faults-identity.ts), so the bench measures the same code shape the app runs.
 */

/** esbuild options for the worker bundle; callers add `outfile` and their own extras. */
export const WORKER_BUILD_OPTIONS = Object.freeze({
  entryPoints: ["lib/ingest/redact-worker.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // Keep \p{...} regex literals (see run-bundled.mjs): Node has them natively.
  supported: { "regexp-unicode-property-escapes": true },
  packages: "external",
  logLevel: "warning",
});
