/**
 * Code and log text: stack traces, JSON, SQL, config, shell output, access and application
 * logs. Most carry no personal data (hashes, ids, hosts, machine timestamps are not personal);
 * some carry an e-mail, an IP address, a user name or a secret the way they leak into logs.
 * Templates use fill.ts placeholders; machine values are drawn here and left unlabelled.
 */
import type { Rng } from "../external/rng";
import { SpanBuilder } from "../external/sample";
import { fill, type SampleValues } from "./fill";

const ts = (r: Rng) => `2026-12-0${r.int(1, 7)}T${String(r.int(0, 23)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}.${r.digits(3)}Z`;
const clf = (r: Rng) => `0${r.int(1, 7)}/Dec/2026:${String(r.int(10, 23))}:${String(r.int(10, 59))}:${String(r.int(10, 59))} +0000`;
const PATHS = ["/api/v1/items?page=2", "/health", "/static/app.3f9c1.js", "/api/v2/orders/8812/status", "/login", "/favicon.ico", "/api/v1/search?q=blue+shoes"];
const AGENTS = ["Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "curl/8.5.0", "kube-probe/1.30", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"];

/** Texts without personal data. */
const PLAIN: ReadonlyArray<(r: Rng) => string> = [
  (r) => `TypeError: Cannot read properties of undefined (reading 'length')\n    at normalizeRows (/srv/app/dist/lib/table.js:${r.int(10, 300)}:${r.int(2, 40)})\n    at Array.map (<anonymous>)\n    at renderReport (/srv/app/dist/report/index.js:${r.int(10, 300)}:9)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`,
  (r) => `Traceback (most recent call last):\n  File "/opt/worker/tasks.py", line ${r.int(20, 400)}, in run_batch\n    result = client.fetch(batch_id, timeout=30)\n  File "/opt/worker/client.py", line ${r.int(20, 200)}, in fetch\n    raise TimeoutError("upstream did not answer")\nTimeoutError: upstream did not answer`,
  (r) => `Exception in thread "main" java.lang.IllegalStateException: Pool closed\n\tat com.example.db.ConnectionPool.borrow(ConnectionPool.java:${r.int(50, 300)})\n\tat com.example.jobs.Nightly.run(Nightly.java:${r.int(20, 120)})\nCaused by: java.net.SocketException: Connection reset`,
  (r) => `{\n  "requestId": "${r.hex(8)}-${r.hex(4)}-${r.hex(4)}",\n  "status": 429,\n  "error": "rate_limited",\n  "retryAfterSeconds": ${r.int(5, 120)},\n  "timestamp": "${ts(r)}"\n}`,
  (r) => `SELECT o.id, o.total, o.created_at\nFROM orders o\nJOIN shipments s ON s.order_id = o.id\nWHERE o.status = 'pending' AND o.total > ${r.int(50, 500)}\nORDER BY o.created_at DESC\nLIMIT ${r.int(10, 100)};`,
  (r) => `server:\n  port: ${r.int(3000, 9000)}\n  workers: ${r.int(2, 16)}\ncache:\n  ttl_seconds: ${r.int(60, 3600)}\n  max_entries: 10000\nlogging:\n  level: info\n  format: json`,
  (r) => `$ kubectl get pods -n payments\nNAME                          READY   STATUS    RESTARTS   AGE\napi-${r.hex(9)}-${r.letters(5, "abcdefghijklmnopqrstuvwxyz")}   1/1     Running   0          ${r.int(1, 30)}d\nworker-${r.hex(9)}-${r.letters(5, "abcdefghijklmnopqrstuvwxyz")}   0/1     CrashLoopBackOff   ${r.int(3, 40)}   2h`,
  (r) => `$ git log --oneline -3\n${r.hex(7)} Fix off-by-one in pagination\n${r.hex(7)} Bump dependencies\n${r.hex(7)} Add retry to webhook sender`,
  (r) => `${ts(r)} INFO  scheduler job=reindex shard=${r.int(0, 15)} took=${r.int(20, 900)}ms\n${ts(r)} WARN  scheduler job=reindex shard=${r.int(0, 15)} retrying (attempt ${r.int(2, 5)})\n${ts(r)} INFO  http GET /health 200 ${r.int(1, 9)}ms`,
  () => `diff --git a/src/util/format.ts b/src/util/format.ts\n@@ -12,7 +12,7 @@ export function formatBytes(n: number)\n-  return (n / 1024).toFixed(1) + " KB";\n+  return (n / 1024).toFixed(2) + " KB";`,
  (r) => `npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! While resolving: web-app@${r.int(1, 4)}.${r.int(0, 9)}.0\nnpm ERR! Found: react@19.0.0`,
  (r) => `panic: runtime error: index out of range [${r.int(3, 9)}] with length ${r.int(1, 3)}\n\ngoroutine ${r.int(1, 90)} [running]:\nmain.parseHeader(...)\n\t/build/cmd/ingest/main.go:${r.int(20, 200)} +0x1d4`,
];

/** Texts with personal data, labelled by fill(): access logs carry client IPs, auth logs user names and e-mails. */
const WITH_PII: ReadonlyArray<(r: Rng, v: SampleValues) => SpanBuilder> = [
  (r, v) => fill(new SpanBuilder(), `{ip} - - [${clf(r)}] "GET ${r.pick(PATHS)} HTTP/1.1" 200 ${r.int(100, 9000)} "-" "${r.pick(AGENTS)}"\n{ip} - - [${clf(r)}] "POST /login HTTP/1.1" 302 0 "-" "${r.pick(AGENTS)}"`, v),
  (r, v) => fill(new SpanBuilder(), `${ts(r)} WARN  auth login failed user={email} ip={ip} reason=bad_password attempts=${r.int(2, 9)}`, v),
  (r, v) => fill(new SpanBuilder(), `$ curl -s https://api.example.com/v1/me -H "Authorization: Bearer {token}"\n{"id":${r.int(100, 99999)},"plan":"team","seats":${r.int(2, 50)}}`, v),
  (r, v) => fill(new SpanBuilder(), `DATABASE_URL=postgres://app:{pw}@db.internal:5432/app\nREDIS_URL=redis://cache.internal:6379/0\nLOG_LEVEL=debug`, v),
  (r, v) => fill(new SpanBuilder(), `$ git log -1\ncommit ${r.hex(40)}\nAuthor: {full} <{email}>\nDate:   Mon Dec 7 10:${r.int(10, 59)}:02 2026 +0100\n\n    Handle empty CSV uploads`, v),
  (r, v) => fill(new SpanBuilder(), `{"level":"error","time":"${ts(r)}","msg":"payment declined","user":{"id":${r.int(1000, 99999)},"email":"{email}"},"gateway":"stripe","code":"card_declined"}`, v),
  (r, v) => fill(new SpanBuilder(), `UPDATE users SET email = '{email}', updated_at = now() WHERE id = ${r.int(10, 99999)};`, v),
];

/** One code/log text; about seven in ten carry no personal data. */
export function codeLog(r: Rng, v: SampleValues): SpanBuilder {
  if (r.chance(0.3)) return r.pick(WITH_PII)(r, v);
  return new SpanBuilder().t(r.pick(PLAIN)(r));
}
