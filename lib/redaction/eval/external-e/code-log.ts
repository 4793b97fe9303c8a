/**
 * Code and log text with no personal data at all: stack traces in several languages, configs,
 * SQL, Kubernetes manifests, CI output and request logs without client addresses. Only
 * counts, ports and durations vary (`{n}`, `{n2}`: never labelled). Whatever the engine removes
 * here is a word lost.
 */
export const CODE_LOG: readonly string[] = [
  "Traceback (most recent call last):\n  File \"/app/worker/tasks.py\", line {n2}, in process_batch\n    rows = parse_rows(payload[\"items\"])\n  File \"/app/worker/parse.py\", line 88, in parse_rows\n    return [Row(**r) for r in items]\nTypeError: __init__() got an unexpected keyword argument 'created'",
  "Exception in thread \"main\" java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"value\" is null\n\tat com.example.billing.InvoiceFormatter.format(InvoiceFormatter.java:{n2})\n\tat com.example.billing.InvoiceService.render(InvoiceService.java:112)\n\tat com.example.App.main(App.java:21)",
  "TypeError: Cannot read properties of undefined (reading 'map')\n    at ProjectList (webpack-internal:///./components/ProjectList.tsx:{n2}:31)\n    at renderWithHooks (node_modules/react-dom/cjs/react-dom.development.js:16305:18)",
  "panic: runtime error: index out of range [{n2}] with length 3\n\ngoroutine 1 [running]:\nmain.(*Queue).Pop(...)\n\t/src/queue/queue.go:42\nmain.main()\n\t/src/cmd/server/main.go:{n2} +0x1d4\nexit status 2",
  "thread 'main' panicked at src/config.rs:{n2}:14:\ncalled `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
  "Unhandled exception. System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Orders.Api.Services.PricingService.GetBaseRate() in /src/Orders.Api/Services/PricingService.cs:line {n2}",
  "{\n  \"compilerOptions\": {\n    \"target\": \"ES2022\",\n    \"module\": \"esnext\",\n    \"strict\": true,\n    \"paths\": { \"@/*\": [\"./src/*\"] }\n  },\n  \"include\": [\"src\", \"tests\"]\n}",
  "SELECT p.id, p.title, COUNT(t.id) AS open_tasks\nFROM projects p\nLEFT JOIN tasks t ON t.project_id = p.id AND t.status = 'open'\nGROUP BY p.id, p.title\nHAVING COUNT(t.id) > {n2}\nORDER BY open_tasks DESC;",
  "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api-gateway\n  labels:\n    app: api-gateway\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: gateway\n          image: registry.example.com/platform/gateway:1.{n2}.0\n          ports:\n            - containerPort: 8080",
  "Run npm ci\nadded {n} packages in 41s\nRun npm test\n > vitest run\n ✓ src/utils/date.test.ts (12 tests) 38ms\n ✗ src/api/client.test.ts > retries on 503\n   AssertionError: expected 2 to equal 3\nError: Process completed with exit code 1.",
  "[router] GET /api/v2/projects/{n2}/builds 200 14ms\n[router] POST /api/v2/builds 201 212ms\n[router] GET /healthz 200 1ms\n[router] GET /api/v2/builds/{n}/logs 404 3ms",
  "docker build -t web:latest .\n#8 [build 4/6] RUN npm run build\n#8 12.41 ▲ Next.js 15.1.0\n#8 30.02 ✓ Compiled successfully\n#8 31.77 Route (app)  Size  First Load JS\n#8 DONE 33.4s",
  "ERROR 1452 (23000): Cannot add or update a child row: a foreign key constraint fails (`shop`.`order_items`, CONSTRAINT `fk_order` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`))",
  "def retry(fn, attempts=3, delay=0.5):\n    for i in range(attempts):\n        try:\n            return fn()\n        except TimeoutError:\n            time.sleep(delay * 2 ** i)\n    raise RuntimeError(\"gave up after retries\")",
  "export async function GET(req: Request) {\n  const { searchParams } = new URL(req.url);\n  const page = Number(searchParams.get(\"page\") ?? 1);\n  const items = await db.item.findMany({ skip: (page - 1) * {n2}, take: {n2} });\n  return Response.json(items);\n}",
  "2026-04-01 12:00:03.114 UTC [{n}] LOG:  checkpoint complete: wrote {n2} buffers (0.1%); 0 WAL file(s) added, 0 removed, 1 recycled",
  "warning: unused variable: `config`\n --> src/main.rs:{n2}:9\n  |\n  |     let config = load();\n  |         ^^^^^^ help: if this is intentional, prefix it with an underscore: `_config`",
  "terraform plan\n  # aws_s3_bucket.assets will be created\n  + resource \"aws_s3_bucket\" \"assets\" {\n      + bucket = \"static-assets-prod\"\n      + force_destroy = false\n    }\nPlan: 1 to add, 0 to change, 0 to destroy.",
];
