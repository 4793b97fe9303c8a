// npm run bench:retention [-- --full | --logs N] [--batch-size N]
// Seeds a throwaway PostgreSQL with N expired source logs (a fifth with a pending case,
// some accepted), then runs an ingestion-like loop (4 concurrent writers, each inserting
// one redacted log + case per transaction, as the ingest pipeline does) alone before and
// after the purge (the baseline) and while the retention purge deletes the expired logs.
// Prints the purge time and the ingest p50/p95 latency with and without the purge running.
// Default 200,000 expired logs; --full runs 1,000,000.
import { parseArgs } from "node:util";
import { runCli } from "./lib/cli";
import { withBenchDatabase } from "./lib/bench-database";

const USAGE = "usage: npm run bench:retention -- [--full] [--logs 200000] [--batch-size 2000]";

type Db = typeof import("@/lib/db").db;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function seed(db: Db, logs: number) {
  const started = performance.now();
  const expiring = await db.source.create({ data: { name: "bench-expiring", sampleRate: 0.1, maxSampleRate: 0.2, retentionDays: 7, retentionPolicy: "bench" } });
  const live = await db.source.create({ data: { name: "bench-live", sampleRate: 0.1, maxSampleRate: 0.2, retentionDays: 30, retentionPolicy: "bench" } });
  const reviewer = await db.user.create({ data: { email: "bench@bench.local", name: "Bench", passwordHash: "x" } });
  const batch = await db.batch.create({ data: { isoWeek: "2026-W01", weekStart: new Date("2025-12-29T00:00:00Z") } });
  for (let offset = 0; offset < logs; offset += 500_000) {
    await db.$executeRaw`
      INSERT INTO "SourceLog" ("sourceId", "externalId", "timestamp", "input", "redactionVersion", "receivedAt", "expiresAt")
      SELECT ${expiring.id}::uuid, 'old-' || g, now() - interval '10 days', '{"messages":[{"role":"user","content":"Hi <PERSON_1>"}]}', 'bench',
             now() - interval '10 days' - make_interval(secs => g), now() - interval '3 days'
        FROM generate_series(${offset + 1}::int, ${Math.min(logs, offset + 500_000)}::int) g`;
  }
  await db.$executeRaw`
    INSERT INTO "Case" ("sourceId", "sourceLogId", "batchId", "status", "input", "minedAt", "category", "expectedOutput", "decidedById", "decidedAt")
    SELECT l."sourceId", l."id", ${batch.id}::uuid,
           CASE WHEN l."externalId" LIKE '%00' THEN 'ACCEPTED'::"CaseStatus" ELSE 'PENDING'::"CaseStatus" END, l."input", l."receivedAt",
           CASE WHEN l."externalId" LIKE '%00' THEN 'EDGE_CASE'::"Category" END, CASE WHEN l."externalId" LIKE '%00' THEN 'ok' END,
           CASE WHEN l."externalId" LIKE '%00' THEN ${reviewer.id}::uuid END, CASE WHEN l."externalId" LIKE '%00' THEN now() END
      FROM "SourceLog" l WHERE l."sourceId" = ${expiring.id}::uuid AND (substring(l."externalId" from 5))::int % 5 = 0`;
  await db.$executeRawUnsafe(`VACUUM ANALYZE`);
  console.log(`seeded ${logs.toLocaleString("en")} expired logs (+ cases) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { liveSourceId: live.id, batchId: batch.id };
}

/** 4 writers insert one log + one case per transaction until `until` resolves; returns per-insert latencies. */
async function ingestLoop(db: Db, target: { liveSourceId: string; batchId: string }, until: Promise<unknown>, tag: string) {
  let done = false;
  void until.finally(() => (done = true));
  const latencies: number[] = [];
  let n = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (!done) {
        const id = `${tag}-${n++}`;
        const started = performance.now();
        await db.$transaction(async (tx) => {
          const log = await tx.sourceLog.create({
            data: { sourceId: target.liveSourceId, externalId: id, timestamp: new Date(), input: { messages: [{ role: "user", content: "Hi <PERSON_1>" }] }, redactionVersion: "bench", expiresAt: new Date(Date.now() + 30 * 86_400_000) },
          });
          await tx.case.create({ data: { sourceId: target.liveSourceId, sourceLogId: log.id, batchId: target.batchId, input: { messages: [] }, minedReasons: ["failure"] } });
        });
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

const fmt = (label: string, lat: number[], seconds: number) =>
  `  ${label.padEnd(26)} ${String(lat.length).padStart(6)} inserts (${(lat.length / seconds).toFixed(0)}/s)   p50 ${percentile(lat, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(lat, 95).toFixed(1).padStart(6)} ms   max ${Math.max(...lat).toFixed(0).padStart(5)} ms`;

async function main(): Promise<number> {
  let values: { full?: boolean; logs?: string; "batch-size"?: string };
  try {
    ({ values } = parseArgs({ options: { full: { type: "boolean" }, logs: { type: "string" }, "batch-size": { type: "string" } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const logs = Number(values.logs ?? (values.full ? 1_000_000 : 200_000));
  const batchSize = Number(values["batch-size"] ?? 2000);
  if (![logs, batchSize].every((n) => Number.isInteger(n) && n > 0)) {
    console.error(`--logs and --batch-size take positive whole numbers\n${USAGE}`);
    return 2;
  }
  await withBenchDatabase(async (db) => {
    const { purgeExpiredSourceLogs } = await import("@/lib/retention/purge");
    {
      const target = await seed(db, logs);
      // The baseline is measured before and after the purge (15 s each) so load drifting on
      // a shared machine shows up on both sides instead of skewing the ratio.
      const window = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      const baselineSeconds = 30;
      const before = await ingestLoop(db, target, window(15), "before");
      const purgeStarted = performance.now();
      const purge = purgeExpiredSourceLogs({ batchSize });
      const during = await ingestLoop(db, target, purge.catch(() => undefined), "during");
      const result = await purge;
      const purgeSeconds = (performance.now() - purgeStarted) / 1000;
      const baseline = [...before, ...(await ingestLoop(db, target, window(15), "after"))];
      console.log(`purge: ${result.deletedLogs.toLocaleString("en")} logs and ${result.deletedCases.toLocaleString("en")} cases deleted in ${purgeSeconds.toFixed(1)} s (${Math.round(result.deletedLogs / purgeSeconds).toLocaleString("en")} logs/s, batches of ${batchSize})`);
      console.log(`ingestion (4 writers, one log + case per transaction):`);
      console.log(fmt("no purge (before + after)", baseline, baselineSeconds));
      console.log(fmt("while the purge runs", during, purgeSeconds));
      console.log(`  => p95 during / without: ${(percentile(during, 95) / percentile(baseline, 95)).toFixed(2)}x`);
      const survivors = await db.sourceLog.count({ where: { sourceId: target.liveSourceId } });
      console.log(`check: ${survivors.toLocaleString("en")} freshly ingested logs survived (expected ${(baseline.length + during.length).toLocaleString("en")})`);
    }
  });
  return 0;
}

runCli("bench:retention", main);
