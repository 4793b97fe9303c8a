import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { abaValid, nhsValid, verhoeffValid } from "./validators";

const typed = (text: string) => redactText(text).entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
const out = (text: string) => redactText(text).text;

describe("secrets in prose after a cue word (1.4.0)", () => {
  it("a password after its cue, whatever its characters, in many languages", () => {
    expect(out("She logged in with password Tr0ub4dor&3 yesterday.")).toBe("She logged in with password <SECRET_1> yesterday.");
    expect(out("her password correct-horse-42, don't post it")).toBe("her password <SECRET_1>, don't post it");
    expect(out("Mein Passwort lautet Kaffee&Kuchen9, bitte nicht weitergeben.")).toBe("Mein Passwort lautet <SECRET_1>, bitte nicht weitergeben.");
    expect(out("Пароль: Калина77")).toBe("Пароль: <SECRET_1>");
    expect(out("我的密码是Mima2024。")).toBe("我的密码是<SECRET_1>。");
    expect(out("비밀번호는 Kimchi2023입니다.")).toBe("비밀번호는 <SECRET_1>입니다.");
    expect(out('The temporary password is "summer breeze" until Monday.')).toBe('The temporary password is "<SECRET_1>" until Monday.');
    expect(out("The password for the staging VPN is Bl4ckb1rd!")).toBe("The password for the staging VPN is <SECRET_1>");
  });
  it("a login and its password", () => {
    expect(typed("login mkowalski / Summer2024! for the VPN")).toEqual(["ID:mkowalski", "SECRET:Summer2024!"]);
    expect(typed("creds jdoe44, password membre77 (do not share)")).toEqual(["ID:jdoe44", "SECRET:membre77"]);
  });
  it("words about a password are not one", () => {
    for (const text of ["The password is required.", "Click the password reset link.", "password manager settings", "Passwort vergessen?", "Your PIN must have four digits.", "login failed for this account"]) {
      expect(typed(text)).toEqual([]);
    }
  });
});

describe("identifiers after a cue (1.4.0)", () => {
  it("types them with Presidio's names where it has one, ID otherwise", () => {
    expect(typed("passport no. X4829105 expires")).toEqual(["PASSPORT:X4829105"]);
    expect(typed("Patient MRN 00482913 was admitted")).toEqual(["ID:00482913"]);
    expect(typed("Employee ID E20417 is on leave")).toEqual(["ID:E20417"]);
    expect(typed("Die Steuer-ID 12 345 678 901 steht auf dem Bescheid.")).toEqual(["ID:12 345 678 901"]);
    expect(typed("PESEL 85071212345")).toEqual(["ID:85071212345"]);
    expect(typed("PAN ABCPS1234K")).toEqual(["IN_PAN:ABCPS1234K"]);
    expect(typed("account number 4839201174")).toEqual(["US_BANK_NUMBER:4839201174"]);
    expect(typed("Паспорт 4510 123456 выдан")).toEqual(["PASSPORT:4510 123456"]);
  });
  it("cues that are ordinary words need an identifier with digits; short cues need capitals", () => {
    for (const text of ["See our privacy policy v2 for details.", "a tin of 250 beans", "the pan was 300 degrees", "Passport photos must be recent."]) {
      expect(typed(text)).toEqual([]);
    }
  });
  it("a JSON key is the key-value recognizer's: no double reading", () => {
    expect(typed('{"order_id": 4471, "status": "paid"}')).toEqual([]);
  });
});

describe("numbers after a strong cue whose checksum fails", () => {
  it("a mistyped card or IBAN after its cue is still redacted", () => {
    expect(typed("Card number 4111111111111112 was declined")).toEqual(["CREDIT_CARD:4111111111111112"]);
    expect(typed("IBAN DE00370400440532013000 bounced")).toEqual(["IBAN_CODE:DE00370400440532013000"]);
  });
  it("without a cue a failing number stays", () => {
    expect(typed("build 4111111111111112 passed")).toEqual([]);
  });
});

describe("checksums", () => {
  it("Verhoeff, NHS and ABA", () => {
    expect(verhoeffValid("2363")).toBe(true);
    expect(verhoeffValid("2364")).toBe(false);
    expect(nhsValid("9434765919")).toBe(true);
    expect(nhsValid("9434765918")).toBe(false);
    expect(abaValid("021000021")).toBe(true);
    expect(abaValid("021000022")).toBe(false);
  });
});

