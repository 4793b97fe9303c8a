import { dbPool } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TallyLabel } from "./tally";

/** Runs one parameterised statement ($1, $2...) and returns its rows. */
export type SqlRunner = (name: string, text: string, values: unknown[]) => Promise<unknown[]>;

/**
 * Straight on the pool behind `db`, as a named prepared statement: parsed and planned
 * once per connection, and without Prisma's raw-query work (it serialises every parameter
 * to JSON and parses it back: ~1 ms per 100 KB push).
 */
export const poolRunner: SqlRunner = async (name, text, values) => (await dbPool().query({ name, text, values })).rows;

/** Inside a Prisma interactive transaction (the pull job's chunks, which add their file offset). */
export function transactionRunner(tx: Pick<Prisma.TransactionClient, "$queryRawUnsafe">): SqlRunner {
  return (_name, text, values) => tx.$queryRawUnsafe<unknown[]>(text, ...values);
}

/** One redacted record ready to store, and (when a rule fired) how it is mined. */
export interface BatchRow {
  externalId: string;
  traceId: string | null;
  timestamp: Date;
  model: string | null;
  /** Redacted input, output and metadata, already serialised as JSON text (output may be null). */
  json: { input: string; output: string | null; metadata: string };
  redactionVersion: string;
  entityCounts: Record<string, number>;
  /** Keyed hashes of the producer's end-user and session ids (lib/privacy). */
  endUserHash: string | null;
  sessionHash: string | null;
  mined: MinedRow | null;
  /** The record's format and convention, for the source's ingest counters (tally.ts). */
  tally: TallyLabel;
}

export interface MinedRow {
  /** The near-duplicate group: a stored open group's key, or a new one. */
  groupKey: string;
  /** The open case this record joins (counted on it), or null to start or join a new case of this call. */
  joinCaseId: string | null;
  priority: number;
  reasons: string[];
  category: string | null;
}

export interface BatchContext {
  sourceId: string;
  /** This ISO week's batch (required when any row is mined). */
  batchId: string | null;
  now: Date;
  expiresAt: Date;
  /** The ingest counts decided before the write (tally.ts settledTally), as JSON. */
  tally: string;
}

export interface BatchWriteResult {
  /** External ids that were inserted (the others were already stored: duplicates). */
  stored: Set<string>;
  /** New open cases (and open cases found by their exact group key), for the group cache. */
  created: Array<{ id: string; groupKey: string }>;
  /** Open cases this call tried to join that were decided meanwhile. */
  closed: string[];
}

// Trace ids and model names from any parser: a lone UTF-16 surrogate (which jsonb refuses,
// failing the whole statement) becomes U+FFFD. Record ids never carry one (the pipeline
// rejects such a record first) and the redacted JSON texts are already clean (redact-log).
const LONE_SURROGATES = /\p{Surrogate}/gu;
const str = (value: string | null) => (value === null ? "null" : JSON.stringify(value.replace(LONE_SURROGATES, "\ufffd")));

/**
 * The rows as ONE JSON array, built by concatenation: the redacted JSON texts are embedded
 * as they are (not parsed and serialised again), and the whole batch travels as a single
 * query parameter instead of ~12 per row (Prisma's per-parameter work was ~10 ms of CPU
 * per 100-record push).
 */
export function batchDocument(rows: BatchRow[]): string {
  const parts: string[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let part = `{"i":${i},"e":${str(row.externalId)},"t":${str(row.traceId)},"ts":"${row.timestamp.toISOString()}","m":${str(row.model)},"inp":${row.json.input},"out":${row.json.output ?? "null"},"md":${row.json.metadata},"rv":${str(row.redactionVersion)},"ec":${JSON.stringify(row.entityCounts)},"uh":${str(row.endUserHash)},"sh":${str(row.sessionHash)},"f":${str(row.tally.format)},"c":${str(row.tally.convention)}`;
    const mined = row.mined;
    if (mined) part += `,"gk":${str(mined.groupKey)},"jc":${str(mined.joinCaseId)},"p":${mined.priority | 0},"rs":${JSON.stringify(mined.reasons)},"cat":${str(mined.category)}`;
    parts[i] = part + "}";
  }
  return `[${parts.join(",")}]`;
}

// The records and their SourceLogs, shared by both statements: $1 the rows (batchDocument),
// $2 source id, $3 now, $4 expiresAt.
const LOGS_CTES = `
  WITH r AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb)
      AS x(i int, e text, t text, ts timestamptz, m text, inp jsonb, "out" jsonb, md jsonb, rv text, ec jsonb, uh text, sh text, f text, c text, gk text, jc uuid, p int, rs text[], cat text)
  ),
  logs AS (
    INSERT INTO "SourceLog" ("sourceId", "externalId", "traceId", "timestamp", "model", "input", "output", "metadata", "redactionVersion", "entityCounts", "endUserHash", "sessionHash", "receivedAt", "expiresAt")
    SELECT $2::uuid, r.e, r.t, r.ts AT TIME ZONE 'UTC', r.m, r.inp, r."out", r.md, r.rv, r.ec, r.uh, r.sh,
           $3::timestamptz AT TIME ZONE 'UTC', $4::timestamptz AT TIME ZONE 'UTC'
      FROM r ORDER BY r.e
    ON CONFLICT ("sourceId", "externalId") DO NOTHING
    RETURNING "id", "externalId"
  ),`;

