/**
 * The kinds of text that keep precision honest: ordinary English prose with nothing personal in
 * it, and code/log text (stack traces, JSON, SQL, config, shell output, access and application
 * logs). Most code/log samples carry no personal data; about one in five has an e-mail, an IP, a
 * user name or a secret inside, labelled. Machine timestamps are not personal data.
 */
import type { Faker } from "@faker-js/faker";
import { SpanBuilder, type ExternalSample } from "../external/sample";
import { type Draw, ipAddress, password, token } from "./values";

const PROSE = [
  "The new release makes the export page noticeably faster on large projects.",
  "Most teams start with a small pilot before rolling the tool out more widely.",
  "Reading the documentation first saves a surprising amount of time.",
  "May we suggest keeping the default settings until the first review?",
  "The committee agreed to revisit the budget once the numbers are final.",
  "Water boils at a lower temperature at high altitude, which changes cooking times.",
  "A good summary names the decision, the reason and the next step.",
  "Sales of garden furniture usually slow down after the summer.",
  "The bridge was closed for two hours while the inspection took place.",
  "Use short sentences when the reader is likely to skim.",
  "Our onboarding checklist has nine steps and takes about an hour.",
  "Bread rises faster in a warm kitchen, so adjust the proofing time.",
  "The report compares three pricing models and recommends the simplest one.",
  "Will the migration finish before the maintenance window closes?",
  "Customers often ask whether the free plan includes the mobile app.",
  "Regular backups matter more than the choice of backup software.",
  "The museum extended its opening hours for the autumn exhibition.",
  "Green tea contains less caffeine than most coffee.",
  "Please keep replies to this thread short and on topic.",
  "The quarterly review highlighted slower response times on weekends.",
  "A clear error message tells the user what happened and what to do next.",
  "The library added a quiet room for students during exam season.",
  "Long meetings rarely produce better decisions than short ones.",
  "Translate the following paragraph into plain language for a general audience.",
  "Explain the difference between a list and a tuple in simple terms.",
  "Write three catchy titles for a blog post about saving energy at home.",
  "The warehouse switched to reusable crates last year.",
  "Rain is expected for most of the week, with sunny spells on the weekend.",
  "Version two of the API keeps the old endpoints for another year.",
  "The orchestra tuned for ten minutes before the concert began.",
  "Invoices are generated automatically at the end of each billing cycle.",
  "Some plants need direct sunlight, while ferns prefer shade.",
  "Give me five interview questions for a junior data analyst.",
  "The support team answers most tickets within one working day.",
  "Grant applications open in spring and close six weeks later.",
  "Jordan almonds and sugared nuts are a traditional wedding favour in some regions.",
  "Our style guide prefers active verbs and avoids jargon.",
  "The hiking trail is steep in places but well marked.",
  "Could you make this paragraph sound more confident?",
  "Delivery times depend on the carrier and the size of the parcel.",
];

export function proseSample(i: number, d: Draw): ExternalSample {
  const n = d.int(2, 5);
  const parts: string[] = [];
  for (let k = 0; k < n; k++) parts.push(d.pick(PROSE));
  const text = parts.join(d.pick([" ", " ", "\n", "\n\n"]));
  return { id: `prose|${i}`, locale: "en", lang: "en", kind: "prose", template: "prose", text, spans: [] };
}

const stamp = (d: Draw) => `2026-${String(d.int(1, 11)).padStart(2, "0")}-${String(d.int(10, 28))}T${String(d.int(10, 23))}:${String(d.int(10, 59))}:${String(d.int(10, 59))}Z`;

