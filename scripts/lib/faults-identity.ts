// Bench only (`npm run bench:faults`, part 1): the ingest path with the redaction engine's
// detection replaced by an identity pass, so the bench can print what everything else on the
// path costs (HTTP, parsing, validation, the worker round trips, unicode views and the
// placeholder book, mining, fingerprints, grouping, the write) next to the real figure.
//
// Nothing here is reachable from the app: the app's pool loads the bundle that
// scripts/build-ingest-worker.mjs makes from lib/ingest/redact-worker.ts; this file makes a
// second bundle of the same worker, in its own folder, in which `detectInView` (and so
// `detectEntities`, which calls it) finds nothing, and only the bench's app role hands it
// to a pool. Rows stored by such an app are NOT redacted: the bench's throwaway database only.
import fs from "node:fs";
import path from "node:path";
import { WORKER_BUILD_OPTIONS } from "../worker-bundle.mjs";

const DIR = path.resolve("node_modules/.cache/evalmine-bench-identity");
const BUNDLE = path.join(DIR, "identity-worker.cjs");
const DETECT = "export function detectInView(text: string, options: RedactOptions = {}): DetectedEntity[] {";

/** Builds the identity worker bundle (every time: it takes about a second); its path. */
export async function buildIdentityWorker(): Promise<string> {
  const esbuild = await import("esbuild");
  fs.mkdirSync(DIR, { recursive: true });
  await esbuild.build({
    ...WORKER_BUILD_OPTIONS,
    outfile: BUNDLE,
    plugins: [
      {
        name: "identity-engine",
        setup(build) {
          build.onLoad({ filter: /lib[\\/]redaction[\\/]redact-text\.ts$/ }, (args) => {
            const source = fs.readFileSync(args.path, "utf8");
            // Fail loudly when the engine's signature moves, rather than bench the real engine by mistake.
            if (!source.includes(DETECT)) throw new Error("identity bench: detectInView's signature changed in lib/redaction/redact-text.ts");
            const identity = `export function detectInView(_text: string, _options: RedactOptions = {}): DetectedEntity[] {\n  return [];\n}\nexport function detectInViewReal(text: string, options: RedactOptions = {}): DetectedEntity[] {`;
            return { contents: source.replace(DETECT, identity), loader: "ts" };
          });
        },
      },
    ],
  });
  return BUNDLE;
}

/**
 * In the bench's app role: starts the ingest pool on the identity bundle before the app's
 * first push. redact-pool.ts keeps its pool on globalThis (so a development reload does
 * not start a second one); this fills that slot, and the app then uses it as its own.
 */
export async function installIdentityPool(entry: string): Promise<void> {
  const { WorkerPool } = await import("@/lib/ingest/worker-pool");
  const { queueLimit, threadCount } = await import("@/lib/ingest/redact-pool");
  // As the app sizes its pool; at least one worker (the bench never runs this app in-thread).
  const pool = new WorkerPool({ entry, size: Math.max(1, threadCount()), queueLimit: queueLimit() });
  // The same object redact-pool.ts bound when it was first imported (it may already be).
  const holder = globalThis as { __evalmineRedactPool?: { pool: unknown; checkedAt: number; warned: boolean } };
  const state = (holder.__evalmineRedactPool ??= { pool: null, checkedAt: 0, warned: false });
  if (state.pool) throw new Error("identity bench: the app's own pool already started");
  state.pool = Promise.resolve(pool);
  state.checkedAt = Date.now();
}
