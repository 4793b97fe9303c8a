import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

// Each case: the text and its exact redaction (a text that must stay as written is its own redaction).
function check(cases: ReadonlyArray<[string, string]>): void {
  for (const [text, redacted] of cases) {
    expect(redactText(text).text, text).toBe(redacted);
    expect(redactText(redacted).text, redacted).toBe(redacted);
  }
}

describe("a password column of a CSV dump, 1.11.0", () => {
  it("each row's cell under a password, PIN or token header is a secret; empty and masked cells, hashes' and flags' columns, and a keyword list are none", () => {
    check([
      ["username,password\njdoe,Winter#22\nasmith,sunshine", "username,password\n<ID_1>,<SECRET_1>\n<ID_2>,<SECRET_2>"],
      ["id;email;db_password;pin\n1;a@b.com;\"Hunter 22\";4821\n2;c@d.com;;0000", "id;email;db_password;pin\n1;<EMAIL_ADDRESS_1>;\"<SECRET_1>\";<SECRET_2>\n2;<EMAIL_ADDRESS_2>;;<SECRET_3>"],
      ["user,password,token\njdoe,n/a,abc123def456\nbob,***,null", "user,password,token\n<ID_1>,n/a,<SECRET_1>\n<ID_2>,***,null"],
      ["name,password_hash,password_reset\nann,$2b$12$abc,true", "name,password_hash,password_reset\n<PERSON_1>,$2b$12$abc,true"],
      ["title,keywords\nHow to reset your password,password reset", "title,keywords\nHow to reset your password,password reset"],
      ["How to reset your password,password reset", "How to reset your password,password reset"],
    ]);
  });
  it("every row of a long dump", () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `user${i},Pw#${i}x${i % 97}`);
    const found = redactText(`login,password\n${rows.join("\n")}`).entities.filter((e) => e.type === "SECRET");
    expect(found.length).toBe(2000);
  });
});

describe("codes listed under their heading, 1.11.0", () => {
  it("bulleted or wide-spaced codes under 'Recovery codes:' are secrets; sentences and error codes are none", () => {
    check([
      ["Recovery codes:\n- 1a2b-3c4d\n- 5e6f-7g8h", "Recovery codes:\n- <SECRET_1>\n- <SECRET_2>"],
      ["Recovery codes:\n\n1a2b-3c4d  5e6f-7g8h\n9i0j-1k2l  3m4n-5o6p\nKeep them safe.", "Recovery codes:\n\n<SECRET_1>  <SECRET_2>\n<SECRET_3>  <SECRET_4>\nKeep them safe."],
      ["Backup codes:\n- Use each only once\n- Store them offline", "Backup codes:\n- Use each only once\n- Store them offline"],
      ["Error codes:\n- E1234-X\n- E5678-Y", "Error codes:\n- E1234-X\n- E5678-Y"],
    ]);
  });
});

describe("passwords on a command line, 1.11.0", () => {
  it("'docker login -p X' and a prefixed '--db-password X' are secrets; a flag's name, stdin and a variable are none", () => {
    check([
      ["docker login -u jdoe -p Winter22x registry.io", "docker login -u jdoe -p <SECRET_1> registry.io"],
      ["--db-password Winter22x", "--db-password <SECRET_1>"],
      ["--admin-pass=hunt3r", "--admin-pass=<SECRET_1>"],
      ["./run --no-password-prompt true", "./run --no-password-prompt true"],
      ["docker login -u jdoe --password-stdin", "docker login -u jdoe --password-stdin"],
      ["--password=$PASS", "--password=$PASS"],
    ]);
  });
});

describe("a quoted value of several words, 1.11.0", () => {
  it("a quoted passphrase after a password key is one secret; a translation's label and a sentence about the password are none", () => {
    check([
      ["\"password\" : \"correct horse battery staple\"", "\"password\" : \"<SECRET_1>\""],
      ["{\"password\": \"mot de passe\"}", "{\"password\": \"mot de passe\"}"],
      ["{\"password\": \"Contraseña\"}", "{\"password\": \"Contraseña\"}"],
      ["{\"password\": \"forgot password\"}", "{\"password\": \"forgot password\"}"],
      ["{\"password\": \"is required\", \"x\": 1}", "{\"password\": \"is required\", \"x\": 1}"],
      ["password='blue elephant'", "password='<SECRET_1>'"],
    ]);
  });
});

describe("a code given to verify or unlock, 1.11.0", () => {
  it("'Use 448812 to verify your account' is a code; a port is none", () => {
    check([
      ["Use 448812 to verify your account", "Use <SECRET_1> to verify your account"],
      ["Enter 1234 to unlock the door", "Enter <SECRET_1> to unlock the door"],
      ["Use 8080 to connect", "Use 8080 to connect"],
    ]);
  });
});

describe("a login whose account a sentence speaks of, in other languages, 1.11.0", () => {
  it("'Benutzer X kann sich nicht anmelden', 'el usuario X no puede…', 'username X is locked'; the sentence without a login is unchanged", () => {
    check([
      ["Benutzer hmueller kann sich nicht anmelden", "Benutzer <ID_1> kann sich nicht anmelden"],
      ["el usuario mgarcia no puede iniciar sesión", "el usuario <ID_1> no puede iniciar sesión"],
      ["Der Benutzer kann sich nicht anmelden", "Der Benutzer kann sich nicht anmelden"],
      ["El usuario no puede entrar", "El usuario no puede entrar"],
      ["username jdoe is locked", "username <ID_1> is locked"],
    ]);
  });
});

describe("answers to security questions, 1.11.0", () => {
  it("any word after an answer's cue, a short name too; a function word or a word about the answer is none", () => {
    check([
      ["security question answer: Rex", "security question answer: <SECRET_1>"],
      ["the answer to my security question is Fluffy", "the answer to my security question is <SECRET_1>"],
      ["memorable word: the", "memorable word: the"],
      ["The security answer is wrong", "The security answer is wrong"],
    ]);
  });
});
