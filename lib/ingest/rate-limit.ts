/**
 * Per-API-key rate limit for the push endpoints: a token bucket in process memory.
 * Each request takes one token; a key holds at most INGEST_RATE_BURST tokens (default
 * 60) refilled at INGEST_RATE_PER_SECOND (default 20/s). Memory-backed on purpose: it
 * costs nothing per request and protects each instance; with N web instances behind
 * a load balancer the effective ceiling is N times the rate (documented in the README).
 */
interface Bucket {
  tokens: number;
  at: number;
}

const buckets = new Map<string, Bucket>();
const MAX_BUCKETS = 10_000;

function settings() {
  const rate = Number(process.env.INGEST_RATE_PER_SECOND ?? 20);
  const burst = Number(process.env.INGEST_RATE_BURST ?? 60);
  return { rate: rate > 0 ? rate : 20, burst: burst >= 1 ? burst : 60 };
}

/** Takes a token for `keyId`; when none is left, says how many seconds until one is. */
export function takeRateToken(keyId: string, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
  const { rate, burst } = settings();
  const bucket = buckets.get(keyId) ?? { tokens: burst, at: now };
  bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
  bucket.at = now;
  if (buckets.size >= MAX_BUCKETS && !buckets.has(keyId)) buckets.clear();
  buckets.set(keyId, bucket);
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return { ok: true };
  }
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / rate)) };
}

/** Forgets every bucket (tests). */
export function resetRateLimits(): void {
  buckets.clear();
}
