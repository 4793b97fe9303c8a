// npm run bench:faults [-- --quick]
// Faults and load on a throwaway embedded PostgreSQL that this script starts (and restarts),
// with the app's handlers in child processes it can kill (scripts/lib/faults-roles.ts):
//   1. fully processed ingest records/s over HTTP, redaction in-thread vs on the worker pool
//      (and the pool with its per-field detection cache off, with one worker thread, and with
//      the engine's detection replaced by an identity pass: the ceiling of the rest of the
//      path), each with its CPU per record from /proc (request thread, other threads,
//      PostgreSQL, producer);
//   2. an ingest flood while 10 reviewers claim, read the queue page and decide over HTTP:
//      claim and page p95 with the flood vs without it (goal <= 2x), with and without the pool;
//   3. kill -9 of the app during a pull import, then a restart: every record stored once,
//      the same rows (hash) as an import that was never interrupted;
//   4. kill -9 during a retention purge, then a restart: the purge completes, nothing else lost;
//   5. PostgreSQL restarted during a push burst: every record stored once or answered 503,
//      and the same app process serves again without a restart.
// Default: 60 s per flood phase; --quick: 10 s and smaller counts; --long-prompt: every record
// carries a ~1,400-character system prompt with tool schemas instead of a one-line one;
// --profile-app <dir>: part 1's apps run under `node --cpu-prof`, their profiles in <dir>.
import Module from "node:module";
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { runCli } from "./lib/cli";
import { benchRecord, runRole } from "./lib/faults-roles";
import { appCpuMs, postgresCpuMs } from "./lib/faults-cpu";
import { buildIdentityWorker } from "./lib/faults-identity";
import { preloadPgStatStatements, resetPgStatStatements, statementLines } from "./lib/faults-pgstat";

// lib/triage imports "server-only", which throws outside React Server Components; here it is
// the empty marker it is inside Next's server build (as in bench-queue).
const moduleWithResolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolveFilename = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = (request, ...rest) => (request === "server-only" ? path.resolve("node_modules/server-only/empty.js") : resolveFilename.call(Module, request, ...rest));

type Db = typeof import("@/lib/db").db;
const fmt = (n: number) => Math.round(n).toLocaleString("en");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] : Number.NaN;
};

interface Child {
  process: ChildProcess;
  /** The child's JSON line (its result, or for the app where it listens). */
  line: Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();

/** Runs this script in a role (same tsx loader flags), with extra environment. */
function startRole(role: string, env: Record<string, string>, nodeFlags: string[] = []): Child {
  const child = spawn(process.execPath, [...process.execArgv, ...nodeFlags, process.argv[1], "--role", role], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  const line = new Promise<Record<string, unknown>>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const newline = output.indexOf("\n");
      if (newline >= 0) resolve(JSON.parse(output.slice(0, newline)) as Record<string, unknown>);
    });
    child.on("exit", (code, signal) => reject(new Error(`${role} exited (${signal ?? code}) before answering`)));
  });
  line.catch(() => {});
  running.add(child);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => (running.delete(child), resolve(code))));
  return { process: child, line, exited };
}

async function kill9(child: Child): Promise<void> {
  child.process.kill("SIGKILL");
  await child.exited;
}

/** Starts the app (with extra environment: INGEST_WORKERS...); resolves with its URL and worker-thread count. */
async function startApp(workers: "0" | "default", env: Record<string, string> = {}, nodeFlags: string[] = []): Promise<{ child: Child; url: string; threads: number }> {
  const child = startRole("app", { ...(workers === "0" ? { INGEST_WORKERS: "0" } : {}), ...env }, nodeFlags);
  const { port, threads } = (await child.line) as { port: number; threads: number };
  return { child, url: `http://127.0.0.1:${port}`, threads };
}

