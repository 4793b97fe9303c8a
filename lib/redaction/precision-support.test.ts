import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const found = (text: string, type: string) => redactText(text).entities.filter((e) => e.type === type).map((e) => text.slice(e.start, e.end));
const all = (text: string) => redactText(text).entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

// What users write to support assistants and chatbots: sentences with no personal data in
// them, which must come out unchanged, next to the same sentences holding a real value.
describe("support chat with no personal data, 1.8.0", () => {
  it("ordinary sentences about accounts, orders, bills and bugs keep every word", () => {
    for (const text of [
      "my code never arrived",
      "The key is not working",
      "PIN blocked after three tries",
      "I never got the verification code",
      "Two-factor code not accepted",
      "The discount code SUMMER doesn't apply at checkout",
      "The tracking number shows no updates since Friday",
      "I was charged twice for the same order",
      "Why did my bill go up in March?",
      "Error 500 when I click Save",
      "Click Settings, then Privacy, then Delete Account",
      "Run npm install and then npm run build",
      "Mi código nunca llegó",
      "El próximo lunes me viene bien",
      "Meu código nunca chegou",
      "Le code reçu par SMS est faux",
      "Mein Kennwort wird nicht akzeptiert",
      "Il codice di verifica è scaduto",
      "Mijn pincode werkt niet",
      "Kod weryfikacyjny wygasł",
      "Код подтверждения истёк",
      "Doğrulama kodunun süresi doldu",
      "Kode verifikasi sudah kedaluwarsa",
      "確認コードの有効期限が切れました",
      "验证码一直收不到",
    ]) expect(all(text)).toEqual([]);
  });
});

describe("what a password or PIN is like, in more languages, 1.8.0", () => {
  it("a state or fault word after the cue is no secret", () => {
    for (const text of [
      "PIN: blocked",
      "the password is gone",
      "Password is kaput",
      "Şifre hatalı",
      "Kata sandi salah",
      "Password ko ay mali",
      "Ang password ay hindi tama",
      "Ang password ko ay hindi gumagana",
      "Parola este greșită",
      "Parola este incorectă",
      "Ο κωδικός είναι λάθος",
      "Heslo je špatné",
      "A jelszó rossz",
      "Пароль неправильний",
    ]) expect(found(text, "SECRET")).toEqual([]);
  });
  it("an adverb whose adjective is spelt differently says how, not what", () => {
    expect(found("The password was reset automatically", "SECRET")).toEqual([]);
    expect(found("my password was changed easily", "SECRET")).toEqual([]);
  });
  it("the same cues before a real password still give it", () => {
    expect(found("PIN: 4821", "SECRET")).toEqual(["4821"]);
    expect(found("Şifre: Deniz4455", "SECRET")).toEqual(["Deniz4455"]);
    expect(found("Kata sandi: Merdeka45!", "SECRET")).toEqual(["Merdeka45!"]);
    expect(found("Parola este Brasov#2024", "SECRET")).toEqual(["Brasov#2024"]);
    expect(found("the password is sunshine", "SECRET")).toEqual(["sunshine"]);
    expect(found("Ο κωδικός είναι Thalassa88", "SECRET")).toEqual(["Thalassa88"]);
  });
});

describe("an app's screens and a service's centres are no places, 1.8.0", () => {
  it("a screen, list or folder after 'to' is no town", () => {
    for (const text of ["Add to Cart", "Proceed to Checkout", "Moved to Trash", "Back to Home", "Back to Top", "Move to Inbox", "Copy to Clipboard", "Send to Kindle", "Add to Calendar", "Return to Shop", "Go back to Menu", "Switch to Desktop", "Update to Version 3.2", "Switch to Plan B"]) {
      expect(found(text, "LOCATION")).toEqual([]);
    }
  });
  it("a centre named by what it does is no street", () => {
    for (const text of ["Help Center", "Visit our Help Centre for answers", "Data Center outage", "Open Notification Center", "Call Center hours are 9 to 5"]) {
      expect(found(text, "LOCATION")).toEqual([]);
    }
  });
  it("real places after the same words stay", () => {
    expect(found("I moved to Zxyville last year", "LOCATION")).toEqual(["Zxyville"]);
    expect(found("moved to Berlin", "LOCATION")).toEqual(["Berlin"]);
    expect(found("We are flying to Home Hill tomorrow", "LOCATION")).toEqual(["Home Hill"]);
    expect(found("Add to Cart, then ship to Kirkby", "LOCATION")).toEqual(["Kirkby"]);
    expect(found("Pinewood Centre", "LOCATION")).toEqual(["Pinewood Centre"]);
  });
});
