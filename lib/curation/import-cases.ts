import "server-only";
import type { AuditActor } from "@/lib/audit/record";
import { addCuratedCases, type AddTarget } from "./add-cases";
import { CurationError } from "./errors";
import { importFormatOf, parseImport, type ImportProblem } from "./parse-import";
import { IMPORT_MAX_BYTES } from "./schemas";

export interface ImportResult {
  added: number;
  batchWeek: string | null;
  /** Lines that were not imported, with the field to fix (never their content). */
  problems: ImportProblem[];
}

/**
 * Imports a JSONL or CSV file of cases: every good line becomes a case (redacted, in the
 * queue, marked with the origin); each bad line is reported by number and field and the
 * others are imported anyway. The audit entry counts both, never quoting a line.
 */
export async function importCases(file: { name: string; bytes: Uint8Array }, target: AddTarget, actor: AuditActor): Promise<ImportResult> {
  if (file.bytes.byteLength > IMPORT_MAX_BYTES) throw new CurationError(400, `A file is at most ${IMPORT_MAX_BYTES / 1024} KB; split it into several files.`, "file");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    throw new CurationError(400, "The file is not UTF-8 text; save it as UTF-8 and try again.", "file");
  }
  const format = importFormatOf(file.name, text);
  const { cases, problems } = parseImport(text, format);
  if (cases.length === 0) return { added: 0, batchWeek: null, problems: problems.length ? problems : [{ line: 1, field: "line", message: "the file holds no cases" }] };
  const { ids, batchWeek } = await addCuratedCases(
    cases.map((c) => c.value),
    target,
    actor,
    { action: "cases.imported", details: { format, rejectedLines: new Set(problems.map((p) => p.line)).size } },
  );
  return { added: ids.length, batchWeek, problems };
}
