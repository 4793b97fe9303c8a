/**
 * The shape of a language's templates and date words for the external corpus.
 *
 * Template syntax (kept tiny so templates read like the text they produce):
 * - `{slot}` a generated value, labelled per the slot (see `fill.ts`); `{slot#2}` the
 *   second person/address/... of the sample; `{id:passport}` a slot with an argument.
 * - `{g:he|she}` picks by the first person's sex (for languages that inflect).
 * - `[a|b|c]` picks one literal alternative at random.
 */

export type TemplateEntry = string | { t: string; only: readonly string[] };

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

export interface LanguagePack {
  code: string;
  /** The word joining the last two items of a list ("and", "und", "és"). */
  and: string;
  hon: { m: readonly string[]; f: readonly string[] };
  /** Full dates, several written styles. */
  dates: ReadonlyArray<(d: Ymd) => string>;
  /** Month and year ("March 2019"). */
  monthYear: (d: Ymd) => string;
  /** Monday first. */
  weekdays: readonly string[];
  times: ReadonlyArray<(h: number, min: number) => string>;
  chat: readonly TemplateEntry[];
  email: readonly TemplateEntry[];
  address: readonly TemplateEntry[];
  incident: readonly TemplateEntry[];
  record: readonly TemplateEntry[];
}

export const p2 = (n: number) => String(n).padStart(2, "0");
export const h12 = (h: number, min: number) => `${h % 12 === 0 ? 12 : h % 12}${min ? `:${p2(min)}` : ""} ${h < 12 ? "am" : "pm"}`;
export const h24 = (h: number, min: number) => `${h}:${p2(min)}`;
export const h24dot = (h: number, min: number) => `${h}.${p2(min)}`;
