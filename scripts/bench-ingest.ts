// npm run bench:ingest [-- --full]
// Measures, in one run on a throwaway PostgreSQL:
//   1. sampled-out records/s through the pipeline (JSON line -> candidate -> sampling decision);
//   2. fully processed records/s and p95 request latency through the HTTP API
//      (POST /api/v1/ingest served by a real Node HTTP server, 100-record batches,
//      sample rate 1: validation, redaction, insert, mining);
//   3. the baseline: a plain SQL bulk insert of the same (already redacted) rows, and the ratio;
//   4. OTLP/protobuf through POST /api/v1/otlp/v1/traces, per instrumentation convention, with
//      spans shaped like each library's export (lib/ingest/fixtures/otlp-bodies.ts: the recorded
//      fixtures, copied with new ids and texts, serialised by the real protobuf exporter), 100
//      model calls per request: calls/s, p95, and the ratio to step 2's native JSON (same run).
// Default: 200,000 sampled-out + 10,000 HTTP records + 2,000 calls per convention;
// --full: 1,000,000 + 100,000 + 20,000.
// The HTTP client runs in a child process (this script with --client); --same-process
// runs it inside the server's process instead (the previous, pessimistic setup).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { createFreshDatabase, startTestServer } from "@/lib/testing/db-server";
import { migrateDatabase } from "@/lib/db/migrate";
import { db, disconnectDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { runCli } from "./lib/cli";

const fmt = (n: number) => Math.round(n).toLocaleString("en");

// Words for a per-record question, so mined records are mostly distinct cases (near-
// duplicates now join an open case, which costs less than inserting one: not measured here).
const WORDS = "parcel invoice refund voucher courier warranty sofa jacket laptop ticket subscription password discount receipt address battery charger kettle mattress blender".split(" ");
const topic = (i: number) => Array.from({ length: 6 }, (_, k) => WORDS[Math.floor(i / WORDS.length ** k) % WORDS.length] + (k % 2 ? " and the" : " with")).join(" ");

function record(i: number) {
  const names = ["Margaret Thornton", "Jonathan Pryce", "Ada Lovelace", "Sam Okafor"];
  return {
    id: `bench-${i}`,
    timestamp: new Date(Date.UTC(2026, 10, 26, 10, 0, i % 3600)).toISOString(),
    model: "gpt-4o-mini",
    input: [
      { role: "system", content: "You are a helpful support assistant for an online shop." },
      { role: "user", content: `Hi, I'm ${names[i % names.length]} (${names[i % names.length].split(" ")[0].toLowerCase()}${i}@example.com). Order ${100000 + i} hasn't arrived, can you check the delivery status? It is about the ${topic(i)} problem.` },
    ],
    output: "I'm sorry about the delay. I checked your order and it is out for delivery today.",
    metadata: { latencyMs: 800 + (i % 400), confidence: (i % 10) / 10, tags: i % 17 === 0 ? ["escalated"] : [], ...(i % 20 === 0 ? { error: "tool timeout" } : {}) },
  };
}

interface ClientRun {
  stored: number;
  seconds: number;
  p95: number;
  clientCpuMs: number;
}

/** Where bodies go: native JSON (counted from the answers) or OTLP/protobuf (bodies base64 in transit, counted by the caller). */
type Target = "native" | "otlp";

/** Sends the bodies with 4 concurrent requests; wall time from the first request to the last answer. */
async function sendAll(url: string, apiKey: string, bodies: string[], target: Target = "native"): Promise<ClientRun> {
  const [path, contentType] = target === "native" ? ["/api/v1/ingest", "application/json"] : ["/api/v1/otlp/v1/traces", "application/x-protobuf"];
  const latencies: number[] = [];
  let next = 0;
  let stored = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < bodies.length) {
        const body = target === "native" ? bodies[next++] : Buffer.from(bodies[next++], "base64");
        const started = performance.now();
        const response = await fetch(`${url}${path}`, { method: "POST", headers: { authorization: `Bearer ${apiKey}`, "content-type": contentType }, body });
        const text = await response.text();
        latencies.push(performance.now() - started);
        if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
        if (target === "native") stored += (JSON.parse(text) as { totals?: { stored: number } }).totals?.stored ?? 0;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  latencies.sort((a, b) => a - b);
  return { stored, seconds, p95: latencies[Math.floor(latencies.length * 0.95)], clientCpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Child-process mode (--client): reads the bodies from a file, sends them, prints one JSON line. */
async function clientMain(): Promise<number> {
  const bodies = fs.readFileSync(process.env.BENCH_INGEST_BODIES!, "utf8").split("\n").filter(Boolean);
  const run = await sendAll(process.env.BENCH_INGEST_URL!, process.env.BENCH_INGEST_KEY!, bodies, process.env.BENCH_INGEST_TARGET as Target);
  process.stdout.write(JSON.stringify(run) + "\n");
  return 0;
}

/** Runs sendAll in a child process (this script with --client, same loader flags, no profiler). */
async function sendFromChildProcess(url: string, apiKey: string, bodies: string[], target: Target = "native"): Promise<ClientRun> {
  const file = path.join(os.tmpdir(), `bench-ingest-bodies-${process.pid}.jsonl`);
  fs.writeFileSync(file, bodies.join("\n"));
  try {
    const execArgv = process.execArgv.filter((arg) => !arg.startsWith("--cpu-prof"));
    const child = spawn(process.execPath, [...execArgv, process.argv[1], "--client"], {
      env: { ...process.env, BENCH_INGEST_URL: url, BENCH_INGEST_KEY: apiKey, BENCH_INGEST_BODIES: file, BENCH_INGEST_TARGET: target },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    if (code !== 0) throw new Error(`the benchmark client exited with ${code}`);
    return JSON.parse(output.trim().split("\n").pop()!) as ClientRun;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/**
 * CPU milliseconds used so far by the benchmark server's PostgreSQL processes (backends
 * and background workers listed in pg_stat_activity; Linux /proc), NaN elsewhere.
 */
async function postgresCpuMs(): Promise<number> {
  const rows = await db.$queryRaw<Array<{ pid: number }>>`SELECT pid FROM pg_stat_activity`;
  let ticks = 0;
  try {
    for (const { pid } of rows) {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return Number.NaN;
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { full: { type: "boolean" }, "same-process": { type: "boolean" }, client: { type: "boolean" } } });
  if (values.client) return await clientMain();
  const sampledOutCount = values.full ? 1_000_000 : 200_000;
  const httpCount = values.full ? 100_000 : 10_000;
  const otlpCalls = values.full ? 20_000 : 2_000;
  process.env.INGEST_RATE_PER_SECOND = "1000000";
  process.env.INGEST_RATE_BURST = "1000000";

  const server = await startTestServer();
  try {
    const url = await createFreshDatabase(server.serverUrl, "evalmine_bench");
    await migrateDatabase(url);
    process.env.DATABASE_URL = url;
    const { makeIngestSource } = await import("@/lib/testing/ingest");
    const { candidatesFromLine } = await import("@/lib/ingest/formats");
    const { ingestCandidates } = await import("@/lib/ingest/pipeline");
    const { serveRoutes } = await import("@/lib/testing/http-server");
    const { handleNativePush, handleOtlpPush } = await import("@/lib/ingest/push");
    const { BENCH_LIBRARIES, otlpBodies } = await import("@/lib/ingest/fixtures/otlp-bodies");
    const { lookupApiKey } = await import("@/lib/auth/api-keys");
    const { errorResponse } = await import("@/lib/errors/answers");
    // The route's body with its API-key check (withRoute itself imports Next's server-only
    // session code, which can't load outside Next): the same work per request.
    const withKey = (handle: typeof handleNativePush) => async (request: Request) => {
      const lookup = await lookupApiKey((request.headers.get("authorization") ?? "").slice(7));
      if (!lookup.ok) return Response.json({ error: lookup.error }, { status: lookup.status });
      return handle(request, lookup.key).catch((error) => errorResponse(error, "bench push"));
    };
    const POST = withKey(handleNativePush);

    // 1. Sampled out: a rate of one in a million, so every record is hashed and dropped
    //    (rate 0 would skip the hash) and no chunk pays for a write transaction.
    const dropper = await makeIngestSource({ sampleRate: 0.000001, maxSampleRate: 0.000001 });
    let processed = 0;
    let sampledOut = 0;
    let sampledSeconds = 0;
    for (let start = 0; start < sampledOutCount; start += 1000) {
      // Lines are generated outside the timed part; parsing them is inside it.
      const lines = Array.from({ length: Math.min(1000, sampledOutCount - start) }, (_, j) => JSON.stringify(record(start + j)));
      const t0 = performance.now();
      const items = lines.flatMap((line, j) => candidatesFromLine(line, start + j + 1));
      const result = await ingestCandidates(dropper.source, items);
      sampledSeconds += (performance.now() - t0) / 1000;
      processed += items.length;
      sampledOut += result.totals.sampled_out;
    }
    const sampledRate = processed / sampledSeconds;
    console.log(`sampled-out path: ${fmt(processed)} records (${fmt(sampledOut)} sampled out) in ${sampledSeconds.toFixed(2)} s = ${fmt(sampledRate)} records/s (target >= 50,000/s)`);
    console.log("  (per record: JSON.parse of its line, format detection, sampling hash; the few sampled in are fully processed)");

    // 2. HTTP, fully processed, 100-record batches, 4 concurrent clients. The client runs in
    //    its own process by default (as a real producer does), so its record serialisation
    //    and fetch work isn't charged to the server's event loop; --same-process keeps the
    //    old in-process client for comparison.
    const keeper = await makeIngestSource({ sampleRate: 1, maxSampleRate: 1 });
    const http = await serveRoutes({ "/api/v1/ingest": POST });
    const bodies = Array.from({ length: httpCount / 100 }, (_, b) => JSON.stringify({ logs: Array.from({ length: 100 }, (_, i) => record(b * 100 + i)) }));
    // The redaction workers start with the server (as the app starts them), and one untimed
    // push to another source warms them up: neither belongs in the timed run.
    const threads = await (await import("@/lib/ingest/redact-pool")).redactPoolThreads();
    const warm = await makeIngestSource({ sampleRate: 1, maxSampleRate: 1 });
    await sendAll(http.url, warm.apiKey, [JSON.stringify({ logs: Array.from({ length: 100 }, (_, i) => record(httpCount + 500_000 + i)) })]);
    console.log(`redaction: ${threads ? `${threads} worker threads` : "on the request thread (INGEST_WORKERS=0)"}`);
    const serverCpu0 = process.cpuUsage();
    const pgCpu0 = await postgresCpuMs();
    const run = values["same-process"] ? await sendAll(http.url, keeper.apiKey, bodies) : await sendFromChildProcess(http.url, keeper.apiKey, bodies);
    const serverCpu = process.cpuUsage(serverCpu0);
    const pgCpu = (await postgresCpuMs()) - pgCpu0;
    await http.close();
    const httpRate = run.stored / run.seconds;
    const cases = await db.case.aggregate({ where: { sourceId: keeper.source.id }, _count: true, _sum: { groupSize: true } });
    const mined = `${fmt(cases._sum.groupSize ?? 0)} mined into ${fmt(cases._count)} cases`;
    const where = values["same-process"] ? "client in the server's process" : "client in its own process";
    console.log(`HTTP fully processed (${where}): ${fmt(run.stored)} records stored (${mined}) in ${run.seconds.toFixed(2)} s = ${fmt(httpRate)} records/s, p95 request latency ${run.p95.toFixed(0)} ms per 100-record batch (target >= 2,000 records/s)`);
    const perRequest = (ms: number) => (ms / bodies.length).toFixed(1);
    const serverMs = (serverCpu.user + serverCpu.system) / 1000;
    console.log(
      `  CPU per 100-record request: server ${perRequest(serverMs)} ms${values["same-process"] ? " (client included)" : `, client ${perRequest(run.clientCpuMs)} ms`}, PostgreSQL ${Number.isNaN(pgCpu) ? "n/a" : `${perRequest(pgCpu)} ms`}`,
    );

    // 3. Baseline: the same rows (already redacted, as stored) bulk-inserted in plain INSERTs.
    const rows = await db.sourceLog.findMany({ where: { sourceId: keeper.source.id } });
    const baseline = await makeIngestSource();
    const t2 = performance.now();
    for (let start = 0; start < rows.length; start += 1000) {
      // Plain multi-row INSERT in SQL (not Prisma's createMany, whose JSON handling is slower):
      // the fastest ordinary way to write these rows, so the ratio isn't flattered.
      const values = rows.slice(start, start + 1000).map(
        (row) =>
          Prisma.sql`(${baseline.source.id}::uuid, ${row.externalId}, ${row.traceId}, ${row.timestamp}, ${row.model}, ${JSON.stringify(row.input)}::jsonb, ${
            row.output === null ? null : JSON.stringify(row.output)
          }::jsonb, ${JSON.stringify(row.metadata)}::jsonb, ${row.redactionVersion}, ${JSON.stringify(row.entityCounts)}::jsonb, ${row.receivedAt}, ${row.expiresAt})`,
      );
      await db.$executeRaw`INSERT INTO "SourceLog" ("sourceId", "externalId", "traceId", "timestamp", "model", "input", "output", "metadata", "redactionVersion", "entityCounts", "receivedAt", "expiresAt") VALUES ${Prisma.join(values)}`;
    }
    const baseSeconds = (performance.now() - t2) / 1000;
    const baseRate = rows.length / baseSeconds;
    console.log(`baseline plain bulk insert: ${fmt(rows.length)} rows in ${baseSeconds.toFixed(2)} s = ${fmt(baseRate)} rows/s`);
    console.log(`ratio: HTTP pipeline / plain insert = ${(httpRate / baseRate).toFixed(3)} (sampled-out path / plain insert = ${(sampledRate / baseRate).toFixed(1)})`);

    // 4. OTLP/protobuf per convention: the same kind of user text as step 2 (a name, an email,
    //    an order number and a topic per call), in each library's span shapes.
    const otlpServer = await serveRoutes({ "/api/v1/otlp/v1/traces": withKey(handleOtlpPush) });
    const question = (i: number) => record(httpCount + i).input[1].content;
    console.log(`OTLP/protobuf, ${fmt(otlpCalls)} model calls per convention, 100 per request (native JSON above: ${fmt(httpRate)} records/s, p95 ${run.p95.toFixed(0)} ms):`);
    // One untimed request per convention first, so the first one measured doesn't pay for
    // compiling the OTLP decoder and its convention's code.
    const warmUp = await makeIngestSource({ sampleRate: 1, maxSampleRate: 1 });
    for (const library of BENCH_LIBRARIES) {
      const [body] = await otlpBodies(library, 1, 100, (i) => question(otlpCalls + i));
      await sendAll(otlpServer.url, warmUp.apiKey, [body.toString("base64")], "otlp");
    }
    for (const library of BENCH_LIBRARIES) {
      const target = await makeIngestSource({ sampleRate: 1, maxSampleRate: 1 });
      const otlp = (await otlpBodies(library, otlpCalls / 100, 100, question)).map((b) => b.toString("base64"));
      const cpu0 = process.cpuUsage();
      const sent = values["same-process"] ? await sendAll(otlpServer.url, target.apiKey, otlp, "otlp") : await sendFromChildProcess(otlpServer.url, target.apiKey, otlp, "otlp");
      const cpu = process.cpuUsage(cpu0);
      const storedCalls = await db.sourceLog.count({ where: { sourceId: target.source.id } });
      if (storedCalls !== otlpCalls) throw new Error(`${library}: ${storedCalls} of ${otlpCalls} calls stored`);
      const rate = storedCalls / sent.seconds;
      const bytes = otlp.reduce((n, b) => n + (b.length * 3) / 4, 0) / otlp.length;
      console.log(
        `  ${library.padEnd(13)} ${fmt(rate).padStart(6)} calls/s, p95 ${sent.p95.toFixed(0).padStart(4)} ms per request (${(bytes / 1024).toFixed(0)} KB), server CPU ${((cpu.user + cpu.system) / 1000 / otlp.length).toFixed(1)} ms per request; vs native JSON ${(rate / httpRate).toFixed(2)}x`,
      );
    }
    await otlpServer.close();
    return 0;
  } finally {
    await disconnectDb();
    await server.stop();
  }
}

runCli("bench:ingest", main);
