/**
 * The worker-thread side of the ingest pool (worker-pool.ts): redacts the logs the pool
 * sends, computes mining's fingerprints of the redacted text (prepare-log.ts) and posts
 * the results back. Loaded from a bundle (scripts/build-ingest-worker.mjs),
 * never imported by the app. Messages live in memory only; nothing here is written
 * anywhere, and a failure is answered by position, never with the record's content.
 */
import fs from "node:fs";
import os from "node:os";
import { parentPort } from "node:worker_threads";
import { preloadRedactionData } from "@/lib/redaction";
import { prepareLog } from "./prepare-log";
import { fieldCacheFromEnv } from "./field-cache";
import type { PoolReply, PoolRequest } from "./worker-messages";
import type { CanonicalLog } from "./types";

// INGEST_WORKER_NICE (0-19, default 10). Nice 10 also yields to other programs on a shared
// machine; 0 competes with them as equals (more ingest throughput there, less room for pages).
const configuredNice = Number(process.env.INGEST_WORKER_NICE ?? 10);
const WORKER_NICE = Number.isInteger(configuredNice) && configuredNice >= 0 && configuredNice <= 19 ? configuredNice : 10;
const port = parentPort;
if (!port) throw new Error("redact-worker runs only as a worker thread");
// Redaction yields the CPU to the request thread: on Linux a thread has its own nice value,
// so this worker thread (not the process) runs at nice 10 and sign-in, the queue and the
// pages keep their share while a flood of pushes is redacted; on an idle machine it changes
// nothing. Elsewhere (no /proc/thread-self) the worker runs at the process's priority.
try {
  const tid = Number(fs.readlinkSync("/proc/thread-self").split("/").pop());
  if (tid > 0 && tid !== process.pid) os.setPriority(tid, Math.max(os.getPriority(tid), WORKER_NICE));
} catch {
  // Not Linux, or not allowed: same priority as the request thread.
}
// Word lists and patterns are loaded before the first job, so no record pays for them.
preloadRedactionData();
// Detection of field texts seen before (system prompts, canned answers...): same output, less work.
const cache = fieldCacheFromEnv();

port.on("message", (message: PoolRequest<CanonicalLog>) => {
  const results: PoolReply["results"] = message.items.map((log) => {
    try {
      return { ok: true, value: prepareLog(log, cache) };
    } catch (error) {
      // The error's name only: a message could quote the text being redacted.
      return { ok: false, error: (error as Error)?.name ?? "Error" };
    }
  });
  port.postMessage({ id: message.id, results } satisfies PoolReply);
});
port.postMessage({ ready: true });