/** Builders of code/log text; `pii` decides whether this one carries a labelled value. */
const SHAPES: ReadonlyArray<(b: SpanBuilder, d: Draw, f: Faker, pii: boolean) => void> = [
  (b, d, f, pii) => {
    b.t(`TypeError: Cannot read properties of undefined (reading 'items')\n    at renderList (src/components/list.tsx:${d.int(10, 300)}:${d.int(2, 40)})\n    at processChild (node_modules/react-dom/cjs/react-dom-server.node.development.js:${d.int(1000, 9000)}:14)\n`);
    if (pii) b.t("    context: user=").e("EMAIL_ADDRESS", f.internet.email().toLowerCase()).t("\n");
  },
  (b, d, f, pii) => {
    b.t(`{\n  "service": "billing",\n  "retries": ${d.int(1, 9)},\n  "timeoutMs": ${d.int(100, 9000)},\n  "featureFlags": ["new-checkout", "dark-mode"],\n`);
    if (pii) b.t('  "apiKey": "').e("SECRET", token(d)).t('",\n');
    b.t('  "region": "eu-west-1"\n}');
  },
  (b, d, f, pii) => {
    b.t(`SELECT o.id, o.total, c.segment\nFROM orders o JOIN customers c ON c.id = o.customer_id\nWHERE o.created_at > now() - interval '${d.int(2, 90)} days'\n`);
    if (pii) b.t("  AND c.email = '").e("EMAIL_ADDRESS", f.internet.email().toLowerCase()).t("'\n");
    b.t(`ORDER BY o.total DESC LIMIT ${d.int(10, 500)};`);
  },
  (b, d, f, pii) => {
    b.t(`# app config\nport: ${d.int(3000, 9000)}\nlog_level: ${d.pick(["info", "debug", "warn"])}\ndatabase:\n  host: db.internal\n  pool: ${d.int(2, 40)}\n`);
    if (pii) b.t("  password: ").e("SECRET", password(d)).t("\n");
  },
  (b, d, f, pii) => {
    b.t(`$ npm run build\n> next build\n   Creating an optimized production build ...\n ✓ Compiled successfully in ${d.int(3, 90)}s\n ✓ Generating static pages (${d.int(5, 80)}/${d.int(80, 90)})\n`);
    if (pii) b.t("$ git log -1 --format='%an <%ae>'\n").e("PERSON", `${f.person.firstName()} ${f.person.lastName()}`).t(" <").e("EMAIL_ADDRESS", f.internet.email().toLowerCase()).t(">\n");
  },
  (b, d, f, pii) => {
    const lines = d.int(2, 4);
    for (let k = 0; k < lines; k++) {
      b.t(pii && k === 0 ? "" : `${d.pick(["cdn-edge", "lb-2", "gateway"])} - - `);
      if (pii && k === 0) b.e("IP_ADDRESS", ipAddress(d)).t(" - - ");
      b.t(`[${stamp(d)}] "${d.pick(["GET", "POST", "PUT"])} /api/v1/${d.pick(["orders", "health", "items", "search"])} HTTP/1.1" ${d.pick([200, 200, 204, 304, 404, 500])} ${d.int(100, 90000)}\n`);
    }
  },
  (b, d, f, pii) => {
    b.t(`${stamp(d)} INFO  worker[${d.int(1, 16)}] job=${d.pick(["reindex", "send-digest", "cleanup"])} duration=${d.int(5, 9000)}ms status=ok\n`);
    b.t(`${stamp(d)} WARN  worker[${d.int(1, 16)}] retrying after ${d.int(1, 30)}s (attempt ${d.int(2, 5)}/5)\n`);
    if (pii) b.t(`${stamp(d)} ERROR auth login failed for user=`).e("ID", f.internet.username().toLowerCase()).t(" reason=bad_password\n");
  },
  (b, d, f, pii) => {
    b.t(`export async function handler(req: Request) {\n  const body = await req.json();\n  if (!body.items?.length) return new Response("empty", { status: ${d.pick([400, 422])} });\n`);
    if (pii) b.t('  const token = "').e("SECRET", token(d)).t('"; // TODO move to env\n');
    b.t("  return Response.json(await process(body.items));\n}");
  },
  (b, d) => {
    b.t(`Traceback (most recent call last):\n  File "/srv/app/tasks.py", line ${d.int(10, 400)}, in run\n    result = client.fetch(batch_size=${d.int(10, 500)})\nrequests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.example.com', port=443): Read timed out. (read timeout=${d.int(5, 60)})`);
  },
  (b, d) => {
    b.t(`NAME                      READY   STATUS    RESTARTS   AGE\napi-${d.shape("hhhhhhhhh")}-${d.shape("aaaaa")}   1/1     Running   ${d.int(0, 4)}          ${d.int(1, 40)}d\nworker-${d.shape("hhhhhhhhh")}-${d.shape("aaaaa")}   0/1     CrashLoopBackOff   ${d.int(5, 90)}   ${d.int(1, 9)}h`);
  },
  (b, d, f, pii) => {
    b.t(`Exception in thread "main" java.lang.IllegalStateException: ${d.pick(["quota exceeded", "no active session", "invoice already closed"])}`);
    if (pii) b.t(" for account ").e("EMAIL_ADDRESS", f.internet.email().toLowerCase());
    b.t(`\n\tat com.acme.billing.InvoiceService.close(InvoiceService.java:${d.int(20, 400)})\n\tat com.acme.billing.Scheduler.run(Scheduler.java:${d.int(20, 200)})`);
  },
  (b, d) => {
    b.t(`diff --git a/src/cart.ts b/src/cart.ts\n@@ -${d.int(10, 90)},7 +${d.int(10, 90)},8 @@ export function total(items: Item[]) {\n-  return items.reduce((s, i) => s + i.price, 0);\n+  const sum = items.reduce((s, i) => s + i.price * i.qty, 0);\n+  return Math.round(sum * 100) / 100;\n }`);
  },
  (b, d, f, pii) => {
    b.t(`services:\n  web:\n    image: node:20-alpine\n    ports: ["${d.int(3000, 3999)}:3000"]\n    environment:\n      NODE_ENV: production\n`);
    if (pii) b.t("      SMTP_PASSWORD: ").e("SECRET", password(d)).t("\n");
    b.t("  cache:\n    image: redis:7");
  },
  (b, d) => {
    b.t(`date,requests,errors,p95_ms\n`);
    for (let k = 0, n = d.int(3, 6); k < n; k++) b.t(`2026-11-${String(d.int(10, 28))},${d.int(1000, 90000)},${d.int(0, 300)},${d.int(40, 900)}\n`);
  },
  (b, d, f, pii) => {
    b.t(`${stamp(d)} [error] ${d.int(100, 9999)}#0: *${d.int(1, 99999)} upstream timed out (110: Connection timed out) while reading response header from upstream, `);
    if (pii) b.t("client: ").e("IP_ADDRESS", ipAddress(d)).t(", ");
    b.t(`server: shop.example.com, request: "GET /checkout HTTP/2.0"`);
  },
];

export function codeLogSample(i: number, d: Draw, f: Faker): ExternalSample {
  const shape = d.int(0, SHAPES.length - 1);
  const b = new SpanBuilder();
  SHAPES[shape](b, d, f, d.chance(0.22));
  return { id: `code-log|${i}`, locale: "en", lang: "en", kind: "code-log", template: `code-log.${shape}`, text: b.text, spans: b.spans };
}
