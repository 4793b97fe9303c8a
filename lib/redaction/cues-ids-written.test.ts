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
  it("a record word before six digits or more needs no colon; a count names its unit", () => {
    expect(typed("Hello, membership 4471229 was charged twice.")).toEqual(["ID 4471229"]);
    expect(typed("our member 123456789 was banned")).toEqual(["ID 123456789"]);
    expect(typed("ref. 4471229")).toEqual(["ID 4471229"]);
    expect(typed("We have 1200000 customers")).toEqual([]);
    expect(typed("customer 4471229 orders")).toEqual([]);
    expect(typed("the customer 4471 times")).toEqual([]);
    expect(typed("ref. 2024 was")).toEqual([]);
  });
  it("a list of one cue's numbers stops at another record's word", () => {
    expect(typed("Customer No 4471229 / Order 5512")).toEqual(["ID 4471229"]);
    expect(typed("gave PAN number RVAFV6763N and MRN 224-9375.")).toEqual(["IN_PAN RVAFV6763N", "ID 224-9375"]);
  });
  it("more cues in other languages", () => {
    expect(typed("Matrikelnummer 4471229")).toEqual(["ID 4471229"]);
    expect(typed("N.º de cliente 4471229")).toEqual(["ID 4471229"]);
    expect(typed("numero pratica 4471229")).toEqual(["ID 4471229"]);
    expect(typed("asiakasnumeroni on 4471229")).toEqual(["ID 4471229"]);
  });
  it("the abbreviation of 'number' glued to its digits", () => {
    expect(typed("Membership No.4471229")).toEqual(["ID 4471229"]);
    expect(typed("Policy No.4471229 expired")).toEqual(["ID 4471229"]);
    expect(typed("ID-Nr. 4471229")).toEqual(["ID 4471229"]);
    expect(typed("see section no.4 of the policy")).toEqual([]);
  });
  it("a plural record word before a list of numbers", () => {
    expect(typed("claims 4471229 & 4471230 are open")).toEqual(["ID 4471229", "ID 4471230"]);
    expect(typed("policies: 4471229, 4471230")).toEqual(["ID 4471229", "ID 4471230"]);
    expect(typed("members 4471229 and 4471230 were merged")).toEqual(["ID 4471229", "ID 4471230"]);
    expect(typed("we have 3 members")).toEqual([]);
    expect(typed("customers: 4471 orders")).toEqual([]);
    expect(typed("members 1000000 strong")).toEqual([]);
  });
});
