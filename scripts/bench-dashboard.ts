// npm run bench:dashboard [-- --full | --cases N --logs N] [--runs N]
// Seeds a throwaway PostgreSQL with cases, eval items and source logs spread over a
// year (bulk INSERT ... SELECT generate_series), refreshes the dashboard rollups, then
// times every query the /dashboard page runs (lib/metrics/dashboard-data.ts) against a
// same-run baseline: the identical aggregates computed from the base tables.
// Default scale finishes in a few minutes on 2 shared cores; --full is the target scale,
// 1,000,000 cases and 5,000,000 source logs (target: under 300 ms).
import { parseArgs } from "node:util";
import { runCli } from "./lib/cli";
import { withBenchDatabase } from "./lib/bench-database";

const USAGE = "usage: npm run bench:dashboard -- [--full] [--cases 100000] [--logs 500000] [--runs 7]";

type Db = typeof import("@/lib/db").db;

const secs = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A year of traffic: 5 sources, 8 reviewers, 53 weekly batches; ~35% accepted, ~25% discarded. */
async function seed(db: Db, cases: number, logs: number) {
  const started = performance.now();
  const sources: string[] = [];
  for (let i = 0; i < 5; i++) {
    sources.push((await db.source.create({ data: { name: `bench-${i}`, sampleRate: 0.1, maxSampleRate: 0.2, retentionDays: 365, retentionPolicy: "bench" } })).id);
  }
  const reviewers: string[] = [];
  for (let i = 0; i < 8; i++) {
    reviewers.push((await db.user.create({ data: { email: `bench-${i}@bench.local`, name: `Reviewer ${i}`, passwordHash: "x" } })).id);
  }
  await db.$executeRaw`
    INSERT INTO "Batch" ("isoWeek", "weekStart")
    SELECT to_char(w, 'IYYY-"W"IW'), w::date
      FROM generate_series(date_trunc('week', now() - interval '364 days'), date_trunc('week', now()), interval '1 week') w
    ON CONFLICT DO NOTHING`;
  await db.$executeRaw`
    INSERT INTO "Case" ("sourceId", "batchId", "status", "priority", "minedReasons", "suggestedCategory", "input", "minedAt",
                        "category", "expectedOutput", "discardReason", "decidedById", "decidedAt")
    SELECT x.source, b."id", x.status::"CaseStatus", 50, x.reasons, x.suggested::"Category",
           '{"messages":[{"role":"user","content":"Where is my order, <PERSON_1>?"}]}', x.mined,
           CASE WHEN x.status = 'ACCEPTED' THEN x.category::"Category" END,
           CASE WHEN x.status = 'ACCEPTED' THEN 'A helpful answer.' END,
           CASE WHEN x.status = 'DISCARDED' THEN 'NOT_USEFUL'::"DiscardReason" END,
           CASE WHEN x.status <> 'PENDING' THEN x.reviewer END,
           CASE WHEN x.status <> 'PENDING' THEN least(now(), x.mined + x.lag) END
      FROM generate_series(1, ${cases}::int) g
      CROSS JOIN LATERAL (
        SELECT (${sources}::uuid[])[1 + g % 5] AS source, (${reviewers}::uuid[])[1 + (g / 7) % 8] AS reviewer,
               now() - (random() * interval '364 days') AS mined, random() * interval '5 days' AS lag,
               CASE WHEN random() < 0.35 THEN 'ACCEPTED' WHEN random() < 0.4 THEN 'DISCARDED' ELSE 'PENDING' END AS status,
               (ARRAY['HAPPY_PATH','EDGE_CASE','ADVERSARIAL','DRIFT'])[1 + (random() * 3.99)::int % 4] AS category,
               (ARRAY['HAPPY_PATH','EDGE_CASE','DRIFT','DRIFT'])[1 + g % 4] AS suggested,
               CASE g % 4 WHEN 0 THEN ARRAY['failure'] WHEN 1 THEN ARRAY['negative_feedback']
                          WHEN 2 THEN ARRAY['failure', 'escalation'] ELSE ARRAY['low_confidence'] END AS reasons
      ) x
      JOIN "Batch" b ON b."weekStart" = date_trunc('week', x.mined)::date`;
  await db.$executeRaw`
    INSERT INTO "EvalItem" ("itemId", "caseId", "sourceId", "batchId", "input", "expectedOutput", "category", "minedReasons",
                            "redactionVersion", "reviewerId", "labelledAt", "validFrom")
    SELECT gen_random_uuid(), c."id", c."sourceId", c."batchId", c."input", c."expectedOutput", c."category", c."minedReasons",
           'bench', c."decidedById", c."decidedAt", c."decidedAt"
      FROM "Case" c WHERE c."status" = 'ACCEPTED'`;
  console.log(`seeded ${cases.toLocaleString("en")} cases (+ eval items) in ${secs(started)}`);
  const logsStarted = performance.now();
  const chunk = 1_000_000;
  for (let offset = 0; offset < logs; offset += chunk) {
    await db.$executeRaw`
      INSERT INTO "SourceLog" ("sourceId", "externalId", "timestamp", "input", "redactionVersion", "receivedAt", "expiresAt")
      SELECT (${sources}::uuid[])[1 + g % 5], 'b' || g, t, '{"messages":[{"role":"user","content":"Hello <PERSON_1>"}]}', 'bench', t, t + interval '365 days'
        FROM generate_series(${offset + 1}::int, ${Math.min(logs, offset + chunk)}::int) g
        CROSS JOIN LATERAL (SELECT now() - (random() * interval '364 days') AS t) r`;
  }
  console.log(`seeded ${logs.toLocaleString("en")} source logs in ${secs(logsStarted)}`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE`);
  return sources;
}

async function timeRuns(label: string, runs: number, work: () => Promise<unknown>) {
  await work(); // warm-up: plans and caches, as on a live server
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  const median = percentile(times, 50);
  console.log(`  ${label.padEnd(40)} median ${median.toFixed(1).padStart(8)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(8)} ms   (${runs} runs)`);
  return median;
}

async function main(): Promise<number> {
  let values: { full?: boolean; cases?: string; logs?: string; runs?: string };
  try {
    ({ values } = parseArgs({ options: { full: { type: "boolean" }, cases: { type: "string" }, logs: { type: "string" }, runs: { type: "string" } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const cases = Number(values.cases ?? (values.full ? 1_000_000 : 100_000));
  const logs = Number(values.logs ?? (values.full ? 5_000_000 : 500_000));
  const runs = Number(values.runs ?? 7);
  if (![cases, logs, runs].every((n) => Number.isInteger(n) && n > 0)) {
    console.error(`--cases, --logs and --runs take positive whole numbers\n${USAGE}`);
    return 2;
  }
  await withBenchDatabase(async (db) => {
    const { refreshDashboardMetrics } = await import("@/lib/metrics/refresh");
    const { loadDashboardData } = await import("@/lib/metrics/dashboard-data");
    const { parseMetricsFilters } = await import("@/lib/metrics/filters");
    {
      const sources = await seed(db, cases, logs);
      const refreshStarted = performance.now();
      await refreshDashboardMetrics();
      console.log(`rollup refresh (the 5-minute job) took ${secs(refreshStarted)}`);
      const scenarios = [
        { name: "all sources, last 12 weeks", filters: parseMetricsFilters({}) },
        { name: "one source, last 52 weeks", filters: parseMetricsFilters({ source: sources[0], from: new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10) }) },
      ];
      const baselineRuns = Math.max(1, Math.min(3, runs));
      for (const scenario of scenarios) {
        console.log(`\n${scenario.name}: every /dashboard query at once (Promise.all)`);
        const rollup = await timeRuns("with rollups", runs, () => loadDashboardData(scenario.filters, "rollup"));
        const direct = await timeRuns("baseline: same aggregates, base tables", baselineRuns, () => loadDashboardData(scenario.filters, "direct"));
        console.log(`  => ${(direct / rollup).toFixed(1)}x faster; ${rollup < 300 ? "within" : "OVER"} the 300 ms target`);
      }
    }
  });
  return 0;
}

runCli("bench:dashboard", main);