/** The source's ingest counters, the settled counts in parameter `$<settled>` (shared by both statements). */
const tallyCte = (settled: number) => `  -- The source's ingest counters (tally.ts): the counts decided before the write, and each
  -- of these records as stored or, having lost a race, duplicate. Nothing reads it; in
  -- practice PostgreSQL runs such a statement after the main query, so its row locks come
  -- after the cases' in every push.
  tally AS (
    INSERT INTO "IngestTally" ("sourceId", "hour", "format", "convention", "outcome", "reason", "count", "lastAt")
    SELECT $2::uuid, date_trunc('hour', $3::timestamptz AT TIME ZONE 'UTC'), u.f, u.c, u.o, u.r, sum(u.n)::int, $3::timestamptz AT TIME ZONE 'UTC'
      FROM (SELECT x.f, x.c, x.o, x.r, x.n FROM jsonb_to_recordset($${settled}::jsonb) AS x(f text, c text, o text, r text, n int)
            UNION ALL
            SELECT r.f, r.c, CASE WHEN logs."externalId" IS NULL THEN 'duplicate' ELSE 'stored' END, '', 1 FROM r LEFT JOIN logs ON logs."externalId" = r.e) u
     GROUP BY u.f, u.c, u.o, u.r
     ORDER BY u.f, u.c, u.o, u.r
    ON CONFLICT ("sourceId", "hour", "format", "convention", "outcome", "reason")
    DO UPDATE SET "count" = "IngestTally"."count" + EXCLUDED."count", "lastAt" = GREATEST("IngestTally"."lastAt", EXCLUDED."lastAt")
  )`;

// $1-$4 as above, $5 batch id, $6 the settled ingest counts.
export const WRITE_BATCH_SQL = `${LOGS_CTES}
  mined AS (
    SELECT r.i, r.gk, coalesce(r.jc, o."id") AS jc, (r.jc IS NULL AND o."id" IS NOT NULL) AS "found",
           r.p, r.rs, r.cat, r.inp, r."out", r.md, r.uh, logs."id" AS "logId"
      FROM r JOIN logs ON logs."externalId" = r.e
      LEFT JOIN LATERAL (
        SELECT c."id" FROM "Case" c
         WHERE r.jc IS NULL AND c."sourceId" = $2::uuid AND c."groupKey" = r.gk AND c."status" = 'PENDING'
         ORDER BY c."minedAt" LIMIT 1
      ) o ON true
     WHERE r.gk IS NOT NULL
  ),
  joins AS (
    SELECT m.jc, count(*)::int AS n, min(m.p) AS p,
           ARRAY(SELECT u.reason FROM mined m2, unnest(m2.rs) WITH ORDINALITY AS u(reason, o)
                  WHERE m2.jc = m.jc GROUP BY u.reason ORDER BY min(ARRAY[m2.i, u.o::int])) AS rs
      FROM mined m WHERE m.jc IS NOT NULL GROUP BY m.jc
  ),
  -- "= ANY(ARRAY(...))" so each case is found by its primary key; "IN (SELECT ...)" read
  -- every pending case of the queue and hash-joined them (growing with the queue).
  locked AS MATERIALIZED (
    SELECT c."id" FROM "Case" c
     WHERE c."id" = ANY(ARRAY(SELECT jc FROM joins)) AND c."status" = 'PENDING'
     ORDER BY c."id" FOR UPDATE OF c
  ),
  joined AS (
    UPDATE "Case" AS c
       SET "groupSize" = c."groupSize" + j.n, "priority" = LEAST(c."priority", j.p),
           "minedReasons" = c."minedReasons" || ARRAY(SELECT x FROM unnest(j.rs) AS x WHERE x <> ALL (c."minedReasons"))
      FROM joins j JOIN locked l ON l."id" = j.jc
     WHERE c."id" = l."id" AND c."status" = 'PENDING'
    RETURNING c."id"
  ),
  starters AS (
    SELECT m.* FROM mined m
     WHERE m.jc IS NULL OR NOT EXISTS (SELECT 1 FROM joined WHERE joined."id" = m.jc)
  ),
  -- The caller's batch may have closed since it looked it up (a lead closing the week):
  -- then the first later batch still open, which closing a week always creates.
  target AS (
    SELECT coalesce(
      (SELECT b."id" FROM "Batch" b WHERE b."id" = $5::uuid AND b."status" <> 'CLOSED'),
      (SELECT b."id" FROM "Batch" b WHERE b."status" <> 'CLOSED' AND b."weekStart" > (SELECT "weekStart" FROM "Batch" WHERE "id" = $5::uuid) ORDER BY b."weekStart" LIMIT 1),
      $5::uuid) AS "id"
  ),
  groups AS (
    SELECT s.gk, min(s.i) AS "first", count(*)::int AS n, min(s.p) AS p,
           ARRAY(SELECT u.reason FROM starters s2, unnest(s2.rs) WITH ORDINALITY AS u(reason, o)
                  WHERE s2.gk = s.gk GROUP BY u.reason ORDER BY min(ARRAY[s2.i, u.o::int])) AS rs
      FROM starters s GROUP BY s.gk
  ),
  cases AS (
    INSERT INTO "Case" ("sourceId", "sourceLogId", "batchId", "status", "priority", "minedReasons", "suggestedCategory", "input", "output", "metadata", "endUserHash", "groupKey", "groupSize", "minedAt", "updatedAt")
    SELECT $2::uuid, s."logId", (SELECT "id" FROM target), 'PENDING'::"CaseStatus", g.p, g.rs, s.cat::"Category", s.inp, s."out", s.md, s.uh, g.gk, g.n,
           $3::timestamptz AT TIME ZONE 'UTC', $3::timestamptz AT TIME ZONE 'UTC'
      FROM groups g JOIN starters s ON s.i = g."first"
     ORDER BY g."first"
    RETURNING "id", "groupKey"
  ),
  -- Every mined record's log is linked to the case that stands for it (joined or new), so
  -- scrubbing and erasure reach near-duplicates too. Runs though nothing reads it.
  links AS (
    INSERT INTO "CaseLog" ("caseId", "sourceLogId")
    SELECT m.jc, m."logId" FROM mined m JOIN joined j ON j."id" = m.jc
    UNION ALL
    SELECT c."id", s."logId" FROM starters s JOIN cases c ON c."groupKey" = s.gk
    ON CONFLICT DO NOTHING
  ),
${tallyCte(6)}
  SELECT 's' AS "kind", "externalId" AS "value", NULL::text AS "extra" FROM logs
  UNION ALL SELECT 'c', "id"::text, "groupKey" FROM cases
  UNION ALL SELECT DISTINCT 'c', m.jc::text, m.gk FROM mined m WHERE m."found" AND EXISTS (SELECT 1 FROM joined WHERE joined."id" = m.jc)
  UNION ALL SELECT 'x', j.jc::text, NULL FROM joins j WHERE NOT EXISTS (SELECT 1 FROM joined WHERE joined."id" = j.jc)`;

