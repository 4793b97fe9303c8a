/**
 * Code and log text as people paste it into an assistant: stack traces, JSON, SQL, config
 * files, shell output, access logs. Most of it has no personal data and measures how much
 * machine text the engine removes (identifiers, hashes, versions, paths, timestamps of
 * machine events are not personal data here). About four in ten carry a little: an e-mail
 * in an error message, an author line, a password in a config, a client IP in a log line.
 */
import type { Rng } from "./rng";
import type { ExternalType } from "./sample";

export interface Piece {
  t(literal: string): unknown;
  e(type: ExternalType, value: string): unknown;
}

/** The personal values a log may carry, drawn from the sample's locale. */
export interface PiiSource {
  email(): string;
  name(): string;
  ip(): string;
  ip6(): string;
  password(): string;
  token(): string;
  user(): string;
  phone(): string;
}

const SERVICES = ["billing", "orders", "search", "auth", "inventory", "notifications", "reporting", "gateway", "scheduler", "media"];
const FILES = ["handlers.py", "models.py", "views.py", "service.ts", "router.ts", "worker.js", "index.js", "OrderService.java", "main.go", "client.rb"];
const METHODS = ["process", "handle", "render", "validate", "fetchPage", "applyDiscount", "reconcile", "serialize", "toJSON", "run"];
const HOSTS = ["db-primary", "cache-2", "api-gw", "worker-7", "queue-01", "search-node-3", "ingest-a", "metrics"];
const PATHS = ["/api/v2/orders", "/health", "/static/app.4f2c9e.js", "/login", "/api/search?q=shoes&page=2", "/graphql", "/favicon.ico", "/api/v1/reports/export"];
const AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "curl/8.5.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)", "python-requests/2.31", "okhttp/4.12.0"];

