/**
 * The worker-thread side of the ingest pool (worker-pool.ts): redacts the logs the pool
 * sends and posts the results back. Loaded from a bundle (scripts/build-ingest-worker.mjs),
 * never imported by the app. Messages live in memory only; nothing here is written
 * anywhere, and a failure is answered by position, never with the record's content.
 */
import { parentPort } from "node:worker_threads";
import { preloadRedactionData } from "@/lib/redaction";
import { redactLog } from "./redact-log";
import type { PoolReply, PoolRequest } from "./worker-messages";
import type { CanonicalLog } from "./types";

const port = parentPort;
if (!port) throw new Error("redact-worker runs only as a worker thread");
// Word lists and patterns are loaded before the first job, so no record pays for them.
preloadRedactionData();

port.on("message", (message: PoolRequest<CanonicalLog>) => {
  const results: PoolReply["results"] = message.items.map((log) => {
    try {
      return { ok: true, value: redactLog(log) };
    } catch (error) {
      // The error's name only: a message could quote the text being redacted.
      return { ok: false, error: (error as Error)?.name ?? "Error" };
    }
  });
  port.postMessage({ id: message.id, results } satisfies PoolReply);
});
port.postMessage({ ready: true });
