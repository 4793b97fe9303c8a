// npm run bench:queue [-- --cases N --export N --claims N]: measures the triage claim and the
// eval-set export on a throwaway PostgreSQL. Defaults finish in a few minutes on 2 shared
// cores; the full scale is `--cases 1000000 --export 100000`.
//
// Prints claim-next p50/p95 with 1 and 20 concurrent reviewers and the double claims
// (must be 0), against same-run baselines: the naive read-then-update claim, and the claim
// as it was before assignments (the plain claim's cost of supporting them); then the
// same claim with assignments (a share assigned, colleagues at work and away), as a ratio
// to the plain claim's p95 of the same run. Then the
// streamed export of N items (time, peak RSS) against loading the same items at once.
import Module from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import vm from "node:vm";
import { runCli } from "./lib/cli";
import { withBenchDatabase } from "./lib/bench-database";

// lib/triage and lib/evalset import "server-only", which throws outside React Server
// Components; in this CLI it is the empty marker it is inside Next's server build.
const moduleWithResolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolveFilename = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = (request, ...rest) =>
  request === "server-only" ? path.resolve("node_modules/server-only/empty.js") : resolveFilename.call(Module, request, ...rest);

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

const USAGE = "usage: npm run bench:queue -- [--cases 200000] [--export 100000] [--claims 200]";

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

type Db = typeof import("@/lib/db").db;

/** The claim statement before assignment support, kept here as the plain claim's same-run baseline. */
const CLAIM_BEFORE_ASSIGNMENTS = `
  WITH held AS (
    UPDATE "Case" SET "leaseExpiresAt" = now() + make_interval(mins => $2), "updatedAt" = now()
    WHERE id = (SELECT id FROM "Case" WHERE "claimedById" = $1::uuid AND status = 'PENDING' AND "leaseExpiresAt" > now() ORDER BY "claimedAt" LIMIT 1)
    RETURNING id
  ), fresh AS (
    UPDATE "Case" AS c
    SET "claimedById" = $1::uuid, "claimedAt" = now(), "leaseExpiresAt" = now() + make_interval(mins => $2), "updatedAt" = now()
    WHERE NOT EXISTS (SELECT 1 FROM held)
      AND c.id = (
        SELECT next.id
        FROM (SELECT id, "weekStart" FROM "Batch" WHERE status IN ('OPEN', 'IN_REVIEW') ORDER BY "weekStart") AS b
        CROSS JOIN LATERAL (
          SELECT k.id FROM "Case" AS k
          WHERE k.status = 'PENDING' AND k."batchId" = b.id
            AND (k."claimedById" IS NULL OR k."leaseExpiresAt" IS NULL OR k."leaseExpiresAt" <= now())
            AND NOT EXISTS (SELECT 1 FROM "CaseSkip" AS s WHERE s."caseId" = k.id AND s."userId" = $1::uuid AND s.day = (now() AT TIME ZONE 'UTC')::date)
          ORDER BY k.priority, k."minedAt" LIMIT 1
          FOR UPDATE OF k SKIP LOCKED
        ) AS next
        ORDER BY b."weekStart" LIMIT 1
      )
      AND c.status = 'PENDING'
    RETURNING c.id
  )
  SELECT id::text FROM held UNION ALL SELECT id::text FROM fresh`;

