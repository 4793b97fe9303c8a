import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { candidatesFromLine } from "./formats";
import { DecompressedTooLarge, MAX_LINE_BYTES, readLineChunks, type Line } from "./line-reader";
import { ingestCandidates, type TxClient } from "./pipeline";
import { loadIngestSource, type IngestSource } from "./source-gate";
import { pullFolderProblem } from "./pull-root";
import { emptyTotals, type Candidate, type IngestTotals, type RecordOutcome, type Unreadable } from "./types";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { loggableError } from "@/lib/errors/answers";

/** Files the pull job and the CLI read: JSON Lines, plain or gzip. */
export const PULL_FILE_PATTERN = /\.(jsonl|ndjson)(\.gz)?$/i;
const LINES_PER_TRANSACTION = 500;
// A plain file's last line without a newline is read once the file has been quiet this
// long: a writer may still be appending to it.
const QUIET_MS = 60_000;

export class ConcurrentPullError extends Error {}

export interface FileImportProgress {
  totals: IngestTotals;
  /** Rejections so far: line number and field, never content. */
  rejected: Array<Pick<RecordOutcome, "index" | "reason">>;
  offset: number;
}

/**
 * Records the new offset in the records' own transaction, only if nobody else moved it
 * meanwhile (two workers racing on one file: the second's transaction rolls back).
 */
async function advanceOffset(tx: TxClient, sourceId: string, file: string, from: number, to: number, done: boolean) {
  const moved = await tx.$queryRaw<Array<{ offset: bigint }>>`
    INSERT INTO "PullFileOffset" ("sourceId", "path", "offset", "done", "updatedAt")
    VALUES (${sourceId}::uuid, ${file}, ${BigInt(to)}, ${done}, now())
    ON CONFLICT ("sourceId", "path") DO UPDATE SET "offset" = EXCLUDED."offset", "done" = EXCLUDED."done", "updatedAt" = now()
    WHERE "PullFileOffset"."offset" = ${BigInt(from)}
    RETURNING "offset"`;
  if (moved.length === 0) throw new ConcurrentPullError(`${file} was advanced by another run`);
}

function lineItems(line: Line): Array<Candidate | Unreadable> {
  if (line.oversized) return [{ index: line.lineNo, reason: `line ${line.lineNo}: longer than ${MAX_LINE_BYTES / 1024 / 1024} MB; skipped` }];
  return candidatesFromLine(line.text, line.lineNo);
}

/**
 * A chunk failed as a whole for a reason that is not the database being away: store its
 * lines one by one, and quarantine the line that still fails (rejected, counted, offset
 * moved past it) so it doesn't fail again every minute.
 */
async function importLinesOneByOne(source: IngestSource, file: string, lines: Line[], from: number) {
  const outcomes: RecordOutcome[] = [];
  let offset = from;
  for (const line of lines) {
    const start = offset;
    const advance = (tx: TxClient) => advanceOffset(tx, source.id, file, start, line.end, false);
    try {
      outcomes.push(...(await ingestCandidates(source, lineItems(line), { withinTransaction: advance })).outcomes);
    } catch (error) {
      if (isDatabaseUnavailable(error) || error instanceof ConcurrentPullError) throw error;
      console.error(`pull: line ${line.lineNo} quarantined:`, ...loggableError(error));
      const reason = `line ${line.lineNo}: could not be stored; skipped (quarantined)`;
      outcomes.push(...(await ingestCandidates(source, [{ index: line.lineNo, reason }], { withinTransaction: advance })).outcomes);
    }
    offset = line.end;
  }
  return outcomes;
}

/**
 * Imports one JSON Lines file into a source from its recorded offset. Each chunk of
 * lines is one transaction holding its records, its cases AND the new offset, so a
 * crash at any point neither loses nor repeats a record: a rerun resumes at the last
 * committed offset (and idempotency catches anything else).
 */
