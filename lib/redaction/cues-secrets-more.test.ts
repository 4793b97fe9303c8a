import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const secrets = (text: string) => redactText(text).entities.filter((e) => e.type === "SECRET").map((e) => text.slice(e.start, e.end));
const redacted = (text: string) => redactText(text).entities.map((e) => text.slice(e.start, e.end));

describe("secrets after a cue, 1.7.0", () => {
  it("keys in camelCase and PascalCase, .NET settings, a PSK; a closing '!' is part of the value", () => {
    expect(secrets('{"dbPassword": "pg-Secret-881"}')).toEqual(["pg-Secret-881"]);
    expect(secrets("adminPass=Adm!n2024")).toEqual(["Adm!n2024"]);
    expect(secrets('stripeSecretKey = "abc123xyz789def456"')).toEqual(["abc123xyz789def456"]);
    expect(secrets('<add key="ApiSecret" value="9c8b7a6f5e4d3c2b" />')).toEqual(["9c8b7a6f5e4d3c2b"]);
    expect(secrets("WIFI_PSK=homewifi2024")).toEqual(["homewifi2024"]);
    expect(secrets('REDIS_PASS="r3d1s!"')).toEqual(["r3d1s!"]);
    expect(secrets("Cookie: JSESSIONID=ABCDEF0123456789ABCDEF0123456789")).toEqual(["ABCDEF0123456789ABCDEF0123456789"]);
    expect(secrets("the session cookie was sessionid=8f2k19dl3kd922mx")).toEqual(["8f2k19dl3kd922mx"]);
    // Not a secret's key: a public key, a sort key, a page token's name in camelCase.
    for (const text of ['publicKey: "MIIBIjANBgkq"', "sortKey=created_at", 'passage = "chapter 3"', "2024-03-14T09:21:33.512Z DEBUG cache miss key=user:5f8d0d55b54764421b7156c3 ttl=3600"]) expect(secrets(text)).toEqual([]);
    // A namespace before a random value does not make it a cache key.
    expect(secrets("key=prod:AKd93kdLw0Pq2mZx8")).toEqual(["prod:AKd93kdLw0Pq2mZx8"]);
  });
  it("the old value and the new one ('from X to Y', 'X to Y')", () => {
    expect(secrets("We changed the admin password from Winter#11 to Spring#12 yesterday.")).toEqual(["Winter#11", "Spring#12"]);
    expect(secrets("password changed from 3 to 5 attempts limit")).toEqual([]);
  });
  it("a password named again a little later ('the old one was X', 'reset it to X')", () => {
    expect(secrets("Can you reset my password? The old one was Banana!23")).toEqual(["Banana!23"]);
    expect(secrets("I forgot my password so I reset it to Tulip#4 this morning")).toEqual(["Tulip#4"]);
    for (const text of ["My password? The old one was fine.", "I forgot my password, can you reset it?"]) expect(secrets(text)).toEqual([]);
  });
  it("a list of codes after a plural cue, each of the first one's shape", () => {
    expect(secrets("Recovery codes: 8f2k-19dl, 3kd9-22mx, pq81-0zz1")).toEqual(["8f2k-19dl", "3kd9-22mx", "pq81-0zz1"]);
    expect(secrets("backup codes 12345678 87654321")).toEqual(["12345678", "87654321"]);
    for (const text of ["The backup codes 1-10 are in the vault", "Recovery codes are shown only once, keep them safe."]) expect(redacted(text)).toEqual([]);
  });
  it("door, gate and safe codes, Wi-Fi keys in other words, verification codes in other languages", () => {
    expect(secrets("Access code for the gate: 1379#")).toEqual(["1379#"]);
    expect(secrets("The safe combination is 12-34-56")).toEqual(["12-34-56"]);
    expect(secrets("Wi-Fi key is 0987poiu")).toEqual(["0987poiu"]);
    expect(secrets("WLAN-Schlüssel: 4815162342abc")).toEqual(["4815162342abc"]);
    expect(secrets("Код подтверждения: 482913")).toEqual(["482913"]);
    expect(secrets("Código de verificación 771204")).toEqual(["771204"]);
    for (const text of ["The combination of factors led to a 30% drop.", "Combination lock on locker 12 is broken", "SIM PIN attempts left: 3"]) expect(redacted(text)).toEqual([]);
  });
  it("a cue alone on its line, the value on the next; an arrow; 'set the password as X'; a login glued after 'are'", () => {
    expect(secrets("Password\nK9#mn2Lp")).toEqual(["K9#mn2Lp"]);
    expect(secrets("Password\nPlease ask the admin for it.")).toEqual([]);
    expect(secrets("API key → 0a9s8d7f6g5h")).toEqual(["0a9s8d7f6g5h"]);
    expect(secrets("I set the new password as FlyHigh2025")).toEqual(["FlyHigh2025"]);
    expect(secrets("Please change the password as soon as possible")).toEqual([]);
    expect(secrets("creds are dbadmin:P@ssw0rd99")).toEqual(["P@ssw0rd99"]);
  });
  it("the account named by its e-mail address or a name after 'for'/'of'/'van', a relative clause's last verb", () => {
    expect(secrets("Password for anna@example.com: pacavuyebazugoq")).toEqual(["pacavuyebazugoq"]);
    expect(secrets("password for anna@example.com is kQ3sT9vLp0ZxW2a")).toEqual(["kQ3sT9vLp0ZxW2a"]);
    expect(secrets("Wachtwoord van Anna is hI8_fJ2kLm")).toEqual(["hI8_fJ2kLm"]);
    expect(secrets("The password that was leaked is hI8_fJ2kLm")).toEqual(["hI8_fJ2kLm"]);
    expect(secrets("The password she used was leaked.")).toEqual([]);
  });
  it("a login and password in brackets, an e-mail:password combo, 'used to be'/'should be' X, 'either X or Y'", () => {
    expect(secrets("Employee reported that their credentials (jdoe/hJkLmNbVcXzAsDf) were phished.")).toEqual(["hJkLmNbVcXzAsDf"]);
    expect(secrets("jdoe@example.com:hJkLmNbVcXzAsDf")).toEqual(["hJkLmNbVcXzAsDf"]);
    expect(secrets("I'm locked out; my password used to be hJkLmNbVcXzAsDf")).toEqual(["hJkLmNbVcXzAsDf"]);
    expect(secrets("I think the password is either hJkLmNbVcXzAsDf or Qw3rty_99")).toEqual(["hJkLmNbVcXzAsDf", "Qw3rty_99"]);
    for (const text of ["Your password should be 12+ characters long.", "The password will be emailed to you.", "password should be Strong", "Reach me at anna@example.com:8080", "the password is either too short or too long"]) expect(secrets(text)).toEqual([]);
  });
  it("'is' and 'my' in more languages, the word with a possessive glued on; the words around the cue are no name", () => {
    for (const text of ["Моята парола е hJkLmNbVcXzAsDf", "Nenosiri langu ni hJkLmNbVcXzAsDf", "Ang password ko ay hJkLmNbVcXzAsDf", "Mening parolim hJkLmNbVcXzAsDf", "Mənim şifrəm hJkLmNbVcXzAsDf", "Ma pasvorto estas hJkLmNbVcXzAsDf", "ჩემი პაროლია hJkLmNbVcXzAsDf", "Իմ գաղտնաբառն է hJkLmNbVcXzAsDf", "كلمة المرور الخاصة بي هي hJkLmNbVcXzAsDf"]) {
      expect(redacted(text)).toEqual(["hJkLmNbVcXzAsDf"]);
    }
  });
  it("a seed phrase of 12 words, an answer to a security question", () => {
    const words = "abandon ability able about above absent absorb abstract absurd abuse access accident";
    expect(secrets(`Seed phrase: ${words}`)).toEqual([words]);
    expect(secrets("The answer to my security question is Biscuit")).toEqual(["Biscuit"]);
    expect(secrets("The seed phrase was shown once")).toEqual([]);
  });
});

