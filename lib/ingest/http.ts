import { gunzipSync } from "node:zlib";
import type { ApiKeyPrincipal } from "@/lib/auth/api-keys";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/db/errors";
import { takeRateToken } from "./rate-limit";
import { IngestRefused, loadIngestSource, type IngestSource } from "./source-gate";

/** Request limits of the push endpoints (README "Ingestion"). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
export const MAX_LOGS_PER_REQUEST = 1000;

/**
 * A JSON error body `{ error }`, the same shape lib/auth/route's jsonError gives (kept
 * local so this module stays importable outside Next, e.g. by the ingest benchmark).
 */
export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}, headers?: HeadersInit): Response {
  return Response.json({ error, ...extra }, { status, headers });
}

export class HttpProblem extends Error {
  constructor(public readonly status: number, message: string, public readonly headers?: HeadersInit) {
    super(message);
  }
}

/** Reads the body up to MAX_BODY_BYTES (after gzip), answering 413 past it without buffering the rest. */
export async function readLimitedBody(request: Request): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  const tooLarge = new HttpProblem(413, `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; send fewer logs per request.`);
  if (declared > MAX_BODY_BYTES) throw tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge;
      }
      chunks.push(value);
    }
  }
  const body = Buffer.concat(chunks);
  if ((request.headers.get("content-encoding") ?? "").toLowerCase() === "gzip") {
    try {
      return gunzipSync(body, { maxOutputLength: MAX_BODY_BYTES });
    } catch (error) {
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge;
      throw new HttpProblem(400, "The body is not valid gzip.");
    }
  }
  return body;
}

/** The key's source, checked for ingestion (active, retention set), and the per-key rate. */
export async function sourceForKey(apiKey: ApiKeyPrincipal): Promise<IngestSource> {
  if (!apiKey.sourceId) throw new HttpProblem(403, "This API key is not bound to a source; create an ingest key on /admin/sources.");
  const token = takeRateToken(apiKey.id);
  if (!token.ok) throw new HttpProblem(429, "Too many requests for this API key; retry after the delay in Retry-After.", { "Retry-After": String(token.retryAfterSeconds) });
  return await loadIngestSource({ id: apiKey.sourceId });
}

/**
 * Maps failures of a push to safe answers: request problems keep their status,
 * source refusals (inactive, no retention) 403/409, an unreachable database 503 with
 * Retry-After. Anything else is rethrown (withRoute logs name+message and answers 500).
 */
export function problemResponse(error: unknown): Response {
  if (error instanceof HttpProblem) return jsonError(error.status, error.message, {}, error.headers);
  if (error instanceof IngestRefused) return jsonError(error.status, error.message);
  if (isDatabaseUnavailable(error)) {
    console.error("ingest: database unavailable; answered 503");
    return jsonError(503, "The database is unavailable; nothing from this request was stored. Retry later.", {}, { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) });
  }
  throw error;
}

/**
 * Wraps a route handler so a database outage during authentication (which runs before
 * the handler's own error handling) is a 503 too, not an unhandled 500.
 */
export function withDatabaseOutage<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return problemResponse(error);
    }
  };
}

