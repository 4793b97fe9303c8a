import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const secrets = (text: string) => redactText(text).entities.filter((e) => e.type === "SECRET").map((e) => text.slice(e.start, e.end));
const found = (text: string, type: string) => redactText(text).entities.filter((e) => e.type === type).map((e) => text.slice(e.start, e.end));

describe("secrets whose cue is not right before them, 1.8.0", () => {
  it("a list of logins and passwords after a word naming them", () => {
    const text = "Logins for the test env: jdoe - Xk8!pq2, asmith - Hy7#mm3";
    expect(secrets(text)).toEqual(["Xk8!pq2", "Hy7#mm3"]);
    expect(found(text, "ID")).toEqual(["jdoe", "asmith"]);
    expect(secrets("Here are the accounts:\njdoe: Xk8!pq2\nasmith: Hy7#mm3")).toEqual(["Xk8!pq2", "Hy7#mm3"]);
    expect(secrets("Accounts:\n- admin: Adm1n#2024")).toEqual(["Adm1n#2024"]);
    expect(secrets("Zugangsdaten: mmueller / Herbst#21; kweber / Winter#22")).toEqual(["Herbst#21", "Winter#22"]);
  });
  it("no list of logins: counts, roles, words, field names, numbers alone", () => {
    for (const text of [
      "Scores: alice - 12, bob - 15",
      "Assignments: alice - frontend, bob - backend",
      "Accounts:\nchecking: 4471-2291\nsavings: 5512-8823",
      "User stories:\nlogin - done\nsignup - in progress",
      "Users: alice (admin), bob (viewer)",
      "The users page: users - v2, admins - v3",
      "Users: alice - v2.1, bob - v3.0 are the versions they run.",
      "Accounts: acme-prod / Q3-2024, acme-dev / Q4-2024",
      "Accounts:\nalice: 2FA enabled",
    ]) expect(secrets(text)).toEqual([]);
  });
  it("a password the writer says to use", () => {
    expect(secrets("Just use Tr0ub4dor&3 to log in.")).toEqual(["Tr0ub4dor&3"]);
    expect(secrets("you can use `Welcome2024!` to sign in until Monday")).toEqual(["Welcome2024!"]);
    expect(secrets("try Qx7-mm29-Lp as the password")).toEqual(["Qx7-mm29-Lp"]);
    for (const text of ["Use OAuth2 to log in, not the old form.", "You can use Python3 to run the script.", "Please use version 2.4.1 to log in to the new portal.", "use your email to log in"]) expect(secrets(text)).toEqual([]);
  });
  it("a one-time code told to be entered, named after its value, or said to its owner", () => {
    expect(secrets("Use code 884213 to verify your account")).toEqual(["884213"]);
    expect(secrets("Enter the verification code 553 201 on the next screen")).toEqual(["553 201"]);
    expect(secrets("G-482913 is your Google verification code.")).toEqual(["G-482913"]);
    expect(secrets("771204 is your code")).toEqual(["771204"]);
    expect(secrets("The code to the lockbox is 4-7-2-9")).toEqual(["4-7-2-9"]);
    expect(secrets("code for the side gate: 1379#")).toEqual(["1379#"]);
    expect(secrets("Votre code est 482913.")).toEqual(["482913"]);
    expect(secrets("Tu código es 482913")).toEqual(["482913"]);
    expect(secrets("Ваш код: 4829")).toEqual(["4829"]);
    expect(secrets("Il tuo codice è 482913")).toEqual(["482913"]);
    expect(secrets("Twój kod to 482913")).toEqual(["482913"]);
  });
  it("no code: postcodes, error and status codes, line counts, promo codes", () => {
    for (const text of [
      "The zip code for Berlin is 10115.",
      "10115 is the ZIP code of the office.",
      "The code for the API is 2048 lines long.",
      "Error code 4031 is your problem, not ours.",
      "Enter code 200 for success",
      "Your code is 2048 lines long.",
      "your code: 4031 errors were found",
      "use the promo code SAVE20 at checkout",
    ]) expect(secrets(text)).toEqual([]);
  });
  it("a long random value after 'key' or 'session id', a generated word after 'token', a bare token after 'Authorization:'", () => {
    expect(secrets("I pasted the key 3kV6QDK5fTGGwcy by accident")).toEqual(["3kV6QDK5fTGGwcy"]);
    expect(secrets("Use this key 9hZtmm6Ly6pY2Xc8tp8f2yeij477u32g for the integration")).toEqual(["9hZtmm6Ly6pY2Xc8tp8f2yeij477u32g"]);
    expect(secrets("Here's my token hicopuruculo please check")).toEqual(["hicopuruculo"]);
    expect(secrets("Your session id is 4c8d1f21-4b68-4e6e-b862-c4832cf4bb45, please quote it to support")).toEqual(["4c8d1f21-4b68-4e6e-b862-c4832cf4bb45"]);
    expect(secrets("Authorization: zLRkIAJhawMVCUArnG8WGPQAwPIFIJmD")).toEqual(["zLRkIAJhawMVCUArnG8WGPQAwPIFIJmD"]);
    for (const text of [
      "Use the key 1 or key 2 on the keyboard",
      "The cache key 5f8d0d55b54764421b7156c3 expired",
      "Primary key order_items_pkey violated",
      "Authorization: pending",
      "authorization is required for this endpoint",
      "2024-03-14 09:21:33 INFO session id 3f2a9c1e8b7d4f6a0e5c started for worker-7\n2024-03-14 09:21:34 WARN retry",
    ]) expect(secrets(text)).toEqual([]);
  });
  it("the word for a password with digits glued on, typing slips of the word, a credential named alone", () => {
    expect(secrets("Password123 didn't work so I tried again")).toEqual(["Password123"]);
    expect(secrets("psswd: NLLGpBPLre2JhtK")).toEqual(["NLLGpBPLre2JhtK"]);
    expect(secrets("Found hardcoded credential 0tzROIAz4oomUjZ in config.py")).toEqual(["0tzROIAz4oomUjZ"]);
    for (const text of ["the password2 field is empty", "credential stuffing attacks rose 20%", "Credential: required"]) expect(secrets(text)).toEqual([]);
  });
});