async function runClient(env: Record<string, string>): Promise<{ stored: number; seconds: number; cpuMs: number; statuses: Record<string, number>; batches?: Array<{ first: number; status: number; stored: number }> }> {
  const child = startRole("client", env);
  const result = await child.line;
  await child.exited;
  return result as Awaited<ReturnType<typeof runClient>>;
}

/** A source (sample rate 1, 30 days' retention) and its ingest key. */
async function makeSource() {
  const { makeIngestSource } = await import("@/lib/testing/ingest");
  const { source, apiKey } = await makeIngestSource();
  return { id: source.id, key: apiKey };
}

/** Polls `done` until it holds; fails when `child` exits first (it finished too early or crashed). */
async function waitUntil(done: () => Promise<boolean>, child: Child): Promise<void> {
  let exited = false;
  void child.exited.then(() => (exited = true));
  while (!(await done())) {
    if (exited) throw new Error("the process to be killed finished first; raise the record count");
    await sleep(25);
  }
}

/** Count and md5 of a source's stored logs (ids, redacted texts, metadata), in id order. */
async function logDigest(db: Db, sourceId: string): Promise<{ count: number; md5: string }> {
  const [row] = await db.$queryRaw<Array<{ count: bigint; md5: string | null }>>`
    SELECT count(*) AS count, md5(string_agg("externalId" || '|' || input::text || '|' || coalesce(output::text, '') || '|' || metadata::text, E'\n' ORDER BY "externalId")) AS md5
      FROM "SourceLog" WHERE "sourceId" = ${sourceId}::uuid`;
  return { count: Number(row.count), md5: row.md5 ?? "" };
}

async function minedCount(db: Db, sourceId: string): Promise<number> {
  return (await db.case.aggregate({ where: { sourceId }, _sum: { groupSize: true } }))._sum.groupSize ?? 0;
}

/**
 * The baseline for part 1: the rows a throughput run stored (already redacted), copied into
 * a new source with plain multi-row INSERTs of 1,000 rows, as bench:ingest does; rows/s.
 */
async function plainBulkInsert(db: Db, fromSourceId: string): Promise<number> {
  const { Prisma } = await import("@/lib/generated/prisma/client");
  const rows = await db.sourceLog.findMany({ where: { sourceId: fromSourceId } });
  const target = await makeSource();
  const t0 = performance.now();
  for (let start = 0; start < rows.length; start += 1000) {
    const values = rows.slice(start, start + 1000).map(
      (row) =>
        Prisma.sql`(${target.id}::uuid, ${row.externalId}, ${row.traceId}, ${row.timestamp}, ${row.model}, ${JSON.stringify(row.input)}::jsonb, ${
          row.output === null ? null : JSON.stringify(row.output)
        }::jsonb, ${JSON.stringify(row.metadata)}::jsonb, ${row.redactionVersion}, ${JSON.stringify(row.entityCounts)}::jsonb, ${row.receivedAt}, ${row.expiresAt})`,
    );
    await db.$executeRaw`INSERT INTO "SourceLog" ("sourceId", "externalId", "traceId", "timestamp", "model", "input", "output", "metadata", "redactionVersion", "entityCounts", "receivedAt", "expiresAt") VALUES ${Prisma.join(values)}`;
  }
  return rows.length / ((performance.now() - t0) / 1000);
}

/** 10 reviewers claim, read the queue page and discard over HTTP for `seconds`; latencies in ms. */
async function reviewers(url: string, users: Array<{ id: string; email: string }>, seconds: number) {
  const claim: number[] = [];
  const page: number[] = [];
  const decide: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let errors = 0;
  // A failed call counts as an error with its latency (a reviewer would have waited that long).
  const call = async (into: number[], path: string, body?: unknown) => {
    const t0 = performance.now();
    const response = await fetch(`${url}${path}`, body ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) } : {});
    const json = (await response.json()) as { caseId?: string | null };
    into.push(performance.now() - t0);
    if (response.status !== 200) errors++;
    return response.status === 200 ? json : null;
  };
  await Promise.all(
    users.map(async (user) => {
      while (performance.now() < deadline) {
        const claimed = await call(claim, "/bench/claim", { userId: user.id });
        if (!claimed) continue;
        if (!claimed.caseId) throw new Error("the queue ran out of cases; seed more");
        await call(page, `/bench/page?caseId=${claimed.caseId}&userId=${user.id}`);
        await call(decide, "/bench/discard", { caseId: claimed.caseId, userId: user.id, email: user.email });
      }
    }),
  );
  return { claims: claim.length, errors, claim: p95(claim), page: p95(page), decide: p95(decide) };
}