// A batch with no mined record: the same SourceLogs and counts without the mining steps,
// which cost about a tenth of the statement's CPU even with nothing to do (a quarter for a
// push of five records). $1-$4 as above, $5 the settled ingest counts.
export const WRITE_LOGS_SQL = `${LOGS_CTES}
${tallyCte(5)}
  SELECT 's' AS "kind", "externalId" AS "value", NULL::text AS "extra" FROM logs`;

/**
 * Writes a batch in ONE SQL statement (one statement is one transaction, so it is all or
 * nothing without an interactive transaction's BEGIN/COMMIT round trips):
 *   1. inserts the SourceLogs, ON CONFLICT (source, id) DO NOTHING: a concurrent or earlier
 *      push of the same id wins and this record is a duplicate that changes nothing;
 *   2. for the mined records that were inserted, adds near-duplicates to their open cases
 *      (groupSize + n, the lowest priority, new reasons) with a conditional UPDATE that
 *      matches only cases still PENDING; rows are locked in id order, so concurrent
 *      pushes joining the same cases never deadlock;
 *   3. the other mined records, and those whose case was decided meanwhile, start one new
 *      case per group key in this week's batch, carrying the first record's content;
 *   4. links every mined record's log to its case (CaseLog).
 * A batch with no mined record runs steps 1 and the counts only (WRITE_LOGS_SQL).
 * A record the caller meant to start a group with joins instead the source's open case with
 * the very same group key, if one was committed before this statement: the per-process group
 * cache (30 s) can't know a case another instance opened, and an identical fingerprint (the
 * usual near-duplicate: only names or numbers differ) is one indexed lookup here.
 * Reasons merge in first-seen order (record order, then rule order).
 */
export async function writeBatch(run: SqlRunner, context: BatchContext, rows: BatchRow[]): Promise<BatchWriteResult> {
  const document = batchDocument(rows);
  const [now, expiresAt] = [context.now.toISOString(), context.expiresAt.toISOString()];
  const result = (
    rows.some((row) => row.mined !== null)
      ? await run("ingest-write-batch", WRITE_BATCH_SQL, [document, context.sourceId, now, expiresAt, context.batchId, context.tally])
      : await run("ingest-write-logs", WRITE_LOGS_SQL, [document, context.sourceId, now, expiresAt, context.tally])
  ) as Array<{ kind: "s" | "c" | "x"; value: string; extra: string | null }>;
  const out: BatchWriteResult = { stored: new Set(), created: [], closed: [] };
  for (const row of result) {
    if (row.kind === "s") out.stored.add(row.value);
    else if (row.kind === "c") out.created.push({ id: row.value, groupKey: row.extra! });
    else out.closed.push(row.value);
  }
  return out;
}
