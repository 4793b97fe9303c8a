import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { batchForWeek } from "@/lib/batches/batch-for-week";
import { isoWeekOf } from "@/lib/batches/iso-week";
import { effectiveSampleRate, isSampledIn } from "@/lib/sampling/sample";
import { TrafficWindow } from "@/lib/mining/traffic";
import { GroupAssigner } from "@/lib/mining/grouping";
import { suggestCategory } from "@/lib/mining/suggest-category";
import type { RecordKeys } from "@/lib/mining/fingerprint";
import type { RuleDefinition } from "@/lib/mining/schemas";
import { knownIdsAndRules } from "./known-ids";
import { protectEndUser, recordStandingOptOuts } from "./end-users";
import { isSafeToken, LONG_TOKEN_MAX } from "@/lib/privacy/field-shapes";
import type { StoredRedaction } from "./prepare-log";
import { redactLogs, type WhenFull } from "./redact-pool";
import { poolRunner, transactionRunner, writeBatch, type BatchRow, type MinedRow } from "./write-batch";
import { assertMayIngest, type IngestSource } from "./source-gate";
import { labelsByIndex, settledTally, writeTallyAlone, type IgnoredSpans, type TallyLabel } from "./tally";
import { totalsOf, type CanonicalLog, type Candidate, type IngestTotals, type RecordOutcome, type Unreadable } from "./types";

export type TxClient = Prisma.TransactionClient;

export interface IngestOptions {
  now?: Date;
  /** Runs inside the same transaction as the inserts (the pull job records its file offset here). */
  withinTransaction?: (tx: TxClient) => Promise<void>;
  /** Spans of an OTLP export that were not model calls, for the source's ingest counters. */
  ignoredSpans?: IgnoredSpans[];
  /** When the redaction queue is full: pushes refuse (503 + Retry-After), pulls and CLIs wait. */
  whenFull?: WhenFull;
}

export interface IngestResult {
  outcomes: RecordOutcome[];
  totals: IngestTotals;
}

interface Ready {
  index: number;
  log: CanonicalLog;
  redacted: StoredRedaction;
  keys: RecordKeys;
  endUser: { userHash: string | null; sessionHash: string | null };
}

const DAY_MS = 86_400_000;
// PostgreSQL can't store a lone UTF-16 surrogate: a record id with one is rejected alone.
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * The one pipeline every entry point feeds (push, OTLP, pull folder, CLI):
 * opt-out -> deterministic sampling -> validation -> on the workers: ids protected,
 * redaction, mining's text keys -> duplicate check and the end-user opt-out list ->
 * mining -> ONE SQL statement writing the SourceLogs and the mined Cases (this ISO week's
 * batch), inside a transaction with the caller's extra writes when there are any
 * (write-batch.ts). Either all of it commits or nothing does, so
 * a crash or a lost database leaves each record stored once or not at all. A bad record
 * is rejected alone; the good ones in its batch still go in.
 */
