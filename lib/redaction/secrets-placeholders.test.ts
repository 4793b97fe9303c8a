import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

// Each case: the text and its exact redaction (a text that must stay as written is its own redaction).
function check(cases: ReadonlyArray<[string, string]>): void {
  for (const [text, redacted] of cases) {
    expect(redactText(text).text, text).toBe(redacted);
    expect(redactText(redacted).text, redacted).toBe(redacted);
  }
}

describe("1.11.0: real passwords are no code placeholders", () => {
  it("a secret's word inside a word, a camel hump, a word of a type's list, a fill-in word, a store's word or a bare tag leaves the password a secret", () => {
    check([
      ["My password is monkey.business", "My password is <SECRET_1>"],
      ["password: keyboard.cat", "password: <SECRET_1>"],
      ["My new password is superSecret", "My new password is <SECRET_1>"],
      ["password=topSecret", "password=<SECRET_1>"],
      ["pw: Turkey.Dinner", "pw: <SECRET_1>"],
      ["The wifi password is Hockey(99)", "The wifi password is <SECRET_1>"],
      ["login: jdoe password: Donkey.Kong", "login: <ID_1> password: <SECRET_1>"],
      ["DB_PASSWORD=Whiskey.Bar42", "DB_PASSWORD=<SECRET_1>"],
      ["My password is passion.fruit", "My password is <SECRET_1>"],
      ["My password is data.center", "My password is <SECRET_1>"],
      ["My password is Dummy_Account", "My password is <SECRET_1>"],
      ["My password is myKey", "My password is <SECRET_1>"],
      ["export PASSWORD=hunter2.key", "export PASSWORD=<SECRET_1>"],
      ['"password": "fake-plastic-trees"', '"password": "<SECRET_1>"'],
      ["The password is cat", "The password is <SECRET_1>"],
      ["password: letters", "password: <SECRET_1>"],
      ["password: !secret", "password: <SECRET_1>"],
      ["password: !Ref", "password: <SECRET_1>"],
      ["I forgot where I wrote it down, my password is Keeper", "I forgot where I wrote it down, my password is <SECRET_1>"],
    ]);
    // No part of the password survives as another entity.
    expect(redactText("pw: Turkey.Dinner").text).not.toContain("Dinner");
  });

  it("a CSV's password column holds a dotted password", () => {
    check([["username,password\njdoe,monkey.business", "username,password\n<ID_1>,<SECRET_1>"]]);
  });

  it("what code writes for a secret stays as written", () => {
    check([
      ["password: dbConfig.password", "password: dbConfig.password"],
      ["password: config.db.password", "password: config.db.password"],
      ["password: server.key", "password: server.key"],
      ["password: dummy_password", "password: dummy_password"],
      ["password: userPassword", "password: userPassword"],
      ["api_key: getSecret()", "api_key: getSecret()"],
      ["password TEXT NOT NULL", "password TEXT NOT NULL"],
      ["password: !vault |", "password: !vault |"],
      ["const password = req.body.password;", "const password = req.body.password;"],
      ["password: hashedPassword,", "password: hashedPassword,"],
    ]);
  });
});

describe("1.11.0: digits before 'to verify' are a code only for an account or a lock", () => {
  it("a port, a year or a count before what they are used for is no code", () => {
    check([
      ["Use 8080 to verify the proxy works.", "Use 8080 to verify the proxy works."],
      ["Enter 2024 to unlock the 2024 report.", "Enter 2024 to unlock the 2024 report."],
      ["Please use 1234 to complete the test suite", "Please use 1234 to complete the test suite"],
      ["Use 448812 to verify your account", "Use <SECRET_1> to verify your account"],
      ["Enter 1234 to unlock the door", "Enter <SECRET_1> to unlock the door"],
      ["Use 553201 to log in", "Use <SECRET_1> to log in"],
      ["Enter 884213 to confirm your email", "Enter <SECRET_1> to confirm your email"],
    ]);
  });
});

describe("1.11.0: code's names beside the passwords", () => {
  it("a reference from a root that is a word reads a field; a fake variable is code; a port before 'for login testing' is no code", () => {
    check([
      ["password = input.value", "password = input.value"],
      ["password: fakePassword", "password: fakePassword"],
      ["Use 3000 for login testing", "Use 3000 for login testing"],
    ]);
  });
});

describe("secret-columns.ts reads its rows with table-cells.ts's splitCells", () => {
  it("quoted cells, a quote inside a password, spaces around cells and a PIN column read as before", () => {
    check([
      ['"user","password"\n"jdoe","Winter#22"', '"user","password"\n"<ID_1>","<SECRET_1>"'],
      ['login,password,note\njdoe,pa"ss99,hi\nbob,Xy7!kk,"a, b"', 'login,password,note\n<ID_1>,<SECRET_1>,hi\n<ID_2>,<SECRET_2>,"a, b"'],
      ["username, password\n jdoe , Winter#22 ", "username, password\n <ID_1> , <SECRET_1> "],
      ["name,pin\nAnna,4821\nBob,1234", "name,pin\n<PERSON_1>,<SECRET_1>\n<PERSON_2>,<SECRET_2>"],
      ["Map pin,color\nMap pin,red", "Map pin,color\nMap pin,red"],
    ]);
  });
});
