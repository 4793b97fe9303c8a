import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const typed = (text: string) => redactText(text).entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
const secrets = (text: string) => redactText(text).entities.filter((e) => e.type === "SECRET").map((e) => text.slice(e.start, e.end));

describe("secrets after a cue, 1.6.0", () => {
  it("a key or a token by what it opens, once ':' or 'is' says so", () => {
    expect(secrets("The key is 4dc0cf28-650b-4140-897e-eb26ad92a375")).toEqual(["4dc0cf28-650b-4140-897e-eb26ad92a375"]);
    expect(secrets("Access key: TRp8xgF7qrh61Sz")).toEqual(["TRp8xgF7qrh61Sz"]);
    expect(secrets("Secret key - fellow2")).toEqual(["fellow2"]);
    expect(secrets("pass: Kx81mQ")).toEqual(["Kx81mQ"]);
    // "key" and "pass" are ordinary words too.
    for (const text of ["the key to success is 2024 planning", "key: user_profile_12", "Did you pass 3 exams?", "pass 5 to the left"]) expect(secrets(text)).toEqual([]);
    // Keys of data: an object path, a partition key, an idempotency or cache key.
    for (const text of ["key: uploads/2024/03/invoice-4821.pdf", "key=user-48213 partition=3", "idempotency key: 4f5e9a1c-0b7d-4c1e-9a2f-3b8c7d6e5f40", "cache key: user-48213-profile-v2"]) expect(secrets(text)).toEqual([]);
  });
  it("a bracket after the cue qualifies it; the value follows the colon", () => {
    expect(secrets("Password (temporary): ulpxX4Y3BzzpoRN")).toEqual(["ulpxX4Y3BzzpoRN"]);
    expect(secrets("Password [case-sensitive]: institute11")).toEqual(["institute11"]);
  });
  it("a value alone on the line after 'Password:'", () => {
    expect(secrets("Password for the VPN:\n\niy4ON0f3F6EHC12\n\nThanks")).toEqual(["iy4ON0f3F6EHC12"]);
    // The next line is a sentence, not a value.
    expect(secrets("Password:\nPlease ask the admin for it.")).toEqual([]);
  });
  it("symbols that open a password are part of it; an arrow is a connector", () => {
    expect(secrets("Senha: #iN=0M9g4(A6")).toEqual(["#iN=0M9g4(A6"]);
    expect(secrets("password -> dependency55")).toEqual(["dependency55"]);
    expect(secrets("Access key: a*cHn*7I&T^2")).toEqual(["a*cHn*7I&T^2"]);
  });
  it("a short clause then a value that can only be a password", () => {
    expect(secrets("Пароль от почты lIQxvoTHyraKf22")).toEqual(["lIQxvoTHyraKf22"]);
    expect(secrets("The password for this account expired yesterday")).toEqual([]);
  });
  it("an assignment keeps a bracket inside its value and drops one that closes the call", () => {
    expect(secrets("API_KEY=Qve)uz*6ctMQ")).toEqual(["Qve)uz*6ctMQ"]);
    expect(secrets("connect(password=hunter22)")).toEqual(["hunter22"]);
    expect(secrets("PGPASSWORD=s3cr3t-pg psql -h db")).toEqual(["s3cr3t-pg"]);
  });
  it("a short bearer token mixing letters and digits", () => {
    expect(secrets("Auth: Bearer RT26eDe0u1rTBl6")).toEqual(["RT26eDe0u1rTBl6"]);
    expect(secrets("Bearer authentication is required")).toEqual([]);
  });
  it("passwords on a command line", () => {
    expect(secrets("mysql -u app -pOMZsz4Du4YUw_p7 -h 10.0.0.5")).toEqual(["OMZsz4Du4YUw_p7"]);
    expect(secrets("curl -u Inez48:2Cfc93EeCe745E5A https://api.example.com/v1/items")).toEqual(["2Cfc93EeCe745E5A"]);
    expect(secrets("pg_dump --password='x9!Kq' mydb")).toEqual(["x9!Kq"]);
    expect(secrets("redis-cli -h cache -a Rd1sPass99 ping")).toEqual(["Rd1sPass99"]);
    expect(secrets("mysql -u root -p -h 10.0.0.5")).toEqual([]);
  });
});

describe("logins, 1.6.0", () => {
  it("user and password in one token after 'logged in with'", () => {
    expect(typed("They logged in with Zander66/89EAb220e8Ad4Cc85FAC.")).toEqual(["ID:Zander66", "SECRET:89EAb220e8Ad4Cc85FAC"]);
    expect(typed("They logged in with Google yesterday.")).toEqual([]);
  });
  it("'the credentials are X and Y'", () => {
    expect(typed("The credentials are Stanton75 and overload70.")).toEqual(["ID:Stanton75", "SECRET:overload70"]);
    expect(typed("The credentials are stored and rotated weekly.")).toEqual([]);
  });
  it("a connection string's fields stay apart", () => {
    expect(typed("Server=db01;Database=crm;User Id=jdoe78;Password=phrase32;")).toEqual(["ID:jdoe78", "SECRET:phrase32"]);
  });
});

