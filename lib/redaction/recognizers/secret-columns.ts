/**
 * 1.11.0: a password column of a comma- or semicolon-separated dump ("username,password" over
 * "jdoe,Winter#22"): each row's cell under the header naming a password, a PIN or a token is a
 * secret. Tables with bars or tabs are cued-layout.ts's. Before, such a dump kept every password
 * while its logins were found (cued-id-columns.ts).
 */
import { SECRET_HEADINGS } from "../lexicon/credential-cues";
import { candidate } from "../text-scan";
import type { Candidate } from "../types";
import { secretOk } from "./cued-secret-checks";
import { codePlaceholder } from "./secret-placeholders";
import { splitCells } from "./table-cells";

/** Header names (lower-case, "_", "-" and "." read as spaces) over a password, by the check their values get. */
const PASSWORD_NAMES = new Set([...SECRET_HEADINGS.filter((h) => !/^(?:pins?|pin code|tokens?|keys?|api keys?|secrets?|credentials|creds)$/.test(h)), "passphrase", "plain password", "plaintext password", "cleartext password", "initial password", "temp password", "temporary password"]);
const PIN_NAMES = new Set(["pin", "pin code", "pincode", "card pin", "sim pin", "puk"]);
const TOKEN_NAMES = new Set(["token", "api key", "apikey", "secret", "client secret", "api secret", "access token", "secret key", "access key", "auth token", "api token", "private key"]);
// A header cell is a name: letters first, at most 40 characters of letters, digits, spaces and "_-.#".
const HEADER_CELL = /^[\p{L}_][\p{L}\p{N} _.#-]{0,39}$/u;
const EMPTY_VALUE = /^(?:|-+|\*+|n\/?a|null|none|nil|undefined|true|false|yes|no|redacted|hidden|\[redacted\]|<redacted>)$/i;
// A letter run of every name above, as a cheap test of a text and of a line (most have none).
const GATE = /pass|pw|pin|puk|secret|token|key|cred|mdp|contrase|clave|senha|wacht|lösen|kode|salasana|has[lł]|hesl|jelsz|parol|lozink|şifre|κωδικ|парол|סיסמ|كلمة|mật|sandi|密|パス|비밀/i;
// A double quote at a cell's start, after the line's start or a delimiter (and spaces).
const QUOTE_OPENS_CELL = /(?:^|[,;])[ \t]*"/;
const MAX_ROWS = 5000;
const MAX_LINE = 2000;

type Kind = "password" | "pin" | "token";

interface Cell {
  start: number;
  end: number;
}

/**
 * The cells of one line split at `delimiter` by the shared row reader (table-cells.ts), trimmed, a double-quoted
 * cell read inside its quotes. Quotes group a cell only when one opens a cell: a password may hold a quote
 * inside it ('jdoe,pa"ss').
 */
function cellsOf(text: string, start: number, end: number, delimiter: string): Cell[] {
  const quotes = QUOTE_OPENS_CELL.test(text.slice(start, end));
  return splitCells(text, start, end, delimiter.charCodeAt(0), quotes).map(([from, to]) => {
    while (from < to && (text[from] === " " || text[from] === "\t")) from++;
    while (to > from && (text[to - 1] === " " || text[to - 1] === "\t")) to--;
    return to - from >= 2 && text[from] === '"' && text[to - 1] === '"' ? { start: from + 1, end: to - 1 } : { start: from, end: to };
  });
}

function kindOf(name: string): Kind | null {
  const key = name.toLowerCase().replace(/[_.-]+/g, " ").trim();
  if (PIN_NAMES.has(key)) return "pin";
  if (TOKEN_NAMES.has(key)) return "token";
  // "password", "db_password", "user password": a password; not "password_hash", "password_reset", "password_set_at".
  if (PASSWORD_NAMES.has(key) || /^[\p{L}\p{N}]{1,20} (?:password|passwd|pwd)$/u.test(key)) return "password";
  return null;
}

function valueOk(value: string, kind: Kind): boolean {
  if (EMPTY_VALUE.test(value) || codePlaceholder(value)) return false;
  if (kind === "pin") return /^\d{4,8}$/.test(value);
  if (kind === "token") return value.length >= 8 && value.length <= 256 && /\d/.test(value) && /\p{L}/u.test(value) && !/\s/.test(value);
  return secretOk(value, true, null);
}

/** Secrets in the password, PIN and token columns of the comma- or semicolon-separated tables of `text`. */
export function secretColumns(text: string, out: Candidate[]): void {
  if (!text.includes("\n") || !GATE.test(text)) return;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const next = lineEnd + 1;
    const end = text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    const header = end - lineStart <= MAX_LINE ? headerOf(text, lineStart, end) : null;
    lineStart = header ? rowsUnder(text, next, header, out) : next;
  }
}

interface Header {
  delimiter: string;
  width: number;
  columns: Array<[number, Kind]>;
}

function headerOf(text: string, start: number, end: number): Header | null {
  const line = text.slice(start, end);
  if (line.includes("|") || line.includes("\t") || !GATE.test(line)) return null;
  const delimiter = line.split(";").length > line.split(",").length ? ";" : ",";
  if (!line.includes(delimiter)) return null;
  const cells = cellsOf(text, start, end, delimiter);
  if (cells.length < 2) return null;
  const columns: Array<[number, Kind]> = [];
  for (let k = 0; k < cells.length; k++) {
    const name = text.slice(cells[k].start, cells[k].end);
    if (!HEADER_CELL.test(name)) return null;
    const kind = kindOf(name);
    if (kind) columns.push([k, kind]);
  }
  return columns.length > 0 ? { delimiter, width: cells.length, columns } : null;
}

/** Reads the rows under a header (as wide as it) and returns where the table ends. */
function rowsUnder(text: string, start: number, header: Header, out: Candidate[]): number {
  let lineStart = start;
  const columns = [...header.columns];
  for (let n = 0; n < MAX_ROWS && lineStart < text.length; n++) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const end = text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    if (end - lineStart > MAX_LINE) return lineStart;
    const cells = cellsOf(text, lineStart, end, header.delimiter);
    // A row as wide as the header that names a secret's column again opens a table of its own.
    if (cells.length !== header.width || headerOf(text, lineStart, end)) return lineStart;
    for (let c = 0; c < columns.length; c++) {
      const [k, kind] = columns[c];
      const cell = cells[k];
      const value = text.slice(cell.start, cell.end);
      if (valueOk(value, kind)) out.push(candidate("SECRET", cell.start, cell.end, 0.85, "secret-column"));
      // A "pin" column holding words ("Map pin,red") pins a map: it is read no further.
      else if (kind === "pin" && !EMPTY_VALUE.test(value)) columns.splice(c--, 1);
    }
    if (columns.length === 0) return lineEnd + 1;
    lineStart = lineEnd + 1;
  }
  return lineStart;
}
