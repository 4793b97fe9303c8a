import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const typed = (text: string) => redactText(text).entities.map((e) => `${e.type} ${text.slice(e.start, e.end)}`);
const redacted = (text: string) => redactText(text).entities.map((e) => text.slice(e.start, e.end));

describe("identifiers after their cue as people write them, 1.9.0", () => {
  it("the value first, a spaced dash, then its cue", () => {
    expect(typed("4471229 - membership number")).toEqual(["ID 4471229"]);
    expect(typed("Hi,\nAB-4471229 – my policy number\nThanks")).toEqual(["ID AB-4471229"]);
    expect(typed("Build 4471229 - release number")).toEqual([]);
    expect(typed("Page 12 - chapter number")).toEqual([]);
  });
  it("German abbreviations with a dot and a hyphen", () => {
    expect(typed("Kd.-Nr. 4471229")).toEqual(["ID 4471229"]);
    expect(typed("Mitgl.-Nr.: 4471229")).toEqual(["ID 4471229"]);
    expect(typed("Vers.-Nr. 4471229, bitte prüfen")).toEqual(["ID 4471229"]);
    expect(typed("Mitgliedsnr. 4471229")).toEqual(["ID 4471229"]);
  });
  it("the sign № for «номер», Czech «č.»", () => {
    expect(typed("№ полиса 4471229")).toEqual(["ID 4471229"]);
    expect(typed("№ договора 4471229 от мая")).toEqual(["ID 4471229"]);
    expect(typed("č. smlouvy 4471229")).toEqual(["ID 4471229"]);
    expect(typed("číslo klienta 4471229")).toEqual(["ID 4471229"]);
    // Without the sign the genitive alone is no cue.
    expect(redacted("копия полиса 4471229")).not.toContainEqual("4471229 ");
  });
  it("more cues of a person's case", () => {
    expect(typed("Prior authorization number PA-4471229")).toEqual(["ID PA-4471229"]);
    expect(typed("The prior auth # PA-4471229 was denied")).toEqual(["ID PA-4471229"]);
    expect(typed("Account ref 4471.229.01")).toEqual(["ID 4471.229.01"]);
    expect(typed("Medicare card 2123456701")).toEqual(["ID 2123456701"]);
    expect(typed("número de la seguridad social 281234567840")).toEqual(["ID 281234567840"]);
    expect(typed("PhilHealth no. 12-345678901-2")).toEqual(["ID 12-345678901-2"]);
    expect(typed("SSS number 34-1234567-8")).toEqual(["ID 34-1234567-8"]);
    expect(typed("会員ID: 4471229")).toEqual(["ID 4471229"]);
  });
  it("a short first group runs on into a longer one", () => {
    expect(typed("NSS 28 4471229 01")).toEqual(["ID 28 4471229 01"]);
    expect(typed("Patient MRN 00482913, seen today")).toEqual(["ID 00482913"]);
  });
});