describe("tables and lists of passwords, 1.6.0", () => {
  it("the column under a Password header, with bars, tabs or wide spaces", () => {
    expect(typed("| Username | Password |\n|---|---|\n| Sadie94 | opera80 |\n| kmoss | Tr1cky! |")).toEqual(["ID:Sadie94", "SECRET:opera80", "ID:kmoss", "SECRET:Tr1cky!"]);
    expect(secrets("Username\tPassword\nEldon5\txa8FgpPHwG179XN")).toEqual(["xa8FgpPHwG179XN"]);
    expect(secrets("Host      Login     Passwort\nnas01     admin     Kuckuck#77")).toEqual(["Kuckuck#77"]);
  });
  it("a table about passwords whose cells are no passwords", () => {
    expect(secrets("| Setting | Password |\n|---|---|\n| length | n/a |")).toEqual([]);
    expect(typed("| Field | Description |\n|---|---|\n| password | the user's password |")).toEqual([]);
  });
  it("the items of a list under a password line", () => {
    expect(secrets("Wi-Fi passwords:\n  * office: VyHkos5gh3\n  * guest: mild-quit-92\nThat's all.")).toEqual(["VyHkos5gh3", "mild-quit-92"]);
    expect(secrets("Passwords:\n- 4821\n- 7730")).toEqual(["4821", "7730"]);
    // A list of hosts under "Credentials:" is no list of secrets.
    expect(secrets("Credentials:\n- host: db.internal\n- port: 5432")).toEqual([]);
  });
});

describe("values before their cue, and the cue word itself, 1.6.0", () => {
  it("'X is the new password', 'use X as the password'", () => {
    expect(secrets("Summer2024! is the new password")).toEqual(["Summer2024"]);
    expect(secrets("use Gr8-Pass#x as the password for now")).toEqual(["Gr8-Pass#x"]);
    for (const text of ["This is the password field", "Version 2.4.1 is the default token", "Enter is the key to confirm"]) expect(secrets(text)).toEqual([]);
  });
  it("a key with a neutral prefix and a random body, with no cue", () => {
    expect(secrets("Found key_prod_8f7d6e5c4b3a2f1e0d9c in the logs")).toEqual(["key_prod_8f7d6e5c4b3a2f1e0d9c"]);
    expect(secrets("session_id=12345 api_version_2 app-store-connect-2024")).toEqual([]);
  });
  it("a log line about a failed password holds none", () => {
    expect(secrets("WARN password check failed: timeout after 30s")).toEqual([]);
  });
  it("the cue word before a value is no name, whatever its script", () => {
    expect(typed("пароль Yvl_vQYZrSC54pn")).toEqual(["SECRET:Yvl_vQYZrSC54pn"]);
    expect(typed("პაროლი: Tbfk%!FFae0*")).toEqual(["SECRET:Tbfk%!FFae0*"]);
    expect(typed("Κωδικός: Tbfk%!FFae0")).toEqual(["SECRET:Tbfk%!FFae0"]);
  });
});

