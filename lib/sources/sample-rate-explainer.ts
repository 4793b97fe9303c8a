import { formatCount } from "@/lib/core/format";
import { DEFAULT_BASELINE_SHARE } from "@/lib/mining/schemas";

/** 0.005 -> "0.5%", 0.01 -> "1%", 0.125 -> "12.5%". */
export function percent(share: number): string {
  return `${Number((share * 100).toPrecision(3))}%`;
}

/**
 * The sentence under the create form's rate fields: what the numbers mean for a source of
 * `perDay` records a day (how many are kept, how many of those the baseline rule sends to
 * the queue, what the cap allows). Null while a field does not hold a rate yet.
 */
export function explainSampleRate(sampleRate: string, maxSampleRate: string, perDay = 100_000): string | null {
  const rate = Number(sampleRate);
  const cap = Number(maxSampleRate);
  if (sampleRate.trim() === "" || maxSampleRate.trim() === "" || !Number.isFinite(rate) || !Number.isFinite(cap) || rate < 0 || cap < 0 || rate > 1 || cap > 1) return null;
  const kept = Math.round(perDay * Math.min(rate, cap));
  const baseline = Math.round(kept * DEFAULT_BASELINE_SHARE);
  return (
    `At ${percent(rate)}, a source sending ${formatCount(perDay)} records a day keeps about ${formatCount(kept)} of them (redacted, for its retention period); ` +
    `the baseline rule sends ${percent(DEFAULT_BASELINE_SHARE)} of those, about ${formatCount(baseline)} a day, to the queue as ordinary traffic, next to what the other rules mine. ` +
    `The cap of ${percent(cap)} (at most ${formatCount(Math.round(perDay * cap))} a day) is the most this source may ever keep.`
  );
}
