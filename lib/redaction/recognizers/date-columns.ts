/**
 * 1.11.0: the column a date stands in, read from its table's header. A CSV or TSV dump names its
 * columns once, in its first line: a birth date in the tenth row is as far from its "dob" as
 * the window before it can look, so the header says what the cell is. A birth column makes its
 * dates birth dates, a person's event (a visit, an admission, a flight) makes them personal, a
 * time key ("created_at", "order_date") makes them a machine's (date-machine.ts reads that).
 */
import { splitCells, type CellSpan } from "./table-cells";

export type ColumnKind = "birth" | "event" | null;

// Headers of a birth date in the languages of our users ("dob", "birth_date", "DateOfBirth",
// "Geburtsdatum", "date_naissance", "fecha_nacimiento", "data_urodzenia", "生年月日").
const BIRTH_HEADER = /(?:^|[^a-z])dob(?:[^a-z]|$)|d\.o\.b|birth|born|geburt|geb\.?$|naissance|nacimiento|nascimento|nascita|urodzeni|doğum|syntymä|születés|geboorte|födelse|fødsel|рожден|народжен|生年月日|出生|생년월일/i;
// Headers of a person's event: an appointment, a stay, a journey, a life event.
const EVENT_HEADER = /appointment|appt|visit|admission|admit|discharg|surgery|procedure|arriv|depart|travel|flight|check.?in|check.?out|move.?in|move.?out|death|died|deceased|wedding|marriage|vaccin|diagnos|enrol|graduat|termin|rendez|cita|wizyt|afspra/i;

// 1.11.0 (review): a column that names a person ("name", "patient", "customer_id", "email"):
// a business date in its rows ("due", "start_date", "expiry", "period") is that person's.
const PERSON_HEADER = /^(?:(?:first|last|full|given|family|middle|display|user|customer|patient|client|contact|employee|member|guest|student|passenger|sur)[ _-]?)?name$|^(?:patient|customer|client|employee|member|guest|student|passenger|person|tenant|applicant|candidate|user|contact|e-?mail|nom|pr[ée]nom|nombre|apellidos?|vorname|nachname|naam|achternaam|imi[eę]|nazwisko|nome|cognome)(?:[ _-]?(?:id|no|nr|number|name|e-?mail|address))?$/i;
// A program's own record of when a row was written: the only business-looking column kept a
// machine's beside a person ("created_at", "updated", "ts"); "received" or "started" of a
// patient is not.
// A bare "name" beside these names a thing (a product, a package), not a person.
const THING_HEADER = /^(?:price|unit_price|sku|stock|qty|quantity|version|brand|model|category|weight|size|vendor|package|product(?:_id)?)$/i;
const TIMESTAMP_HEADER = /^(?:@?timestamp|ts|(?:created|updated|modified|deleted|inserted|synced|indexed|logged)(?:[ _]?(?:at|on|time|ts|date))?|(?:received|started|finished|processed)[ _]?(?:at|ts)|last_seen(?:_at)?|last_login(?:_at)?|event_time)$/i;

const SEPARATORS = ",;\t";

/** A header's cells (lower case) and whether one of them names a person. */
export interface TableHeader {
  cells: string[];
  person: boolean;
}

/**
 * Per text (the last one read): the start of every line and of every block (lines between blank
 * lines), each row's cells per separator and each line's count of separators, so a one-line
 * table of thousands of cells is cut once, not once per cell.
 */
let cachedText: string | null = null;
let lineStarts: number[] = [];
let blockStarts: number[] = [];
const headers = new Map<string, TableHeader | null>();
const rows = new Map<string, CellSpan[]>();
const separatorCounts = new Map<number, number>();

function readLines(text: string): void {
  if (text === cachedText) return;
  cachedText = text;
  headers.clear();
  rows.clear();
  separatorCounts.clear();
  lineStarts = [0];
  blockStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    lineStarts.push(i + 1);
    let k = i + 1;
    while (k < text.length && (text[k] === " " || text[k] === "\t" || text[k] === "\r")) k++;
    if (text[k] === "\n") blockStarts.push(k + 1);
  }
}

