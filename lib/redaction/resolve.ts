/**
 * Overlap resolution. Overlapping candidates form a cluster; the cluster becomes ONE
 * entity covering the union of its spans, so no fragment of a detected value survives
 * (a partial overlap would otherwise leave "…@example.com" or half a name in the output).
 * The type comes from the longest candidate whose score is close to the best one.
 */
import type { Candidate, DetectedEntity } from "./types";

function better(a: Candidate, b: Candidate): Candidate {
  if (a.score !== b.score) return a.score > b.score ? a : b;
  return a.end - a.start >= b.end - b.start ? a : b;
}

/** Merges overlapping candidates; returns entities sorted by start, non-overlapping. */
export function resolveOverlaps(candidates: Candidate[]): DetectedEntity[] {
  if (candidates.length === 0) return [];
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DetectedEntity[] = [];
  let cluster: Candidate[] = [sorted[0]];
  let clusterEnd = sorted[0].end;
  const flush = () => {
    const start = cluster[0].start;
    let winner = cluster[0];
    for (const c of cluster) winner = better(winner, c);
    // The most complete reading wins (a URL containing an email, an address containing a
    // city) unless a shorter candidate is much more certain (a checksum-valid IBAN
    // inside a loosely guessed address).
    let pick = winner;
    for (const c of cluster) {
      if (c.score + 0.25 < winner.score) continue;
      const len = c.end - c.start;
      const best = pick.end - pick.start;
      if (len > best || (len === best && c.score > pick.score)) pick = c;
    }
    out.push({ type: pick.type, start, end: clusterEnd, score: Math.round(pick.score * 100) / 100 });
  };
  for (let i = 1; i < sorted.length; i++) {
    const c = sorted[i];
    if (c.start < clusterEnd) {
      cluster.push(c);
      if (c.end > clusterEnd) clusterEnd = c.end;
    } else {
      flush();
      cluster = [c];
      clusterEnd = c.end;
    }
  }
  flush();
  return out;
}
