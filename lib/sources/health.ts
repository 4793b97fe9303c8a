import { db } from "@/lib/db";

/**
 * A source's ingestion as its admin needs to see it: when something last arrived, what
 * became of the last 24 hours of records per format and convention (the counters the
 * pipeline writes with the records, lib/ingest/tally.ts), why records were rejected and
 * spans ignored, and how far the source is from its first case in the queue.
 */
export const HEALTH_WINDOW_HOURS = 24;

const FORMATS: Record<string, string> = {
  native: "Native JSON",
  "otlp-json": "OTLP/JSON",
  "otlp-protobuf": "OTLP/protobuf",
  file: "Pulled file",
};

const CONVENTIONS: Record<string, string> = {
  native: "native",
  "json-lines": "native or OpenAI pair",
  "otel-genai": "OTel GenAI",
  openinference: "OpenInference",
  "vercel-ai": "Vercel AI SDK",
  langfuse: "Langfuse",
  none: "not AI",
};

export interface HealthRow {
  format: string;
  convention: string;
  stored: number;
  sampledOut: number;
  duplicate: number;
  optedOut: number;
  rejected: number;
  ignored: number;
}

export interface HealthReason {
  format: string;
  convention: string;
  reason: string;
  count: number;
}

export interface SourceHealth {
  /** When the latest record or span of any kind arrived (all time), or null. */
  lastReceivedAt: Date | null;
  /** When the latest record was stored (all time), or null. */
  lastStoredAt: Date | null;
  rows: HealthRow[];
  rejected: HealthReason[];
  ignored: HealthReason[];
  steps: { activeIngestKeys: number; logs: number; cases: number; pendingCases: number };
}

const COLUMN: Record<string, keyof Omit<HealthRow, "format" | "convention">> = {
  stored: "stored",
  sampled_out: "sampledOut",
  duplicate: "duplicate",
  opted_out: "optedOut",
  rejected: "rejected",
  ignored: "ignored",
};

export function formatLabel(format: string): string {
  return FORMATS[format] ?? format;
}

export function conventionLabel(convention: string): string {
  return CONVENTIONS[convention] ?? convention;
}

export async function getSourceHealth(sourceId: string, now = new Date()): Promise<SourceHealth> {
  const since = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000 - (HEALTH_WINDOW_HOURS - 1) * 3_600_000);
  const [window, last, lastStored, activeIngestKeys, logs, cases, pendingCases] = await Promise.all([
    db.ingestTally.groupBy({ by: ["format", "convention", "outcome", "reason"], where: { sourceId, hour: { gte: since } }, _sum: { count: true } }),
    db.ingestTally.aggregate({ where: { sourceId }, _max: { lastAt: true } }),
    db.ingestTally.aggregate({ where: { sourceId, outcome: "stored" }, _max: { lastAt: true } }),
    db.apiKey.count({ where: { sourceId, revokedAt: null, scopes: { has: "ingest" } } }),
    db.sourceLog.count({ where: { sourceId } }),
    db.case.count({ where: { sourceId } }),
    db.case.count({ where: { sourceId, status: "PENDING" } }),
  ]);
  const rows = new Map<string, HealthRow>();
  const rejected: HealthReason[] = [];
  const ignored: HealthReason[] = [];
  for (const group of window) {
    const count = group._sum.count ?? 0;
    const key = `${group.format}\u0000${group.convention}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { format: group.format, convention: group.convention, stored: 0, sampledOut: 0, duplicate: 0, optedOut: 0, rejected: 0, ignored: 0 }));
    const column = COLUMN[group.outcome];
    if (column) row[column] += count;
    const reason = { format: group.format, convention: group.convention, reason: group.reason, count };
    if (group.outcome === "rejected") rejected.push(reason);
    if (group.outcome === "ignored") ignored.push(reason);
  }
  const byCount = (a: HealthReason, b: HealthReason) => b.count - a.count || a.reason.localeCompare(b.reason);
  return {
    lastReceivedAt: last._max.lastAt,
    lastStoredAt: lastStored._max.lastAt,
    rows: [...rows.values()].sort((a, b) => a.format.localeCompare(b.format) || a.convention.localeCompare(b.convention)),
    rejected: rejected.sort(byCount),
    ignored: ignored.sort(byCount),
    steps: { activeIngestKeys, logs, cases, pendingCases },
  };
}
