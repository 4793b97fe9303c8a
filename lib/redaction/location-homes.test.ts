import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

// 1.6.0 LOCATION: where someone lives, in the languages of our users, with the place inflected,
// after a postposition or written without letter case. Sentences written for these tests.
const places = (text: string) =>
  redactText(text)
    .entities.filter((e) => e.type === "LOCATION")
    .map((e) => text.slice(e.start, e.end));

describe("where someone lives, in many languages", () => {
  it("takes an inflected town after a residence verb, and not the words after it", () => {
    expect(places("Я живу в Москве с 2010 года.")).toEqual(["Москве"]);
    expect(places("Mieszkam w Krakowie od pięciu lat.")).toEqual(["Krakowie"]);
    expect(places("Vivo en Zaragoza desde 2015.")).toEqual(["Zaragoza"]);
    expect(places("Abito a Pescara con mia moglie.")).toEqual(["Pescara"]);
    expect(places("Asun Tampereella nykyään.")).toEqual(["Tampereella"]);
  });

  it("takes a town before a postposition or a suffix", () => {
    expect(places("Budapesten lakom.")).toEqual(["Budapesten"]);
    expect(places("İzmir'de yaşıyorum.")).toEqual(["İzmir"]);
    expect(places("मैं जयपुर में रहता हूँ।")).toEqual(["जयपुर"]);
    expect(places("東京に住んでいます。")).toEqual(["東京"]);
    expect(places("저는 대구에 살아요.")).toEqual(["대구"]);
  });

  it("takes a town in a script without case after its cue", () => {
    expect(places("أسكن في الإسكندرية")).toEqual(["الإسكندرية"]);
    expect(places("אני גר בחיפה")).toEqual(["חיפה"]);
    expect(places("Μένω στην Πάτρα.")).toEqual(["Πάτρα"]);
  });
});
