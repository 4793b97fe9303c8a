/**
 * Runs a TypeScript entry point the way production runs the engine: bundled into one
 * scope-hoisted module (as `next build` does for the server), not file by file.
 * Usage: node scripts/run-bundled.mjs [--snapshot [--prepare]] <entry.ts> [args...]
 *
 * Why: tsx loads each file as its own CommonJS module, so every call into another file
 * goes through an export getter, and it keeps function names with a runtime helper on
 * every closure it creates. On the redaction engine's per-token paths that costs about
 * a quarter of the throughput, which says nothing about the engine itself. tsx also
 * spends about a second starting up; bundling takes about 0.1 s.
 *
 * Default: npm packages stay external (loaded from node_modules as usual) and the bundle
 * runs in this process, with process.argv as if it had been run directly.
 *
 * --snapshot (the redact CLI): the entry and its packages are bundled into one file and
 * Node builds a V8 startup snapshot from it (`--build-snapshot`; the entry preloads its
 * data and registers its main function with `v8.startupSnapshot`). Later runs start a
 * Node process from the snapshot, with the data already in the heap: about 0.3 s instead
 * of a second. The snapshot lives in node_modules/.cache/evalmine-snapshot with a manifest
 * of every bundled file (and this runner, package.json, package-lock.json) by size and mtime; any change
 * rebuilds it (about 2 s, once), as does a different Node version or NODE_OPTIONS (V8 only
 * loads a snapshot under the flags it was built with). If it cannot be built or loaded,
 * the entry runs as by default.
 * EVALMINE_NO_SNAPSHOT=1 skips it. `--prepare` only builds the snapshot when it is missing or
 * stale and exits (npm's postinstall runs it, so the first CLI run is fast too); it never
 * fails the caller.
 *
 * This script writes nothing to stdout itself: the redact CLI's stdout is a contract.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fingerprint } from "./file-fingerprint.mjs";

const argv = process.argv.slice(2);
const flags = new Set();
while (argv[0] === "--snapshot" || argv[0] === "--prepare") flags.add(argv.shift());
const [entry, ...args] = argv;
const useSnapshot = flags.has("--snapshot");
if (!entry || (flags.has("--prepare") && !useSnapshot)) {
  console.error("usage: node scripts/run-bundled.mjs [--snapshot [--prepare]] <entry.ts> [args...]");
  process.exit(2);
}
// Inside node_modules so a bundle's bare imports resolve from the project's packages.
const CACHE = path.resolve("node_modules/.cache");
// esbuild's node20 target rewrites every regex literal holding \p{...} into a `new RegExp`
// call (a constructor run each time the line executes, ~35 sites, some per token); Node
// has supported those escapes since v10, so keep them literals.
const BUNDLE_OPTIONS = { entryPoints: [entry], bundle: true, platform: "node", format: "cjs", target: "node20", supported: { "regexp-unicode-property-escapes": true }, logLevel: "warning" };
// Beyond the bundled files: this runner (its bundle options shape the code) and the files an
// install changes (data files of installed packages are read at run time, not imported).
const EXTRA_INPUTS = [path.relative(process.cwd(), fileURLToPath(import.meta.url)), "tsconfig.json", "package.json", "package-lock.json"];
const name = path.basename(entry, ".ts");
// V8 flags in NODE_OPTIONS reach both the build and the run; a snapshot only loads under
// the flags it was built with, so they are part of its identity.
const NODE_OPTIONS = process.env.NODE_OPTIONS ?? "";

if (flags.has("--prepare")) {
  try {
    if (process.env.EVALMINE_NO_SNAPSHOT !== "1" && !currentSnapshot()) await buildSnapshot();
  } catch (err) {
    // An install must not fail over a start-up optimisation: the CLI builds it on first use.
    console.error(`${name}: startup snapshot not prepared (${err instanceof Error ? err.message : String(err)})`);
  }
  process.exit(0);
}
if (useSnapshot && process.env.EVALMINE_NO_SNAPSHOT !== "1") {
  let blob = null;
  try {
    blob = currentSnapshot() ?? (await buildSnapshot());
  } catch (err) {
    // A read-only or full node_modules must not stop the CLI: run without the snapshot.
    console.error(`${name}: startup snapshot unavailable (${err instanceof Error ? err.message : String(err)}); running without it`);
  }
  if (blob) {
    const { status, signal, error } = await runChild(blob);
    if (signal) {
      process.kill(process.pid, signal);
      process.exit(128 + (os.constants.signals[signal] ?? 0));
    }
    // 14: Node could not load the snapshot; a failed spawn never started. Either way no
    // JavaScript ran and stdin is untouched: forget the snapshot and run without it.
    if (status === 14 || error) forgetSnapshot();
    else process.exit(status ?? 1);
  }
}
await runInProcess();

/** Runs Node from the snapshot with this process's stdio, passing on signals aimed at the runner. */
function runChild(blob) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--snapshot-blob", blob, ...args], { stdio: "inherit" });
    const forward = (sig) => child.kill(sig);
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
    for (const sig of signals) process.on(sig, forward);
    const done = (result) => {
      for (const sig of signals) process.off(sig, forward);
      resolve(result);
    };
    child.on("error", (error) => done({ status: null, signal: null, error }));
    child.on("exit", (status, signal) => done({ status, signal, error: null }));
  });
}

