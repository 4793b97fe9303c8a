/**
 * Per-API-key rate limits for the push endpoints: two token buckets in process memory.
 * Requests: each takes one token; a key holds at most INGEST_RATE_BURST tokens (default
 * 60) refilled at INGEST_RATE_PER_SECOND (default 20/s). Bytes: each body (after gzip)
 * takes its size; a key holds at most INGEST_RATE_BYTES_BURST (default 25 MiB, never less
 * than one largest body) refilled at INGEST_RATE_BYTES_PER_SECOND (default 5 MiB/s), so a
 * key cannot keep the redaction workers busy with a few huge pushes either. Memory-backed
 * on purpose: it costs nothing per request and protects each instance; with N web
 * instances behind a load balancer the effective ceiling is N times the rate (README).
 */
interface Bucket {
  tokens: number;
  at: number;
}

type Answer = { ok: true } | { ok: false; retryAfterSeconds: number };

const requestBuckets = new Map<string, Bucket>();
const byteBuckets = new Map<string, Bucket>();
const MAX_BUCKETS = 10_000;
const MIB = 1024 * 1024;

function positive(name: string, fallback: number, min: number): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isFinite(value) && value >= min ? value : fallback;
}

/** Takes `cost` tokens from `keyId`'s bucket, or says how many seconds until there are enough. */
function take(buckets: Map<string, Bucket>, keyId: string, cost: number, rate: number, burst: number, now: number): Answer {
  const bucket = buckets.get(keyId) ?? { tokens: burst, at: now };
  bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
  bucket.at = now;
  if (buckets.size >= MAX_BUCKETS && !buckets.has(keyId)) buckets.clear();
  buckets.set(keyId, bucket);
  if (bucket.tokens >= cost) {
    bucket.tokens -= cost;
    return { ok: true };
  }
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.tokens) / rate)) };
}

/** Takes a request token for `keyId`; when none is left, says how many seconds until one is. */
export function takeRateToken(keyId: string, now = Date.now()): Answer {
  const rate = positive("INGEST_RATE_PER_SECOND", 20, Number.MIN_VALUE);
  return take(requestBuckets, keyId, 1, rate, positive("INGEST_RATE_BURST", 60, 1), now);
}

/**
 * Takes `bytes` from `keyId`'s byte bucket; when there are not enough, takes nothing and says
 * how many seconds until there are. The burst is at least `largestBody`, so every body the
 * endpoint accepts can pass once the bucket is full.
 */
export function takeByteTokens(keyId: string, bytes: number, largestBody: number, now = Date.now()): Answer {
  const rate = positive("INGEST_RATE_BYTES_PER_SECOND", 5 * MIB, 1);
  const burst = Math.max(largestBody, positive("INGEST_RATE_BYTES_BURST", 25 * MIB, 1));
  return take(byteBuckets, keyId, bytes, rate, burst, now);
}

/** Forgets every bucket (tests). */
export function resetRateLimits(): void {
  requestBuckets.clear();
  byteBuckets.clear();
}
