import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

// Each case: the text and its exact redaction (a text that must stay as written is its own redaction).
function check(cases: ReadonlyArray<[string, string]>): void {
  for (const [text, redacted] of cases) {
    expect(redactText(text).text, text).toBe(redacted);
    // Idempotent: redacting the output changes nothing.
    expect(redactText(redacted).text, redacted).toBe(redacted);
  }
}

describe("what code and manuals write for a secret is no secret, 1.11.0", () => {
  it("a substitution, a template, a reference, a type, a variable, a tag, a file or a placeholder to fill in; what a manual says to do; a password store; and the passwords beside them stay secrets", () => {
    check([
      ["password: [REDACTED]", "password: [REDACTED]"],
      ["password=$(cat /run/secrets/db)", "password=$(cat /run/secrets/db)"],
      ["const password = req.body.password;", "const password = req.body.password;"],
      ["password: os.environ['DB_PASSWORD']", "password: os.environ['DB_PASSWORD']"],
      ["password = getpass.getpass()", "password = getpass.getpass()"],
      ["password: string;", "password: string;"],
      ["password: String!", "password: String!"],
      ["password VARCHAR(255) NOT NULL", "password VARCHAR(255) NOT NULL"],
      ["password: YOUR_PASSWORD_HERE", "password: YOUR_PASSWORD_HERE"],
      ["password: hashedPassword,", "password: hashedPassword,"],
      ["DB_PASSWORD: ${{ secrets.DB_PASSWORD }}", "DB_PASSWORD: ${{ secrets.DB_PASSWORD }}"],
      ["PASSWORD=`cat /etc/secret`", "PASSWORD=`cat /etc/secret`"],
      ["password: !vault |", "password: !vault |"],
      ["Set the password in .env as DB_PASSWORD.", "Set the password in .env as DB_PASSWORD."],
      ["password: await bcrypt.hash(password, 10),", "password: await bcrypt.hash(password, 10),"],
      ["password: this.form.value.password,", "password: this.form.value.password,"],
      ["the password is in 1Password", "the password is in 1Password"],
      ["Password: leave blank for SSO", "Password: leave blank for SSO"],
      ["Password: ask the admin team", "Password: ask the admin team"],
      ["password: check slack channel", "password: check slack channel"],
      ["Password: hashed with bcrypt", "Password: hashed with bcrypt"],
      ["The pin is bent.", "The pin is bent."],
      ["password: Summer.2024", "password: <SECRET_1>"],
      ["password=hunter2)", "password=<SECRET_1>)"],
      ["password: Qve)uz*6", "password: <SECRET_1>"],
      ["The pin is 4821.", "The pin is <SECRET_1>."],
      ["password: hunter(2)", "password: <SECRET_1>"],
      ["DB_PASSWORD=rosebud", "DB_PASSWORD=<SECRET_1>"],
      ["db_password: !vwVcPRIESrbb", "db_password: <SECRET_1>"],
    ]);
  });
});

describe("passwords of ordinary words, 1.11.0", () => {
  it("three to six lower-case words ending the sentence after a password's cue are one secret; a sentence about the password is none", () => {
    check([
      ["password: correct horse battery staple", "password: <SECRET_1>"],
      ["My password is correct horse battery staple.", "My password is <SECRET_1>."],
      ["pw = green tea garden", "pw = <SECRET_1>"],
      ["The password was \"purple monkey dishwasher\".", "The password was \"<SECRET_1>\"."],
      ["The password is never sent over email.", "The password is never sent over email."],
      ["Password: stored encrypted at rest.", "Password: stored encrypted at rest."],
      ["Password: minimum twelve characters long", "Password: minimum twelve characters long"],
      ["password is stored plaintext somewhere", "password is stored plaintext somewhere"],
      ["The password is the same as the email", "The password is the same as the email"],
      ["Password: whatever you like", "Password: whatever you like"],
      ["the password was too weak", "the password was too weak"],
    ]);
  });
});

describe("one-time codes told in a sentence, 1.11.0", () => {
  it("the code someone sent, a code received or entered, a code named by its kind, in one or two groups; counts and error codes are none", () => {
    check([
      ["the code they sent me is 482913", "the code they sent me is <SECRET_1>"],
      ["The code Google texted me is 448812.", "The code Google texted me is <SECRET_1>."],
      ["the code I got by SMS was 448812", "the code I got by SMS was <SECRET_1>"],
      ["I got the code 884213 by SMS", "I got the code <SECRET_1> by SMS"],
      ["Enter 774512 as the code", "Enter <SECRET_1> as the code"],
      ["My 2FA code was 552 019", "My 2FA code was <SECRET_1>"],
      ["2FA code: 552019", "2FA code: <SECRET_1>"],
      ["my sms code is 552 019", "my sms code is <SECRET_1>"],
      ["The code they sent me is 2024 lines long", "The code they sent me is 2024 lines long"],
      ["Got the code 2000 lines", "Got the code 2000 lines"],
      ["I got error code 5003", "I got error code 5003"],
      ["I got the code working after the refactor.", "I got the code working after the refactor."],
      ["Enter 2 as the quantity.", "Enter 2 as the quantity."],
      ["The code in the SMS is valid for 10 minutes.", "The code in the SMS is valid for 10 minutes."],
      ["I changed my PIN 1234 to 5678", "I changed my PIN <SECRET_1> to <SECRET_2>"],
    ]);
  });
});

describe("logins a sentence names, 1.11.0", () => {
  it("a login-shaped word after 'user' that cannot sign in or reported something, before the word for a password, or after 'login' alone; ordinary words, service accounts, placeholders and log verdicts are none", () => {
    check([
      ["The user jdoe cannot log in", "The user <ID_1> cannot log in"],
      ["User m.kowalski reported the issue", "User <ID_1> reported the issue"],
      ["the user account 'tgarcia' was disabled", "the user account '<ID_1>' was disabled"],
      ["логин ivanov пароль Zima2020", "логин <ID_1> пароль <SECRET_1>"],
      ["INFO user jdoe logged in", "INFO user <ID_1> logged in"],
      ["The user root cannot log in", "The user root cannot log in"],
      ["user foo cannot access bar", "user foo cannot access bar"],
      ["user xyz failed to load the page", "user xyz failed to load the page"],
      ["The user interface was changed", "The user interface was changed"],
      ["The user clicked the button and nothing happened.", "The user clicked the button and nothing happened."],
      ["login successful", "login successful"],
      ["login successfully", "login successfully"],
      ["login jdoe", "login <ID_1>"],
      ["Routing number 021000021, account 4839201174.", "Routing number <ABA_ROUTING_NUMBER_1>, account <US_BANK_NUMBER_1>."],
    ]);
  });
});

describe("a connection string with a password and no user, 1.11.0", () => {
  it("the password between '://:' and '@' is a secret; a variable there is none", () => {
    check([
      ["redis://:p4ssw0rd@redis.local:6379", "redis://:<SECRET_1>@redis.local:6379"],
      ["REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379", "REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379"],
    ]);
  });
});
