import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { inCodeToken, isMachineText } from "./recognizers/code-context";
import { luhnValid } from "./validators";

const typed = (text: string) => redactText(text).entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

/** [start, end) of `word`'s first occurrence in `text`. */
const at = (text: string, word: string): [number, number] => [text.indexOf(word), text.indexOf(word) + word.length];

describe("code identifiers and paths are no names (1.5.0)", () => {
  it("a namespace, class or file segment of a stack frame or a path", () => {
    expect(typed("   at Contoso.Orders.Api.Services.InvoiceService.GetLatestAsync(Guid customerId) in /src/Contoso.Orders.Api/Services/InvoiceService.cs:line 57")).toEqual([]);
    expect(typed("Fix exponential backoff overflow in Scheduler.nextDelay")).toEqual([]);
    const frame = "at Contoso.Orders.Api.Run(";
    expect(inCodeToken(frame, ...at(frame, "Contoso"))).toBe(true);
  });
  it("but not an abbreviation, a missing space in prose or a user's folder", () => {
    for (const [text, word] of [["We flew to St.Petersburg in May", "Petersburg"], ["I stayed in Berlin.Then we left", "Berlin"], ["ls /home/Anna/projects", "Anna"], ["C:\\Users\\Anna\\Desktop", "Anna"]]) {
      expect(inCodeToken(text, ...at(text, word))).toBe(false);
    }
  });
  it("'12.4ms | Allocations': a unit written against a number is no honorific", () => {
    expect(typed("Completed 422 Unprocessable Entity in 76ms (ActiveRecord: 12.4ms | Allocations: 8123)")).toEqual([]);
    expect(typed("Please ask Ms Allocations about it")).toEqual(["PERSON:Allocations"]);
  });
  it("in machine text a lone capitalised word needs more than the bare threshold", () => {
    const log = "2025-01-14T10:02:33.812+0000 WARN  [cassandra] Read timeout: Cassandra timeout during read query";
    expect(isMachineText(log)).toBe(true);
    expect(typed(log)).toEqual([]);
    expect(isMachineText("Cassandra said the timeout was fine.")).toBe(false);
  });
  it("SQL in capitals and a port are no addresses", () => {
    expect(typed("CREATE TABLE invoices (\n  id BIGSERIAL PRIMARY KEY,\n  total INT NOT NULL\n);")).toEqual([]);
    expect(typed("Is the server accepting\n\tTCP/IP connections on port 5432?")).toEqual([]);
  });
});

describe("endpoints and ids of machine text (1.5.0)", () => {
  it("loopback, internal and example hosts and their URLs are kept", () => {
    expect(typed('upstream: "http://127.0.0.1:3000/api/cart", host: "shop.example.org"')).toEqual([]);
    expect(typed('W0114 09:42:01.553211 1 reflector.go:535] failed to list *v1.Pod: Get "https://10.96.0.1:443/api/v1/pods?limit=500": dial tcp 10.96.0.1:443: i/o timeout')).toEqual([]);
    expect(typed("Error: connect ECONNREFUSED 127.0.0.1:6379\n  address: '127.0.0.1',\n  port: 6379")).toEqual([]);
    expect(typed("DATABASE_URL=postgres://app@db.internal:5432/Orders")).toEqual([]);
  });
  it("a client's or user's address, a public host and credentials are still redacted", () => {
    expect(typed("2025/01/14 03:18:09 [warn] upstream timed out, client: 10.0.0.7, server: shop")).toEqual(["IP_ADDRESS:10.0.0.7"]);
    expect(typed('192.168.1.20 - - [14/Jan/2025:03:17:41 +0000] "GET / HTTP/2.0" 304 0')).toEqual(["IP_ADDRESS:192.168.1.20"]);
    expect(typed('{"level":"info","msg":"signed in","ip":"127.4.0.9"}')).toEqual(["IP_ADDRESS:127.4.0.9"]);
    expect(typed("DATABASE_URL=postgres://app:s3cretPass@db.internal:5432/Orders")).toEqual(["URL:postgres://app:s3cretPass@db.internal:5432/Orders"]);
    expect(typed("My blog is at https://anna-berg-travels.net/about")).toEqual(["URL:https://anna-berg-travels.net/about"]);
  });
  it("a product version in a user agent is no IP address", () => {
    expect(typed("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/105.9.15.11 Safari/537.36")).toEqual([]);
  });
  it("a message id and a URL's user part are no e-mail addresses", () => {
    expect(typed("Message-ID: <CAF3b9a1c2.4421@mail.acme.dev>")).toEqual([]);
    expect(typed("Reply to anna.berg@example.org please")).toEqual(["EMAIL_ADDRESS:anna.berg@example.org"]);
  });
  it("a millisecond timestamp, a hex trace id and a kernel's uptime are no card, wallet or phone", () => {
    expect(luhnValid("1747197251726")).toBe(true);
    expect(typed('{"ts":1747197251726,"event":"payment.captured"}')).toEqual([]);
    expect(typed("Visa 4222222222222 was charged")).toEqual(["CREDIT_CARD:4222222222222"]);
    expect(typed('{"service":"PaymentGateway","trace_id":"3cbA54Af6ac71cbDBF5885f7fB8fcbDB"}')).toEqual([]);
    expect(typed("Dec 07 02:14:33 db-01 kernel: [8812345.120331] Out of memory: Killed process 22811")).toEqual([]);
  });
  it("a cue glued into an id is none, and a JSON string ends an unquoted value", () => {
    expect(typed('{"payment_id":"pay_35pW3nlSqLhoC4","amount":72598,"currency":"EUR"}')).toEqual([]);
  });
  it("business dates of records and queries are kept, a date of birth is not", () => {
    expect(typed("SELECT id FROM orders WHERE placed BETWEEN '2024-01-01' AND '2024-03-31'")).toEqual([]);
    expect(typed('{"batch":"2025-02-10","rows":1250}')).toEqual([]);
    expect(typed("SELECT id FROM patients WHERE dob = '1985-02-03'")).toEqual(["DATE_TIME:1985-02-03"]);
  });
});

