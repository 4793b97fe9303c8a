/**
 * Bundles the ingest pool's worker (lib/ingest/redact-worker.ts) into one CommonJS file
 * that a worker thread can load as is, in every way the app runs: `next start`, `next dev`,
 * vitest and the tsx scripts (none of them can hand a worker thread TypeScript with the
 * "@/" paths). Scope-hoisted like the server build and the redact CLI (run-bundled.mjs).
 *
 *   node scripts/build-ingest-worker.mjs            build when missing or stale
 *   node scripts/build-ingest-worker.mjs --force    build anyway
 *
 * Output: node_modules/.cache/evalmine-worker/redact-worker.cjs (inside node_modules so its
 * package imports resolve from the project's packages) and redact-worker.json, a manifest
 * of every bundled file by size and mtime that lib/ingest/redact-pool.ts checks before
 * starting workers: a stale or missing bundle is rebuilt by running this script. npm's
 * postinstall runs it too. Exit status 0 when the bundle is current, 1 when it could not
 * be built (the app then redacts on its request thread and says so once).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fingerprint } from "./file-fingerprint.mjs";
import { WORKER_BUILD_OPTIONS } from "./worker-bundle.mjs";

const DIR = path.resolve("node_modules/.cache/evalmine-worker");
const BUNDLE = path.join(DIR, "redact-worker.cjs");
const MANIFEST = path.join(DIR, "redact-worker.json");
// Beyond the bundled files: this script (its options shape the code) and what an install changes.
const EXTRA_INPUTS = ["scripts/build-ingest-worker.mjs", "scripts/worker-bundle.mjs", "tsconfig.json", "package-lock.json"];

function current() {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, "utf8"));
    if (!existsSync(manifest.bundle)) return false;
    return JSON.stringify(fingerprint(manifest.inputs.map((input) => input[0]))) === JSON.stringify(manifest.inputs);
  } catch {
    return false;
  }
}

async function build() {
  const esbuild = await import("esbuild");
  mkdirSync(DIR, { recursive: true });
  // Per-process temporary names and a rename: a concurrent start never loads half a file.
  const partial = `${BUNDLE}.${process.pid}`;
  const result = await esbuild.build({ ...WORKER_BUILD_OPTIONS, metafile: true, outfile: partial });
  const inputs = fingerprint([...Object.keys(result.metafile.inputs), ...EXTRA_INPUTS]);
  renameSync(partial, BUNDLE);
  const manifestPartial = `${MANIFEST}.${process.pid}`;
  writeFileSync(manifestPartial, JSON.stringify({ bundle: BUNDLE, inputs }));
  renameSync(manifestPartial, MANIFEST);
}

try {
  if (process.argv.includes("--force") || !current()) await build();
  process.exit(0);
} catch (err) {
  console.error(`build-ingest-worker: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
