/**
 * 1.10.0: addresses in tables pasted from a spreadsheet or an export: a header line naming
 * the columns (CSV, semicolon- or tab-separated, or a Markdown table) and the rows under it.
 * A cell under an address column ("street", "city", "Ort", "ciudad", "postcode") is that part
 * of someone's address whatever its words ("Nerudova 14", "60200", "Kleinmachnow"): the
 * header says so where the cell alone cannot.
 * Cost: only the first lines of a text holding a newline are looked at, character by
 * character, until one reads as a header; most texts stop at their first line.
 */
import { candidate } from "../text-scan";
import type { Candidate } from "../types";
import { PLACE_COLUMN_NAMES } from "../lexicon/address-columns";
import { splitCells } from "./table-cells";

const COLUMNS = new Set(PLACE_COLUMN_NAMES);
/** How many lines a header may come after (a sentence or two before the pasted table). */
const HEADER_LINES = 4;
const MAX_HEADER = 400;
const MAX_CELL = 80;

type Cell = [start: number, end: number];

/** The cells of text[from, to) split on `sep` (quotes respected), trimmed of spaces and quotes. */
function cells(text: string, from: number, to: number, sep: number): Cell[] {
  return splitCells(text, from, to, sep).map(([start, end]) => {
    let s = start;
    let e = end;
    while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 34 || text.charCodeAt(s) === 9)) s++;
    while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 34 || text.charCodeAt(e - 1) === 13 || text.charCodeAt(e - 1) === 9)) e--;
    return [s, e];
  });
}

/** The separator a header line uses (comma, semicolon, tab or bar), or 0. */
function separatorOf(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 59 || c === 9 || c === 124) return c;
  }
  return 0;
}

/** Column names are short words ("city", "postal_code", "Ort"): the header's cells, lower-cased, when each is one. */
function headerNames(text: string, row: Cell[]): string[] | null {
  const names: string[] = [];
  for (const [s, e] of row) {
    if (e - s > 30) return null;
    const name = text.slice(s, e).toLowerCase().replace(/[ -]/g, "_");
    if (name !== "" && !/^[\p{L}_.]+\d?$/u.test(name)) return null;
    names.push(name);
  }
  return names;
}

/** A Markdown table's rule under its header ("|---|:---:|"). */
function ruleLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 124 && c !== 45 && c !== 58 && c !== 32) return false;
  }
  return to > from;
}

export function findAddressColumns(text: string, out: Candidate[]): void {
  let from = 0;
  for (let line = 0; line < HEADER_LINES; line++) {
    const nl = text.indexOf("\n", from);
    if (nl < 0) return;
    if (nl - from <= MAX_HEADER) {
      const sep = separatorOf(text, from, nl);
      const row = sep ? cells(text, from, nl, sep) : null;
      const names = row && row.length >= 2 ? headerNames(text, row) : null;
      if (names && names.some((n) => COLUMNS.has(n))) {
        // The header's own words ("Straße", "Ort") name columns, not places: drop them.
        for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= from && out[k].end <= nl && row!.some(([s, e]) => out[k].start >= s && out[k].end <= e)) out.splice(k, 1);
        rows(text, nl + 1, sep, names, out);
        return;
      }
    }
    from = nl + 1;
  }
}

/** The rows after a header: each cell under an address column, until a blank line or a row of another width. */
function rows(text: string, from: number, sep: number, names: string[], out: Candidate[]): void {
  while (from < text.length) {
    let nl = text.indexOf("\n", from);
    if (nl < 0) nl = text.length;
    if (sep === 124 && ruleLine(text, from, nl)) {
      from = nl + 1;
      continue;
    }
    const row = cells(text, from, nl, sep);
    if (row.length !== names.length || nl === from) return;
    row.forEach(([s, e], k) => {
      if (e > s && e - s <= MAX_CELL && COLUMNS.has(names[k])) out.push(candidate("LOCATION", s, e, 0.85, "address-column"));
    });
    from = nl + 1;
  }
}