describe("numbers and fields of log lines (1.5.0)", () => {
  it("an order, ledger or block number in a log is no phone number; an international number and a cued one still are", () => {
    expect(typed("2025-03-12T10:47:07Z ERROR order 4471-2291-33 failed: upstream returned 503")).toEqual([]);
    expect(typed("2025-03-12 10:47:07 ERROR [worker-3] Invoice did not match ledger entry 882-104-55 (diff 0.01)")).toEqual([]);
    expect(typed("2025-03-12 10:47:07 ERROR sms to +44 7700 900123 failed")).toEqual(["PHONE_NUMBER:+44 7700 900123"]);
    expect(typed("2025-03-12 10:47:07 ERROR invalid phone number for contact: 0612 345 678")).toEqual(["PHONE_NUMBER:0612 345 678"]);
  });
  it("a version numbered like a date is none", () => {
    expect(typed("INFO Started Application in 12.382 seconds build=2025.03.1 version=4.12.0")).toEqual([]);
  });
  it("a time zone's city is part of its identifier", () => {
    expect(typed("2025-02-11T10:00:00Z INFO geo: resolved to tz=America/Puerto_Rico in 12ms")).toEqual([]);
  });
  it("an address in a log line ends where the sentence goes on", () => {
    expect(typed("[2025-02-11T10:00:00.000Z] WARN  OrderService - Delivery to Katolaan 163b, Koerseltem delayed; courier ABC123 reported code E12")).toEqual(["LOCATION:Katolaan 163b, Koerseltem"]);
  });
  it("customer, holder and contact name a person as a quoted value, not as a chat turn", () => {
    expect(typed('{"level":"ERROR","message":"Address validation failed","customer":"Khánh Duy Đoàn"}')).toEqual(["PERSON:Khánh Duy Đoàn"]);
    expect(typed('ERROR payments: charge failed holder="نوف عطالله" amount=12.50')).toEqual(["PERSON:نوف عطالله"]);
    expect(typed('{"customer":"cus_8812","plan":"Team"}')).toEqual([]);
    expect(typed("Customer: Hello there, my parcel is late.")).toEqual([]);
  });
});

describe("source code and single machine documents (1.5.0)", () => {
  it("a key's value that is code is no data", () => {
    expect(typed("    shipping_address = models.TextField(blank=True)")).toEqual([]);
    expect(typed("    return jsonify(id=order.id, total=str(order.total), city=order.city)")).toEqual([]);
    expect(typed("Mail::to($user)->send(new WelcomeMail($user));")).toEqual([]);
    expect(typed("2025-03-12 10:47:07 INFO password policy updated: min_length=12, require_symbol=true")).toEqual([]);
    expect(typed('{"city": "Lyon", "name": "Ana Ruiz"}')).toEqual(["LOCATION:Lyon", "PERSON:Ana Ruiz"]);
  });
  it("a JSON document, an SQL statement or two lines of code are machine text alone", () => {
    expect(isMachineText('{"event":"checkout.completed","url":"https://shop.acme-store.com/cart?item=3"}')).toBe(true);
    expect(isMachineText("SELECT c.name FROM customers c WHERE c.country = 'France';")).toBe(true);
    expect(isMachineText("import React from 'react';\nexport default function App() {\n  return null;\n}")).toBe(true);
    expect(isMachineText("I think the order went to Lyon on Friday.")).toBe(false);
    expect(typed('{"event":"checkout.completed","url":"https://shop.acme-store.com/cart?item=3"}')).toEqual([]);
  });
});

