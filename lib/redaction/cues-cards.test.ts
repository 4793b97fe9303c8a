import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { luhnValid } from "./validators";

const cards = (text: string) => redactText(text).entities.filter((e) => e.type === "CREDIT_CARD").map((e) => text.slice(e.start, e.end));

describe("card numbers after a card word of many languages, and dotted groups (1.6.0)", () => {
  it("a number failing Luhn right after the word for a card is still a card", () => {
    const cases: Array<[string, string]> = [
      ["Kartennummer: ", "5500 0000 0000 0006"],
      ["номер карты ", "2202 2012 3456 7891"],
      ["numer karty ", "4111 1111 1111 1113"],
      ["número do cartão ", "5162 9212 3456 7890"],
      ["kortnummer ", "4571 1234 5678 9012"],
      ["卡号：", "6222 0212 3456 7890"],
      ["カード番号 ", "3530 1113 3330 0001"],
      ["카드번호 ", "9410 1234 5678 9012"],
      ["số thẻ ", "9704 1234 5678 9012"],
      ["رقم البطاقة ", "4847 1234 5678 9012"],
      ["מספר כרטיס ", "4580 1234 5678 9012"],
    ];
    for (const [cue, number] of cases) {
      expect(luhnValid(number.replace(/\D/g, ""))).toBe(false);
      expect(cards(cue + number + " please")).toEqual([number]);
    }
  });
  it("dots between groups of digits, not a decimal, a version or a dotted phone number", () => {
    expect(cards("my visa 4111.1111.1111.1111 expired")).toEqual(["4111.1111.1111.1111"]);
    for (const text of ["total 1234567890.12345 EUR", "call +33.1.23.45.67.89.12 now", "build 2025.03.14.123456 shipped"]) expect(cards(text)).toEqual([]);
  });
  it("a grouped number failing Luhn with no card word stays a number", () => {
    expect(cards("Tracking 4111 1111 1111 1113 left the depot")).toEqual([]);
  });
  it("1.7.0: a card's last four digits after the words that say so, with a card word before them", () => {
    expect(cards("card ending in 4242")).toEqual(["4242"]);
    expect(cards("Visa ending 1881 was declined")).toEqual(["1881"]);
    expect(cards("charged to my Mastercard ending with 5454")).toEqual(["5454"]);
    expect(cards("the last 4 of the card are 3321")).toEqual(["3321"]);
    expect(cards("Karte endet auf 1234")).toEqual(["1234"]);
    expect(cards("Pagó con la tarjeta terminada en 4455 ayer.")).toEqual(["4455"]);
    for (const text of ["Pagó con la tarjeta terminada en **** 4455 ayer.", "Our credit card offer ending in 2025 is great", "The card game ends with 4 players", "the phone number ending in 4242", "last four digits 9876"]) expect(cards(text)).toEqual([]);
  });
});
