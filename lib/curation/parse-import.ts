/**
 * Reads an import file (JSONL or CSV) into cases, line by line. A bad line becomes a
 * problem naming its line number and field, never its content, and the other lines
 * still count: one bad line never sinks its neighbours.
 *
 * JSONL, one case per line: {"messages": [{"role": "user", "content": "..."}],
 * "expectedOutput": "...", "category": "EDGE_CASE"}. "input" may be the user's text
 * (with an optional "system"), or {"messages": [...]} as in the eval set's own JSONL
 * export, so an export imports again; "expected_output" and "ideal" name the output too.
 * CSV, with a header: input (the user's text) or input_messages (a JSON array of
 * messages, as in the CSV export), optional system, expected_output and category.
 */
import type { z } from "zod";
import { readCsv } from "./csv";
import { curatedCaseSchema, IMPORT_MAX_CASES, type CuratedCase } from "./schemas";

export type ImportFormat = "jsonl" | "csv";

export interface ImportProblem {
  /** 1-based line of the file (a CSV record's first line). */
  line: number;
  /** The field to fix ("messages[1].role", "category"), or "line" for the whole line. */
  field: string;
  message: string;
}

export interface ParsedImport {
  cases: { line: number; value: CuratedCase }[];
  problems: ImportProblem[];
}

/** .csv is CSV; .jsonl, .ndjson and .json are JSONL; otherwise a first "{" means JSONL. */
export function importFormatOf(fileName: string, text: string): ImportFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith(".csv")) return "csv";
  if (/\.(jsonl|ndjson|json)$/.test(name)) return "jsonl";
  return text.trimStart().startsWith("{") ? "jsonl" : "csv";
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string";

/** The conversation from a user text and an optional system prompt. */
function conversation(user: string, system: unknown) {
  return [...(isText(system) && system.trim() ? [{ role: "system", content: system }] : []), { role: "user", content: user }];
}

/** A JSONL object in the documented shape (its aliases resolved), for the schema to check. */
function fromJsonObject(raw: Record<string, unknown>): unknown {
  const input = raw.input;
  const messages = raw.messages ?? (isText(input) ? conversation(input, raw.system) : isObject(input) ? input.messages : (raw.input_messages ?? input));
  return { messages, expectedOutput: raw.expectedOutput ?? raw.expected_output ?? raw.ideal, category: raw.category };
}

const ALLOWED: Record<string, string> = {
  role: "must be system, user, assistant or tool",
  category: "must be Happy path, Edge case, Adversarial or Drift",
};

/** A schema issue in words of our own: zod's may quote what it received. */
function problemsOf(line: number, error: z.ZodError): ImportProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i ? "." : ""}${String(part)}`)).join("") || "line";
    const last = String(issue.path[issue.path.length - 1] ?? "");
    let message: string;
    if (issue.code === "invalid_type") message = issue.path.length === 0 ? "must be an object" : issue.expected === "array" ? "must be a list" : issue.expected === "string" ? "must be text" : `must be ${issue.expected}`;
    else if (issue.code === "invalid_value" || issue.code === "invalid_union") message = ALLOWED[last] ?? "is not an allowed value";
    else if (issue.code === "too_big" || issue.code === "too_small" || issue.code === "custom") message = issue.message;
    else message = "is invalid";
    return { line, field: path, message };
  });
}

function check(line: number, candidate: unknown, out: ParsedImport): void {
  const parsed = curatedCaseSchema.safeParse(candidate);
  if (parsed.success) out.cases.push({ line, value: parsed.data });
  else out.problems.push(...problemsOf(line, parsed.error));
}

function parseJsonl(text: string, out: ParsedImport): void {
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      // The parser's own message quotes the line: say only where.
      out.problems.push({ line, field: "line", message: "is not valid JSON" });
      return;
    }
    if (!isObject(value)) out.problems.push({ line, field: "line", message: "must be a JSON object" });
    else check(line, fromJsonObject(value), out);
  });
}

const COLUMN_ALIASES: Record<string, string> = {
  input: "input",
  user: "input",
  input_messages: "input_messages",
  messages: "input_messages",
  system: "system",
  expected_output: "expected_output",
  expectedoutput: "expected_output",
  ideal: "expected_output",
  category: "category",
};

function parseCsv(text: string, out: ParsedImport): void {
  const { records, unterminatedAt } = readCsv(text);
  const [header, ...rows] = records;
  if (!header) return;
  const columns = header.fields.map((name) => COLUMN_ALIASES[name.trim().toLowerCase()] ?? null);
  if (!columns.includes("input") && !columns.includes("input_messages")) {
    out.problems.push({ line: header.line, field: "header", message: "needs an input or input_messages column" });
    return;
  }
  for (const row of rows) {
    const cell: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (column && row.fields[i] !== undefined && cell[column] === undefined) cell[column] = row.fields[i];
    });
    let messages: unknown = undefined;
    if (cell.input_messages?.trim()) {
      try {
        messages = JSON.parse(cell.input_messages);
      } catch {
        out.problems.push({ line: row.line, field: "input_messages", message: "is not a JSON list of messages" });
        continue;
      }
    } else if (cell.input !== undefined) messages = conversation(cell.input, cell.system);
    check(row.line, { messages, expectedOutput: cell.expected_output, category: cell.category }, out);
  }
  if (unterminatedAt !== null) out.problems.push({ line: unterminatedAt, field: "line", message: "has a quote that is never closed" });
}

/** The file's cases and problems, in line order; at most IMPORT_MAX_CASES cases. */
export function parseImport(text: string, format: ImportFormat): ParsedImport {
  const out: ParsedImport = { cases: [], problems: [] };
  if (format === "csv") parseCsv(text, out);
  else parseJsonl(text, out);
  if (out.cases.length > IMPORT_MAX_CASES) {
    const first = out.cases[IMPORT_MAX_CASES];
    out.problems.push({ line: first.line, field: "line", message: `the file holds more than ${IMPORT_MAX_CASES.toLocaleString("en")} cases; this line and the ones after it were not imported` });
    out.cases = out.cases.slice(0, IMPORT_MAX_CASES);
  }
  out.problems.sort((a, b) => a.line - b.line);
  return out;
}