/** Pending cases for the reviewers (one INSERT ... generate_series) and the 10 reviewers. */
async function seedQueue(db: Db, cases: number) {
  const { isoWeekOf } = await import("@/lib/batches/iso-week");
  const source = await makeSource();
  const week = isoWeekOf(new Date());
  const batch = await db.batch.upsert({ where: { isoWeek: week.label }, create: { isoWeek: week.label, weekStart: week.start }, update: {} });
  await db.$executeRaw`
    INSERT INTO "Case" ("sourceId", "batchId", priority, "minedReasons", input, output, "groupKey", "minedAt")
    SELECT ${source.id}::uuid, ${batch.id}::uuid, (ARRAY[10, 20, 50, 50, 100])[1 + n % 5], ARRAY['failure'],
           jsonb_build_object('messages', jsonb_build_array(jsonb_build_object('role', 'user', 'content', 'Where is order ' || n || ', <PERSON_1>?'))),
           jsonb_build_object('role', 'assistant', 'content', 'It ships tomorrow.'), 'g' || n, now() - make_interval(secs => n)
      FROM generate_series(1, ${cases}::int) AS n`;
  await db.$executeRawUnsafe(`ANALYZE "Case"`);
  return await Promise.all(Array.from({ length: 10 }, (_, i) => db.user.create({ data: { email: `reviewer-${i}@bench.local`, name: `Reviewer ${i}`, role: "REVIEWER", passwordHash: "x" } })));
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { quick: { type: "boolean" }, only: { type: "string" }, role: { type: "string" }, "long-prompt": { type: "boolean" }, "profile-app": { type: "string" } } });
  if (await runRole(values.role)) return 0;
  const quick = values.quick ?? false;
  // --only 3,5 runs those parts alone (while working on one of them); --only rendered runs
  // the rendered /queue part, which builds the app and is never part of a default run.
  const only = values.only?.split(",").map((part) => part.trim());
  const want = (part: number | "rendered") => (only ? only.includes(String(part)) : part !== "rendered");
  const floodSeconds = quick ? 10 : 60;
  const throughputRecords = quick ? 4_000 : 20_000;
  const pullRecords = quick ? 4_000 : 20_000;
  const purgeRecords = quick ? 40_000 : 200_000;
  const outageBatches = quick ? 30 : 80;
  // The children make the records too (benchRecord reads this).
  if (values["long-prompt"]) process.env.BENCH_LONG_PROMPT = "1";
  // Children share these: one keyed-hash key, no per-key rate limit (the floods are the point).
  Object.assign(process.env, { IDENTITY_HASH_KEY: crypto.randomBytes(32).toString("base64url"), INGEST_RATE_PER_SECOND: "1000000", INGEST_RATE_BURST: "1000000", INGEST_RATE_BYTES_PER_SECOND: "1e12", INGEST_RATE_BYTES_BURST: "1e12", JOBS_IN_PROCESS: "0" });

  const { startEmbeddedPostgres, freePort, embeddedUrl } = await import("@/lib/db/embedded");
  const { ensureDatabaseExists } = await import("@/lib/db/admin");
  const { migrateDatabase } = await import("@/lib/db/migrate");
  const dataDir = path.join(os.tmpdir(), `evalmine-faults-${process.pid}`);
  const port = await freePort();
  let pg = await startEmbeddedPostgres({ dataDir, port });
  const cleanups: Array<() => Promise<unknown>> = [];
  try {
    const url = embeddedUrl(port, "evalmine_faults");
    await ensureDatabaseExists(url);
    await migrateDatabase(url);
    process.env.DATABASE_URL = url;
    const { db, disconnectDb } = await import("@/lib/db");
    cleanups.push(disconnectDb);
    if (want(1)) {
      // Part 1 reads pg_stat_statements, which the server loads only at its start.
      await preloadPgStatStatements(db);
      await disconnectDb();
      await pg.stop();
      pg = await startEmbeddedPostgres({ dataDir, port });
    }
    console.log(`bench:faults${quick ? " --quick" : ""}${values["long-prompt"] ? " --long-prompt" : ""} on ${os.availableParallelism()} cores (Node ${process.version})`);

    // 1. Throughput: the same kind of records through each app, 100 per request, 4 at a time:
    //    in-thread, the pool as configured by default, and the pool's settings one at a time
    //    (the per-field detection cache off; one worker thread), so each effect is a same-run ratio.
    const rates: Record<string, number> = {};
    let throughputSource = "";
    // The ceiling: the same app with the engine's detection replaced by an identity pass
    // (a bench-only bundle of the worker, scripts/lib/faults-identity.ts; its rows are not redacted).
    const identityWorker = want(1) ? await buildIdentityWorker() : "";
    const variants = [
      { key: "in-thread", workers: "0", env: {}, label: "" },
      { key: "pool", workers: "default", env: {}, label: "" },
      { key: "pool, field cache off", workers: "default", env: { INGEST_FIELD_CACHE_MB: "0" }, label: ", field cache off" },
      { key: "pool, 1 worker", workers: "default", env: { INGEST_WORKERS: "1" }, label: "" },
      { key: "ceiling", workers: "default", env: { BENCH_IDENTITY_WORKER: identityWorker }, label: ", engine replaced by an identity pass (bench only: the ceiling)" },
    ] as const;
    for (const variant of want(1) ? variants : []) {
      // --profile-app <dir>: each app of part 1 under `node --cpu-prof` (its request thread), stopped gently so it writes the profile.
      const profile = values["profile-app"] ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(values["profile-app"])}`] : [];
      const app = await startApp(variant.workers, variant.env, profile);
      // The earlier variants' rows leave autovacuum and a checkpoint due, which would land on
      // this variant's PostgreSQL CPU (it grew from the first variant to the last): done now,
      // untimed, before this variant's source exists (so the planner has never seen its logs,
      // as for a new source in production).
      await db.$executeRawUnsafe("VACUUM ANALYZE");
      await db.$executeRawUnsafe("CHECKPOINT");
      const source = await makeSource();
      if (variant.key === "pool") throughputSource = source.id;
      // Warm-up (JIT, worker start-up, connections): not timed.
      await runClient({ BENCH_URL: app.url, BENCH_KEY: source.key, BENCH_MODE: "fixed", BENCH_RECORDS: "1000", BENCH_PREFIX: "warm" });
      const statements = variant.key === "pool" && (await resetPgStatStatements(db));
      const [appBefore, pgBefore] = [appCpuMs(app.child.process.pid!), postgresCpuMs(dataDir)];
      const run = await runClient({ BENCH_URL: app.url, BENCH_KEY: source.key, BENCH_MODE: "fixed", BENCH_RECORDS: String(throughputRecords), BENCH_PREFIX: "t" });
      const [appAfter, pgAfter] = [appCpuMs(app.child.process.pid!), postgresCpuMs(dataDir)];
      rates[variant.key] = run.stored / run.seconds;
      const label = app.threads ? `worker pool (${app.threads} thread${app.threads === 1 ? "" : "s"})${variant.label}` : "in-thread";
      console.log(`1. fully processed ingest, ${label}: ${fmt(run.stored)} records in ${run.seconds.toFixed(1)} s = ${fmt(rates[variant.key])} records/s`);
      // CPU per record from /proc: where it goes (the machine has os.availableParallelism() cores of budget).
      const perRecord = (ms: number) => fmt((ms * 1000) / run.stored);
      if (appBefore && appAfter && pgBefore !== null && pgAfter !== null) {
        const total = appAfter.total - appBefore.total + (pgAfter - pgBefore) + run.cpuMs;
        console.log(`   CPU per record: request thread ${perRecord(appAfter.main - appBefore.main)} µs, the app's other threads ${perRecord(appAfter.total - appBefore.total - (appAfter.main - appBefore.main))} µs, PostgreSQL ${perRecord(pgAfter - pgBefore)} µs, producer ${perRecord(run.cpuMs)} µs; total ${perRecord(total)} µs (${((total / 1000 / run.seconds / os.availableParallelism()) * 100).toFixed(0)} % of the cores)`);
        const threads = Object.entries(appAfter.byName).map(([name, ms]) => [name, ms - (appBefore.byName[name] ?? 0)] as const).filter(([, ms]) => ms > 0);
        console.log(`   the app's other threads by name: ${threads.map(([name, ms]) => `${name} ${perRecord(ms)} µs`).join(", ")}`);
      }
      if (statements) for (const line of await statementLines(db, run.stored, run.stored / 100)) console.log(`   ${line}`);
      if (values["profile-app"]) {
        app.child.process.kill("SIGINT");
        await app.child.exited;
        console.log(`   profile: ${path.resolve(values["profile-app"])}/CPU.*.${app.child.process.pid}.*.cpuprofile`);
      } else await kill9(app.child);
    }
    if (want(1)) {
      const plain = await plainBulkInsert(db, throughputSource);
      const pool = rates.pool;
      console.log(`   baseline, plain bulk insert of the same redacted rows (1,000 per INSERT): ${fmt(plain)} rows/s`);
      console.log(`   pool / in-thread: ${(pool / rates["in-thread"]).toFixed(2)}x; pool / plain insert: ${(pool / plain).toFixed(2)}, in-thread / plain insert: ${(rates["in-thread"] / plain).toFixed(2)} (goal: >= 8,000 records/s on 2 cores, ~0.71 of a plain insert)`);
      // The records repeat their system prompt and canned answer (short ones: ~140 of ~330 characters of text).
      console.log(`   field cache on / off: ${(pool / rates["pool, field cache off"]).toFixed(2)}x; default threads / 1 thread: ${(pool / rates["pool, 1 worker"]).toFixed(2)}x; load average ${os.loadavg().map((l) => l.toFixed(1)).join(", ")}`);
      console.log(`   ceiling (engine replaced by an identity pass): ${fmt(rates.ceiling)} records/s = ${(rates.ceiling / plain).toFixed(2)} of the plain insert; the real pool reaches ${(pool / rates.ceiling).toFixed(2)} of its ceiling`);
    }

    // 2. Flood vs reviewers.
    const users = want(2) ? await seedQueue(db, quick ? 20_000 : 100_000) : [];
    for (const workers of want(2) ? (["default", "0"] as const) : []) {
      const app = await startApp(workers);
      const flood = await makeSource();
      await reviewers(app.url, users, 2); // warm-up
      const calm = await reviewers(app.url, users, floodSeconds);
      const floodRun = runClient({ BENCH_URL: app.url, BENCH_KEY: flood.key, BENCH_MODE: "flood", BENCH_SECONDS: String(floodSeconds), BENCH_BATCH: "1000", BENCH_PREFIX: "f" });
      // Observed at once: a producer that dies mid-flood is reported after the reviewers' run, not as a crash.
      const flooding = floodRun.then((result) => ({ result }), (error: Error) => ({ error }));
      await sleep(1_000);
      const busy = await reviewers(app.url, users, floodSeconds - 1);
      const outcome = await flooding;
      if ("error" in outcome) throw outcome.error;
      const pushed = outcome.result;
      await kill9(app.child);
      const label = app.threads ? `worker pool (${app.threads} threads)` : "in-thread";
      console.log(`2. flood, ${label}: ${fmt(pushed.stored)} records stored in ${floodSeconds} s (${fmt(pushed.stored / floodSeconds)}/s), answers ${JSON.stringify(pushed.statuses)}`);
      console.log(`   without flood: ${fmt(calm.claims)} claims (${calm.errors} errors), p95 claim ${calm.claim.toFixed(1)} ms, page ${calm.page.toFixed(1)} ms, decide ${calm.decide.toFixed(1)} ms`);
      console.log(`   during flood:  ${fmt(busy.claims)} claims (${busy.errors} errors), p95 claim ${busy.claim.toFixed(1)} ms, page ${busy.page.toFixed(1)} ms, decide ${busy.decide.toFixed(1)} ms`);
      console.log(`   ratio during/without: claim ${(busy.claim / calm.claim).toFixed(2)}x, page ${(busy.page / calm.page).toFixed(2)}x (goal <= 2x)`);
    }

    let [pullOk, purgeOk, outageOk] = [true, true, true];
    if (want(3)) {
      // 3. kill -9 during a pull import.
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), "evalmine-faults-pull-"));
      cleanups.push(async () => fs.rmSync(folder, { recursive: true, force: true }));
      const file = path.join(folder, "traffic.jsonl");
      fs.writeFileSync(file, Array.from({ length: pullRecords }, (_, i) => JSON.stringify(benchRecord(`pull-${i}`, i))).join("\n") + "\n");
      const killed = await makeSource();
      const first = startRole("pull", { BENCH_SOURCE: killed.id, BENCH_FILE: file });
      await waitUntil(async () => (await logDigest(db, killed.id)).count >= pullRecords / 3, first);
      await kill9(first);
      const atKill = await logDigest(db, killed.id);
      const again = startRole("pull", { BENCH_SOURCE: killed.id, BENCH_FILE: file });
      const resumed = (await again.line) as { received: number; stored: number; duplicate: number };
      const reference = await makeSource();
      const whole = startRole("pull", { BENCH_SOURCE: reference.id, BENCH_FILE: file });
      await whole.line;
      const [afterKill, untouched] = [await logDigest(db, killed.id), await logDigest(db, reference.id)];
      // Mined records are counted on their cases (groupSize) and linked one by one (CaseLog): the
      // two agree when no chunk was half-written. (Drift rules depend on the traffic seen before,
      // so the two imports' mined counts need not be equal; they are shown side by side.)
      const [minedKilled, minedReference] = [await minedCount(db, killed.id), await minedCount(db, reference.id)];
      const [{ links }] = await db.$queryRaw<Array<{ links: bigint }>>`
        SELECT count(*) AS links FROM "CaseLog" cl JOIN "SourceLog" l ON l.id = cl."sourceLogId" WHERE l."sourceId" = ${killed.id}::uuid`;
      pullOk = afterKill.count === pullRecords && afterKill.md5 === untouched.md5 && Number(links) === minedKilled;
      console.log(`3. pull import killed (SIGKILL) at ${fmt(atKill.count)} of ${fmt(pullRecords)} records; the restart read ${fmt(resumed.received)} lines (stored ${fmt(resumed.stored)}, duplicates ${fmt(resumed.duplicate)})`);
      console.log(`   stored ${fmt(afterKill.count)}, hash ${afterKill.md5.slice(0, 12)} vs uninterrupted import ${fmt(untouched.count)}, ${untouched.md5.slice(0, 12)}; mined ${fmt(minedKilled)} (${fmt(Number(links))} linked) vs ${fmt(minedReference)}: ${pullOk ? "every record once, the same rows, every mined record on one case" : "MISMATCH"}`);
    }

    if (want(4)) {
      // 4. kill -9 during a retention purge.
      const purged = await makeSource();
      await db.$executeRaw`
        INSERT INTO "SourceLog" ("sourceId", "externalId", "timestamp", input, metadata, "redactionVersion", "entityCounts", "receivedAt", "expiresAt")
        SELECT ${purged.id}::uuid, 'old-' || n, now(), jsonb_build_object('messages', jsonb_build_array(jsonb_build_object('role', 'user', 'content', 'old ' || n))), '{}', 'bench', '{}',
               now() - interval '90 days' + make_interval(secs => n), now() - interval '60 days'
          FROM generate_series(1, ${purgeRecords}::int) AS n`;
      await db.$executeRaw`UPDATE "SourceLog" SET "receivedAt" = now() WHERE "sourceId" = ${purged.id}::uuid AND "externalId" LIKE 'old-%0'`;
      const keepers = async () => (await db.$queryRaw<Array<{ n: bigint; md5: string }>>`
        SELECT count(*) AS n, md5(string_agg("externalId" || input::text, ',' ORDER BY "externalId")) AS md5 FROM "SourceLog" WHERE "receivedAt" > now() - interval '1 day'`)[0];
      const keptBefore = await keepers();
      const expired = purgeRecords - purgeRecords / 10;
      const purge1 = startRole("purge", {});
      await waitUntil(async () => (await logDigest(db, purged.id)).count <= purgeRecords - expired / 3, purge1);
      await kill9(purge1);
      const leftAtKill = (await logDigest(db, purged.id)).count - purgeRecords / 10;
      const purge2 = startRole("purge", {});
      const second = (await purge2.line) as { deletedLogs: number };
      const keptAfter = await keepers();
      const left = (await logDigest(db, purged.id)).count - purgeRecords / 10;
      const runs = await db.retentionRun.groupBy({ by: ["status"], _count: true });
      // The killed run is closed out (FAILED, interrupted) by the purge that followed it, not left RUNNING.
      purgeOk = left === 0 && keptAfter.md5 === keptBefore.md5 && Number(keptAfter.n) === Number(keptBefore.n) && second.deletedLogs === leftAtKill && !runs.some((r) => r.status === "RUNNING");
      console.log(`4. retention purge killed (SIGKILL) with ${fmt(leftAtKill)} of ${fmt(expired)} expired logs left; the restarted purge deleted ${fmt(second.deletedLogs)}, ${fmt(left)} expired left`);
      console.log(`   logs within retention: ${fmt(Number(keptAfter.n))} before and after, hash ${keptAfter.md5.slice(0, 12)} ${purgeOk ? "unchanged: purge complete, nothing else lost" : "MISMATCH"}; runs by status ${JSON.stringify(Object.fromEntries(runs.map((r) => [r.status, r._count])))}`);
    }

    if (want(5)) {
      // 5. PostgreSQL restarted during a push burst.
      const app = await startApp("default");
      const outage = await makeSource();
      const burst = runClient({ BENCH_URL: app.url, BENCH_KEY: outage.key, BENCH_MODE: "outage", BENCH_RECORDS: String(outageBatches * 100), BENCH_PREFIX: "o" });
      while ((await logDigest(db, outage.id)).count < outageBatches * 20) await sleep(20);
      await disconnectDb();
      const downAt = performance.now();
      await pg.stop();
      await sleep(2_000);
      pg = await startEmbeddedPostgres({ dataDir, port });
      const downFor = (performance.now() - downAt) / 1000;
      const answers = await burst;
      let lost = 0;
      let partial = 0;
      let okNotStored = 0;
      for (const b of answers.batches!) {
        const n = await db.sourceLog.count({ where: { sourceId: outage.id, externalId: { in: Array.from({ length: 100 }, (_, j) => `o-${b.first + j}`) } } });
        if (b.status === 200 && n !== 100) okNotStored++;
        if (b.status !== 200 && b.status !== 503 && n < 100) lost++;
        if (n !== 0 && n !== 100) partial++;
      }
      const after = await fetch(`${app.url}/api/v1/ingest`, { method: "POST", headers: { authorization: `Bearer ${outage.key}`, "content-type": "application/json" }, body: JSON.stringify({ logs: [benchRecord("after-restart", 1)] }) });
      outageOk = lost === 0 && partial === 0 && okNotStored === 0 && after.status === 200;
      console.log(`5. PostgreSQL stopped mid-burst and started again (${downFor.toFixed(1)} s down): ${outageBatches} requests of 100 answered ${JSON.stringify(answers.statuses)}`);
      console.log(`   ${okNotStored} answered 200 but not fully stored, ${lost} neither stored nor answered 503, ${partial} stored in part; the same app process then answered ${after.status}: ${outageOk ? "recovered without a restart" : "FAILED"}`);
    }

    if (want("rendered")) {
      // 6. The rendered /queue of the built app, signed-in reviewers, without and during a
      //    flood; once with the pool, once in-thread, as in part 2.
      const { startBuiltApp, signInOverHttp, renderedViews } = await import("./lib/faults-rendered");
      const { hashPassword } = await import("@/lib/auth/password");
      if (!users.length) await seedQueue(db, 2_000);
      const password = crypto.randomBytes(12).toString("base64url");
      const passwordHash = await hashPassword(password);
      const viewers = await Promise.all(Array.from({ length: 10 }, (_, i) => db.user.create({ data: { email: `viewer-${i}@bench.local`, name: `Viewer ${i}`, role: "REVIEWER", passwordHash } })));
      for (const workers of ["default", "0"] as const) {
        const app = await startBuiltApp(process.env.DATABASE_URL!, workers === "0" ? { INGEST_WORKERS: "0" } : {});
        cleanups.push(app.stop);
        const sessions: string[] = [];
        for (const viewer of viewers) sessions.push(await signInOverHttp(app.url, viewer.email, password));
        await renderedViews(app.url, sessions, 2); // warm-up, untimed
        const calm = await renderedViews(app.url, sessions, floodSeconds);
        const flood = await makeSource();
        const floodRun = runClient({ BENCH_URL: app.url, BENCH_KEY: flood.key, BENCH_MODE: "flood", BENCH_SECONDS: String(floodSeconds), BENCH_BATCH: "1000", BENCH_PREFIX: "rf" });
        const flooding = floodRun.then((result) => ({ result }), (error: Error) => ({ error }));
        await sleep(1_000);
        const busy = await renderedViews(app.url, sessions, floodSeconds - 1);
        const outcome = await flooding;
        await app.stop();
        if ("error" in outcome) throw outcome.error;
        const label = workers === "0" ? "in-thread (INGEST_WORKERS=0)" : "worker pool";
        console.log(`6. rendered /queue, ${label} (next start, 10 signed-in reviewers reloading it): the flood stored ${fmt(outcome.result.stored)} records in ${floodSeconds} s, answers ${JSON.stringify(outcome.result.statuses)}`);
        console.log(`   without flood: ${fmt(calm.views)} views (${calm.errors} errors), p50 ${calm.p50.toFixed(1)} ms, p95 ${calm.p95.toFixed(1)} ms`);
        console.log(`   during flood:  ${fmt(busy.views)} views (${busy.errors} errors), p50 ${busy.p50.toFixed(1)} ms, p95 ${busy.p95.toFixed(1)} ms`);
        console.log(`   ratio during/without: page p95 ${(busy.p95 / calm.p95).toFixed(2)}x (goal <= 2x); load average ${os.loadavg().map((l) => l.toFixed(1)).join(", ")}`);
      }
    }

    return pullOk && purgeOk && outageOk ? 0 : 1;
  } finally {
    for (const child of running) child.kill("SIGKILL");
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

runCli("bench:faults", main);
