/**
 * Aggregate figures for the external sealed corpus. The type-strict figures come from the
 * team's `Scorer` unchanged. Because the engine may call an identifier labelled `ID` a
 * card, a phone number or a secret (`ID` came later than the corpus), and a value redacted
 * under the "wrong" type is still removed,
 * this adds a type-agnostic recall: a gold token counts as caught when any predicted span
 * covers it, whatever its type. Only counts leave this module, never text.
 */
import type { GoldSpan } from "../labelled-sample";
import { Scorer, type PredictedSpan, type ScoreReport } from "../scoring";
import type { ExternalSample, ExternalSpan } from "./sample";

// The same token definition as scoring.ts, so the two recall figures count the same tokens.
const TOKEN = /[\p{L}\p{N}]+/gu;

export interface CaughtCounts {
  goldTokens: number;
  caughtTokens: number;
}

export interface GroupFigures {
  samples: number;
  /** Type-strict token figures (the team's Scorer). */
  strict: ScoreReport;
  /** Type-agnostic recall counts, overall and per gold type. */
  caught: CaughtCounts;
  caughtByType: Record<string, CaughtCounts>;
}

class Group {
  samples = 0;
  private scorer = new Scorer();
  private caught: CaughtCounts = { goldTokens: 0, caughtTokens: 0 };
  private byType = new Map<string, CaughtCounts>();

  add(text: string, gold: readonly ExternalSpan[], predicted: readonly PredictedSpan[]): void {
    this.samples++;
    // The Scorer reads a gold span's type only as a label, so "ID" passes through as its own type.
    this.scorer.add(text, gold as readonly GoldSpan[], predicted);
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const g = gold.find((s) => s.start < end && start < s.end);
      if (!g) continue;
      const hit = predicted.some((p) => p.start < end && start < p.end);
      let t = this.byType.get(g.type);
      if (!t) this.byType.set(g.type, (t = { goldTokens: 0, caughtTokens: 0 }));
      t.goldTokens++;
      this.caught.goldTokens++;
      if (hit) {
        t.caughtTokens++;
        this.caught.caughtTokens++;
      }
    }
  }

  figures(): GroupFigures {
    return { samples: this.samples, strict: this.scorer.report(), caught: { ...this.caught }, caughtByType: Object.fromEntries([...this.byType.entries()].sort()) };
  }
}

export interface ExternalFigures {
  overall: GroupFigures;
  byLocale: Record<string, GroupFigures>;
  byKind: Record<string, GroupFigures>;
}

/** Scores every sample once and aggregates overall, per locale and per kind of text. */
export function scoreExternal(samples: readonly ExternalSample[], predict: (text: string) => PredictedSpan[]): ExternalFigures {
  const overall = new Group();
  const byLocale = new Map<string, Group>();
  const byKind = new Map<string, Group>();
  const group = (m: Map<string, Group>, k: string) => {
    let g = m.get(k);
    if (!g) m.set(k, (g = new Group()));
    return g;
  };
  for (const s of samples) {
    const predicted = predict(s.text);
    overall.add(s.text, s.spans, predicted);
    group(byLocale, s.locale).add(s.text, s.spans, predicted);
    group(byKind, s.kind).add(s.text, s.spans, predicted);
  }
  const done = (m: Map<string, Group>) => Object.fromEntries([...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => [k, g.figures()]));
  return { overall: overall.figures(), byLocale: done(byLocale), byKind: done(byKind) };
}

export const caughtRecall = (c: CaughtCounts) => (c.goldTokens === 0 ? 1 : c.caughtTokens / c.goldTokens);
