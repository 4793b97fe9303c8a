import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const typed = (text: string) => redactText(text).entities.map((e) => `${e.type} ${text.slice(e.start, e.end)}`);

describe("what a cue does not open, next to what it does, 1.9.0", () => {
  it("a secret's use is no secret", () => {
    expect(typed("Use WPA2-PSK to connect to the network")).toEqual([]);
    expect(typed("Use the API key to access the dashboard")).toEqual([]);
    expect(typed("the wifi password to connect is K9#mn2Lp")).toEqual(["SECRET K9#mn2Lp"]);
  });
  it("a test result under a column of results", () => {
    expect(typed("| 101 | pass |\n| 102 | fail |")).toEqual([]);
    expect(typed("| user | pass |\n| jdoe | Xk82mq!9 |")).toContainEqual("SECRET Xk82mq!9");
  });
  it("a year its clause names as one or a discount's code is no one-time code", () => {
    expect(typed("Ваш код: 2024 год")).toEqual([]);
    expect(typed("Your code is 2024 edition")).toEqual([]);
    expect(typed("Enter code 1234 in the promo field")).toEqual([]);
    expect(typed("Your promo code is 4821")).toEqual([]);
    expect(typed("Ваш код: 8842")).toEqual(["SECRET 8842"]);
    expect(typed("Enter code 8842 to log in")).toEqual(["SECRET 8842"]);
  });
  it("a year-shaped code with no year word near it is a code", () => {
    expect(typed("Ваш код: 2024")).toEqual(["SECRET 2024"]);
    expect(typed("Your code: 2025")).toEqual(["SECRET 2025"]);
    expect(typed("Your code is 2025")).toEqual(["SECRET 2025"]);
    expect(typed("Enter code 2025 to log in, valid this year")).toEqual(["SECRET 2025"]);
  });
  it("a promo word names only the code of its own clause", () => {
    expect(typed("Your code is 4821. Don't share it. Use promo code SAVE10 next time.")).toContainEqual("SECRET 4821");
    expect(typed("Your code is 4821; promo code SAVE10 applies")).toEqual(["SECRET 4821"]);
    expect(typed("Your code is 4821, use promo code SAVE10 next time")).toEqual(["SECRET 4821"]);
    expect(typed("Your code is 4821 and the discount applies at checkout")).toEqual([]);
  });
  it("a count of what an account holds", () => {
    expect(typed("my account has 4471 points")).toEqual([]);
    expect(typed("the membership includes 3 cards")).toEqual([]);
    expect(typed("my account number is 44712290")).toEqual(["US_BANK_NUMBER 44712290"]);
  });
  it("a product's number in Japanese, Chinese and Korean", () => {
    expect(typed("商品番号 4471229 の在庫はありますか")).toEqual([]);
    expect(typed("型番 KX-4471 は在庫切れ")).toEqual([]);
    expect(typed("会員番号 4471229")).toEqual(["ID 4471229"]);
  });
  it("an abbreviated German cue is no place", () => {
    expect(typed("Kd.-Nr. 4471229")).toEqual(["ID 4471229"]);
  });
  it("older foreign state words are a value after ':' or '=', not after 'is'", () => {
    expect(typed("password: falsch")).toEqual(["SECRET falsch"]);
    expect(typed("пароль: забыл")).toEqual(["SECRET забыл"]);
    expect(typed("wachtwoord: vergeten")).toEqual(["SECRET vergeten"]);
    expect(typed("mein Passwort ist falsch")).toEqual([]);
    expect(typed("Passwort vergessen, bitte helfen")).toEqual([]);
    expect(typed("мой пароль неверный")).toEqual([]);
    expect(typed("Het wachtwoord is onjuist")).toEqual([]);
  });
});
