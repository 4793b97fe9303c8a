import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import type { EntityType } from "./types";

function found(text: string, type: EntityType): string[] {
  return redactText(text).entities.filter((e) => e.type === type).map((e) => text.slice(e.start, e.end));
}

describe("PERSON and LOCATION from layout and cues (names and places no list knows)", () => {
  it("address block under a cue line: name line, then address lines", () => {
    const text = "Delivery address:\nZorvan Quellith\nwyspa Gil 59a\n93-682 Wejherowo\nFrancja\nIBAN: see below";
    expect(found(text, "PERSON")).toEqual(["Zorvan Quellith"]);
    expect(found(text, "LOCATION")).toEqual(["wyspa Gil 59a", "93-682 Wejherowo", "Francja"]);
  });
  it("signature line after a sign-off, even with ordinary words in the name", () => {
    expect(found("Thanks for the help.\n\nBest regards,\nBerit Saturn Fredriksson\nSales", "PERSON")).toEqual(["Berit Saturn Fredriksson"]);
  });
  it("address lines in a signature block, not the phone or email lines", () => {
    const text = "Best regards,\nAmara Quist\nSenior Buyer\nUnit 4, 9 Quellhof\nOranjezicht\n+27 21 555 0199";
    expect(found(text, "PERSON")).toEqual(["Amara Quist"]);
    expect(found(text, "LOCATION").join("|")).toContain("9 Quellhof");
    expect(redactText(text).text).not.toContain("Oranjezicht");
    expect(found(text, "PHONE_NUMBER")).toEqual(["+27 21 555 0199"]);
  });
  it("a given name carries the chain over capitalised ordinary words", () => {
    expect(found("my name is Edward Rice and I need help", "PERSON")).toEqual(["Edward Rice"]);
  });
  it("vocative and verb cues for unknown first names", () => {
    expect(found('Rewrite this: "Eustracjusz, I waited for an hour."', "PERSON")).toEqual(["Eustracjusz"]);
    expect(found("lol Ayebatari just texted me", "PERSON")).toEqual(["Ayebatari"]);
  });
  it("other-script words inside Latin text: names, or places after a place cue", () => {
    expect(found("Patient 俞建华 was seen today", "PERSON")).toEqual(["俞建华"]);
    expect(found("I'm flying from 수원군 tomorrow", "LOCATION")).toEqual(["수원군"]);
  });
  it("strong place cues take unknown and foreign-language place names", () => {
    expect(found("I'm flying from Moreira de Nossa Senhora to Hélio do Norte on Monday.", "LOCATION")).toEqual(["Moreira de Nossa Senhora", "Hélio do Norte"]);
    expect(found("She is a citizen of Republic of Korea.", "LOCATION")).toEqual(["Republic of Korea"]);
  });
  it("addresses after at/to cues and address keys run over commas", () => {
    expect(found("I waited at Mevlana Sokak 96a for an hour.", "LOCATION")).toEqual(["Mevlana Sokak 96a"]);
    expect(found("Billing address: park Krysiak 42c, Imielin 80-049. Thanks!", "LOCATION")).toEqual(["park Krysiak 42c, Imielin 80-049"]);
  });
  it("street names without a number, offices and camelCase keys", () => {
    expect(found("We stayed on Quellbrook Lane last year.", "LOCATION")).toEqual(["Quellbrook Lane"]);
    expect(found("She moved to our Kumasi office.", "LOCATION")).toEqual(["Kumasi"]);
    expect(found('{"homeCity":"Zwelitsha"}', "LOCATION")).toEqual(["Zwelitsha"]);
  });
  it("keeps ordinary capitalised prose", () => {
    expect(redactText("Please Review The Attached Quarterly Report Before Friday.").entities).toEqual([]);
  });
});
