import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { wordsLeft } from "@/lib/testing/redaction";


describe("1.7.0: a postcode before its town", () => {
  it("a town in a script without capitals ('to 49069 קרית אונו', a block's '0174 ზემო ლილიკო' line)", () => {
    expect(wordsLeft("Delivery to 49069 קרית אונו failed twice.", ["49069", "קרית", "אונו"])).toEqual([]);
    expect(wordsLeft("Ship to:\nნინო ბერიძე\nმეტეხის ქუჩა 5\n0174 ზემო ლილიკო\nსაქართველო", ["0174", "ზემო", "ლილიკო"])).toEqual([]);
    expect(wordsLeft("Delivery to 157642 杭州 failed twice.", ["157642"])).toEqual([]);
  });

  it("Latvian 'LV1050' and the Indian PIN in two groups", () => {
    expect(wordsLeft("Delivery to LV6925 Varakļāni failed twice.", ["LV6925", "Varakļāni"])).toEqual([]);
    expect(wordsLeft("Delivery to 560 034 Bengaluru failed", ["560", "034"])).toEqual([]);
  });

  it("keeps amounts before a currency word", () => {
    expect(redactText("שילמתי 500 שקל אתמול.").text).toBe("שילמתי 500 שקל אתמול.");
    expect(redactText("دفعت 1500 ريال أمس.").text).toBe("دفعت 1500 ريال أمس.");
  });
});

describe("1.7.0: a known place's later words keep their capitals", () => {
  it("'La réunion de lundi' is a meeting, 'La Réunion' the island", () => {
    expect(redactText("La réunion de lundi est reportée.").text).toBe("La réunion de lundi est reportée.");
    expect(wordsLeft("Je vis à La Réunion depuis 2019.", ["Réunion"])).toEqual([]);
  });
});

describe("1.7.0: a known town in another grammatical case", () => {
  it("after a Polish or Czech preposition, with a Hungarian suffix, in the Baltic locative", () => {
    expect(wordsLeft("Cześć, będę w Gdańsku we wtorek.", ["Gdańsku"])).toEqual([]);
    expect(wordsLeft("Mieszkam w Warszawie od roku.", ["Warszawie"])).toEqual([]);
    expect(wordsLeft("V pátek jedu do Brna.", ["Brna"])).toEqual([]);
    expect(wordsLeft("Holnap megyek Debrecenbe.", ["Debrecenbe"])).toEqual([]);
    expect(wordsLeft("Gyvenu Vilniuje.", ["Vilniuje"])).toEqual([]);
    expect(wordsLeft("Dzīvoju Rīgā.", ["Rīgā"])).toEqual([]);
  });

  it("keeps nouns after the same prepositions", () => {
    expect(redactText("Jestem w Domu teraz, idę do Pracy.").text).toBe("Jestem w Domu teraz, idę do Pracy.");
  });
});

describe("1.7.0: a city typed in lower case after a place preposition", () => {
  it("'my flight to lisbon', 'moving to berlin'", () => {
    expect(wordsLeft("hey, my flight to lisbon got cancelled", ["lisbon"])).toEqual([]);
    expect(wordsLeft("moving to berlin next month", ["berlin"])).toEqual([]);
  });

  it("keeps ordinary words and tools after the same prepositions", () => {
    for (const text of ["go to bed now", "the move to kubernetes went fine", "send it to mobile", "logged in from home"]) expect(redactText(text).text).toBe(text);
  });
});
