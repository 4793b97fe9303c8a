import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { batchForWeek } from "@/lib/batches/batch-for-week";
import { isoWeekOf } from "@/lib/batches/iso-week";
import { effectiveSampleRate, isSampledIn } from "@/lib/sampling/sample";
import { evaluateMiningRules } from "@/lib/mining/evaluate";
import { GroupAssigner } from "@/lib/mining/grouping";
import { suggestCategory } from "@/lib/mining/suggest-category";
import { userText } from "@/lib/mining/fingerprint";
import { loadMiningRules } from "@/lib/mining/rules-store";
import type { RuleDefinition } from "@/lib/mining/rule-config";
import { redactLog, type RedactedLog } from "./redact-log";
import { assertMayIngest, type IngestSource } from "./source-gate";
import { totalsOf, type CanonicalLog, type Candidate, type IngestTotals, type RecordOutcome, type Unreadable } from "./types";

export type TxClient = Prisma.TransactionClient;

export interface IngestOptions {
  now?: Date;
  /** Runs inside the same transaction as the inserts (the pull job records its file offset here). */
  withinTransaction?: (tx: TxClient) => Promise<void>;
}

export interface IngestResult {
  outcomes: RecordOutcome[];
  totals: IngestTotals;
}

interface Ready {
  index: number;
  log: CanonicalLog;
  redacted: RedactedLog;
}

const DAY_MS = 86_400_000;

/**
 * The one pipeline every entry point feeds (push, OTLP, pull folder, CLI):
 * opt-out -> deterministic sampling -> validation -> duplicate check -> redaction ->
 * one transaction writing the SourceLogs, the mined Cases (this ISO week's batch) and
 * the caller's extra writes. Either the whole transaction commits or nothing does, so
 * a crash or a lost database leaves each record stored once or not at all. A bad record
 * is rejected alone; the good ones in its batch still go in.
 */
