import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { isMachineText, isMachineTextForNames } from "./recognizers/code-context";
import { lineDocument, lineSigns } from "./recognizers/code-signs";

const typed = (text: string) => redactText(text).entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

describe("machine text by its lines (1.11.0)", () => {
  it("tool output, lock files, nested configs, XML, Terraform and source locations are machine text", () => {
    for (const text of [
      "go: downloading github.com/gin-gonic/gin v1.9.1\ngo: downloading golang.org/x/net v0.17.0",
      "remote: Enumerating objects: 1842, done.\nremote: Counting objects: 100% (1842/1842), done.",
      "[nodemon] restarting due to changes...\n[nodemon] starting `node dist/index.js`",
      "Deploying...\n==> Cloning from https://github.com/acme/storefront\n==> Build successful",
      "#8 [build 4/6] RUN npm ci\n#8 DONE 19.1s",
      "requests==2.31.0\nnumpy==1.26.4",
      '"dependencies": {\n  "next": "14.1.0",\n  "zod": "^3.22.4"\n}',
      "module github.com/acme/gateway\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n\tgo.uber.org/zap v1.27.0\n)",
      "GEM\n  specs:\n    actioncable (7.1.3)\n    nokogiri (1.16.2-x86_64-linux)",
      'services:\n  db:\n    image: postgres:16-alpine\n    ports:\n      - "5432:5432"',
      "<dependency>\n  <groupId>org.springframework.boot</groupId>\n  <version>3.2.3</version>\n</dependency>",
      'resource "aws_s3_bucket" "assets" {\n  bucket = "acme-assets-prod"\n}',
      "deployment.apps/storefront configured\nservice/storefront unchanged",
      "--- PASS: TestRouter (0.01s)\n    --- PASS: TestRouter/GET_/orders (0.00s)\nPASS",
      "NAME   TYPE           CLUSTER-IP    PORT(S)        AGE\nweb    LoadBalancer   10.96.12.41   80:31234/TCP   12d",
      " Seq Scan on orders o  (cost=0.00..28.10 rows=1810 width=40)\n Execution Time: 0.921 ms",
      "PrismaClientKnownRequestError:\nInvalid `prisma.user.create()` invocation in\n/app/src/routes/signup.ts:41:35\n at handler (/app/src/server.ts:12:3)",
    ]) expect(isMachineText(text)).toBe(true);
  });
  it("one sign is not enough; a chat whose speaker is a person's name is no tool's output", () => {
    expect(lineSigns("Please upgrade to 2.3.1 before Friday")).toBe(1);
    expect(lineSigns("The commit a3f9c2e1 fixed it in 45s on /srv/app/current with beforeSend")).toBe(4);
    expect(lineSigns("my app v2.3.1 crashes after 45s with 512 MB")).toBe(1);
    for (const text of [
      "anna: hi, are you there?\nanna: my phone is 0612345678",
      "user: hi, my name is Lisa Novak\nassistant: Hello! How can I help?\nuser: my number changed to 0612345678, the app v2.3.1 crashes in 45s",
      "Please upgrade to 2.3.1 before Friday, Anna Petrova said.",
      "My number is 020 7946 0018, the build takes 45s and the upload of 20 MB fails.",
      "Dear Tom,\nthe meeting moved to Friday.\nBest, Anna",
      // A label over an indented name or address, a price list, a number with thousands separators.
      "Destinatario:\n  Giulia Bianchi\n  Corso Vittorio Emanuele 45\nNote:\n  citofono Bianchi",
      "Ordine:\n  Margherita (8.50)\n  Diavola (9.00)\nConsegna: Via Po 3, Torino",
      "Il prezzo è 1.250.000 euro per l'appartamento in Via Dante 4 a Pavia, visita alle 10:30:00",
    ]) expect(isMachineText(text)).toBe(false);
    expect(lineDocument("Dear Tom,\nmy flat:\n  Keizersgracht 12\nAmsterdam")).toBe(false);
    // A person's record pasted as YAML: its nesting lowers a lone name's score, not a phone's or a link's.
    const record = "customer:\n  contact:\n    name: Okonkwo\n    phone: 0612 345 678\n    site: https://okonkwo-family.nl/photos";
    expect(isMachineTextForNames(record)).toBe(true);
    expect(isMachineText(record)).toBe(false);
    // A config's nesting without a person's key stays a tool's; a "name:" written as a name is a person's key.
    expect(isMachineText("jobs:\n  build:\n    steps:\n      - name: web\n        run: x")).toBe(true);
    expect(isMachineText("team:\n  lead:\n    name: Okonkwo\n    url: https://okonkwo.nl")).toBe(false);
  });
  it("module paths, registry URLs and hashes in build output are kept", () => {
    expect(typed("go: downloading github.com/gin-gonic/gin v1.9.1\ngo: downloading golang.org/x/net v0.17.0")).toEqual([]);
    expect(typed('lodash@^4.17.21:\n  version "4.17.21"\n  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#679591c564c3bffaae8454cf0b3df370c3d6911c"')).toEqual([]);
    expect(typed("Deploying to Render...\n==> Cloning from https://github.com/acme/storefront\n==> Build successful")).toEqual([]);
    expect(typed("remote: Enumerating objects: 1842, done.\nremote: Counting objects: 100% (1842/1842), done.")).toEqual([]);
  });
  it("a person's data in such output stays redacted", () => {
    expect(typed("go: downloading github.com/gin-gonic/gin v1.9.1\ngo: error contacting owner Piotr Kowalski at piotr.kowalski@wp.pl")).toEqual(["PERSON:Piotr Kowalski", "EMAIL_ADDRESS:piotr.kowalski@wp.pl"]);
    expect(typed("[nodemon] starting `node dist/index.js`\n[nodemon] session for Hannah Becker (hannah.becker@gmx.de) restored")).toEqual(["PERSON:Hannah Becker", "EMAIL_ADDRESS:hannah.becker@gmx.de"]);
    expect(redactText("Hi, I'm Julia Meyer (0171 2345678). After upgrading to v2.3.1 the app in /opt/app/bin crashes.").text).toBe("Hi, I'm <PERSON_1> <PHONE_NUMBER_1>. After upgrading to v2.3.1 the app in /opt/app/bin crashes.");
    expect(redactText("customer:\n  name: Jonas Weber\n  phone: 0171 2345678\n  address:\n    street: Bahnhofstraße 5").text).not.toMatch(/Jonas|2345678|Bahnhofstraße/);
  });
});
