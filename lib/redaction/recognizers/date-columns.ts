/**
 * 1.11.0: the column a date stands in, read from its table's header. A CSV or TSV dump names its
 * columns once, in its first line: a birth date in the tenth row is as far from its "dob" as
 * the window before it can look, so the header says what the cell is. A birth column makes its
 * dates birth dates, a person's event (a visit, an admission, a flight) makes them personal, a
 * time key ("created_at", "order_date") makes them a machine's (date-machine.ts reads that).
 */
export type ColumnKind = "birth" | "event" | null;

// Headers of a birth date in the languages of our users ("dob", "birth_date", "DateOfBirth",
// "Geburtsdatum", "date_naissance", "fecha_nacimiento", "data_urodzenia", "生年月日").
const BIRTH_HEADER = /(?:^|[^a-z])dob(?:[^a-z]|$)|d\.o\.b|birth|born|geburt|geb\.?$|naissance|nacimiento|nascimento|nascita|urodzeni|doğum|syntymä|születés|geboorte|födelse|fødsel|рожден|народжен|生年月日|出生|생년월일/i;
// Headers of a person's event: an appointment, a stay, a journey, a life event.
const EVENT_HEADER = /appointment|appt|visit|admission|admit|discharg|surgery|procedure|arriv|depart|travel|flight|check.?in|check.?out|move.?in|move.?out|death|died|deceased|wedding|marriage|vaccin|diagnos|enrol|graduat|termin|rendez|cita|wizyt|afspra/i;

const SEPARATORS = ",;\t";

/** The block (lines between blank lines) each header was read from, for the last text read. */
let cachedText: string | null = null;
let blankLines: number[] = [];
const headers = new Map<string, string[] | null>();

/** Start offsets of the blocks of `text`: 0 and the start of each line after a blank line. */
function blockStarts(text: string): number[] {
  if (text === cachedText) return blankLines;
  cachedText = text;
  headers.clear();
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    let k = i + 1;
    while (k < text.length && (text[k] === " " || text[k] === "\t" || text[k] === "\r")) k++;
    if (text[k] === "\n") starts.push(k + 1);
  }
  blankLines = starts;
  return starts;
}

/** The cells of a line split at `sep`, outside double quotes, trimmed of spaces and quotes. */
function cells(line: string, sep: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (i === line.length || (c === sep && !quoted)) {
      out.push(line.slice(from, i).trim().replace(/^["']|["']$/g, ""));
      from = i + 1;
    }
  }
  return out;
}

/**
 * The header line's cells of the block holding `lineStart`: the first of its first five lines
 * that holds `sep`, when it holds no digit-only or date-like cell (a header names, it does not count).
 */
function headerCells(text: string, lineStart: number, sep: string): string[] | null {
  const starts = blockStarts(text);
  // The last block start at or before the line (binary search).
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= lineStart) lo = mid;
    else hi = mid - 1;
  }
  const key = `${starts[lo]}${sep}`;
  if (headers.has(key)) return headers.get(key) ?? null;
  let found: string[] | null = null;
  let at = starts[lo];
  for (let n = 0; n < 5 && at <= lineStart; n++) {
    const end = text.indexOf("\n", at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (line.includes(sep)) {
      const row = cells(line, sep);
      if (row.length >= 2 && row.every((c) => !/^[\d\s./:+-]+$/.test(c) || c === "")) found = row.map((c) => c.toLowerCase());
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

/**
 * The lower-cased name of the column of the CSV cell at [start, end) (the caller has checked that
 * a separator or the line's edge stands on both sides), or null when its block has no header.
 */
export function columnHeader(text: string, start: number, end: number): string | null {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let open = start;
  if (open > lineStart && (text[open - 1] === '"' || text[open - 1] === "'")) open--;
  const sepBefore = open > lineStart ? text[open - 1] : "";
  let close = end;
  if (text[close] === '"' || text[close] === "'") close++;
  const sep = SEPARATORS.includes(sepBefore) && sepBefore !== "" ? sepBefore : SEPARATORS.includes(text[close] ?? "\n") ? text[close] : "";
  if (sep === "") return null;
  const header = headerCells(text, lineStart, sep);
  // A header holds no date-like cell, so a date on the header's own line finds none.
  if (header === null) return null;
  const column = cells(text.slice(lineStart, open), sep).length - 1;
  return header[column] || null;
}