export async function ingestCandidates(source: IngestSource, items: Array<Candidate | Unreadable>, options: IngestOptions = {}): Promise<IngestResult> {
  assertMayIngest(source);
  const now = options.now ?? new Date();
  const rate = effectiveSampleRate(source);
  const outcomes: RecordOutcome[] = [];
  const parsed: Array<{ index: number; log: CanonicalLog }> = [];
  const seen = new Set<string>();

  for (const item of items) {
    if (!("parse" in item)) {
      outcomes.push({ index: item.index, status: "rejected", reason: item.reason });
      continue;
    }
    const id = item.id ?? undefined;
    if (item.optOut) outcomes.push({ index: item.index, id, status: "opted_out" });
    else if (item.id === null) {
      const result = item.parse();
      outcomes.push({ index: item.index, status: "rejected", reason: result.ok ? "id: is required" : result.reason });
    } else if (!isSampledIn(source.id, { id: item.id, traceId: item.traceId }, rate)) outcomes.push({ index: item.index, id, status: "sampled_out" });
    else if (seen.has(item.id)) outcomes.push({ index: item.index, id, status: "duplicate" });
    else {
      seen.add(item.id);
      const result = item.parse();
      if (result.ok) parsed.push({ index: item.index, log: result.log });
      else outcomes.push({ index: item.index, id, status: "rejected", reason: result.reason });
    }
  }

  // Known ids are duplicates: skip their redaction entirely (a replay costs one query).
  // The source's rules are read at the same time (one round trip less per push).
  const [existingRows, rules] = parsed.length
    ? await Promise.all([
        db.sourceLog.findMany({ where: { sourceId: source.id, externalId: { in: parsed.map((p) => p.log.externalId) } }, select: { externalId: true } }),
        loadMiningRules(source.id),
      ])
    : [[], []];
  const existing = new Set(existingRows.map((row) => row.externalId));
  const ready: Ready[] = [];
  for (const { index, log } of parsed) {
    if (existing.has(log.externalId)) outcomes.push({ index, id: log.externalId, status: "duplicate" });
    else {
      try {
        ready.push({ index, log, redacted: redactLog(log) });
      } catch (error) {
        // A redaction bug must not store the record raw, nor sink its batch: reject it alone.
        console.error("ingest: redaction failed for one record:", (error as Error).name);
        outcomes.push({ index, id: log.externalId, status: "rejected", reason: "redaction failed; the record was not stored" });
      }
    }
  }

  if (ready.length) outcomes.push(...(await writeReady(source, ready, rules, now, options)));
  else if (options.withinTransaction) await db.$transaction(options.withinTransaction);
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
// minute instead of an upsert per push.
const BATCH_CACHE_MS = 60_000;
const batchCache = new Map<string, { id: string; at: number }>();

function jsonText(value: unknown): string {
  return JSON.stringify(value);
}

/** A new case and the mined records it stands for (itself first). */
interface NewCase {
  first: number;
  groupKey: string;
  size: number;
  priority: number;
  reasons: string[];
}

/** Reasons of a group: the first record's, then any new ones in the order they appear. */
function mergeReasons(into: string[], more: string[]): void {
  for (const reason of more) if (!into.includes(reason)) into.push(reason);
}

async function writeReady(source: IngestSource, ready: Ready[], rules: RuleDefinition[], now: Date, options: IngestOptions): Promise<RecordOutcome[]> {
  const expiresAt = new Date(now.getTime() + source.retentionDays! * DAY_MS);
  const verdicts = ready.map((r) => evaluateMiningRules(rules, r.redacted.metadata));
  const anyMined = verdicts.some((v) => v.reasons.length);
  const grouping = anyMined ? await GroupAssigner.load(source.id) : null;
  // Resolved before the transaction: a unique-violation in a racing get-or-create would
  // abort the whole transaction, and an unused batch row is harmless.
  const batchId = anyMined ? await weekBatchId(now) : null;
  // Serialised once (by redactLog): the SourceLog and its Case (if any) get the same text.
  const texts = ready.map((r) => r.redacted.json);

  const { outcomes, created, closed } = await db.$transaction(
    async (tx) => {
      const rows = ready.map(
        (r, i) =>
          Prisma.sql`(${source.id}::uuid, ${r.log.externalId}, ${r.log.traceId}, ${r.log.timestamp}, ${r.log.model}, ${texts[i].input}::jsonb, ${texts[i].output}::jsonb, ${texts[i].metadata}::jsonb, ${r.redacted.redactionVersion}, ${jsonText(r.redacted.entityCounts)}::jsonb, ${now}, ${expiresAt})`,
      );
      // ON CONFLICT: a concurrent push of the same id wins the race; this one reports "duplicate".
      const inserted = await tx.$queryRaw<Array<{ id: string; externalId: string }>>`
        INSERT INTO "SourceLog" ("sourceId", "externalId", "traceId", "timestamp", "model", "input", "output", "metadata", "redactionVersion", "entityCounts", "receivedAt", "expiresAt")
        VALUES ${Prisma.join(rows)}
        ON CONFLICT ("sourceId", "externalId") DO NOTHING
        RETURNING "id", "externalId"`;
      const idOf = new Map(inserted.map((row) => [row.externalId, row.id]));

      const outcomes: RecordOutcome[] = [];
      const logIds: string[] = [];
      const categories: Array<string | null> = [];
      // Near-duplicates of an open case join it (by case id); the others start new cases,
      // which later near-duplicates of the same call join (by group key).
      const joins = new Map<string, { records: number[]; groupKey: string }>();
      const newCases = new Map<string, NewCase>();
      const startOrJoin = (i: number, groupKey: string) => {
        const group = newCases.get(groupKey);
        const verdict = verdicts[i];
        if (!group) newCases.set(groupKey, { first: i, groupKey, size: 1, priority: verdict.priority, reasons: [...verdict.reasons] });
        else {
          group.size++;
          group.priority = Math.min(group.priority, verdict.priority);
          mergeReasons(group.reasons, verdict.reasons);
        }
      };
      for (let i = 0; i < ready.length; i++) {
        const { index, log, redacted } = ready[i];
        const logId = idOf.get(log.externalId);
        logIds.push(logId ?? "");
        categories.push(null);
        if (!logId) {
          outcomes.push({ index, id: log.externalId, status: "duplicate" });
          continue;
        }
        const verdict = verdicts[i];
        const mined = verdict.reasons.length > 0;
        outcomes.push({ index, id: log.externalId, status: "stored", mined });
        if (!mined || !grouping || !batchId) continue;
        const group = grouping.assign(redacted.input);
        categories[i] = suggestCategory({
          userText: userText(redacted.input),
          reasons: verdict.reasons,
          metadata: redacted.metadata,
          nearestDistance: group.nearestDistance,
          driftDistance: GroupAssigner.driftDistance,
        });
        if (group.openCaseId === null) startOrJoin(i, group.groupKey);
        else {
          const join = joins.get(group.openCaseId) ?? { records: [], groupKey: group.groupKey };
          join.records.push(i);
          joins.set(group.openCaseId, join);
        }
      }

      // One conditional UPDATE for every open case joined: the database adds to groupSize
      // (no read-modify-write, so concurrent pushes never lose a count), keeps the lowest
      // priority and adds new reasons. A case decided meanwhile matches nothing; its
      // near-duplicates then start a new case instead.
      const closed: string[] = [];
      if (joins.size) {
        const values = [...joins].map(([caseId, join]) => {
          const reasons: string[] = [];
          for (const i of join.records) mergeReasons(reasons, verdicts[i].reasons);
          const priority = Math.min(...join.records.map((i) => verdicts[i].priority));
          return Prisma.sql`(${caseId}::uuid, ${join.records.length}::int, ${priority}::int, ${reasons}::text[])`;
        });
        const updated = await tx.$queryRaw<Array<{ id: string }>>`
          UPDATE "Case" AS c
          SET "groupSize" = c."groupSize" + v.n, "priority" = LEAST(c."priority", v.priority),
              "minedReasons" = c."minedReasons" || ARRAY(SELECT r FROM unnest(v.reasons) AS r WHERE r <> ALL (c."minedReasons"))
          FROM (VALUES ${Prisma.join(values)}) AS v(id, n, priority, reasons)
          WHERE c."id" = v.id AND c."status" = 'PENDING'
          RETURNING c."id"`;
        const joined = new Set(updated.map((row) => row.id));
        for (const [caseId, join] of joins) {
          if (joined.has(caseId)) continue;
          closed.push(caseId);
          for (const i of join.records) startOrJoin(i, join.groupKey);
        }
      }

      // Raw multi-row INSERT: createMany with three JSON columns cost ~3x the log insert.
      let created: Array<{ id: string; groupKey: string }> = [];
      if (newCases.size) {
        const cases = [...newCases.values()].map(({ first: i, groupKey, size, priority, reasons }) =>
          Prisma.sql`(${source.id}::uuid, ${logIds[i]}::uuid, ${batchId}::uuid, 'PENDING'::"CaseStatus", ${priority}, ${reasons}::text[], ${categories[i]}::"Category", ${texts[i].input}::jsonb, ${texts[i].output}::jsonb, ${texts[i].metadata}::jsonb, ${groupKey}, ${size}, ${now}, ${now})`,
        );
        created = await tx.$queryRaw<Array<{ id: string; groupKey: string }>>`
          INSERT INTO "Case" ("sourceId", "sourceLogId", "batchId", "status", "priority", "minedReasons", "suggestedCategory", "input", "output", "metadata", "groupKey", "groupSize", "minedAt", "updatedAt")
          VALUES ${Prisma.join(cases)}
          RETURNING "id", "groupKey"`;
      }
      if (options.withinTransaction) await options.withinTransaction(tx);
      return { outcomes, created, closed };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  GroupAssigner.remember(source.id, created, closed);
  return outcomes;
}
