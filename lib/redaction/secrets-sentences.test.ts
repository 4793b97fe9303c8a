import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

// Each case: the text and its exact redaction (a text that must stay as written is its own redaction).
function check(cases: ReadonlyArray<[string, string]>): void {
  for (const [text, redacted] of cases) {
    expect(redactText(text).text, text).toBe(redacted);
    expect(redactText(redacted).text, redacted).toBe(redacted);
  }
}

describe("words in quotes after a password key, 1.11.0", () => {
  it("a label or a message is no value (before, its first word became a secret and every 'cannot' of the text with it); a Title Case passphrase is one; an intensifier is no password", () => {
    check([
      ["\"password\": \"cannot be blank\"", "\"password\": \"cannot be blank\""],
      ["\"password\": \"Enter your password\"", "\"password\": \"Enter your password\""],
      ["\"password\": \"doit contenir huit caractères\"", "\"password\": \"doit contenir huit caractères\""],
      ["\"password\": \"Correct Horse Battery Staple\"", "\"password\": \"<SECRET_1>\""],
      ["\"password\": \"cannot be blank\"\nUsers cannot log in since the deploy.", "\"password\": \"cannot be blank\"\nUsers cannot log in since the deploy."],
      ["my password is very long and complicated", "my password is very long and complicated"],
    ]);
  });
});

describe("a cue and 's, 1.11.0", () => {
  it("'my password's tulip123', 'my pin's 1234'; a noun or a count after it is none", () => {
    check([
      ["my pin's 1234", "my pin's <SECRET_1>"],
      ["my password's tulip123.", "my password's <SECRET_1>."],
      ["the password's strength is low", "the password's strength is low"],
      ["the password's 8 characters", "the password's 8 characters"],
      ["Pin's 2 inches long", "Pin's 2 inches long"],
    ]);
  });
});

describe("what a key or a combination opens, 1.11.0", () => {
  it("'the key to the lockbox is 8842', 'the combination for the safe is 4-7-2-9'; a key to success is none; Turkish 'your password' with its possessive", () => {
    check([
      ["the key to the lockbox is 8842", "the key to the lockbox is <SECRET_1>"],
      ["The key to success is 100 percent effort", "The key to success is 100 percent effort"],
      ["The key for the door is under the mat", "The key for the door is under the mat"],
      ["the combination for the safe is 4-7-2-9", "the combination for the safe is <SECRET_1>"],
      ["Şifreniz: Ankara06", "Şifreniz: <SECRET_1>"],
    ]);
  });
});

describe("no login where a sentence speaks of a record, 1.11.0", () => {
  it("'The user input cannot be parsed', 'The user data was deleted' are kept; a sign-in sentence, or an account's event after a login with a mark, gives the login", () => {
    check([
      ["The user input cannot be parsed.", "The user input cannot be parsed."],
      ["The user data was deleted", "The user data was deleted"],
      ["the login page was deleted", "the login page was deleted"],
      ["Benutzer data kann nicht geladen werden.", "Benutzer data kann nicht geladen werden."],
      ["user jdoe was locked out", "user <ID_1> was locked out"],
      ["user j.doe was disabled", "user <ID_1> was disabled"],
    ]);
  });
});

describe("a 'pin' column of words, 1.11.0", () => {
  it("a map's pins are no PINs: the column is read no further; a table's PINs end where a row holds words", () => {
    check([
      ["name,pin,color\nMap pin,red,blue\nPin,1234,red", "name,pin,color\nMap pin,red,blue\nPin,<SECRET_1>"],
      ["id,pin\n1,4821\nproduct,key\nwidget,4096", "id,pin\n1,<SECRET_1>\nproduct,key\nwidget,4096"],
    ]);
  });
});

describe("logins in sign-in sentences and logs, 1.11.0", () => {
  it("'log in as X', a quoted login after 'for user', a username said to be taken; not a field's name or a usual way", () => {
    check([
      ["I log in as jdoe", "I log in as <ID_1>"],
      ["Failed login for user 'jsmith'", "Failed login for user '<ID_1>'"],
      ["The username 'skywalker' is taken", "The username '<ID_1>' is taken"],
      ["The user 'input' field", "The user 'input' field"],
      ["Please log in as root.", "Please log in as root."],
      ["Sign in as usual", "Sign in as usual"],
      ["You must log in as yourself", "You must log in as yourself"],
    ]);
  });
  it("a code received is read after 'got' and 'received', not after every 'get'", () => {
    check([
      ["I received the code 661203 this morning", "I received the code <SECRET_1> this morning"],
      ["Get the code 2000 lines shorter", "Get the code 2000 lines shorter"],
    ]);
  });
});