/** Drops the manifest, so the next run rebuilds the snapshot instead of failing on it again. */
function forgetSnapshot() {
  rmSync(path.join(CACHE, "evalmine-snapshot", `${name}.json`), { force: true });
}

/** Bundles with npm packages external and runs the bundle in this process. */
async function runInProcess() {
  const dir = path.join(CACHE, "evalmine-bundled");
  mkdirSync(dir, { recursive: true });
  // One file per process, so concurrent runs never read a half-written bundle.
  const outfile = path.join(dir, `${name}-${process.pid}.cjs`);
  try {
    await (await esbuild()).build({ ...BUNDLE_OPTIONS, outfile, packages: "external" });
  } catch (err) {
    // esbuild prints its own errors; anything else (no esbuild, unwritable cache) is said here.
    if (!(err && Array.isArray(err.errors))) console.error(`${name}: cannot bundle (${err instanceof Error ? err.message : String(err)})`);
    process.exit(2);
  }
  process.argv = [process.argv[0], outfile, ...args];
  try {
    // Loading runs the entry's top level; its async work continues after this returns.
    createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(outfile, { force: true });
  }
}

/** Loaded only when something must be bundled: a snapshot start needs no bundler. */
async function esbuild() {
  return import("esbuild");
}

function snapshotDir() {
  const dir = path.join(CACHE, "evalmine-snapshot");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The snapshot built from the current sources, or null when there is none or it is stale. */
function currentSnapshot() {
  try {
    const manifest = JSON.parse(readFileSync(path.join(snapshotDir(), `${name}.json`), "utf8"));
    if (manifest.node !== process.version || manifest.platform !== `${process.platform}-${process.arch}` || manifest.nodeOptions !== NODE_OPTIONS || !existsSync(manifest.blob)) return null;
    const now = fingerprint(manifest.inputs.map((input) => input[0]));
    return JSON.stringify(now) === JSON.stringify(manifest.inputs) ? manifest.blob : null;
  } catch {
    return null;
  }
}

/** Builds (or finds, when only mtimes changed) the snapshot and writes its manifest; null on failure. */
async function buildSnapshot() {
  const dir = snapshotDir();
  let result;
  try {
    result = await (await esbuild()).build({ ...BUNDLE_OPTIONS, write: false, metafile: true, outfile: path.join(dir, `${name}.cjs`) });
  } catch {
    // esbuild has already printed the reason on stderr.
    return null;
  }
  // Fingerprinted right after bundling: an edit during the snapshot build then reads as stale.
  const inputs = fingerprint([...Object.keys(result.metafile.inputs), ...EXTRA_INPUTS]);
  const code = result.outputFiles[0].contents;
  const key = createHash("sha256").update(code).update(`${process.version} ${process.arch} ${NODE_OPTIONS}`).digest("hex").slice(0, 16);
  const blob = path.join(dir, `${name}-${key}.blob`);
  if (!existsSync(blob)) {
    // Per-process temporary names; the rename makes the finished blob appear at once.
    const bundle = path.join(dir, `${name}-${key}-${process.pid}.cjs`);
    const partial = `${blob}.${process.pid}`;
    writeFileSync(bundle, code);
    const built = spawnSync(process.execPath, ["--snapshot-blob", partial, "--build-snapshot", bundle], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", timeout: 120_000 });
    rmSync(bundle, { force: true });
    if (built.status !== 0 || !existsSync(partial)) {
      rmSync(partial, { force: true });
      const reason = (built.stderr || built.error?.message || "").trim().split("\n").slice(-3).join(" | ");
      console.error(`${name}: startup snapshot could not be built (${reason || `exit ${built.status}`}); running without it`);
      return null;
    }
    renameSync(partial, blob);
  }
  const manifestTmp = path.join(dir, `${name}.json.${process.pid}`);
  // A file edited while the snapshot was built: leave the manifest out, the next run rebuilds.
  if (JSON.stringify(fingerprint(inputs.map((input) => input[0]))) !== JSON.stringify(inputs)) return blob;
  writeFileSync(manifestTmp, JSON.stringify({ node: process.version, platform: `${process.platform}-${process.arch}`, nodeOptions: NODE_OPTIONS, blob, inputs }));
  renameSync(manifestTmp, path.join(dir, `${name}.json`));
  removeOldBlobs(dir, blob);
  return blob;
}

/** Deletes this entry's superseded blobs (~35 MB each) once nothing can be starting from them. */
function removeOldBlobs(dir, keep) {
  const cutoff = Date.now() - 10 * 60_000;
  for (const file of readdirSync(dir)) {
    const full = path.join(dir, file);
    if (full === keep || !file.startsWith(`${name}-`) || !file.includes(".blob")) continue;
    try {
      if (statSync(full).mtimeMs < cutoff) rmSync(full, { force: true });
    } catch {
      // Already removed by a concurrent run.
    }
  }
}
