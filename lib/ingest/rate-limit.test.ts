import { afterEach, describe, expect, it } from "vitest";
import { resetRateLimits, takeByteTokens, takeRateToken } from "./rate-limit";

const MIB = 1024 * 1024;
afterEach(() => {
  resetRateLimits();
  for (const name of ["INGEST_RATE_BYTES_PER_SECOND", "INGEST_RATE_BYTES_BURST", "INGEST_RATE_BURST"]) delete process.env[name];
});

describe("per-key byte rate", () => {
  it("lets a key spend its burst, then refuses with the seconds until the body fits, and refills with time", () => {
    process.env.INGEST_RATE_BYTES_BURST = String(10 * MIB);
    process.env.INGEST_RATE_BYTES_PER_SECOND = String(MIB);
    const t = 1_000_000;
    expect(takeByteTokens("k", 4 * MIB, 5 * MIB, t)).toEqual({ ok: true });
    expect(takeByteTokens("k", 4 * MIB, 5 * MIB, t)).toEqual({ ok: true });
    // 2 MiB left: a 4 MiB body needs 2 more seconds of refill, and takes nothing meanwhile.
    expect(takeByteTokens("k", 4 * MIB, 5 * MIB, t)).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(takeByteTokens("k", 2 * MIB, 5 * MIB, t)).toEqual({ ok: true });
    expect(takeByteTokens("k", 3 * MIB, 5 * MIB, t + 3_000)).toEqual({ ok: true });
    // Other keys have their own bucket.
    expect(takeByteTokens("other", 5 * MIB, 5 * MIB, t)).toEqual({ ok: true });
  });

  it("never sets the burst below the largest body the endpoint accepts", () => {
    process.env.INGEST_RATE_BYTES_BURST = "1000";
    expect(takeByteTokens("k", 5 * MIB, 5 * MIB)).toEqual({ ok: true });
    expect(takeByteTokens("k", 5 * MIB, 5 * MIB).ok).toBe(false);
  });

  it("is separate from the request rate: small requests spend requests, not bytes", () => {
    process.env.INGEST_RATE_BURST = "2";
    expect(takeRateToken("k").ok).toBe(true);
    expect(takeRateToken("k").ok).toBe(true);
    expect(takeRateToken("k").ok).toBe(false);
    expect(takeByteTokens("k", 100, 5 * MIB).ok).toBe(true);
  });

  it("defaults to 25 MiB of burst at 5 MiB/s", () => {
    for (let i = 0; i < 5; i++) expect(takeByteTokens("k", 5 * MIB, 5 * MIB, 0).ok).toBe(true);
    expect(takeByteTokens("k", 5 * MIB, 5 * MIB, 0)).toEqual({ ok: false, retryAfterSeconds: 1 });
  });
});
