/**
 * The drift rule's threshold, measured by `npm run bench:drift` (scripts/bench-drift.ts;
 * README "Drift mining" has the figures).
 *
 * A record is drift when every topic fingerprint of the source's recent traffic is more
 * than `driftThreshold(window size)` bits (of 64) away from its own. The threshold shrinks
 * as the window grows: the more fingerprints a record is compared with, the closer the
 * nearest one is by chance alone (about one bit less per doubling in the measurements),
 * so a fixed threshold would flag most paraphrases in a small window and almost no topic
 * shift in a large one. The constants hold same-topic false positives near or below 3%
 * from 500 to 50,000 fingerprints.
 */
const AT_ONE = 27;
const PER_DOUBLING = 1.15;
const FLOOR = 8;

export function driftThreshold(windowSize: number): number {
  return Math.max(FLOOR, Math.round(AT_ONE - PER_DOUBLING * Math.log2(Math.max(1, windowSize))));
}

/** Below this many distinct fingerprints in the window nothing is drift: a new source has seen too little. */
export const DRIFT_MIN_SEEN = 500;