describe("the sentence going on after a password word is no password, 1.8.0", () => {
  it("contractions and elisions: their apostrophe is no password's symbol", () => {
    for (const text of [
      "my password doesn't work",
      "i told kwame the password reset didn't work",
      "The password isn't working since yesterday",
      "My password won't reset",
      "the password I'm using is old",
      "password we'd set expired",
      "Mon mot de passe n'est pas accepté",
    ]) expect(secrets(text)).toEqual([]);
    expect(secrets('my password is "can\'t"')).toEqual(["can't"]);
  });
  it("'no' before a word negates; before a value it still abbreviates 'number'", () => {
    for (const text of ["Mi contraseña no funciona", "La contraseña nueva no sirve"]) expect(secrets(text)).toEqual([]);
    expect(found("Account no longer active, please reopen it", "ID")).toEqual([]);
    expect(redactText("Member no 44718263").text).not.toContain("44718263");
    expect(found("Policy no. AB-44718", "ID")).toEqual(["AB-44718"]);
  });
});

describe("what a password is like, in other languages, is no password, 1.8.0", () => {
  it("states and faults of a password after 'is' in many languages", () => {
    for (const text of [
      "Mein Passwort ist abgelaufen",
      "Mein Passwort ist nicht korrekt",
      "Mon mot de passe est expiré",
      "Le mot de passe est trop court",
      "La mia password è scaduta",
      "La contraseña es incorrecta",
      "A senha é muito curta",
      "Het wachtwoord is verlopen",
      "Hasło jest nieprawidłowe",
      "Пароль был изменён",
      "Lösenordet är fel",
      "I typed my password correctly",
    ]) expect(secrets(text)).toEqual([]);
  });
  it("a password said outright in those languages is still one", () => {
    expect(secrets("Mein Passwort ist Sonnenblume7")).toEqual(["Sonnenblume7"]);
    expect(secrets("La password è girasole")).toEqual(["girasole"]);
    expect(secrets("her password dragonfly was leaked")).toEqual(["dragonfly"]);
  });
});

describe("privacy first: a word of another language can be the password, 1.8.0", () => {
  it("after ':' or '=', in quotes, as a login, or after English 'is'", () => {
    expect(redactText("DB_PASSWORD=nova").text).toBe("DB_PASSWORD=<SECRET_1>");
    expect(secrets("export PASSWORD=forte")).toEqual(["forte"]);
    expect(secrets('password = "geheim"')).toEqual(["geheim"]);
    expect(secrets("password: Salva")).toEqual(["Salva"]);
    expect(secrets("Şifre: hatalı")).toEqual(["hatalı"]);
    expect(secrets("The wifi password is stark")).toEqual(["stark"]);
    expect(secrets("changed the password to nova")).toEqual(["nova"]);
    expect(found("username: nova", "ID")).toEqual(["nova"]);
  });
  it("letters after an apostrophe are a password unless they are the sentence going on", () => {
    expect(secrets("My password is d'artagnan")).toEqual(["d'artagnan"]);
    expect(secrets("Mon mot de passe est c'estmoi")).toEqual(["c'estmoi"]);
    expect(secrets("Mon mot de passe n'est pas accepté")).toEqual([]);
  });
});

describe("what the told-secret and card rules must leave, 1.8.0 review", () => {
  it("a tool to connect with, a key combination, a code name, a number named by its kind", () => {
    for (const text of [
      "Use Python3 to connect to the database.",
      "Use Node18 to access the API.",
      "Type Ctrl+Alt+Del to log on.",
      "Operation 1944 was the code name for the landing",
      "Error 5003 is the code returned by the server",
      "The tariff code for roasted coffee is 09012100.",
      "The code for the year is 2024.",
    ]) expect(secrets(text)).toEqual([]);
    expect(secrets("use Summer2024! to sign in")).toEqual(["Summer2024!"]);
    expect(secrets("the code to the lockbox is 4-7-2-9")).toEqual(["4-7-2-9"]);
    expect(secrets("482913 is the code for the door")).toEqual(["482913"]);
  });
  it("dates and years after a card word are no card", () => {
    expect(found("My visa is valid 2024-01-15 - 2025-01-14", "CREDIT_CARD")).toEqual([]);
    expect(found("Meeting notes cc: team 2024 / 2025 / 2026 / 2027 budget", "CREDIT_CARD")).toEqual([]);
    expect(found("my card 4111/1111/1111/1111 was declined", "CREDIT_CARD")).toEqual(["4111/1111/1111/1111"]);
  });
});

describe("tables and glued words the identifier and password rules must leave, 1.8.0 review", () => {
  it("a bare 'ID' header keys the table's own rows; a person's id header still gives its column", () => {
    expect(redactText("ID,Product,Price\n10023,Widget,4.99\n10024,Gadget,9.99").entities).toEqual([]);
    expect(found("Customer ID,Plan\n4471229,Pro", "ID")).toEqual(["4471229"]);
  });
  it("'pw'/'pwd' with digits glued on is no password; the full word still is", () => {
    expect(secrets("The PW12 pen is nice")).toEqual([]);
    expect(secrets("Pwd12 is the default")).toEqual([]);
    expect(secrets("Password123 was leaked")).toEqual(["Password123"]);
  });
});
