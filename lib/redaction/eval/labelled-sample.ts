/**
 * Labelled evaluation samples: text plus exact gold spans. Built segment by segment so
 * spans can never drift from the text they label.
 */
import type { EntityType } from "../types";

export type Split = "dev" | "holdout" | "sealed";

export interface GoldSpan {
  type: EntityType;
  start: number;
  end: number;
}

export interface LabelledSample {
  id: string;
  text: string;
  spans: GoldSpan[];
  /** Template or hand-written group the sample came from. */
  template: string;
  locale: string;
  /**
   * "dev" and (since the second tuning round) "holdout" data were looked at while tuning;
   * "sealed" data is only ever scored in aggregate.
   */
  split: Split;
}

/** Appends literal text and labelled values, tracking offsets. */
export class SampleBuilder {
  text = "";
  spans: GoldSpan[] = [];

  /** Appends unlabelled text. */
  t(literal: string): this {
    this.text += literal;
    return this;
  }

  /** Appends a labelled value. */
  e(type: EntityType, value: string): this {
    const start = this.text.length;
    this.text += value;
    if (value.length > 0) this.spans.push({ type, start, end: this.text.length });
    return this;
  }
}

const MARKUP = /\[\[([A-Z_]+):((?:[^\]]|\](?!\]))*)\]\]/g;

/**
 * Parses inline markup used by the hand-written set: "Hi [[PERSON:Ana]]!" becomes text
 * "Hi Ana!" with a PERSON span over "Ana".
 */
export function parseMarkup(marked: string): { text: string; spans: GoldSpan[] } {
  const b = new SampleBuilder();
  let pos = 0;
  MARKUP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKUP.exec(marked)) !== null) {
    b.t(marked.slice(pos, m.index));
    b.e(m[1] as EntityType, m[2]);
    pos = m.index + m[0].length;
  }
  b.t(marked.slice(pos));
  return { text: b.text, spans: b.spans };
}
