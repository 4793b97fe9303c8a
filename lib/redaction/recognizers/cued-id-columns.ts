/**
 * Identifiers in a table column under a header that names them (1.8.0): a Markdown table
 * ("| Name | Passport |" over "| Anna Berg | X4829105 |"), a CSV or TSV export ("Name,MRN,Ward"
 * over "Anna Berg,00482913,4B"). The cue loop of cued-values.ts calls this only for an
 * identifier cue that fills a header cell, so other texts pay nothing.
 */
import { candidate } from "../text-scan";
import type { Candidate, EntityType } from "../types";
import { BARE_ID_KEY, bareIdKey, idKeyOf, idKeyValue, personFields } from "./cued-id-keys";
import { idOk, typeFor } from "./cued-ids";
import { splitCells } from "./table-cells";

const DELIMITERS = ["|", "\t", ",", ";"];
const MAX_ROWS = 500;

/** Whether the cue text[start, end) fills a cell of its line by itself (delimiters or line ends around it). */
export function headerCell(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && (text[a - 1] === " " || text[a - 1] === "*" || text[a - 1] === '"')) a--;
  let b = end;
  while (b < text.length && " *\":.#".includes(text[b])) b++;
  const before = a === 0 ? "\n" : text[a - 1];
  const after = b >= text.length ? "\n" : text[b];
  if (!(before === "\n" || DELIMITERS.includes(before)) || !(after === "\n" || after === "\r" || DELIMITERS.includes(after))) return false;
  // A header row has a delimiter and a row under it.
  return (before !== "\n" || after !== "\n") && text.indexOf("\n", end) > 0;
}

interface Span {
  start: number;
  end: number;
}

function splitRow(text: string, start: number, end: number, delimiter: string): Span[] {
  return splitCells(text, start, end, delimiter.charCodeAt(0)).map(([a, b]) => ({ start: a, end: b }));
}

function trimCell(text: string, c: Span): Span {
  let { start, end } = c;
  while (start < end && /[\s"'`*]/.test(text[start])) start++;
  while (end > start && /[\s"'`*]/.test(text[end - 1])) end--;
  return { start, end };
}

/** The values under the header cell holding text[cueStart, cueEnd), each an identifier of `type`. */
export function idColumn(text: string, cueStart: number, cueEnd: number, type: EntityType, out: Candidate[], accept: (value: string) => boolean = idOk): void {
  const lineStart = text.lastIndexOf("\n", cueStart - 1) + 1;
  let lineEnd = text.indexOf("\n", cueEnd);
  if (lineEnd < 0) return;
  const header = text.slice(lineStart, lineEnd);
  const delimiter = DELIMITERS.find((d) => header.includes(d));
  if (!delimiter) return;
  const head = splitRow(text, lineStart, lineEnd > lineStart && text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd, delimiter);
  const column = head.findIndex((c) => c.start <= cueStart && cueEnd <= c.end);
  if (column < 0 || head.length < 2) return;
  for (let row = 0; row < MAX_ROWS && lineEnd < text.length; row++) {
    const start = lineEnd + 1;
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lineEnd = end;
    if (end > start && text[end - 1] === "\r") end--;
    const line = text.slice(start, end);
    // A Markdown table's rule under its header.
    if (row === 0 && delimiter === "|" && /^[\s|:-]+$/.test(line) && line.includes("-")) continue;
    if (!line.includes(delimiter)) return;
    const cells = splitRow(text, start, end, delimiter);
    // A row of another shape (a note, a merged cell) ends the column.
    if (cells.length !== head.length) return;
    const cell = trimCell(text, cells[column]);
    const value = text.slice(cell.start, cell.end);
    if (value.length > 34 || !accept(value)) continue;
    out.push(candidate(typeFor(type, value), cell.start, cell.end, 0.85, "cued-id-column"));
  }
}

const KEY_CELL = /^[\p{L}][\p{L}\p{M}\p{N}_ .#°º-]{0,38}$/u;

/**
 * 1.10.0: a header cell that is a record key naming a person's identifier or login, as exports
 * write them ("member_id,name,dob", "\"Kundennummer\";\"Name\"", "customer_no<TAB>name"): its
 * column's values. The cue loop asks this at a cue word opening a cell, so other texts pay nothing.
 * Returns the cell's end when it was such a header.
 */
export function keyedColumn(text: string, start: number, out: Candidate[]): number {
  let a = start;
  while (a > 0 && (text[a - 1] === '"' || text[a - 1] === "'" || text[a - 1] === " ")) a--;
  if (a > 0 && text[a - 1] !== "\n" && !DELIMITERS.includes(text[a - 1])) return -1;
  let b = start;
  while (b < text.length && b - start < 40 && text[b] !== "\n" && text[b] !== "\r" && !DELIMITERS.includes(text[b])) b++;
  let end = b;
  while (end > start && (text[end - 1] === '"' || text[end - 1] === "'" || text[end - 1] === " ")) end--;
  const cell = text.slice(start, end);
  if (!KEY_CELL.test(cell)) return -1;
  // A bare "id" numbers a person only in a table of people's fields ("id,first_name,email"), not a product list's rows.
  const key = idKeyOf(cell) ?? (bareIdKey(cell) && personFields(text.slice(text.lastIndexOf("\n", start) + 1, text.indexOf("\n", end))) ? BARE_ID_KEY : null);
  if (!key || !headerCell(text, start, end)) return -1;
  // A header naming a person's number read its column with idOk before 1.10.0 ("abcd1234", "pol_4471229" under
  // "Member ID"): the stricter reading of a key's value, made for settings in JSON and YAML, only adds to it.
  idColumn(text, start, end, key.type, out, (value) => idKeyValue(key, value) || (!key.login && !key.bare && idOk(value)));
  return end;
}
