/**
 * Agreement between two people who judged the same cases, as pure functions.
 *
 * Cohen's kappa: kappa = (po - pe) / (1 - pe), where po is the share of cases both gave
 * the same label and pe the share they would agree on by chance, from each person's own
 * label frequencies: pe = sum over labels of p_first(label) * p_second(label). 1 is
 * perfect agreement, 0 what chance gives, below 0 worse than chance. Undefined (null)
 * with no cases, or when chance alone already agrees on everything (pe = 1: both always
 * used one and the same label), where any figure would mislead.
 */

export interface Agreement {
  /** Cases judged by both. */
  n: number;
  /** Share of cases with the same label (po). */
  observed: number | null;
  /** Share expected by chance (pe). */
  expected: number | null;
  kappa: number | null;
}

/** Cohen's kappa over (first label, second label) pairs, each with a count (default 1). */
export function cohensKappa<L extends string>(pairs: readonly { first: L; second: L; count?: number }[]): Agreement {
  const firstTotals = new Map<L, number>();
  const secondTotals = new Map<L, number>();
  let n = 0;
  let same = 0;
  for (const pair of pairs) {
    const count = pair.count ?? 1;
    if (count <= 0) continue;
    n += count;
    if (pair.first === pair.second) same += count;
    firstTotals.set(pair.first, (firstTotals.get(pair.first) ?? 0) + count);
    secondTotals.set(pair.second, (secondTotals.get(pair.second) ?? 0) + count);
  }
  if (n === 0) return { n: 0, observed: null, expected: null, kappa: null };
  const observed = same / n;
  let expected = 0;
  for (const [label, count] of firstTotals) expected += (count / n) * ((secondTotals.get(label) ?? 0) / n);
  // Floating point: a chance agreement of 1 can come out as 0.9999999999999998.
  const kappa = Math.abs(1 - expected) < 1e-12 ? null : (observed - expected) / (1 - expected);
  return { n, observed, expected, kappa };
}
