// The child processes of `npm run bench:faults` (scripts/bench-faults.ts), one role each:
//   app     the app's request handlers on a real HTTP server (ingest push, claim, the queue
//           page's reads, discard), in its own process so it can be killed with SIGKILL;
//   pull    imports one JSON Lines file into a source (the pull job's importFile);
//   purge   one retention purge;
//   client  a producer pushing records (fixed count, a timed flood, or batches through an outage).
// Each prints one JSON line on stdout when done (the app: when it listens).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";

const WORDS = "parcel invoice refund voucher courier warranty sofa jacket laptop ticket subscription password discount receipt address battery charger kettle mattress blender".split(" ");
const NAMES = ["Margaret Thornton", "Jonathan Pryce", "Ada Lovelace", "Sam Okafor"];

// `--long-prompt` (BENCH_LONG_PROMPT=1): a production-sized system prompt with tool schemas,
// the same in every record as a deployed assistant's is, instead of the one-line default.
const LONG_SYSTEM_PROMPT = [
  "You are the support assistant of an online shop for camping and hiking gear.",
  "Answer in the customer's language, briefly and politely. Never promise refunds above 200 EUR without a human agent.",
  "Orders ship within 2 working days; delivery takes 3-5 working days in the EU and 7-10 elsewhere.",
  "Returns are accepted within 30 days of delivery if the item is unused and in its original packaging; the customer pays the return postage unless the item is faulty.",
  "If the customer reports a damaged parcel, ask for a photo of the parcel and the item, then open a claim with the carrier using the lookup_order and open_claim tools.",
  "Escalate to a human agent when the customer is angry, mentions a lawyer, or asks about an order older than 90 days.",
  "Do not discuss competitors, internal margins, or stock levels beyond 'in stock' and 'out of stock'.",
  `Tools: ${JSON.stringify([
    { type: "function", function: { name: "lookup_order", description: "Find an order by its number and return its status, items and tracking link.", parameters: { type: "object", properties: { order_number: { type: "string", description: "The order number, six digits" } }, required: ["order_number"] } } },
    { type: "function", function: { name: "open_claim", description: "Open a damage or loss claim with the carrier for an order.", parameters: { type: "object", properties: { order_number: { type: "string" }, reason: { type: "string", enum: ["damaged", "lost", "late"] } }, required: ["order_number", "reason"] } } },
  ])}`,
].join("\n");

/** A native log like a support chat's: a name, an e-mail address, an order number, a topic; one in 20 failed. */
export function benchRecord(id: string, i: number) {
  const name = NAMES[i % NAMES.length];
  const topic = Array.from({ length: 6 }, (_, k) => WORDS[Math.floor(i / WORDS.length ** k) % WORDS.length]).join(" and the ");
  return {
    id,
    timestamp: new Date(Date.UTC(2026, 11, 1, 10, 0, i % 3600)).toISOString(),
    model: "gpt-4o-mini",
    input: [
      { role: "system", content: process.env.BENCH_LONG_PROMPT === "1" ? LONG_SYSTEM_PROMPT : "You are a helpful support assistant for an online shop." },
      { role: "user", content: `Hi, I'm ${name} (${name.split(" ")[0].toLowerCase()}${i}@example.com). Order ${100000 + i} hasn't arrived, can you check? It is about the ${topic}.` },
    ],
    output: "I'm sorry about the delay. I checked your order and it is out for delivery today.",
    metadata: { latencyMs: 800 + (i % 400), confidence: (i % 10) / 10, ...(i % 20 === 0 ? { error: "tool timeout" } : {}) },
  };
}

const emit = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readJson(req: http.IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, string>) : {};
}

/** The app: ingest with its API-key check (withRoute needs Next's request scope), and the reviewers' calls. */
async function appRole(): Promise<void> {
  const { lookupApiKey } = await import("@/lib/auth/api-keys");
  const { errorResponse } = await import("@/lib/errors/answers");
  const { handleNativePush } = await import("@/lib/ingest/push");
  const { claimNextCase } = await import("@/lib/triage/claim");
  const { discardCase } = await import("@/lib/triage/decide");
  const { getCaseView, recentlyTriaged } = await import("@/lib/triage/queries");
  const { redactPoolThreads } = await import("@/lib/ingest/redact-pool");
  // Part 1's ceiling: a pool whose engine finds nothing (bench only, faults-identity.ts).
  if (process.env.BENCH_IDENTITY_WORKER) await (await import("./faults-identity")).installIdentityPool(process.env.BENCH_IDENTITY_WORKER);
  const threads = await redactPoolThreads();

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://bench");
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
    try {
      if (url.pathname === "/api/v1/ingest") {
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const body = Buffer.concat(chunks);
        const request = new Request(`http://bench${req.url}`, { method: "POST", headers, body });
        // As withRoute does: the key lookup's failures (a lost database) are answered like the body's.
        const response = await (async () => {
          const lookup = await lookupApiKey((headers.get("authorization") ?? "").slice(7));
          return lookup.ok ? await handleNativePush(request, lookup.key) : Response.json({ error: lookup.error }, { status: lookup.status });
        })().catch((error) => errorResponse(error, "bench push"));
        res.writeHead(response.status, Object.fromEntries(response.headers.entries())).end(Buffer.from(await response.arrayBuffer()));
      } else if (url.pathname === "/bench/claim") {
        const { userId } = await readJson(req);
        send(200, { caseId: await claimNextCase(userId) });
      } else if (url.pathname === "/bench/page") {
        // What /queue reads to show a held case: the case with its logs, and the reviewer's recent decisions.
        const [view, recent] = await Promise.all([getCaseView(url.searchParams.get("caseId")!), recentlyTriaged(url.searchParams.get("userId")!)]);
        send(200, { found: view !== null, recent: recent.length });
      } else if (url.pathname === "/bench/discard") {
        const { caseId, userId, email } = await readJson(req);
        send(200, await discardCase(caseId, { id: userId, email }, { reason: "NOT_USEFUL" }));
      } else send(404, {});
    } catch (error) {
      send(500, { error: (error as Error).name });
    }
  });
  // The bench's --profile-app stops the app with SIGINT: exiting normally writes its CPU profile.
  process.on("SIGINT", () => process.exit(0));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  emit({ port: (server.address() as AddressInfo).port, threads });
  // Serves until the parent kills it.
  await new Promise(() => {});
}