describe("secrets in prose, 1.5.0", () => {
  it("an ordinary word after 'is', 'was' or a colon is the password; one that describes it is not", () => {
    expect(typed("The password for the admin panel is sunshine")).toEqual(["SECRET:sunshine"]);
    expect(typed("She told me her password was dragonfly, so I logged in.")).toEqual(["SECRET:dragonfly"]);
    for (const text of ["The password is case-sensitive.", "The wifi password is on the fridge.", "Her password is written in her notebook.", "The secret is out: we are moving offices.", "Password reset instructions were sent to your inbox.", "our password policy: minimum length 12, one digit", "Enter your password: then click Continue.", "The passcode is unique per visitor."]) {
      expect(typed(text)).toEqual([]);
    }
  });
  it("a few words, then a colon, between the cue and the password; a clause naming what it opens", () => {
    expect(typed("He wrote the wifi password on a sticky note: hunter2")).toEqual(["SECRET:hunter2"]);
    expect(typed("I use the same password everywhere: ilovecats")).toEqual(["SECRET:ilovecats"]);
    expect(typed("The passcode to the building is 1234 and the alarm code is 9876.")).toEqual(["SECRET:1234", "SECRET:9876"]);
    expect(typed("The root password got changed to P@ssw0rd yesterday.")).toEqual(["SECRET:P@ssw0rd"]);
  });
  it("a passphrase of several words, a bracketed value, an answer that unlocks an account", () => {
    expect(typed("Use the passphrase correct horse battery staple to unlock the vault.")).toEqual(["SECRET:correct horse battery staple"]);
    expect(typed("She gave me her login (m.rossi) and password (Gelato#55) over the phone.")).toEqual(["ID:m.rossi", "SECRET:Gelato#55"]);
    expect(typed("Security answer: Smithfield")).toEqual(["SECRET:Smithfield"]);
  });
  it("the word's other cases ('with the password') and the languages that put the password first", () => {
    for (const [text, secret] of [["Přihlásil se s heslem Kvetina77 a změnil nastavení.", "Kvetina77"], ["Он вошёл с паролем Ромашка88 в систему.", "Ромашка88"], ["Hän kirjautui salasanalla Kesa2023 palveluun.", "Kesa2023"], ["Viņš pieslēdzās ar paroli Saule2021.", "Saule2021"], ["Prijavio se lozinkom Jadran55.", "Jadran55"], ["เขาเข้าสู่ระบบด้วยรหัสผ่าน Siam2022", "Siam2022"], ["Belépett a Tavasz99 jelszóval.", "Tavasz99"], ["Deniz4455 şifresiyle giriş yaptı.", "Deniz4455"], ["U Toshkent2021 paroli bilan kirdi.", "Toshkent2021"]]) {
      expect(typed(text)).toEqual([`SECRET:${secret}`]);
    }
  });
});

describe("identifiers after a cue, 1.5.0", () => {
  it("a bare identifier is one token, whatever follows it", () => {
    expect(typed("Patient ID: PT-88213 was readmitted.")).toEqual(["ID:PT-88213"]);
    expect(typed("Member ID A7KQ92 is not active.")).toEqual(["ID:A7KQ92"]);
  });
  it("a linking verb between the cue and a number keeps it an identifier, not a phone number", () => {
    expect(typed("His NHS number is 943 476 5919.")).toEqual(["UK_NHS:943 476 5919"]);
    expect(typed("Her social insurance number is 046 454 286.")).toEqual(["ID:046 454 286"]);
  });
  it("a possessive inside the cue and the codes of bookings and claims", () => {
    expect(typed("Driver's licence D1234-56789-01234 expired.")).toEqual(["US_DRIVER_LICENSE:D1234-56789-01234"]);
    expect(typed("Reservation code 7HJ2KQ confirmed.")).toEqual(["ID:7HJ2KQ"]);
    expect(typed("Claim #CLM-99812 is pending.")).toEqual(["ID:CLM-99812"]);
  });
});

describe("identifier cues in the languages of our users, 1.5.0", () => {
  it("customer, patient, employee, insurance, file and member numbers, not read as a town and postcode", () => {
    for (const [text, id] of [["Klantnummer 123456", "123456"], ["Kundnummer 88123 är spärrad.", "88123"], ["Número de paciente 77123", "77123"], ["Mitarbeiternummer 00912 hat Urlaub.", "00912"], ["Numer ubezpieczenia: 99021512345", "99021512345"], ["Ο αριθμός μητρώου ασθενούς είναι 558812.", "558812"], ["Pacientes ID numurs ir 772211.", "772211"], ["患者番号 88123", "88123"], ["환자 번호 88123", "88123"], ["رقم العميل 88123", "88123"]]) {
      expect(typed(text)).toEqual([`ID:${id}`]);
    }
  });
  it("a bracketed note after an identifier is not part of it", () => {
    expect(typed("Employee ID: E-2041 (HR)")).toEqual(["ID:E-2041"]);
  });
});
