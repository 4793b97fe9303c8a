/**
 * The external corpus's sample shape. Like the team's `LabelledSample`, but gold spans may
 * also use `ID` (an identifier after a cue: passport, tax, patient, account, policy,
 * employee/user ids, national ids; the engine had no such type when this was written), and every
 * sample carries its locale, language and kind of text.
 */
import type { EntityType } from "../../types";

export type ExternalType = EntityType | "ID";

export interface ExternalSpan {
  type: ExternalType;
  start: number;
  end: number;
}

export const TEXT_KINDS = ["chat", "email", "address", "incident", "record", "prose", "code-log"] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

export interface ExternalSample {
  id: string;
  /** Faker locale for generated samples; a language code for the hand-written ones. */
  locale: string;
  /** Language of the template or sentence. */
  lang: string;
  kind: TextKind;
  /** Template id ("fi.chat.3"), never the text; lets a failure be traced without printing samples. */
  template: string;
  text: string;
  spans: ExternalSpan[];
}

/** Appends literal text and labelled values, tracking offsets. */
export class SpanBuilder {
  text = "";
  spans: ExternalSpan[] = [];

  t(literal: string): this {
    this.text += literal;
    return this;
  }

  e(type: ExternalType, value: string): this {
    const start = this.text.length;
    this.text += value;
    if (value.length > 0) this.spans.push({ type, start, end: this.text.length });
    return this;
  }
}
