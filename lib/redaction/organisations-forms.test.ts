import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const untouched = (text: string): string => redactText(text).text;

describe("1.7.0: company forms of more countries keep a firm's name", () => {
  it("forms after the name (Portuguese, Belgian, Turkish, Hebrew)", () => {
    expect(untouched("She works at Guerreiro LDA as a nurse.")).toBe("She works at Guerreiro LDA as a nurse.");
    expect(untouched("He works at Quitzon SNC since 2019.")).toBe("He works at Quitzon SNC since 2019.");
    expect(untouched("Invoice from Tahincioğlu A.Ş. attached.")).toBe("Invoice from Tahincioğlu A.Ş. attached.");
  });

  it("forms before the name (Russian, Vietnamese, Korean)", () => {
    expect(untouched("Она работает в ПАО ЛимитедСнаб бухгалтером.")).toBe("Она работает в ПАО ЛимитедСнаб бухгалтером.");
    expect(untouched("He works at Cty TNHH Nguyễn as a nurse.")).toBe("He works at Cty TNHH Nguyễn as a nurse.");
  });

  it("a person next to the firm is still redacted", () => {
    const r = redactText("Maria Santos works at Guerreiro LDA.");
    expect(r.text).toBe("<PERSON_1> works at Guerreiro LDA.");
  });
});
