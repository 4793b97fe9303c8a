import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const cards = (text: string) => redactText(text).entities.filter((e) => e.type === "CREDIT_CARD").map((e) => text.slice(e.start, e.end));

describe("card numbers after a card word, 1.8.0", () => {
  it("groups apart by wide spaces, slashes, underscores or spaced dashes", () => {
    expect(cards("card 4111  1111  1111  1111")).toEqual(["4111  1111  1111  1111"]);
    expect(cards("Visa: 4111/1111/1111/1111 exp 12/27")).toEqual(["4111/1111/1111/1111"]);
    expect(cards("my card number is 4111_1111_1111_1111")).toEqual(["4111_1111_1111_1111"]);
    expect(cards("Karte 4111 - 1111 - 1111 - 1112")).toEqual(["4111 - 1111 - 1111 - 1112"]);
  });
  it("no card: numbers of other things after the word, too few digits", () => {
    for (const text of ["My card was declined 3 times on 2024/03/14 at 10/12/13", "card 12/2024/55", "the card 12 of 2024/2025 report"]) expect(cards(text)).toEqual([]);
  });
});