export async function importFile(
  source: IngestSource,
  file: string,
  options: { trailingLineIsComplete?: boolean; onProgress?: (progress: FileImportProgress) => void; maxGzBytes?: number } = {},
): Promise<FileImportProgress> {
  const absolute = path.resolve(file);
  const row = await db.pullFileOffset.findUnique({ where: { sourceId_path: { sourceId: source.id, path: absolute } } });
  const progress: FileImportProgress = { totals: emptyTotals(), rejected: [], offset: Number(row?.offset ?? 0) };
  if (row?.done) return progress;
  const gz = absolute.endsWith(".gz");
  const trailing = options.trailingLineIsComplete ?? (gz || Date.now() - fs.statSync(absolute).mtimeMs > QUIET_MS);
  const count = (outcomes: RecordOutcome[]) => {
    for (const o of outcomes) {
      progress.totals.received++;
      progress.totals[o.status]++;
      if (o.mined) progress.totals.mined++;
      if (o.status === "rejected") progress.rejected.push({ index: o.index, reason: o.reason });
    }
  };
  try {
    for await (const chunk of readLineChunks(absolute, { startOffset: progress.offset, maxLines: LINES_PER_TRANSACTION, trailingLineIsComplete: trailing, maxGzBytes: options.maxGzBytes })) {
      const from = progress.offset;
      let outcomes: RecordOutcome[];
      try {
        outcomes = (await ingestCandidates(source, chunk.lines.flatMap(lineItems), { withinTransaction: (tx) => advanceOffset(tx, source.id, absolute, from, chunk.endOffset, false) })).outcomes;
      } catch (error) {
        if (isDatabaseUnavailable(error) || error instanceof ConcurrentPullError) throw error;
        outcomes = await importLinesOneByOne(source, absolute, chunk.lines, from);
      }
      progress.offset = chunk.endOffset;
      count(outcomes);
      options.onProgress?.(progress);
    }
  } catch (error) {
    if (!(error instanceof DecompressedTooLarge)) throw error;
    // A decompression bomb: what was read stays stored; the rest of the file is never read.
    // It is quarantined like a poisoned line: counted on the source's page (tally.ts) in the
    // same transaction that marks the file done, so it is counted once.
    const from = progress.offset;
    const reason = `file: ${error.message}; the rest is skipped (quarantined)`;
    count((await ingestCandidates(source, [{ index: 0, reason }], { withinTransaction: (tx) => advanceOffset(tx, source.id, absolute, from, from, true) })).outcomes);
    return progress;
  }
  // A .gz file is complete when written; mark it done so it is never decompressed again.
  if (gz) await db.$transaction((tx) => advanceOffset(tx, source.id, absolute, progress.offset, progress.offset, true));
  return progress;
}

/** The JSON Lines files of a folder, oldest name first (rotated logs sort by name). */
export function pullFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && PULL_FILE_PATTERN.test(entry.name))
    .map((entry) => path.join(folder, entry.name))
    .sort();
}

/**
 * The scheduled pull job: every active source with a pull folder and a retention period
 * reads the new lines of its files. Errors in one source are logged (without content)
 * and don't stop the others.
 */
export async function runPullJob(): Promise<{ sources: number; files: number; totals: IngestTotals }> {
  const sources = await db.source.findMany({ where: { active: true, pullFolder: { not: null }, retentionDays: { not: null } }, select: { id: true, name: true } });
  const totals = emptyTotals();
  let files = 0;
  for (const { id, name } of sources) {
    try {
      const source = await loadIngestSource({ id });
      const folder = (await db.source.findUniqueOrThrow({ where: { id }, select: { pullFolder: true } })).pullFolder!;
      const problem = pullFolderProblem(folder);
      if (problem) {
        console.warn(`pull: source "${name}": not reading its folder: ${problem}`);
        continue;
      }
      for (const file of pullFiles(folder)) {
        const result = await importFile(source, file);
        files++;
        for (const key of Object.keys(totals) as Array<keyof IngestTotals>) totals[key] += result.totals[key];
        for (const r of result.rejected.slice(0, 20)) console.warn(`pull: source "${name}" ${path.basename(file)}: rejected ${r.reason}`);
      }
    } catch (error) {
      if (error instanceof ConcurrentPullError) continue;
      console.error(`pull: source "${name}" failed:`, ...loggableError(error));
    }
  }
  return { sources: sources.length, files, totals };
}
