import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { locationCases } from "./eval/location-cases";
import { Scorer } from "./eval/scoring";

const found = (text: string) => redactText(text).entities.filter((e) => e.type === "LOCATION").map((e) => text.slice(e.start, e.end));

describe("LOCATION around the world (1.2.0)", () => {
  it("postcode + town pairs in several national shapes", () => {
    expect(found("The parcel is stuck in 4020 Linz since Monday.")).toEqual(["4020 Linz"]);
    expect(found("Adres: ul. Marszałkowska 10, 00-590 Warszawa").join(" ")).toContain("00-590 Warszawa");
    expect(found("Entregar na Avenida Paulista 1578, 01310-200 São Paulo").join(" ")).toContain("01310-200 São Paulo");
  });
  it("street words in other languages, unit words, bare streets after a home cue", () => {
    expect(found("Kargo adresi: Atatürk Caddesi No: 45, Kadıköy").join(" ")).toContain("Atatürk Caddesi No: 45");
    expect(found("Please post it to Flat 4, 27 Elm Grove, Leeds LS6 2AP").join(" ")).toContain("Flat 4, 27 Elm Grove");
    expect(found("My apartment on Rua Augusta has no lift.")).toEqual(["Rua Augusta"]);
    expect(found("Адреса: вул. Хрещатик 22, Київ").join(" ")).toContain("вул. Хрещатик 22");
  });
  it("CJK and Hangul place endings without digits", () => {
    expect(found("我住在杭州市西湖区。")).toEqual(["杭州市西湖区"]);
    expect(found("부산시 해운대구에 살아요.")).toEqual(["부산시 해운대구"]);
  });
  it("years and counts next to capitalised words are not postcodes", () => {
    expect(found("Released 2023 Toyota Corolla notes and 1500 Euro budget for 3 Users.")).toEqual([]);
  });
  it("hand-written world cases: LOCATION recall >= 0.95, non-PII lost <= 5%", () => {
    const scorer = new Scorer();
    for (const s of locationCases()) scorer.add(s.text, s.spans, redactText(s.text).entities);
    const r = scorer.report();
    expect(r.byType.LOCATION.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.overRedaction).toBeLessThanOrEqual(0.05);
  });
});
