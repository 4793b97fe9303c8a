/**
 * Scoring in the style of presidio-research's evaluator: token level, per entity type.
 * A token's gold label is the type of the gold span covering it (else "O"); its
 * predicted label likewise. Also: over-redaction (share of non-PII words lost) and
 * leaks (gold entities with any token left unredacted, whatever the predicted type).
 */
import type { EntityType } from "../types";
import type { GoldSpan } from "./labelled-sample";

/** A prediction; `type` may be a label outside EntityType (e.g. a baseline's "DIGITS"). */
export interface PredictedSpan {
  type: EntityType | string;
  start: number;
  end: number;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f2: number;
  goldEntities: number;
  leakedEntities: number;
}

export interface ScoreReport {
  byType: Record<string, TypeScore>;
  overall: TypeScore;
  nonPiiWords: number;
  nonPiiWordsLost: number;
  overRedaction: number;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

function fbeta(p: number, r: number, beta = 2): number {
  const b2 = beta * beta;
  return p + r === 0 ? 0 : ((1 + b2) * p * r) / (b2 * p + r);
}

function finish(s: Omit<TypeScore, "precision" | "recall" | "f2">): TypeScore {
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return { ...s, precision, recall, f2: fbeta(precision, recall) };
}

function labelAt(spans: readonly { type: string; start: number; end: number }[], start: number, end: number): string {
  for (const s of spans) if (s.start < end && start < s.end) return s.type;
  return "O";
}

/** Accumulates scores over many samples. */
export class Scorer {
  private counts = new Map<string, { tp: number; fp: number; fn: number; goldEntities: number; leakedEntities: number }>();
  private nonPii = 0;
  private nonPiiLost = 0;

  private c(type: string) {
    let x = this.counts.get(type);
    if (!x) this.counts.set(type, (x = { tp: 0, fp: 0, fn: 0, goldEntities: 0, leakedEntities: 0 }));
    return x;
  }

  /** Scores one text's predictions against its gold spans. */
  add(text: string, gold: readonly GoldSpan[], predicted: readonly PredictedSpan[]): void {
    TOKEN.lastIndex = 0;
    const leaked = new Set<GoldSpan>();
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      const g = labelAt(gold, start, end);
      const p = labelAt(predicted, start, end);
      if (g === "O") {
        this.nonPii++;
        if (p !== "O") {
          this.nonPiiLost++;
          this.c(p).fp++;
        }
        continue;
      }
      if (p === g) this.c(g).tp++;
      else {
        this.c(g).fn++;
        if (p !== "O") this.c(p).fp++;
      }
      if (p === "O") for (const s of gold) if (s.start < end && start < s.end) leaked.add(s);
    }
    for (const s of gold) {
      const c = this.c(s.type);
      c.goldEntities++;
      if (leaked.has(s)) c.leakedEntities++;
    }
  }

  report(): ScoreReport {
    const byType: Record<string, TypeScore> = {};
    const total = { tp: 0, fp: 0, fn: 0, goldEntities: 0, leakedEntities: 0 };
    for (const [type, c] of [...this.counts.entries()].sort()) {
      byType[type] = finish(c);
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
      total.goldEntities += c.goldEntities;
      total.leakedEntities += c.leakedEntities;
    }
    return {
      byType,
      overall: finish(total),
      nonPiiWords: this.nonPii,
      nonPiiWordsLost: this.nonPiiLost,
      overRedaction: this.nonPii === 0 ? 0 : this.nonPiiLost / this.nonPii,
    };
  }
}