async function pullRole(): Promise<void> {
  const { loadIngestSource } = await import("@/lib/ingest/source-gate");
  const { importFile } = await import("@/lib/ingest/pull");
  const source = await loadIngestSource({ id: process.env.BENCH_SOURCE! });
  const progress = await importFile(source, process.env.BENCH_FILE!, { trailingLineIsComplete: true });
  emit(progress.totals);
}

async function purgeRole(): Promise<void> {
  const { purgeExpiredSourceLogs } = await import("@/lib/retention/purge");
  const result = await purgeExpiredSourceLogs({ batchSize: 1_000 });
  emit({ deletedLogs: result.deletedLogs, deletedCases: result.deletedCases });
}

/** POSTs one body; status 0 when the connection failed. */
async function post(url: string, key: string, body: string): Promise<{ status: number; stored: number; retryAfter: number }> {
  try {
    const response = await fetch(`${url}/api/v1/ingest`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body });
    const text = await response.text();
    const stored = response.status === 200 ? ((JSON.parse(text) as { totals: { stored: number } }).totals.stored ?? 0) : 0;
    return { status: response.status, stored, retryAfter: Number(response.headers.get("retry-after") ?? 0) };
  } catch {
    return { status: 0, stored: 0, retryAfter: 0 };
  }
}

/**
 * A producer. BENCH_MODE fixed: BENCH_RECORDS records in batches of BENCH_BATCH, all must
 * be stored; flood: batches until BENCH_SECONDS pass, backing off on 429/503 as told;
 * outage: BENCH_RECORDS records, each batch's status reported (the parent restarts the
 * database meanwhile). 4 requests at a time.
 */
async function clientRole(): Promise<void> {
  const url = process.env.BENCH_URL!;
  const key = process.env.BENCH_KEY!;
  const mode = process.env.BENCH_MODE!;
  const prefix = process.env.BENCH_PREFIX ?? "r";
  const batch = Number(process.env.BENCH_BATCH ?? 100);
  const total = Number(process.env.BENCH_RECORDS ?? 0);
  const deadline = performance.now() + Number(process.env.BENCH_SECONDS ?? 0) * 1000;
  let next = 0;
  const batches: Array<{ first: number; status: number; stored: number }> = [];
  const statuses: Record<string, number> = {};
  let stored = 0;
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (;;) {
        if (mode === "flood" ? performance.now() >= deadline : next >= total) return;
        const first = next;
        next += batch;
        const body = JSON.stringify({ logs: Array.from({ length: batch }, (_, j) => benchRecord(`${prefix}-${first + j}`, first + j)) });
        const answer = await post(url, key, body);
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        stored += answer.stored;
        batches.push({ first, status: answer.status, stored: answer.stored });
        if (mode === "fixed" && answer.status !== 200) throw new Error(`push answered ${answer.status}`);
        if (answer.status === 429 || answer.status === 503) await sleep(Math.min(1_000, answer.retryAfter * 1000 || 200));
        if (mode === "outage" && answer.status !== 200) await sleep(100);
      }
    }),
  );
  const cpu = process.cpuUsage(cpuAtStart);
  emit({ stored, seconds: (performance.now() - started) / 1000, cpuMs: (cpu.user + cpu.system) / 1000, statuses, ...(mode === "outage" ? { batches } : {}) });
}

/** Runs the role named by --role (the parent passes it); returns false when there is none. */
export async function runRole(role: string | undefined): Promise<boolean> {
  if (!role) return false;
  // A child outlives nothing: when the bench dies, its orphans stop too.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && process.exit(1), 500).unref();
  const roles: Record<string, () => Promise<void>> = { app: appRole, pull: pullRole, purge: purgeRole, client: clientRole };
  if (!roles[role]) throw new Error(`unknown role ${role}`);
  await roles[role]();
  return true;
}