/** Bulk seed: one INSERT ... SELECT generate_series, spread over 4 weekly batches and a priority mix. */
async function seedCases(db: Db, cases: number) {
  const started = performance.now();
  const source = await db.source.create({ data: { name: "bench", sampleRate: 0.1, maxSampleRate: 0.2, retentionDays: 30, retentionPolicy: "bench" } });
  const { isoWeekOf } = await import("@/lib/batches/iso-week");
  const batchIds: string[] = [];
  for (let w = 3; w >= 0; w--) {
    const week = isoWeekOf(new Date(Date.now() - w * 7 * 86_400_000));
    batchIds.push((await db.batch.create({ data: { isoWeek: week.label, weekStart: week.start } })).id);
  }
  await db.$executeRaw`
    INSERT INTO "Case" ("sourceId", "batchId", priority, "minedReasons", input, output, "groupKey", "minedAt")
    SELECT ${source.id}::uuid, (${batchIds}::uuid[])[1 + n % 4], (ARRAY[10, 20, 50, 50, 100])[1 + n % 5], ARRAY['failure'],
           jsonb_build_object('messages', jsonb_build_array(jsonb_build_object('role', 'user', 'content', 'Where is order ' || n || ', <PERSON_1>?'))),
           jsonb_build_object('role', 'assistant', 'content', 'It ships tomorrow.'), 'g' || (n % 5000), now() - make_interval(secs => n)
    FROM generate_series(1, ${cases}::int) AS n`;
  await db.$executeRawUnsafe(`ANALYZE "Case"`);
  console.log(`seeded ${cases.toLocaleString("en")} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return source.id;
}

/**
 * The bench's own bookkeeping between claims (a minimal discard), on the raw pool: it
 * shares the event loop with the claims being timed, so it should steal as little of it
 * as possible. The real decision (lib/triage/decide.ts) is measured by its own tests.
 */
async function decideUntimed(caseId: string, userId: string) {
  const { dbPool } = await import("@/lib/db");
  await dbPool().query({
    name: "bench_discard",
    text: `UPDATE "Case" SET status = 'DISCARDED', "discardReason" = 'NOT_USEFUL', "decidedById" = $2::uuid, "decidedAt" = now() WHERE id = $1::uuid`,
    values: [caseId, userId],
  });
}

/** Times `claim` for `reviewers` concurrent loops; each claimed case is then decided (untimed). */
async function runClaimers(db: Db, reviewers: string[], perReviewer: number, claim: (userId: string) => Promise<string | null>) {
  const latencies: number[] = [];
  const claimed: string[] = [];
  await Promise.all(
    reviewers.map(async (userId) => {
      for (let i = 0; i < perReviewer; i++) {
        const started = performance.now();
        const id = await claim(userId);
        latencies.push(performance.now() - started);
        if (!id) return;
        claimed.push(id);
        await decideUntimed(id, userId);
      }
    }),
  );
  return { latencies, doubleClaims: claimed.length - new Set(claimed).size };
}

/** All reviewers claim at the same instant, round after round; decisions happen between rounds (untimed). */
async function runBursts(db: Db, reviewers: string[], rounds: number, claim: (userId: string) => Promise<string | null>) {
  const latencies: number[] = [];
  const claimed: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const ids = await Promise.all(
      reviewers.map(async (userId) => {
        const started = performance.now();
        const id = await claim(userId);
        latencies.push(performance.now() - started);
        return { userId, id };
      }),
    );
    for (const { id } of ids) if (id) claimed.push(id);
    await Promise.all(ids.map(({ userId, id }) => (id ? decideUntimed(id, userId) : null)));
  }
  return { latencies, doubleClaims: claimed.length - new Set(claimed).size };
}

async function claimBench(db: Db, perReviewer: number) {
  const { claimNextCase } = await import("@/lib/triage/claim");
  const reviewers = await Promise.all(
    Array.from({ length: 20 }, (_, i) => db.user.create({ data: { email: `bench-${i}@bench.local`, name: `Bench ${i}`, role: "REVIEWER", passwordHash: "x" } }).then((u) => u.id)),
  );
  // Baseline: the read-then-update claim (SELECT the next case, then UPDATE it) that two reviewers can both win.
  const naive = async (userId: string) => {
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM "Case" c JOIN "Batch" b ON b.id = c."batchId"
      WHERE c.status = 'PENDING' AND b.status IN ('OPEN', 'IN_REVIEW') AND (c."claimedById" IS NULL OR c."leaseExpiresAt" <= now())
      ORDER BY b."weekStart", c.priority, c."minedAt" LIMIT 1`;
    if (!rows[0]) return null;
    await db.$executeRaw`UPDATE "Case" SET "claimedById" = ${userId}::uuid, "claimedAt" = now(), "leaseExpiresAt" = now() + interval '10 minutes' WHERE id = ${rows[0].id}::uuid`;
    return rows[0].id;
  };
  // The app's claim exactly as /queue runs it (resume the held case, else claim a fresh one).
  const atomic = (userId: string) => claimNextCase(userId);
  // Same-run baseline for the plain claim's cost of assignment support: the claim as it was
  // before assignments existed (commit 29e24cd), held case first, then the next free case.
  const { dbPool } = await import("@/lib/db");
  const beforeAssignments = async (userId: string) => {
    const result = await dbPool().query<{ id: string }>({ name: "bench_claim_before_assignments", text: CLAIM_BEFORE_ASSIGNMENTS, values: [userId, 10] });
    return result.rows[0]?.id ?? null;
  };
  await runClaimers(db, reviewers.slice(0, 1), 20, atomic); // warm-up: connections, plans
  console.log(`\n${"claim-next".padEnd(38)}       p50        p95   double claims`);
  const results: Record<string, { p50: number; p95: number }> = {};
  for (const [label, claim] of [["atomic", atomic], ["atomic before assignments", beforeAssignments], ["naive read-then-update", naive]] as const) {
    for (const concurrency of [1, 20]) {
      // The baseline is slow (it sorts the open cases on every claim: ~0.5 s each at 1M):
      // a tenth of the claims measure it well enough and keep the full-scale run short.
      const claims = Math.max(5, Math.round((concurrency === 1 ? perReviewer * 2 : perReviewer) / (label === "naive read-then-update" ? 10 : 1)));
      const run = await runClaimers(db, reviewers.slice(0, concurrency), claims, claim);
      const p50 = percentile(run.latencies, 50);
      const p95 = percentile(run.latencies, 95);
      results[`${label}/${concurrency}`] = { p50, p95 };
      console.log(`${`${label}, ${concurrency > 1 ? `${concurrency} back-to-back` : "1 reviewer"}`.padEnd(38)} ${ms(p50).padStart(9)}  ${ms(p95).padStart(9)}   ${run.doubleClaims}`);
    }
  }
  for (const [label, claim] of [["atomic", atomic], ["atomic before assignments", beforeAssignments], ["naive read-then-update", naive]] as const) {
    const run = await runBursts(db, reviewers, Math.max(5, Math.round(perReviewer / (label === "naive read-then-update" ? 20 : 2))), claim);
    const p95 = percentile(run.latencies, 95);
    results[`${label}/burst`] = { p50: percentile(run.latencies, 50), p95 };
    console.log(`${`${label}, 20 at once (bursts)`.padEnd(38)} ${ms(results[`${label}/burst`].p50).padStart(9)}  ${ms(p95).padStart(9)}   ${run.doubleClaims}`);
  }
  if (process.env.BENCH_EXPLAIN === "1") {
    const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT next.id FROM (SELECT id, "weekStart" FROM "Batch" WHERE status IN ('OPEN','IN_REVIEW') ORDER BY "weekStart") AS b
       CROSS JOIN LATERAL (SELECT k.id FROM "Case" AS k WHERE k.status = 'PENDING' AND k."batchId" = b.id AND (k."claimedById" IS NULL OR k."leaseExpiresAt" <= now())
       ORDER BY k.priority, k."minedAt" LIMIT 1 FOR UPDATE OF k SKIP LOCKED) AS next ORDER BY b."weekStart" LIMIT 1`,
    );
    console.log(plan.map((r) => r["QUERY PLAN"]).join("\n"));
  }
  for (const c of ["1", "20", "burst"]) {
    const name = c === "burst" ? "20 at once" : c === "1" ? "1 reviewer" : "20 back-to-back";
    console.log(`p95 ratio naive/atomic, ${name}: ${(results[`naive read-then-update/${c}`].p95 / results[`atomic/${c}`].p95).toFixed(2)}x; atomic/before assignments: ${(results[`atomic/${c}`].p95 / results[`atomic before assignments/${c}`].p95).toFixed(2)}x`);
  }
  await assignmentBench(db, reviewers, perReviewer, results);
}

/**
 * The same claim once leads have assigned work: 30% of the pending cases are assigned,
 * a third each to the 20 bench reviewers, to two colleagues at work (their cases are
 * never offered to the bench reviewers, so the pool walk steps over them) and to three
 * reviewers away for days (their cases are back in the pool). Then the worst case for
 * the pool: the first 20,000 cases in queue order assigned to a colleague at work.
 * Ratios are to the plain claim's p95 measured above in this same run.
 */
async function assignmentBench(db: Db, reviewers: string[], perReviewer: number, plain: Record<string, { p95: number }>) {
  const { claimNextCase } = await import("@/lib/triage/claim");
  const make = (name: string, activeAt: string) =>
    db.$queryRawUnsafe<{ id: string }[]>(`INSERT INTO "User" (email, name, role, "passwordHash", "queueActiveAt") VALUES ('${name}@bench.local', '${name}', 'REVIEWER', 'x', ${activeAt}) RETURNING id::text`).then((rows) => rows[0].id);
  const atWork = [await make("at-work-1", "now()"), await make("at-work-2", "now()")];
  const away = [await make("away-1", "now() - interval '3 days'"), await make("away-2", "now() - interval '3 days'"), await make("away-3", "now() - interval '3 days'")];
  const started = performance.now();
  await db.$executeRaw`
    UPDATE "Case" SET "assignedToId" = CASE
      WHEN h.b = 0 THEN (${reviewers}::uuid[])[1 + h.r % 20]
      WHEN h.b = 1 THEN (${atWork}::uuid[])[1 + h.r % 2]
      ELSE (${away}::uuid[])[1 + h.r % 3] END
    FROM (SELECT id, abs(hashtext(id::text)) % 10 AS b, abs(hashtext(id::text || 'r')) AS r FROM "Case" WHERE status = 'PENDING') AS h
    WHERE "Case".id = h.id AND h.b < 3`;
  await db.$executeRawUnsafe(`ANALYZE "Case"`);
  console.log(`
assigned 30% of the pending cases in ${((performance.now() - started) / 1000).toFixed(1)} s (10% to the bench reviewers, 10% to two colleagues at work, 10% to three reviewers away)`);
  const claim = (userId: string) => claimNextCase(userId);
  const rows: [string, string, { p50: number; p95: number }][] = [];
  const timed = async (label: string, key: string) => {
    for (const concurrency of [1, 20]) {
      const run = await runClaimers(db, reviewers.slice(0, concurrency), concurrency === 1 ? perReviewer * 2 : perReviewer, claim);
      rows.push([`${label}, ${concurrency > 1 ? "20 back-to-back" : "1 reviewer"}`, `${key}/${concurrency}`, { p50: percentile(run.latencies, 50), p95: percentile(run.latencies, 95) }]);
      if (run.doubleClaims) rows[rows.length - 1][0] += ` (${run.doubleClaims} DOUBLE CLAIMS)`;
    }
    const burst = await runBursts(db, reviewers, Math.max(5, Math.round(perReviewer / 2)), claim);
    rows.push([`${label}, 20 at once (bursts)`, `${key}/burst`, { p50: percentile(burst.latencies, 50), p95: percentile(burst.latencies, 95) }]);
  };
  await timed("with assignments", "atomic");
  // Worst case for the shared pool: the front of the queue belongs to a colleague at work.
  await db.$executeRaw`
    UPDATE "Case" SET "assignedToId" = ${atWork[0]}::uuid
    WHERE id IN (SELECT c.id FROM "Case" c JOIN "Batch" b ON b.id = c."batchId"
                 WHERE c.status = 'PENDING' AND b.status IN ('OPEN', 'IN_REVIEW') AND coalesce(c."assignedToId" <> ALL(${reviewers}::uuid[]), true)
                 ORDER BY b."weekStart", c.priority, c."minedAt" LIMIT 20000)`;
  // The bench reviewers' own assigned cases are gone by now for some: release the rest so every claim walks the pool.
  await db.$executeRaw`UPDATE "Case" SET "assignedToId" = NULL WHERE "assignedToId" = ANY(${reviewers}::uuid[]) AND status = 'PENDING'`;
  await db.$executeRawUnsafe(`ANALYZE "Case"`);
  await timed("pool behind 20,000 of a colleague's", "atomic");
  console.log(`
${"claim-next with assignments".padEnd(44)}       p50        p95   p95 / plain p95 (same run)`);
  for (const [label, key, figures] of rows) {
    console.log(`${label.padEnd(44)} ${ms(figures.p50).padStart(9)}  ${ms(figures.p95).padStart(9)}   ${(figures.p95 / plain[key].p95).toFixed(2)}x`);
  }
}

/** Streams N items through the real export, sampling RSS; baseline loads them all at once. */
async function exportBench(db: Db, items: number) {
  const { exportEvalSet } = await import("@/lib/evalset/export");
  const reviewer = await db.user.findFirstOrThrow();
  await db.$executeRaw`
    INSERT INTO "EvalItem" ("itemId", input, "productionOutput", "expectedOutput", category, "redactionVersion", "reviewerId", "labelledAt", "validFrom")
    SELECT gen_random_uuid(),
           jsonb_build_object('messages', jsonb_build_array(jsonb_build_object('role', 'user', 'content', repeat('Where is my parcel, <PERSON_1>? ', 12) || n))),
           jsonb_build_object('role', 'assistant', 'content', 'It ships tomorrow.'),
           'It left the warehouse yesterday; tracking updates within 24 hours. #' || n, 'HAPPY_PATH', '1.0.0', ${reviewer.id}::uuid, now() - interval '1 hour', now() - interval '1 hour'
    FROM generate_series(1, ${items}::int) AS n`;
  // Peak RSS over the first and the second half of the items: constant memory means the
  // second half adds (about) nothing, whatever N is.
  const measure = async (label: string, work: (progress: (done: number) => void) => Promise<number>) => {
    gc();
    const base = process.memoryUsage().rss;
    let peak = base;
    let firstHalfPeak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const bytes = await work((done) => {
      if (!firstHalfPeak && done >= items / 2) firstHalfPeak = Math.max(peak, process.memoryUsage().rss);
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
    console.log(`${label.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s  ${mb(bytes).padStart(7)} out  peak RSS ${mb(peak)} (+${mb(peak - base)}; second half +${mb(Math.max(0, peak - (firstHalfPeak || peak)))})`);
    return peak - base;
  };
  console.log(`\nexport of ${items.toLocaleString("en")} items (jsonl)`);
  const streamed = await measure("streamed (keyset pages of 500)", async (progress) => {
    let bytes = 0;
    let lines = 0;
    const reader = exportEvalSet("jsonl", {}).getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      bytes += chunk.value.byteLength;
      lines += 500;
      progress(lines);
    }
    return bytes;
  });
  const loaded = await measure("baseline: load all, then write", async (progress) => {
    const all = await db.evalItem.findMany({ where: { validTo: null }, include: { reviewer: { select: { email: true } } } });
    const text = all.map((row, i) => (progress(i + 1), JSON.stringify(row))).join("\n");
    return Buffer.byteLength(text);
  });
  console.log(`peak RSS growth ratio load-all/streamed: ${(loaded / Math.max(streamed, 1)).toFixed(1)}x`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { cases: { type: "string", default: "200000" }, export: { type: "string", default: "100000" }, claims: { type: "string", default: "200" } } });
  const cases = Number(values.cases);
  const exportItems = Number(values.export);
  const claimsPerReviewer = Number(values.claims);
  for (const [name, n] of [["--cases", cases], ["--export", exportItems], ["--claims", claimsPerReviewer]] as const) {
    if (!Number.isInteger(n) || n < 1) {
      console.error(`${name} must be a positive integer\n${USAGE}`);
      return 2;
    }
  }
  // 24 connections: 20 concurrent reviewers plus the bench's own bookkeeping.
  await withBenchDatabase(async (db) => {
    console.log(`bench:queue  ${cases.toLocaleString("en")} cases, ${claimsPerReviewer} claims per reviewer, export of ${exportItems.toLocaleString("en")} items`);
    await seedCases(db, cases);
    await claimBench(db, claimsPerReviewer);
    await exportBench(db, exportItems);
  }, { poolSize: 24 });
  return 0;
}

runCli("bench:queue", main);