export async function ingestCandidates(source: IngestSource, items: Array<Candidate | Unreadable>, options: IngestOptions = {}): Promise<IngestResult> {
  assertMayIngest(source);
  const now = options.now ?? new Date();
  const rate = effectiveSampleRate(source);
  const outcomes: RecordOutcome[] = [];
  const parsed: Array<{ index: number; log: CanonicalLog; endUser: Ready["endUser"] }> = [];
  const seen = new Set<string>();
  const optingOut: Candidate[] = [];

  for (const item of items) {
    if (!("parse" in item)) {
      outcomes.push({ index: item.index, status: "rejected", reason: item.reason });
      continue;
    }
    // Answers echo a producer's id only in a safe shape (never an e-mail address or a
    // phone number); stored and duplicate records carry the id as stored.
    const id = item.id !== null && isSafeToken(item.id, LONG_TOKEN_MAX) ? item.id : undefined;
    if (item.optOut) {
      outcomes.push({ index: item.index, id, status: "opted_out" });
      optingOut.push(item);
    }
    else if (item.id === null) {
      const result = item.parse();
      outcomes.push({ index: item.index, status: "rejected", reason: result.ok ? "id: is required" : result.reason });
    } else if (LONE_SURROGATE.test(item.id)) outcomes.push({ index: item.index, status: "rejected", reason: "id: must be valid Unicode text" });
    else if (!isSampledIn(source.id, { id: item.id, traceId: item.traceId }, rate)) outcomes.push({ index: item.index, id, status: "sampled_out" });
    else if (seen.has(item.id)) outcomes.push({ index: item.index, id, status: "duplicate" });
    else {
      seen.add(item.id);
      const result = item.parse();
      if (result.ok) parsed.push({ index: item.index, log: result.log, endUser: protectEndUser(result.log) });
      else outcomes.push({ index: item.index, id, status: "rejected", reason: result.reason });
    }
  }
  // A record that opts out and names its end user puts that user on the opt-out list.
  if (optingOut.length) await recordStandingOptOuts(optingOut);

  // The CPU work runs on worker threads (redact-pool.ts), off the thread serving requests:
  // the ids in their stored shape (a safe token holding nothing personal, else a keyed
  // hash: telling them apart takes the redaction engine), redaction, mining's text keys.
  const redactions = await redactLogs(
    parsed.map((p) => p.log),
    options.whenFull ?? "wait",
  );
  const prepared: Ready[] = [];
  parsed.forEach(({ index, log, endUser }, i) => {
    const result = redactions[i];
    if (result.ok) {
      log.externalId = result.value.ids.externalId;
      log.traceId = result.value.ids.traceId;
      prepared.push({ index, log, endUser, redacted: result.value.redacted, keys: result.value.keys });
    } else {
      // A redaction bug or a crashed worker must not store the record raw, nor sink its batch: reject it alone.
      console.error("ingest: redaction failed for one record:", result.error);
      const id = isSafeToken(log.externalId, LONG_TOKEN_MAX) ? log.externalId : undefined;
      outcomes.push({ index, id, status: "rejected", reason: "redaction failed; the record was not stored" });
    }
  });

  // Known ids (compared as stored) are duplicates, and opted-out end users are refused; the
  // source's rules come in the same round trip. A replay is redacted before it is found
  // known, on the workers: the duplicate check needs the stored form of its id.
  const { known: existing, rules, optedOut } = prepared.length
    ? await knownIdsAndRules(
        source.id,
        prepared.map((r) => r.log.externalId),
        [...new Set(prepared.flatMap((r) => (r.endUser.userHash ? [r.endUser.userHash] : [])))],
      )
    : { known: new Set<string>(), rules: [], optedOut: new Set<string>() };
  const ready: Ready[] = [];
  for (const r of prepared) {
    if (existing.has(r.log.externalId)) outcomes.push({ index: r.index, id: r.log.externalId, status: "duplicate" });
    else if (r.endUser.userHash && optedOut.has(r.endUser.userHash)) outcomes.push({ index: r.index, id: r.log.externalId, status: "opted_out" });
    else ready.push(r);
  }

  // The source's ingest counters (tally.ts) go with the records: what is decided so far, and
  // the write statement counts the rest (stored, or duplicate after a race).
  const labelAt = labelsByIndex(items);
  const settled = settledTally(labelAt, outcomes, options.ignoredSpans);
  if (ready.length) outcomes.push(...(await writeReady(source, ready, rules, now, options, { labelAt, settled })));
  else await writeTallyAlone(source.id, now, settled, options.withinTransaction);
  outcomes.sort((a, b) => a.index - b.index);
  return { outcomes, totals: totalsOf(outcomes) };
}

/**
 * This ISO week's batch id. batchForWeek's upsert is a read-then-insert, so two pushes
 * racing on a new week can hit the unique isoWeek; the loser simply reads the winner's row.
 */
