/**
 * Code and log text for corpus D: what developers paste into an assistant. Most of it holds no
 * personal data at all (hosts, hashes, machine timestamps and ports are not personal data); some
 * has a user's e-mail, a client IP, a user name or a secret inside, as real logs do.
 */
export const CODE_LOG_TEMPLATES: string[] = [
  // without personal data
  "TypeError: Cannot read properties of undefined (reading 'map')\n    at renderList (webpack-internal:///./src/components/List.tsx:42:18)\n    at renderWithHooks (react-dom.development.js:16305:18)",
  "{ts} INFO  server listening on :{port}\n{ts} INFO  connected to postgres at {host}:{port}\n{ts} WARN  slow query ({ms} ms) SELECT * FROM orders WHERE status = 'pending'",
  "SELECT o.id, o.total, c.country\nFROM orders o\nJOIN customers c ON c.id = o.customer_id\nWHERE o.created_at > now() - interval '7 days'\nORDER BY o.total DESC\nLIMIT 20;",
  "$ git log --oneline -3\n{hash} Fix pagination when the last page is empty\n{hash} Bump eslint to 9\n{hash} Merge branch 'main' into feature/export",
  "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"{port}:5432\"\n  cache:\n    image: redis:7\n    restart: always",
  "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! While resolving: web@1.4.2\nnpm ERR! Found: react@19.0.0",
  "{\"level\":\"error\",\"time\":\"{ts}\",\"msg\":\"job failed\",\"job\":\"reindex\",\"attempt\":{n},\"durationMs\":{ms},\"traceId\":\"{uuid}\"}",
  "Traceback (most recent call last):\n  File \"/app/worker.py\", line 88, in run\n    result = process(batch)\n  File \"/app/worker.py\", line 41, in process\n    raise ValueError(\"batch size must be positive\")\nValueError: batch size must be positive",
  "def monthly_totals(rows):\n    totals = defaultdict(float)\n    for r in rows:\n        totals[r.month] += r.amount\n    return dict(sorted(totals.items()))",
  "kubectl get pods -n payments\nNAME                        READY   STATUS             RESTARTS   AGE\napi-{hash}                  1/1     Running            0          3d\nworker-{hash}               0/1     CrashLoopBackOff   {n}        14m",
  "[{ts}] production.ERROR: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock (Connection: mysql, SQL: update `jobs` set `reserved_at` = ?)",
  "Compiled with warnings.\n\nsrc/App.tsx\n  Line 12:10:  'useMemo' is defined but never used  no-unused-vars\n\nSearch for the keywords to learn more about each warning.",
  "CREATE INDEX CONCURRENTLY idx_events_created ON events (created_at);\n-- took {ms} ms on staging, table has ~{n}M rows",
  "ERROR in ./src/index.ts 3:0-28\nModule not found: Error: Can't resolve './utils/format' in '/home/runner/work/app/src'",
  "{ts} GET /api/health 200 {ms}ms\n{ts} GET /api/orders?page=2 200 {ms}ms\n{ts} POST /api/checkout 502 {ms}ms upstream=\"{host}:{port}\"",
  "PING {host} 56(84) bytes of data.\n64 bytes: icmp_seq=1 ttl=64 time=0.{n} ms\n--- ping statistics ---\n3 packets transmitted, 3 received, 0% packet loss",
  "fn parse_header(buf: &[u8]) -> Result<Header, Error> {\n    let magic = u32::from_be_bytes(buf[0..4].try_into()?);\n    if magic != 0xCAFEBABE { return Err(Error::BadMagic); }\n    Ok(Header { version: buf[4] })\n}",
  "Warning: Each child in a list should have a unique \"key\" prop.\n\nCheck the render method of `InvoiceTable`. See https://react.dev/link/warning-keys for more information.",
  // with some personal data inside
  "{ts} ERROR auth: login failed for user {email} from {ip} (attempt {n})",
  "{ip} - - [07/Dec/2026:10:{n}:11 +0000] \"GET /account/settings HTTP/1.1\" 200 5123 \"-\" \"Mozilla/5.0\"",
  "Traceback (most recent call last):\n  File \"/srv/app/mailer.py\", line 57, in send\n    smtp.sendmail(sender, [to], msg)\nsmtplib.SMTPRecipientsRefused: {'{email}': (550, b'5.1.1 mailbox unavailable')}",
  "DATABASE_URL=postgres://app:{pw}@{host}:5432/app\nREDIS_URL=redis://{host}:6379\nSTRIPE_SECRET_KEY={token}",
  "$ curl -H \"Authorization: Bearer {token}\" https://api.example.com/v1/me\n{\"id\":\"{uuid}\",\"email\":\"{email}\",\"name\":\"{full}\"}",
  "UPDATE users SET email = '{email}', phone = '{phone}' WHERE id = {n};",
  "{\"level\":\"warn\",\"time\":\"{ts}\",\"msg\":\"password reset requested\",\"user\":\"{email}\",\"ip\":\"{ip}\"}",
  "java.lang.IllegalStateException: duplicate account for {email}\n\tat com.shop.accounts.AccountService.create(AccountService.java:118)\n\tat com.shop.api.SignupController.post(SignupController.java:52)",
  "sshd[{n}]: Accepted publickey for {user} from {ip} port {port} ssh2",
  "[core]\n\tautocrlf = input\n[user]\n\tname = {full}\n\temail = {email}",
];

/** Share of code/log samples drawn from the templates with personal data (the rest have none). */
export const CODE_LOG_PII_FROM = CODE_LOG_TEMPLATES.findIndex((t) => t.includes("login failed"));
