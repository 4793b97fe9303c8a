import { gunzipSync } from "node:zlib";
import type { ApiKeyPrincipal } from "@/lib/auth/api-keys";
import { DomainError } from "@/lib/errors/domain-error";
import { takeByteTokens, takeRateToken } from "./rate-limit";
import { loadIngestSource, type IngestSource } from "./source-gate";

/** Request limits of the push endpoints (README "Ingestion"). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
export const MAX_LOGS_PER_REQUEST = 1000;

/** A request the push endpoints refuse as a whole (bad body, too large, rate-limited, unbound key). */
export class HttpProblem extends DomainError {
  constructor(status: 400 | 403 | 413 | 415 | 429, message: string, headers?: Record<string, string>) {
    super(message, status, undefined, headers);
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
 * The body (readLimitedBody) charged to the key's byte rate, counted after gzip (the work
 * the app does): past it, 429 with Retry-After; the body is dropped unread.
 */
export async function readChargedBody(request: Request, apiKey: ApiKeyPrincipal): Promise<Uint8Array> {
  const body = await readLimitedBody(request);
  const charge = takeByteTokens(apiKey.id, body.byteLength, MAX_BODY_BYTES);
  if (!charge.ok) {
    throw new HttpProblem(429, "Too many bytes for this API key; retry after the delay in Retry-After.", { "Retry-After": String(charge.retryAfterSeconds) });
  }
  return body;
}