describe("machine timestamps and logfmt values (1.6.0)", () => {
  it("a JavaScript Date string is a timestamp, not a name and a phone number", () => {
    expect(typed("Thu Mar 14 2024 09:21:33 GMT+0000 (Coordinated Universal Time) - Payment failed")).toEqual([]);
    expect(typed("Tue Jan 02 2024 09:00:00 GMT+0100 (Central European Standard Time) ERROR order 5512 for Ana Souza")).toEqual(["PERSON:Ana Souza"]);
  });
  it("a bare logfmt value ends at the next key", () => {
    expect(typed('level=info user="Ingrid Solberg" city=Bergen event=login')).toEqual(["PERSON:Ingrid Solberg", "LOCATION:Bergen"]);
  });
});

describe("other-language words, product names and CSV cells in machine text (1.6.0)", () => {
  it("a word of another script among a log's Latin words is a message or a label, not a name", () => {
    expect(typed("Aug 14 09:12:45 web-prod-1 systemd[1]: Started פורטלים worker (9.17.5).")).toEqual([]);
    expect(typed('2025-08-17T14:55:03.082Z WARN  [mailer] template "拒否" missing for locale ja, falling back to en')).toEqual([]);
    expect(typed("panic: I will μεταφορά the ψηφιακή THX ταχύτητα, that should work\n\ngoroutine 67 [running]:\nmain.go:12")).toEqual([]);
  });
  it("but one after a word that introduces a person still is", () => {
    expect(typed("ERROR payment declined for 王伟 (card expired)\n2025-01-01 10:00:00 INFO retry")).toEqual(["PERSON:王伟"]);
    expect(typed('level=info user=Иван msg="login ok" ts=10:00:00')).toEqual(["PERSON:Иван"]);
  });
  it("the name of an object with a SKU or a price and a quantity is a product's", () => {
    expect(typed('{"items":[{"sku":"7LR4IYSS","name":"Refined Ceramic Mouse","qty":5,"price":"117.69"}]}')).toEqual([]);
    expect(typed('{"name": "Ergonomic Chair", "price": 12, "qty": 1}')).toEqual([]);
    expect(typed('{"customer":{"name":"Anna Kowalska","email":"a@b.pl"},"items":[{"sku":"X1","qty":2}]}')).toEqual(["PERSON:Anna Kowalska", "EMAIL_ADDRESS:a@b.pl"]);
    expect(typed('{"name": "Anna Kowalska", "price": 12}')).toEqual(["PERSON:Anna Kowalska"]);
  });
  it("a CSV cell 'ID' (a country code) opens no identifier", () => {
    expect(typed("id,city,country,plan,signup\n98,Majene,ID,free,2025-07-14")).not.toContainEqual(expect.stringMatching(/^ID:/));
    expect(typed("Member ID, 48213-77, was suspended")).toContainEqual(expect.stringMatching(/48213-77/));
  });
});