describe("the words between a cue and its value in more languages, 1.6.0", () => {
  it("possessives and past tenses after the cue", () => {
    expect(secrets("A senha dele era Bs0wxYuH6CuD2xr.")).toEqual(["Bs0wxYuH6CuD2xr"]);
    expect(secrets("Jeho heslo bylo swing32.")).toEqual(["swing32"]);
    expect(secrets("Passordet hans var qegacaledeya.")).toEqual(["qegacaledeya"]);
    expect(secrets("Njegova lozinka je bila linseed82.")).toEqual(["linseed82"]);
    expect(secrets("Його пароль був Z6DNtfIJlOMUmZH.")).toEqual(["Z6DNtfIJlOMUmZH"]);
    expect(secrets("Mật khẩu của anh ấy là 7YBgpDC*2LT!.")).toEqual(["7YBgpDC*2LT!"]);
    expect(secrets("Kata sandinya adalah derby58.")).toEqual(["derby58"]);
    expect(secrets("הסיסמה שלו הייתה K4r4xHQ0e3Nl53J.")).toEqual(["K4r4xHQ0e3Nl53J"]);
    expect(secrets("รหัสผ่านคือ Y6VQC1al1x0nqts")).toEqual(["Y6VQC1al1x0nqts"]);
  });
  it("the word for the password after a login, in the login's language", () => {
    expect(typed("Логин Alfonzo63 пароль Xk82mq!")).toEqual(["ID:Alfonzo63", "SECRET:Xk82mq!"]);
    expect(typed("Login: jnowak hasło: Lato2024#")).toEqual(["ID:jnowak", "SECRET:Lato2024#"]);
  });
  it("a relative clause, commas or a bracketed clause around the value", () => {
    expect(secrets("The password she used was Tr0ub4dor")).toEqual(["Tr0ub4dor"]);
    expect(secrets("Their password, Xk82mq!, was leaked")).toEqual(["Xk82mq!"]);
    expect(secrets("the password (which was Xk82mq!) leaked")).toEqual(["Xk82mq!"]);
    for (const text of ["the password you chose is too weak", "password, username, and email are required", "The password manager app is great"]) expect(secrets(text)).toEqual([]);
  });
  it("a random-cased key without digits", () => {
    expect(secrets("the api key is PZXchLpSgLIDThj, please rotate it")).toEqual(["PZXchLpSgLIDThj"]);
    expect(secrets("The key is MyFavouriteColour")).toEqual([]);
  });
  it("a cue and its number that read as a town and postcode", () => {
    expect(typed("Passcode 4821")).toEqual(["SECRET:4821"]);
  });
});

describe("made-up pronounceable passwords, 1.6.0", () => {
  it("letters only, consonant and vowel in turn, no known word", () => {
    expect(secrets("Entró con la contraseña saredivapixa.")).toEqual(["saredivapixa"]);
    expect(secrets("mdp beqotazejayo")).toEqual(["beqotazejayo"]);
    for (const text of ["password generalize", "password protected", "the password recovery", "Passwort zurücksetzen"]) expect(secrets(text)).toEqual([]);
  });
});

describe("an ordinary word after an owned password cue, 1.6.0", () => {
  it("is the password where the clause goes on or ends", () => {
    expect(secrets("She logged in with password sunshine and changed nothing.")).toEqual(["sunshine"]);
    expect(secrets("Her password dragonfly was leaked.")).toEqual(["dragonfly"]);
  });
  it("is not when the word says something about the password", () => {
    for (const text of ["Your password expires.", "Use your password manager.", "with password authentication.", "my password failed.", "Her password changed yesterday."]) {
      expect(secrets(text)).toEqual([]);
    }
  });
});

describe("logins, pairs and cues added in the last 1.6.0 round", () => {
  const ids = (text: string) => redactText(text).entities.filter((e) => e.type === "ID").map((e) => text.slice(e.start, e.end));
  it("'user: X pass: Y', 'usr X pwd Y': a login linked by a word for a password", () => {
    expect(ids("user: mkowalski pass: Lato2024!")).toEqual(["mkowalski"]);
    expect(secrets("user: mkowalski pass: Lato2024!")).toEqual(["Lato2024!"]);
    expect(ids("DB creds -> user svc_report pwd R3p0rt!ng")).toEqual(["svc_report"]);
    expect(ids("usr jgarcia pwd Madrid*55")).toEqual(["jgarcia"]);
    // The password after another language's word is still found by that word's own cue.
    expect(secrets("usuario jgarcia clave Madrid*55")).toEqual(["Madrid*55"]);
    // "user" alone, with no password after it, is no login cue.
    for (const text of ["user: admin is not allowed to delete this", "Hi team, user jdoe says password reset emails never arrive.", "The account name field is required."]) expect(ids(text)).toEqual([]);
  });
  it("an ordinary word as the login when a password shape follows ('admin / admin123')", () => {
    expect(secrets("credentials: admin / Qwerty!23")).toContain("Qwerty!23");
    expect(secrets("Creds for the router: admin / admin123")).toEqual(["admin123"]);
    expect(typed("Login: email / password")).toEqual([]);
  });
  it("'wifi: X' needs a password's shape; 'P/W', 'psw'", () => {
    expect(secrets("wifi: Guest2024!")).toEqual(["Guest2024!"]);
    for (const text of ["wifi: connected", "The WLAN is down again", "wifi is flaky today"]) expect(secrets(text)).toEqual([]);
    expect(secrets("P/W: Alpha!beta")).toEqual(["Alpha!beta"]);
    expect(secrets("psw: Delta007")).toEqual(["Delta007"]);
  });
  it("'with password X yesterday'; but 'password combination', 'password to continue' hold none", () => {
    expect(secrets("He logged in with password dragonfly yesterday.")).toEqual(["dragonfly"]);
    for (const text of ["The user / password combination was wrong.", "Enter your user name and password to continue.", "user password policy requires 12 characters"]) expect(typed(text)).toEqual([]);
  });
});
