/**
 * The cells of one line of a pasted table: CSV, TSV, semicolon-separated text or a Markdown
 * table. The readers of a column under a header (identifiers, names, places, dates) share it,
 * so a row is cut the same way whichever column is asked about.
 */

/** A cell's [start, end) in the text, untrimmed. */
export type CellSpan = [start: number, end: number];

const QUOTE = 34;
const BAR = 124;

/**
 * text[from, to) split at the character `sep` (a char code). With `quotes`, a separator inside
 * double quotes is part of its cell ("Berg, Anna"), and a row whose quote never closes ends at
 * its last separator. A Markdown row opens and closes with a bar: the blank text outside the
 * outer bars is no cell.
 */
export function splitCells(text: string, from: number, to: number, sep: number, quotes = true): CellSpan[] {
  const out: CellSpan[] = [];
  let start = from;
  let quoted = false;
  for (let k = from; k <= to; k++) {
    const c = k < to ? text.charCodeAt(k) : sep;
    if (quotes && c === QUOTE) quoted = !quoted;
    else if (c === sep && !quoted) {
      out.push([start, k]);
      start = k + 1;
    }
  }
  if (sep === BAR) {
    if (out.length && blank(text, out[0])) out.shift();
    if (out.length && blank(text, out[out.length - 1])) out.pop();
  }
  return out;
}

/** Whether a cell holds nothing but spaces (and the quotes of an empty value). */
export function blank(text: string, [start, end]: CellSpan): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 13 && c !== QUOTE && c !== 160) return false;
  }
  return true;
}
