import { db } from "@/lib/db";
import type { Candidate, RecordOutcome, Unreadable } from "./types";
import { poolRunner, transactionRunner, type SqlRunner } from "./write-batch";
import type { TxClient } from "./pipeline";

/**
 * Per-source ingest counters for the source's health panel: what arrived, in which format
 * and convention, and what became of it (stored, sampled out, duplicate, opted out,
 * rejected by reason, ignored spans by reason), by the hour. They are written by the same
 * statement (or transaction) as the records, so the counts never disagree with what was
 * stored. Reasons name fields, never content.
 */
export type IngestFormat = "native" | "otlp-json" | "otlp-protobuf" | "file";

export interface TallyLabel {
  format: IngestFormat;
  /** "native", "openinference", "vercel-ai", "langfuse", "otel-genai", or "json-lines" for file lines. */
  convention: string;
}

/** Spans that were not model calls, counted (never stored) by convention and reason. */
export interface IgnoredSpans {
  format: IngestFormat;
  convention: string;
  reason: string;
  count: number;
}

// Candidates carry their label out of band, so every producer of candidates (push, OTLP,
// the file formats) keeps its shape; spreading a candidate ({ ...c }) keeps the label.
const LABEL = Symbol("ingest tally label");
type Labelled = { [LABEL]?: TallyLabel };

// A pulled file's lines are native logs or OpenAI pairs (OTLP lines label their spans).
const FILE_LINE: TallyLabel = { format: "file", convention: "json-lines" };

export function labelCandidate<T extends Candidate | Unreadable>(item: T, label: TallyLabel): T {
  (item as T & Labelled)[LABEL] = label;
  return item;
}

export function candidateLabel(item: Candidate | Unreadable): TallyLabel {
  return (item as Labelled)[LABEL] ?? FILE_LINE;
}

/**
 * A rejection reason as a counter key: the line number and array positions go (they would
 * make every rejection its own row), the field path and the message stay.
 */
export function reasonKey(reason: string | undefined): string {
  if (!reason) return "";
  return reason
    .replace(/^line \d+: /, "")
    .replace(/\[\d+\]/g, "[n]")
    .replace(/\.\d+\./g, ".n.")
    .slice(0, 200);
}

/**
 * The counts already decided before the write (everything but stored/duplicate of the
 * records being written, which the write statement counts itself), as the JSON document
 * the tally SQL reads: [{ f, c, o, r, n }].
 */
export function settledTally(labelAt: (index: number) => TallyLabel, outcomes: RecordOutcome[], ignored: IgnoredSpans[] = []): string {
  const counts = new Map<string, { f: string; c: string; o: string; r: string; n: number }>();
  const add = (label: TallyLabel, outcome: string, reason: string, n: number) => {
    const key = `${label.format}\u0000${label.convention}\u0000${outcome}\u0000${reason}`;
    const row = counts.get(key);
    if (row) row.n += n;
    else counts.set(key, { f: label.format, c: label.convention, o: outcome, r: reason, n });
  };
  for (const outcome of outcomes) add(labelAt(outcome.index), outcome.status, outcome.status === "rejected" ? reasonKey(outcome.reason) : "", 1);
  for (const entry of ignored) if (entry.count > 0) add(entry, "ignored", entry.reason, entry.count);
  return JSON.stringify([...counts.values()]);
}

/** Each item's label by its index (the spans of one file line share the line's index: the first label wins). */
export function labelsByIndex(items: Array<Candidate | Unreadable>): (index: number) => TallyLabel {
  const labels = new Map<number, TallyLabel>();
  for (const item of items) if (!labels.has(item.index)) labels.set(item.index, candidateLabel(item));
  return (index) => labels.get(index) ?? FILE_LINE;
}

// $1 source id, $2 now, $3 the settled counts.
const TALLY_SQL = `
  INSERT INTO "IngestTally" ("sourceId", "hour", "format", "convention", "outcome", "reason", "count", "lastAt")
  SELECT $1::uuid, date_trunc('hour', $2::timestamptz AT TIME ZONE 'UTC'), x.f, x.c, x.o, x.r, x.n, $2::timestamptz AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset($3::jsonb) AS x(f text, c text, o text, r text, n int)
   ORDER BY x.f, x.c, x.o, x.r
  ON CONFLICT ("sourceId", "hour", "format", "convention", "outcome", "reason")
  DO UPDATE SET "count" = "IngestTally"."count" + EXCLUDED."count", "lastAt" = GREATEST("IngestTally"."lastAt", EXCLUDED."lastAt")`;

function runTally(run: SqlRunner, sourceId: string, now: Date, settled: string) {
  return run("ingest-tally", TALLY_SQL, [sourceId, now.toISOString(), settled]);
}

/**
 * The counts of a batch that stored nothing (all sampled out, duplicates, rejected or
 * ignored): one statement on its own, or inside the caller's transaction when it has one
 * (the pull job's offset), so a rolled-back chunk is not counted either.
 */
export async function writeTallyAlone(sourceId: string, now: Date, settled: string, withinTransaction?: (tx: TxClient) => Promise<void>): Promise<void> {
  if (withinTransaction) {
    await db.$transaction(async (tx) => {
      if (settled !== "[]") await runTally(transactionRunner(tx), sourceId, now, settled);
      await withinTransaction(tx);
    });
  } else if (settled !== "[]") await runTally(poolRunner, sourceId, now, settled);
}

/** How long hourly ingest counts are kept: the health panel reads a day; a month helps a support question. */
export const TALLY_RETENTION_MS = 35 * 86_400_000;

/** Deletes hourly counts older than TALLY_RETENTION_MS (the hourly retention job calls it). */
export async function pruneIngestTallies(now: Date = new Date()): Promise<number> {
  const { count } = await db.ingestTally.deleteMany({ where: { hour: { lt: new Date(now.getTime() - TALLY_RETENTION_MS) } } });
  return count;
}