async function weekBatchId(now: Date): Promise<string> {
  const label = isoWeekOf(now).label;
  const cached = batchCache.get(label);
  if (cached && Date.now() - cached.at < BATCH_CACHE_MS) return cached.id;
  let id: string;
  try {
    id = (await batchForWeek(now)).id;
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    id = (await batchForWeek(now)).id;
  }
  batchCache.set(label, { id, at: Date.now() });
  return id;
}

// A week's batch row is created once and never replaced, so its id can be reused for a
// minute instead of an upsert per push; if a lead closes the week meanwhile, the write
// statement puts new cases in the next open batch instead (write-batch.ts).
const BATCH_CACHE_MS = 60_000;
const batchCache = new Map<string, { id: string; at: number }>();

async function writeReady(
  source: IngestSource,
  ready: Ready[],
  rules: RuleDefinition[],
  now: Date,
  options: IngestOptions,
  tally: { labelAt: (index: number) => TallyLabel; settled: string },
): Promise<RecordOutcome[]> {
  const expiresAt = new Date(now.getTime() + source.retentionDays! * DAY_MS);
  // Baseline and drift need the record's id and the source's recent traffic (lib/mining/traffic.ts).
  const traffic = await TrafficWindow.load(source, rules, now);
  const verdicts = ready.map((r) => traffic.evaluate(r.log.externalId, { keys: r.keys, metadata: r.redacted.metadata }));
  const anyMined = verdicts.some((v) => v.reasons.length);
  const grouping = anyMined ? await GroupAssigner.load(source.id) : null;
  // Resolved before the write: a unique-violation in a racing get-or-create would abort
  // the whole statement, and an unused batch row is harmless.
  const batchId = anyMined ? await weekBatchId(now) : null;

  // Groups and suggestions are decided here, before the write; the statement applies them
  // only to the records it actually inserts (a record that lost a race is a duplicate and
  // counts nowhere).
  const rows: BatchRow[] = ready.map(({ index, log, redacted, keys, endUser }, i) => {
    const verdict = verdicts[i];
    let mined: MinedRow | null = null;
    if (verdict.reasons.length && grouping) {
      const group = grouping.assign(keys.near);
      const category = suggestCategory({
        userText: keys.text,
        reasons: verdict.reasons,
        metadata: redacted.metadata,
        nearestDistance: group.nearestDistance,
        driftDistance: GroupAssigner.driftDistance,
      });
      mined = { groupKey: group.groupKey, joinCaseId: group.openCaseId, priority: verdict.priority, reasons: verdict.reasons, category };
    }
    return {
      externalId: log.externalId,
      traceId: log.traceId,
      timestamp: log.timestamp,
      model: redacted.model,
      json: redacted.json,
      redactionVersion: redacted.redactionVersion,
      entityCounts: redacted.entityCounts,
      endUserHash: endUser.userHash,
      sessionHash: endUser.sessionHash,
      mined,
      tally: tally.labelAt(index),
    };
  });

  const context = { sourceId: source.id, batchId, now, expiresAt, tally: tally.settled };
  // A push is one statement (atomic on its own); the pull job adds its file offset, so its
  // chunk needs a transaction around the statement and that write.
  const written = options.withinTransaction
    ? await db.$transaction(
        async (tx) => {
          const result = await writeBatch(transactionRunner(tx), context, rows);
          await options.withinTransaction!(tx);
          return result;
        },
        { timeout: 60_000, maxWait: 10_000 },
      )
    : await writeBatch(poolRunner, context, rows);
  GroupAssigner.remember(source.id, written.created, written.closed);
  await traffic.record(ready.flatMap((r, i) => (written.stored.has(r.log.externalId) ? [{ fingerprint: verdicts[i].fingerprint, category: rows[i].mined?.category ?? verdicts[i].category }] : [])), now);

  return ready.map(({ index, log, redacted }, i) => {
    if (!written.stored.has(log.externalId)) return { index, id: log.externalId, status: "duplicate" };
    return { index, id: log.externalId, status: "stored", mined: rows[i].mined !== null, ...(redacted.droppedKeys.length ? { droppedKeys: redacted.droppedKeys } : {}) };
  });
}
