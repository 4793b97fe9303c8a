/**
 * Secrets whose cue is not on their own line (1.6.0): a table whose header row names a
 * password column ("| Username | Password |" over "| jdoe | X |", the same with tabs or wide
 * spaces), and a list under a cue line ("Wi-Fi passwords:" over "- office: X"). The value
 * is the cell or the item, whatever its characters; the caller's `isSecret` rejects the
 * words that only describe one ("hidden", "n/a", "***").
 */
import { LOGIN_HEADINGS, SECRET_HEADINGS } from "../lexicon/credential-cues";
import { candidate } from "../text-scan";
import type { Candidate } from "../types";

const SECRET_HEADING = new Set(SECRET_HEADINGS);
const LOGIN_HEADING = new Set(LOGIN_HEADINGS);
/** Words that open a cue line without naming one secret each ("Credentials:" over "- host: ..."). */
const NOT_LIST_HEADINGS = new Set(["credentials", "creds", "key", "keys"]);
/** List labels whose values are no secrets even under a password line. */
const PLAIN_LABELS = new Set("host hostname server url uri address ip port database db user username login email e-mail mail account name note notes site domain".split(" "));
// Any heading word, as a cheap gate (most texts have none).
const GATE = /pass|pw|pin|secret|token|key|cred|mdp|contrase|clave|senha|wacht|lösen|kode|salasana|has[lł]|hesl|jelsz|parol|lozink|şifre|κωδικ|парол|סיסמ|كلمة|mật|sandi|密|パス|비밀/i;

interface Cell {
  start: number;
  end: number;
}

/** The cells of a table row: between bars, tabs, or runs of three spaces or more. */
function cells(text: string, start: number, end: number, delimiter: string): Cell[] {
  const out: Cell[] = [];
  const line = text.slice(start, end);
  const re = delimiter === "|" ? /\|/g : delimiter === "\t" ? /\t/g : / {3,}/g;
  let from = 0;
  let m: RegExpExecArray | null;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(line[a])) a++;
    while (b > a && /\s/.test(line[b - 1])) b--;
    out.push({ start: start + a, end: start + b });
  };
  while ((m = re.exec(line)) !== null) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, line.length);
  // "| a | b |": the empty cells outside the outer bars are no columns.
  if (delimiter === "|") {
    if (out.length && out[0].start === out[0].end) out.shift();
    if (out.length && out[out.length - 1].start === out[out.length - 1].end) out.pop();
  }
  return out;
}

function delimiterOf(line: string): string | null {
  if ((line.match(/\|/g) ?? []).length >= 1 && /\S\s*\|\s*\S/.test(line)) return "|";
  if (line.includes("\t")) return "\t";
  if (/\S {3,}\S/.test(line)) return "   ";
  return null;
}

const heading = (s: string) => s.toLowerCase().replace(/[*_`:：]+/g, "").replace(/\s+/g, " ").trim();
const unquote = (text: string, c: Cell): Cell => (/^[`"'].*[`"']$/s.test(text.slice(c.start, c.end)) && c.end - c.start > 2 ? { start: c.start + 1, end: c.end - 1 } : c);

/** Values under a password column or a password list line. */
export function credentialLayouts(text: string, isSecret: (value: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  if (!text.includes("\n") || !GATE.test(text)) return out;
  const lines: Cell[] = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end: end > start && text[end - 1] === "\r" ? end - 1 : end });
    if (nl === -1 || lines.length > 5000) break;
    start = nl + 1;
  }
  for (let i = 0; i < lines.length - 1; i++) {
    const line = text.slice(lines[i].start, lines[i].end);
    if (line.length > 300 || !GATE.test(line)) continue;
    const delimiter = delimiterOf(line);
    if (delimiter) i = table(text, lines, i, delimiter, isSecret, out);
    else list(text, lines, i, isSecret, out);
  }
  return out;
}

/** A header row naming a password column: the same column of the rows below. Returns the last row read. */
function table(text: string, lines: Cell[], i: number, delimiter: string, isSecret: (v: string) => boolean, out: Candidate[]): number {
  const head = cells(text, lines[i].start, lines[i].end, delimiter);
  if (head.length < 2) return i;
  const names = head.map((c) => heading(text.slice(c.start, c.end)));
  const secretCols = names.flatMap((n, k) => (SECRET_HEADING.has(n) || SECRET_HEADING.has(n.split(" ").pop() ?? "") ? [k] : []));
  if (secretCols.length === 0) return i;
  const loginCols = names.flatMap((n, k) => (LOGIN_HEADING.has(n) ? [k] : []));
  let j = i + 1;
  for (; j < lines.length && j <= i + 50; j++) {
    const row = text.slice(lines[j].start, lines[j].end);
    if (/^[\s|:+=-]*$/.test(row)) {
      if (row.trim() === "") break;
      continue; // "|---|---|"
    }
    const rowCells = cells(text, lines[j].start, lines[j].end, delimiter);
    if (rowCells.length !== head.length) break;
    for (const k of secretCols) {
      const c = unquote(text, rowCells[k]);
      const value = text.slice(c.start, c.end);
      if (value && !/\s/.test(value) && isSecret(value)) out.push(candidate("SECRET", c.start, c.end, 0.85, "cued-table"));
    }
    for (const k of loginCols) {
      const c = unquote(text, rowCells[k]);
      const value = text.slice(c.start, c.end);
      if (value.length >= 2 && !/\s/.test(value) && !value.includes("@") && /[\p{L}\p{N}]/u.test(value)) out.push(candidate("ID", c.start, c.end, 0.75, "cued-table-login"));
    }
  }
  return j - 1;
}

const CUE_LINE = /^[ \t]*(?:[#*>-]+[ \t]*)?([\p{L}\p{M}' -]{2,40}?)[ \t]*[:：][ \t]*$/u;
const ITEM = /^[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+(?:([^:=\n]{1,30}?)[ \t]*(?:[:=]|->|→|[ \t]-[ \t])[ \t]*)?(\S{1,64})[ \t]*$/u;

/** "Passwords:" then list items "- NAS: X" or "- X": each item's value. */
function list(text: string, lines: Cell[], i: number, isSecret: (v: string) => boolean, out: Candidate[]): void {
  const cue = CUE_LINE.exec(text.slice(lines[i].start, lines[i].end));
  if (!cue) return;
  const words = heading(cue[1]).split(" ");
  const last = words[words.length - 1];
  if (!SECRET_HEADING.has(last) && !SECRET_HEADING.has(words.slice(-2).join(" "))) return;
  if (NOT_LIST_HEADINGS.has(last)) return;
  for (let j = i + 1; j < lines.length && j <= i + 12; j++) {
    const row = text.slice(lines[j].start, lines[j].end);
    const item = ITEM.exec(row);
    if (!item) return;
    const label = item[1] ? heading(item[1]) : "";
    if (PLAIN_LABELS.has(label) || SECRET_HEADING.has(label) || LOGIN_HEADING.has(label)) continue;
    const start = lines[j].start + row.lastIndexOf(item[2]);
    const c = unquote(text, { start, end: start + item[2].length });
    const value = text.slice(c.start, c.end).replace(/[.,;]+$/, "");
    if (isSecret(value)) out.push(candidate("SECRET", c.start, c.start + value.length, 0.85, "cued-list"));
  }
}
