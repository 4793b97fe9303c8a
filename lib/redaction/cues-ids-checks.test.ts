import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { dniValid, fiscalCodeValid, hetuValid, nricValid } from "./recognizers/cued-ids";

const redacted = (text: string) => redactText(text).entities.map((e) => text.slice(e.start, e.end));

describe("national ids by their own check character, without a cue, 1.8.0", () => {
  it("an Italian fiscal code", () => {
    expect(redacted("il mio codice è BNCLRA90A41F205I, grazie")).toEqual(["BNCLRA90A41F205I"]);
    expect(redacted("VRDGPP80B12H501Z")).toEqual(["VRDGPP80B12H501Z"]);
    expect(fiscalCodeValid("VRDGPP80B12H501A")).toBe(false);
    expect(redacted("ref VRDGPP80B12H501A")).toEqual([]);
  });
  it("a Finnish personal identity code", () => {
    expect(redacted("Henkilötunnukseni on 311280-999J.")).toEqual(["311280-999J"]);
    expect(hetuValid("311280-999K")).toBe(false);
    expect(redacted("311280-999K")).toEqual([]);
  });
  it("a Singapore NRIC or FIN", () => {
    expect(redacted("my IC is S1234567D ok")).toEqual(["S1234567D"]);
    expect(redacted("F9876543M")).toEqual(["F9876543M"]);
    expect(nricValid("T0123456G")).toBe(true);
    expect(redacted("part S1234567E is back in stock")).toEqual([]);
  });
  it("a Spanish NIE, not a bare DNI's shape", () => {
    expect(redacted("tengo el Y7654321G")).toEqual(["Y7654321G"]);
    expect(redacted("NIE: X1234567L")).toEqual(["X1234567L"]);
    expect(dniValid("X1234567M")).toBe(false);
    expect(redacted("item 12345678Z shipped")).toEqual([]);
  });
  it("a Finnish code's lower-case cue", () => {
    expect(redacted("hetu 010594Y9032")).toEqual(["010594Y9032"]);
  });
});
