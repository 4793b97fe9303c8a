/**
 * Turns a template into a labelled sample: literal text stays unlabelled, each slot becomes the
 * pieces values.ts draws for it. A typo can be put into the literal text first (people type
 * fast), never into a value, so the labels stay exact.
 */
import { SpanBuilder } from "../external/sample";
import type { Rng } from "../external/rng";
import type { Values } from "./values";

const SLOT = /\{(\w+)(?::(lc|uc))?\}/g;
// Letters glued to a name or a town after the slot (Finnish "-lle", German "-s", Hungarian "-t")
// belong to the labelled word; scripts that do not separate words by spaces are left alone.
const GLUED = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]+/u;

export function render(template: string, values: Values, lang: string): SpanBuilder {
  const b = new SpanBuilder();
  const parts = template.split(SLOT);
  // split() with two groups yields: literal, name, modifier, literal, name, modifier, ..., literal
  for (let i = 0; i < parts.length; i += 3) {
    let literal = parts[i];
    if (i > 0) {
      const name = parts[i - 2];
      const mod = parts[i - 1];
      const pieces = values.get(name);
      const glue = literal.match(GLUED);
      const last = pieces[pieces.length - 1];
      const canGlue = glue && last[0] !== null && (last[0] === "PERSON" || last[0] === "LOCATION") && !["ja", "zh", "ko"].includes(lang);
      pieces.forEach(([type, text], k) => {
        let v = mod === "lc" ? text.toLowerCase() : mod === "uc" ? text.toUpperCase() : text;
        if (canGlue && k === pieces.length - 1) v += glue[0];
        if (type) b.e(type, v);
        else b.t(v);
      });
      if (canGlue) literal = literal.slice(glue[0].length);
    }
    b.t(literal);
  }
  return b;
}

/** The template with one typo in a literal word (two letters swapped or one dropped). */
export function withTypo(template: string, rng: Rng): string {
  const pieces = template.split(/(\{\w+(?::\w+)?\})/);
  const literals = pieces.map((p, i) => ({ p, i })).filter(({ p }) => !p.startsWith("{") && /\p{L}{4,}/u.test(p));
  if (literals.length === 0) return template;
  const { p, i } = rng.pick(literals);
  const words = [...p.matchAll(/\p{L}{4,}/gu)];
  const w = rng.pick(words);
  const at = w.index + rng.int(1, w[0].length - 2);
  const word = rng.chance(0.5) ? p.slice(0, at) + p[at + 1] + p[at] + p.slice(at + 2) : p.slice(0, at) + p.slice(at + 1);
  pieces[i] = word;
  return pieces.join("");
}
