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
});