describe("more machine documents (1.6.0)", () => {
  it("env files, Dockerfiles, diffs, traces of PHP, Ruby and Rust, glog and syslog lines, manifests, XML, HTTP requests, git logs and command tables", () => {
    for (const text of [
      "DB_HOST=db.internal\nDB_USER=app\nREDIS_URL=redis://cache:6379",
      "FROM node:20-alpine\nWORKDIR /app\nRUN npm ci",
      "diff --git a/src/users.ts b/src/users.ts\nindex 3f2a1c4..8b9d0e2 100644",
      "PHP Fatal error:  Uncaught TypeError: Argument 1 passed to App\\Mail\\Welcome::__construct() must be an instance of App\\User",
      "/app/lib/sync.rb:44:in `block in perform': undefined method `email' for nil:NilClass (NoMethodError)",
      "thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/main.rs:41:37",
      "E1207 10:11:12.123456   12345 reflector.go:138] k8s.io/client-go: Failed to watch *v1.Pod",
      "Dec  7 10:11:12 web01 kernel: [12345.678] Out of memory: Killed process 4321 (node)",
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: checkout",
      '<?xml version="1.0" encoding="UTF-8"?>\n<customer><name>Ana Souza</name></customer>',
      "GET /api/v2/users/4471 HTTP/1.1\nHost: api.example.com",
      "commit 2097ac8388bf57c318de08f99b25db36cfd3ebdd\nAuthor: Jan Novák <jan@example.cz>",
      "NAME                     READY   STATUS    RESTARTS   AGE\napi-7d9f8b6c5-x2x9q      1/1     Running   0          3d",
      "[INFO] Building checkout-service 1.4.2\n[ERROR] Failed to execute goal on project checkout-service",
    ]) expect(isMachineText(text)).toBe(true);
  });
  it("prose, a letter or a chat is none, nor is a CSV export (records of people: its phone numbers need no phone word)", () => {
    for (const text of [
      "Hi team, Anna, Jan and Petra will join the call at 10.\nThanks, Marta",
      "Name, city, country: please fill these in.\nI live in Porto, Portugal.",
      "FROM: Ana Souza\nTO: Jan Novák\nSubject: invoice",
      "NOTE  The office is closed on Friday.\nPlease call us instead.",
      "name,phone,city\nAna Souza,0912 345 678,Porto",
    ]) expect(isMachineText(text)).toBe(false);
  });
  it("a git log's author is still a person there", () => {
    expect(typed("commit 2097ac8388bf57c318de08f99b25db36cfd3ebdd\nAuthor: Jan Novák <jan@example.cz>\nDate:   Tue Mar 12 10:47:07 2025 +0100")).toEqual(["PERSON:Jan Novák", "EMAIL_ADDRESS:jan@example.cz"]);
  });
});

describe("a line's opening clock in the locale's format (1.6.0)", () => {
  it("is the program's timestamp, kept like an ISO one", () => {
    for (const text of [
      "14.3.2025, 09:21:33 ERROR payment service timeout after 30s",
      "[3/14/2025, 9:21:33 AM] worker-3 job 8812 finished",
      "2025. 3. 14. 오전 9:21:33 ERROR payment service timeout after 30s",
      "2025/3/14\u2009上午9:21:33 ERROR payment service timeout after 30s",
      "14/03/2025 klo 9.21.33 ERROR payment service timeout after 30s",
      "09:21:33 14/3/2025 ERROR payment service timeout after 30s",
      "14. 3. 2025 9:21:33 WARN retrying",
    ]) expect(typed(text)).toEqual([]);
  });
  it("but a date in a sentence, a date without a clock or a birth date is still one", () => {
    expect(typed("Her appointment is on 14.3.2025 at 09:30.")).toContainEqual(expect.stringMatching(/^DATE_TIME:14\.3\.2025/));
    expect(typed("DOB: 14.03.1985")).toEqual(["DATE_TIME:14.03.1985"]);
    expect(redactText("14.3.2025, 09:21:33 ERROR timeout", { machineTimestamps: "redact" }).entities.length).toBeGreaterThan(0);
  });
});

describe("a line's opening date before a level, a bracket or a separator (1.6.0)", () => {
  it("is the program's timestamp", () => {
    for (const text of ["14.03.2025 ERROR payment timeout", "[2025-03-14] backup done", "14/03/2025 10:21 WARN retry", "2025-03-14 | job 12 done"]) expect(typed(text)).toEqual([]);
  });
  it("but not a birth date or a date opening a sentence", () => {
    expect(typed("14.03.1985 - my birthday")).toEqual(["DATE_TIME:14.03.1985"]);
    expect(typed("14.03.2025 Meeting with the dentist")).toContainEqual("DATE_TIME:14.03.2025");
  });
});

describe("HTTP dates and dates in file names (1.6.0)", () => {
  it("are the machine's", () => {
    expect(typed("Expires: Thu, 14 Mar 2024 10:21:33 GMT")).toEqual([]);
    expect(typed("backup_2024-03-14.tar.gz uploaded")).toEqual([]);
    expect(typed("exported sales-20240314.csv for the board")).toEqual([]);
  });
  it("a date standing apart in a sentence is still one", () => {
    expect(typed("Her surgery is on 2024-03-14.")).toEqual(["DATE_TIME:2024-03-14"]);
  });
});

describe("a date as a key=value field (1.6.0)", () => {
  it("is a record's date, unless the key is about a birth", () => {
    expect(typed("date=14/03/2024 user=bot action=sync")).toEqual([]);
    expect(typed("valid_from=2024-03-14 valid_to=2025-03-14")).toEqual([]);
    expect(typed("dob=14/03/1985 plan=pro")).toEqual(["DATE_TIME:14/03/1985"]);
  });
});
