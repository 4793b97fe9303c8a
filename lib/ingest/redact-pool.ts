import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareLog, type PreparedLog } from "./prepare-log";
import { WorkerPool, type WhenFull } from "./worker-pool";
import { fieldCacheFromEnv, type DetectionCache } from "./field-cache";
import type { PoolResult } from "./worker-messages";
import type { CanonicalLog } from "./types";

/**
 * Redaction, the ingest pipeline's CPU work, on worker threads: a burst of large pushes
 * keeps the workers busy while the request thread goes on serving sign-ins and the queue.
 * The workers load one bundled file (scripts/build-ingest-worker.mjs, built at install and
 * rebuilt here when a source file changed), since neither Next's server build nor vitest
 * nor tsx can hand a worker thread the TypeScript sources. When workers cannot run (no
 * bundle, INGEST_WORKERS=0), redaction happens on the calling thread, as before; the
 * reason is logged once.
 */
export type { WhenFull };

const BUNDLE_DIR = path.join("node_modules", ".cache", "evalmine-worker");
const BUILD_SCRIPT = path.join("scripts", "build-ingest-worker.mjs");
// How often a development server looks whether the worker's sources changed (a redaction
// edit in `npm run dev` must not keep running the old engine in the workers).
const DEV_RECHECK_MS = 5_000;

interface PoolState {
  pool: Promise<WorkerPool<CanonicalLog, PreparedLog> | null> | null;
  checkedAt: number;
  warned: boolean;
}

// On globalThis: `next dev` re-evaluates modules on edits, and each copy must not start its own workers.
const state: PoolState = ((globalThis as { __evalmineRedactPool?: PoolState }).__evalmineRedactPool ??= { pool: null, checkedAt: 0, warned: false });

/** Worker threads: INGEST_WORKERS (0 = none, redact in-thread), default one per core. */
export function threadCount(): number {
  const configured = Number(process.env.INGEST_WORKERS ?? "");
  if (process.env.INGEST_WORKERS?.trim() && Number.isInteger(configured) && configured >= 0) return Math.min(configured, 64);
  return os.availableParallelism();
}

/** Records queued for redaction at most (INGEST_QUEUE_RECORDS, default 10,000): past it, pushes get 503. */
export function queueLimit(): number {
  const configured = Number(process.env.INGEST_QUEUE_RECORDS ?? "");
  return Number.isInteger(configured) && configured >= 1 ? configured : 10_000;
}

function warnOnce(reason: string): void {
  if (state.warned) return;
  state.warned = true;
  console.warn(`ingest: worker threads unavailable (${reason}); redacting on the request thread`);
}

/** The bundle's path when its manifest matches every source file it was built from, else null. */
function currentBundle(): string | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(BUNDLE_DIR, "redact-worker.json"), "utf8")) as { bundle: string; inputs: Array<[string, number, number]> };
    if (!fs.existsSync(manifest.bundle)) return null;
    for (const [file, size, mtime] of manifest.inputs) {
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if ((stat?.size ?? -1) !== size || (stat?.mtimeMs ?? -1) !== mtime) return null;
    }
    return manifest.bundle;
  } catch {
    return null;
  }
}

/** Builds the bundle in a child process (esbuild stays out of the server build); the reason when it can't. */
function buildBundle(): Promise<{ entry: string } | { reason: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.resolve(BUILD_SCRIPT)], { timeout: 120_000 }, (error, _stdout, stderr) => {
      const entry = error ? null : currentBundle();
      // The script's stderr names files and esbuild's errors, never log content.
      resolve(entry ? { entry } : { reason: String(stderr || error?.message || "stale after building").trim().split("\n")[0] });
    });
  });
}

async function startPool(): Promise<WorkerPool<CanonicalLog, PreparedLog> | null> {
  const size = threadCount();
  if (size === 0) return null;
  const built = currentBundle() ?? (await buildBundle());
  if (typeof built !== "string" && "reason" in built) {
    warnOnce(`the worker bundle could not be built: ${built.reason}; run node ${BUILD_SCRIPT}`);
    return null;
  }
  state.checkedAt = Date.now();
  return new WorkerPool<CanonicalLog, PreparedLog>({ entry: typeof built === "string" ? built : built.entry, size, queueLimit: queueLimit() });
}

async function ingestPool(): Promise<WorkerPool<CanonicalLog, PreparedLog> | null> {
  if (state.pool && process.env.NODE_ENV === "development" && Date.now() - state.checkedAt > DEV_RECHECK_MS) {
    state.checkedAt = Date.now();
    if (!currentBundle()) await closeRedactPool();
  }
  state.pool ??= startPool();
  const pool = await state.pool;
  if (pool?.broken) warnOnce("the workers exit before they start");
  return pool?.broken ? null : pool;
}

// The request thread's own detection cache, for when it redacts (no workers).
let inThreadCache: DetectionCache | null | undefined;

function inThread(log: CanonicalLog): PoolResult<PreparedLog> {
  try {
    if (inThreadCache === undefined) inThreadCache = fieldCacheFromEnv();
    return { ok: true, value: prepareLog(log, inThreadCache) };
  } catch (error) {
    return { ok: false, error: (error as Error)?.name ?? "Error" };
  }
}

/**
 * Redacts each log and computes its mining keys (prepareLog), on the worker threads when they run. One result per log,
 * in order: a log whose redaction failed (or whose worker crashed) fails alone. With
 * `whenFull` "refuse", a full queue throws PoolBusy (503 + Retry-After) before anything is
 * admitted; "wait" waits for room.
 */
export async function redactLogs(logs: CanonicalLog[], whenFull: WhenFull): Promise<PoolResult<PreparedLog>[]> {
  if (!logs.length) return [];
  const pool = await ingestPool();
  const results = pool ? await pool.run(logs, whenFull) : "unavailable";
  if (results !== "unavailable") return results;
  if (pool?.broken) warnOnce("the workers exit before they start");
  return logs.map(inThread);
}

/** Ends the workers (tests, benches, a development reload); the next call starts new ones. */
export async function closeRedactPool(): Promise<void> {
  const pool = state.pool;
  state.pool = null;
  await (await pool)?.close();
}

/**
 * Starts the workers now (the server's start-up), so the first push does not wait for them
 * to load the engine's word lists. Errors surface, logged once, on the first real use.
 */
export function warmRedactPool(): void {
  if (threadCount() > 0) void ingestPool().catch(() => {});
}

/** Worker threads redacting right now (starting them if needed, and waiting until they have loaded); 0 means in-thread. */
export async function redactPoolThreads(): Promise<number> {
  const pool = await ingestPool();
  await pool?.whenReady();
  return pool && !pool.broken ? threadCount() : 0;
}