const REF_MS = Date.UTC(2025, 4, 1, 6, 0, 0);
const stamp = (r: Rng) => new Date(REF_MS + r.int(0, 30 * 24 * 3600) * 1000 + r.int(0, 999)).toISOString();
const version = (r: Rng) => `${r.int(0, 12)}.${r.int(0, 30)}.${r.int(0, 40)}`;
const uuid = (r: Rng) => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(["8", "9", "a", "b"])}${r.hex(3)}-${r.hex(12)}`;

type Format = (b: Piece, r: Rng, pii: PiiSource, withPii: boolean) => void;

const FORMATS: Record<string, Format> = {
  pythonTraceback: (b, r, pii, withPii) => {
    const svc = r.pick(SERVICES);
    b.t(`Traceback (most recent call last):\n  File "/srv/${svc}/app/${r.pick(FILES)}", line ${r.int(20, 600)}, in ${r.pick(METHODS)}\n    result = client.${r.pick(METHODS)}(payload, timeout=${r.int(2, 60)})\n  File "/usr/lib/python3.12/site-packages/httpx/_client.py", line ${r.int(800, 1800)}, in send\n    raise exc\n`);
    if (withPii) {
      b.t("ValueError: could not deliver receipt to ");
      b.e("EMAIL_ADDRESS", pii.email());
      b.t(": mailbox unavailable");
    } else b.t(`httpx.ReadTimeout: timed out after ${r.int(5, 30)}.0s (request id ${uuid(r)})`);
  },
  javaTrace: (b, r, pii, withPii) => {
    const svc = r.pick(SERVICES);
    b.t(`${stamp(r)} ERROR [http-nio-8080-exec-${r.int(1, 40)}] c.e.${svc}.web.ErrorHandler - Request failed\norg.springframework.dao.DataIntegrityViolationException: could not execute statement\n\tat com.example.${svc}.OrderService.place(OrderService.java:${r.int(40, 400)})\n\tat com.example.${svc}.OrderController.create(OrderController.java:${r.int(20, 200)})\n\tat java.base/java.lang.Thread.run(Thread.java:1583)\nCaused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "customers_email_key"\n  Detail: Key (email)=(`);
    if (withPii) b.e("EMAIL_ADDRESS", pii.email());
    else b.t(`<redacted-${r.hex(6)}>`);
    b.t(") already exists.");
  },
  nodeError: (b, r) => {
    b.t(`TypeError: Cannot read properties of undefined (reading '${r.pick(["id", "items", "length", "map", "status"])}')\n    at ${r.pick(METHODS)} (/app/src/${r.pick(SERVICES)}/${r.pick(FILES)}:${r.int(10, 300)}:${r.int(5, 40)})\n    at async Promise.all (index ${r.int(0, 9)})\n    at async /app/node_modules/express/lib/router/layer.js:95:5\nNode.js v${r.pick(["20.11.1", "20.19.2", "22.4.0"])}`);
  },
  json: (b, r, pii, withPii) => {
    b.t(`{\n  "status": "${r.pick(["ok", "error", "partial"])}",\n  "requestId": "${uuid(r)}",\n  "durationMs": ${r.int(3, 4000)},\n  "items": [\n    { "sku": "SKU-${r.digits(6)}", "qty": ${r.int(1, 9)}, "price": ${r.int(1, 300)}.${r.digits(2)} },\n    { "sku": "SKU-${r.digits(6)}", "qty": ${r.int(1, 9)}, "price": ${r.int(1, 300)}.${r.digits(2)} }\n  ],\n`);
    if (withPii) {
      b.t('  "customer": { "name": "');
      b.e("PERSON", pii.name());
      b.t('", "email": "');
      b.e("EMAIL_ADDRESS", pii.email());
      b.t('", "phone": "');
      b.e("PHONE_NUMBER", pii.phone());
      b.t('" },\n');
    }
    b.t(`  "currency": "${r.pick(["EUR", "USD", "PLN", "SEK", "JPY"])}",\n  "version": "${version(r)}"\n}`);
  },
  sql: (b, r, pii, withPii) => {
    b.t(`SELECT o.id, o.status, o.total, c.country_code\nFROM orders o\nJOIN customers c ON c.id = o.customer_id\nWHERE o.created_at >= now() - interval '${r.int(1, 30)} days'\n`);
    if (withPii) {
      b.t("  AND c.email = '");
      b.e("EMAIL_ADDRESS", pii.email());
      b.t("'\n");
    } else b.t(`  AND o.status IN ('paid', 'shipped')\n`);
    b.t(`ORDER BY o.created_at DESC\nLIMIT ${r.pick([10, 50, 100, 500])};\n\n(${r.int(0, 500)} rows, ${r.int(1, 900)} ms)`);
  },
  yaml: (b, r, pii, withPii) => {
    b.t(`service:\n  name: ${r.pick(SERVICES)}\n  replicas: ${r.int(1, 12)}\n  image: registry.internal/${r.pick(SERVICES)}:${version(r)}\n  resources:\n    limits: { cpu: "${r.int(1, 4)}", memory: ${r.pick([256, 512, 1024, 2048])}Mi }\ndatabase:\n  host: ${r.pick(HOSTS)}.internal\n  port: ${r.pick([5432, 3306, 6379, 27017])}\n  user: app\n`);
    if (withPii) {
      b.t("  password: ");
      b.e("SECRET", pii.password());
      b.t("\n");
    } else b.t("  password: ${DB_PASSWORD}\n");
    b.t(`logging:\n  level: ${r.pick(["info", "warn", "debug"])}\n  format: json`);
  },
  env: (b, r, pii, withPii) => {
    b.t(`NODE_ENV=production\nPORT=${r.pick([3000, 8080, 8000, 5000])}\nLOG_LEVEL=${r.pick(["info", "warn"])}\nREDIS_URL=redis://${r.pick(HOSTS)}:6379/0\nFEATURE_FLAGS=checkout_v2,${r.pick(["fast_search", "new_nav", "beta_export"])}\n`);
    if (withPii) {
      b.t("STRIPE_SECRET_KEY=");
      b.e("SECRET", pii.token());
      b.t("\n");
    } else b.t("STRIPE_SECRET_KEY=\n");
    b.t(`MAX_UPLOAD_MB=${r.int(5, 200)}`);
  },
  shellLs: (b, r) => {
    const lines = [`$ ls -la /var/www/${r.pick(SERVICES)}`, `total ${r.int(20, 400)}`];
    for (let i = 0; i < r.int(3, 6); i++) {
      lines.push(`-rw-r--r--  1 www-data www-data ${String(r.int(100, 99999)).padStart(6)} ${r.pick(["Jan", "Mar", "May", "Jun", "Sep", "Nov"])} ${String(r.int(1, 28)).padStart(2)} ${String(r.int(0, 23)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")} ${r.pick(["index.html", "app.js", "styles.css", "robots.txt", "manifest.json", "sitemap.xml", ".env.example"])}`);
    }
    b.t(lines.join("\n"));
  },
  dockerPs: (b, r) => {
    const lines = ["$ docker ps", "CONTAINER ID   IMAGE                      COMMAND                  STATUS          PORTS"];
    for (let i = 0; i < r.int(2, 5); i++) {
      lines.push(`${r.hex(12)}   ${r.pick(["postgres:16", "redis:7-alpine", "nginx:1.27", `app/${r.pick(SERVICES)}:${version(r)}`])}   "${r.pick(["docker-entrypoint.s…", "nginx -g 'daemon of…", "node server.js"])}"   Up ${r.int(2, 59)} ${r.pick(["minutes", "hours", "days"])}   0.0.0.0:${r.pick([5432, 6379, 8080, 443])}->${r.pick([5432, 6379, 80, 443])}/tcp`);
    }
    b.t(lines.join("\n"));
  },
  kubectl: (b, r) => {
    const lines = ["$ kubectl get pods -n prod", "NAME                                READY   STATUS             RESTARTS   AGE"];
    for (let i = 0; i < r.int(3, 6); i++) {
      lines.push(`${r.pick(SERVICES)}-${r.hex(9)}-${r.letters(5, "abcdefghijklmnopqrstuvwxyz0123456789")}   ${r.int(0, 1)}/1     ${r.pick(["Running", "Running", "CrashLoopBackOff", "Pending"])}   ${r.int(0, 40)}   ${r.int(1, 59)}${r.pick(["m", "h", "d"])}`);
    }
    b.t(lines.join("\n"));
  },
  gitLog: (b, r, pii, withPii) => {
    b.t(`$ git log -1\ncommit ${r.hex(40)}\nAuthor: `);
    if (withPii) {
      b.e("PERSON", pii.name());
      b.t(" <");
      b.e("EMAIL_ADDRESS", pii.email());
      b.t(">");
    } else b.t("ci-bot <ci-bot@users.noreply.github.com>");
    b.t(`\nDate:   ${new Date(REF_MS + r.int(0, 999999) * 1000).toUTCString()}\n\n    ${r.pick(["Fix flaky retry test", "Bump dependencies", "Refactor order totals", "Add index on created_at", "Handle empty search results"])}`);
  },
  accessLog: (b, r, pii, withPii) => {
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      if (withPii && i === 0) b.e("IP_ADDRESS", r.chance(0.8) ? pii.ip() : pii.ip6());
      // Behind the load balancer the client address is often not logged at all.
      else b.t(r.pick(["-", "lb-internal"]));
      b.t(` - - [${stamp(r)}] "${r.pick(["GET", "POST", "GET", "PUT"])} ${r.pick(PATHS)} HTTP/1.1" ${r.pick([200, 200, 204, 301, 404, 500])} ${r.int(0, 90000)} "-" "${r.pick(AGENTS)}"`);
      if (i < n - 1) b.t("\n");
    }
  },
  appLog: (b, r, pii, withPii) => {
    const n = r.int(3, 5);
    for (let i = 0; i < n; i++) {
      b.t(`${stamp(r)} ${r.pick(["INFO ", "INFO ", "WARN ", "DEBUG"])} [${r.pick(SERVICES)}-worker-${r.int(1, 9)}] `);
      if (withPii && i === 1) {
        b.t("login failed for user=");
        b.e("ID", pii.user());
        b.t(" from ");
        b.e("IP_ADDRESS", pii.ip());
      } else b.t(r.pick([`job=reindex batch=${r.int(1, 400)} took=${r.int(5, 9000)}ms`, `cache hit ratio=${r.int(60, 99)}.${r.int(0, 9)}%`, `retrying request ${uuid(r)} attempt=${r.int(2, 5)}`, `build ${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.int(10, 250)} deployed`, `queue depth=${r.int(0, 9000)} consumers=${r.int(1, 16)}`]));
      if (i < n - 1) b.t("\n");
    }
  },
  httpHeaders: (b, r, pii, withPii) => {
    b.t(`POST ${r.pick(PATHS)} HTTP/1.1\nHost: api.${r.pick(SERVICES)}.example.com\nContent-Type: application/json\nAccept-Encoding: gzip, br\nX-Request-Id: ${uuid(r)}\n`);
    if (withPii) {
      b.t("Authorization: Bearer ");
      b.e("SECRET", pii.token());
    } else b.t("Authorization: Bearer <token>");
    b.t(`\nContent-Length: ${r.int(20, 5000)}`);
  },
  csvMetrics: (b, r) => {
    const rows = ["date,requests,errors,p95_ms"];
    for (let i = 1; i <= r.int(3, 6); i++) rows.push(`2025-05-${String(i).padStart(2, "0")},${r.int(10000, 400000)},${r.int(0, 400)},${r.int(80, 1500)}`);
    b.t(rows.join("\n"));
  },
  tsCode: (b, r) => {
    b.t(`export async function ${r.pick(METHODS)}(req: Request): Promise<Response> {\n  const body = await req.json();\n  const userName = String(body.name ?? "").trim();\n  if (!userName) return new Response("name is required", { status: 400 });\n  const retries = ${r.int(1, 5)};\n  for (let attempt = 0; attempt < retries; attempt++) {\n    const res = await fetch(\`\${BASE_URL}/v${r.int(1, 3)}/${r.pick(SERVICES)}\`, { method: "POST", body: JSON.stringify(body) });\n    if (res.ok) return res;\n  }\n  return new Response("upstream unavailable", { status: 502 });\n}`);
  },
  diff: (b, r) => {
    b.t(`diff --git a/src/${r.pick(FILES)} b/src/${r.pick(FILES)}\nindex ${r.hex(7)}..${r.hex(7)} 100644\n--- a/src/${r.pick(FILES)}\n+++ b/src/${r.pick(FILES)}\n@@ -${r.int(10, 200)},7 +${r.int(10, 200)},8 @@\n-    timeout = ${r.int(5, 30)}\n+    timeout = ${r.int(31, 90)}\n+    retries = ${r.int(1, 5)}\n     return client.send(request)`);
  },
};

const FORMAT_NAMES = Object.keys(FORMATS);
/** Formats that can carry a personal value; the others never do. */
const PII_CAPABLE = new Set(["pythonTraceback", "javaTrace", "json", "sql", "yaml", "env", "gitLog", "accessLog", "appLog", "httpHeaders"]);

/** Writes one code/log text; returns the format's name. */
export function codeLogText(b: Piece, r: Rng, pii: PiiSource): string {
  const name = r.pick(FORMAT_NAMES);
  const withPii = PII_CAPABLE.has(name) && r.chance(0.55);
  FORMATS[name](b, r, pii, withPii);
  return name;
}
