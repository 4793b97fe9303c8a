import crypto from "node:crypto";

/**
 * Deterministic sampling (docs/ARCHITECTURE.md, "Data flow" and invariant 3).
 *
 * A record is kept when a hash of (source id + trace id, else record id) falls below the
 * effective rate. The same record (a retry, a replay, the pull job re-reading a file)
 * always gets the same answer, and every span of one trace shares one decision so a
 * kept conversation is kept whole. The effective rate is min(sampleRate, maxSampleRate):
 * even a row that somehow carried a higher sampleRate never samples above the cap.
 */

/** The rate actually applied: never above the admin's privacy cap, clamped to 0..1. */
export function effectiveSampleRate(source: { sampleRate: number; maxSampleRate: number }): number {
  const rate = Math.min(source.sampleRate, source.maxSampleRate);
  if (!Number.isFinite(rate) || rate <= 0) return 0;
  return rate >= 1 ? 1 : rate;
}

/** The sampling key of a record: its trace id when it has one, so a whole trace is kept or dropped together. */
export function samplingKey(record: { id: string; traceId?: string | null }): string {
  return record.traceId ? `t:${record.traceId}` : `r:${record.id}`;
}

/**
 * A uniform number in [0, 1) derived from source id and key: the first 52 bits of
 * sha1 (fast in OpenSSL, and unlike a 32-bit FNV its spread is good enough that
 * 1% means 1%).
 */
export function samplingPoint(sourceId: string, key: string): number {
  const digest = crypto.createHash("sha1").update(sourceId).update("\u0000").update(key).digest();
  const high = digest.readUInt32BE(0) >>> 0;
  const low = digest.readUInt32BE(4) >>> 12; // 20 bits
  return (high * 2 ** 20 + low) / 2 ** 52;
}

/** Whether a record is sampled in: deterministic per (source, trace or record id). */
export function isSampledIn(sourceId: string, record: { id: string; traceId?: string | null }, rate: number): boolean {
  if (rate <= 0) return false;
  if (rate >= 1) return true;
  return samplingPoint(sourceId, samplingKey(record)) < rate;
}