/** The index of the last of the sorted `starts` at or before `at` (binary search). */
function lastAtOrBefore(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The [start, end) of the line holding `at` (its end before the newline), from the line starts. */
function lineAround(text: string, at: number): [number, number] {
  readLines(text);
  const n = lastAtOrBefore(lineStarts, at);
  return [lineStarts[n], n + 1 < lineStarts.length ? lineStarts[n + 1] - 1 : text.length];
}

/** The cells of the line [start, end) at `sep`, cut once per line (table-cells.ts's reader). */
function rowCells(text: string, start: number, end: number, sep: string): CellSpan[] {
  const key = `${start}${sep}`;
  let cells = rows.get(key);
  if (cells === undefined) {
    cells = splitCells(text, start, end, sep.charCodeAt(0));
    rows.set(key, cells);
  }
  return cells;
}

/** A cell's text without its spaces and quotes. */
function cellText(text: string, [start, end]: CellSpan): string {
  return text.slice(start, end).trim().replace(/^["']|["']$/g, "");
}

/**
 * The header of the block holding `lineStart`: the first of its first five lines that holds `sep`,
 * when it holds no digit-only or date-like cell (a header names, it does not count).
 */
function headerOf(text: string, lineStart: number, sep: string): TableHeader | null {
  readLines(text);
  const blockStart = blockStarts[lastAtOrBefore(blockStarts, lineStart)];
  const key = `${blockStart}${sep}`;
  const cached = headers.get(key);
  if (cached !== undefined) return cached;
  let found: TableHeader | null = null;
  let at = blockStart;
  for (let n = 0; n < 5 && at <= lineStart; n++) {
    const end = text.indexOf("\n", at);
    const lineEnd = end < 0 ? text.length : end;
    if (text.slice(at, lineEnd).includes(sep)) {
      const row = rowCells(text, at, lineEnd, sep).map((span) => cellText(text, span));
      if (row.length >= 2 && row.every((c) => !/^[\d\s./:+-]+$/.test(c) || c === "")) {
        const cells = row.map((c) => c.toLowerCase());
        const things = cells.some((c) => THING_HEADER.test(c));
        found = { cells, person: cells.some((c) => PERSON_HEADER.test(c) && !(things && c === "name")) };
      }
      break;
    }
    if (end < 0) break;
    at = end + 1;
  }
  headers.set(key, found);
  return found;
}

/** What a column's name says of its dates: a birth's, a person's event's, or nothing known. */
export function headerKind(name: string): ColumnKind {
  if (BIRTH_HEADER.test(name)) return "birth";
  if (EVENT_HEADER.test(name)) return "event";
  return null;
}

/** Whether a column's name is a program's record of when its row was written ("created_at", "ts"). */
export function timestampHeader(name: string): boolean {
  return TIMESTAMP_HEADER.test(name);
}

/** The column of a CSV cell: its header's name and whether the table names a person. */
export interface CellColumn {
  name: string;
  person: boolean;
}

/**
 * The column of the CSV cell at [start, end) (the caller has checked that a separator or the
 * line's edge stands on both sides), or null when its block has no header.
 */
export function cellColumn(text: string, start: number, end: number): CellColumn | null {
  const [lineStart, lineEnd] = lineAround(text, start);
  let open = start;
  if (open > lineStart && (text[open - 1] === '"' || text[open - 1] === "'")) open--;
  const sepBefore = open > lineStart ? text[open - 1] : "";
  let close = end;
  if (text[close] === '"' || text[close] === "'") close++;
  const sep = SEPARATORS.includes(sepBefore) && sepBefore !== "" ? sepBefore : SEPARATORS.includes(text[close] ?? "\n") ? text[close] : "";
  if (sep === "") return null;
  const header = headerOf(text, lineStart, sep);
  // A header holds no date-like cell, so a date on the header's own line finds none.
  if (header === null) return null;
  const cells = rowCells(text, lineStart, lineEnd, sep);
  // The cell holding `open` (binary search over the row's cells).
  let lo = 0;
  let hi = cells.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cells[mid][0] <= open) lo = mid;
    else hi = mid - 1;
  }
  if (cells.length === 0 || cells[lo][0] > open || cells[lo][1] < open) return null;
  const name = header.cells[lo];
  return name ? { name, person: header.person } : null;
}

/** The lower-cased name of the column of the CSV cell at [start, end), or null. */
export function columnHeader(text: string, start: number, end: number): string | null {
  return cellColumn(text, start, end)?.name ?? null;
}

/** How many separators (",", ";", tab) the line holding `at` has, counted once per line. */
export function lineSeparators(text: string, at: number): number {
  const [lineStart, lineEnd] = lineAround(text, at);
  let count = separatorCounts.get(lineStart);
  if (count === undefined) {
    count = 0;
    for (let k = lineStart; k < lineEnd; k++) {
      const c = text.charCodeAt(k);
      if (c === 44 || c === 59 || c === 9) count++;
    }
    separatorCounts.set(lineStart, count);
  }
  return count;
}
