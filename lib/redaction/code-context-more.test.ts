import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { isMachineText } from "./recognizers/code-context";

const typed = (text: string) => redactText(text).entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

describe("machine text and its timestamps (1.7.0)", () => {
  it("more documents count as machine text on their own", () => {
    for (const text of [
      "2024/03/14 09:21:33 http: TLS handshake error from 10.1.2.3:51234: EOF",
      "[14-Mar-2024 09:21:33 UTC] PHP Warning:  Undefined index: qty in /var/www/html/cart.php on line 42",
      "Thu Mar 14 09:21:33 2024 [notice] Apache/2.4.57 configured -- resuming normal operations",
      '127.0.0.1 - - [14/Mar/2024:09:21:33 +0000] "GET /api/orders/8812 HTTP/1.1" 200 5123',
      "kubectl logs payments-api-7d9f8c6b5-x2kq -n prod --since=1h",
      '# settings.toml\n[database]\nhost = "db.internal"\nport = 5432',
      "server:\n  port: 8080\n  host: 0.0.0.0\nlogging:\n  level: debug",
      'WARN[0003] image "alpine:3.19" was built for a different platform',
      "ERROR in ./src/components/Checkout.tsx 14:2\nModule not found: Error: Can't resolve './Summary'",
      "npm ERR! code ERESOLVE",
      "fatal: unable to access 'https://github.com/acme/web.git/': Could not resolve host: github.com",
    ]) expect(isMachineText(text)).toBe(true);
  });
  it("a chat export's timestamped lines and prose about a command are not", () => {
    for (const text of [
      "[14/03/2024, 09:21:33] Anna Schmidt: I moved to Hauptstraße 5, call me on 0171 2345678",
      "2024-03-14 09:21:33 - Maria Garcia: my new address is Calle Mayor 5, Madrid",
      "How do I use git log to find what Anna Petrova changed? She called from 0612345678.",
    ]) expect(isMachineText(text)).toBe(false);
  });
  it("a date with a clock to the second, as only programs write it, is a timestamp wherever it stands", () => {
    expect(typed("Thu Mar 14 09:21:33 2024 [notice] Apache/2.4.57 configured")).toEqual([]);
    expect(typed("Mar 14 2024 09:21:33 Build #4412 finished in 3m 12s (commit 9f8e7d6, branch main)")).toEqual([]);
    expect(typed("commit 9f8e7d6c5b4a\nAuthor: Jan Novak <jan.novak@example.cz>\nDate:   Thu Mar 14 09:21:33 2024 +0100")).toEqual(["PERSON:Jan Novak", "EMAIL_ADDRESS:jan.novak@example.cz"]);
    // A person's date stays one.
    expect(typed("Met Jonas Weber on Mar 14, 2024 at 9:21 near the station")).toContain("DATE_TIME:Mar 14, 2024");
  });
  it("in machine text a date is the program's where it plainly is a timestamp, unless a birth word stands before it", () => {
    expect(typed("INFO 2024-03-14 backup of /var/lib/postgres completed in 12 s\nINFO 2024-03-15 backup skipped")).toEqual([]);
    expect(typed('{"level":"info","event":"signup","dob":"1985-03-14","plan":"pro"}')).toEqual(["DATE_TIME:1985-03-14"]);
    expect(typed("INFO Job finished at 14/03/2024 09:21:07 on runner-7\nINFO next run 2024-03-15T02:00Z")).toEqual([]);
    expect(typed('{"level":"info","ts":"2024-03-14","created_at":"14.03.2024","@timestamp":"2024-03-14 09:21"}')).toEqual([]);
    expect(typed('{"level":"info","dob":"14/03/1985","plan":"pro"}')).toEqual(["DATE_TIME:14/03/1985"]);
    // Anywhere else a date in a log or a record may be a person's: it stays a date.
    expect(typed("INFO Patient admitted on 14/03/2024, discharge planned 21.03.2024\nINFO bed 12 assigned")).toEqual(["DATE_TIME:14/03/2024", "DATE_TIME:21.03.2024"]);
    expect(typed('{"level":"info","event":"booking","appointment":"2024-03-14","passport_expiry":"2031-01-01"}')).toEqual(["DATE_TIME:2024-03-14", "DATE_TIME:2031-01-01"]);
    // In prose it is still a date.
    expect(typed("We met on 2024-03-14 in the lobby.")).toEqual(["DATE_TIME:2024-03-14"]);
  });
  it("a status line is no street, an address after 'to' stops at a URL or an e-mail, a git remote is no e-mail", () => {
    expect(typed("Webhook POST to https://hooks.acme.io/build-status failed: 502 Bad Gateway")).toEqual(["URL:https://hooks.acme.io/build-status"]);
    expect(typed("ERROR Failed to send invoice to anna.berg@example.se: SMTP 550 mailbox unavailable")).toEqual(["EMAIL_ADDRESS:anna.berg@example.se"]);
    expect(typed("git clone git@github.com:acme/web.git")).toEqual([]);
    expect(typed("write to git@example.com: thanks")).toEqual(["EMAIL_ADDRESS:git@example.com"]);
  });
  it("an exception line, a line of code, HTML, a crontab line and JSON after a label are machine text", () => {
    for (const text of [
      "TypeError: Cannot read properties of undefined (reading 'map') at https://app.acme.io/static/js/main.4f2a.js:2:1345",
      "const user = await db.user.findUnique({ where: { id: 8812 } });",
      'fetch("https://api.acme.io/v2/users/8812", { headers: { Authorization: `Bearer ${token}` } })',
      'if user.email == "admin@acme.io":\n    send_mail(user, subject="Welcome")',
      '<div class="profile"><a href="https://acme.io/u/8812">Profile</a></div>',
      "curl -X POST https://api.acme.io/v1/orders -d '{\"sku\": \"A-881\"}'",
      "# crontab\n0 2 * * * /opt/backup.sh --date 2024-03-14",
      'Response: {"status": "ok", "url": "https://cdn.acme.io/a/8812.png"}',
      'log.info("Sent receipt to %s on %s", email, "2024-03-14")',
    ]) expect(isMachineText(text)).toBe(true);
    // Digits apart by spaces are no crontab line; a sentence ending in ";" is still prose.
    for (const text of ["WARNING: do not share your password with anyone", "Call 0171 23 45 67 89 now, she is waiting", "We met Anna in Porto; she moved to Lisbon in 2019"]) expect(isMachineText(text)).toBe(false);
  });
  it("one line opening with a level is not machine text on that alone: a phone number in it stays one", () => {
    for (const text of ["WARN Case 2024-00481 escalated to tier 2", "INFO Escalated by Priya Raman, callback 020 7946 0018"]) expect(isMachineText(text)).toBe(false);
    expect(typed("INFO Case 2024-00481 escalated by Priya Raman, callback 020 7946 0018")).toContain("PHONE_NUMBER:020 7946 0018");
    expect(typed("ERROR Customer Priya Raman, 020 7946 0018, wants a refund")).toContain("PHONE_NUMBER:020 7946 0018");
  });
  it("a label followed by a long run of spaces costs linear time (the JSON-after-a-label sign)", () => {
    // Checked by its result on a text whose quadratic backtracking would take minutes.
    expect(isMachineText(`Hi, I'm Anna Schmidt, call me on 020 7946 0018.\nResponse:${" ".repeat(200_000)}ok`)).toBe(false);
  });
  it("a TypeError's URL is kept as an endpoint of machine text", () => {
    expect(typed("TypeError: Cannot read properties of undefined (reading 'map') at https://app.acme.io/static/js/main.4f2a.js:2:1345")).toEqual([]);
  });
});

