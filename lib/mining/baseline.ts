import { samplingPoint } from "@/lib/sampling/sample";

/**
 * The baseline rule mines a fixed share of a source's sampled records whatever they look
 * like, so healthy traffic (happy paths, and the drift it hides) reaches the queue on
 * purpose rather than by accident. Like sampling it is a hash, not a coin: the same record
 * always gets the same answer (a replay mines alike). The hash is salted differently from
 * sampling's (a constant instead of the source id), so the records it picks are not the
 * ones nearest the sampling cut (the two decisions are independent): with sampling at 0.5%
 * and baseline at 2%, 0.01% of all traffic is mined as baseline. Keyed on the record id
 * alone, a given id gets the same answer in every source, and so in every test run.
 */
const BASELINE_SALT = "evalmine-baseline";

/** A uniform number in [0, 1) for the record; the baseline rule fires when it is below its share. */
export function baselinePoint(recordId: string): number {
  return samplingPoint(BASELINE_SALT, `r:${recordId}`);
}
