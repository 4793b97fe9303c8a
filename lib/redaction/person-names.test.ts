import { describe, expect, it } from "vitest";
import { getLexicon } from "./lexicon/lexicon";
import { isListedName } from "./lexicon/human-names";
import { redactText } from "./redact-text";

const persons = (text: string) =>
  redactText(text)
    .entities.filter((e) => e.type === "PERSON")
    .map((e) => text.slice(e.start, e.end));

describe("wide human-names list", () => {
  it("loads once, without ordinary English words", () => {
    const ordinary = getLexicon().commonWords;
    expect(isListedName("oluwaseun", ordinary)).toBe(true);
    expect(isListedName("thandeka", ordinary)).toBe(true);
    expect(isListedName("the", ordinary)).toBe(false);
    expect(isListedName("table", ordinary)).toBe(false);
    expect(isListedName("server", ordinary)).toBe(false);
    expect(isListedName("no such name at all", ordinary)).toBe(false);
  });

  it("completes names from cultures the hand-written lists miss", () => {
    // Two listed names in a row, no cue at all.
    expect(persons("The refund was approved after Oluwaseun Adeyemi confirmed the order.")).toContain("Oluwaseun Adeyemi");
  });

  it("keeps an ordinary word that opens a name right after a person cue", () => {
    expect(persons("Patient Rose Meijer (DOB 11/15/1988) was seen today.")).toContain("Rose Meijer");
    expect(persons("Account owner Holly Nicolas logged in twice.")).toContain("Holly Nicolas");
    expect(persons("Ticket 12: Customer Cassien Cousin asked for a refund.")).toContain("Cassien Cousin");
  });

  it("takes a lone unknown capitalised word after a weak person cue, but leaves place cues to LOCATION", () => {
    expect(persons("I had a call with Zorbek about the invoice.")).toContain("Zorbek");
    const text = "The parcel came from Zorbek yesterday.";
    expect(persons(text)).toEqual([]);
    expect(redactText(text).entities.map((e) => e.type)).toEqual(["LOCATION"]);
  });

  it("leaves product and team phrases alone", () => {
    expect(persons("Customer Service Portal is down again.")).toEqual([]);
    expect(persons("The Premium Support tier is available on weekends.")).toEqual([]);
  });
});

describe("pronouns are no names (1.5.0)", () => {
  it("a contraction after a greeting does not open the name, a pronoun alone is none", () => {
    expect(persons("Hi, I'm Maria Garcia, mail me.")).toEqual(["Maria Garcia"]);
    expect(persons("Hello, I’m Anna Berg and I need help.")).toEqual(["Anna Berg"]);
    expect(persons("He wrote the report on Friday.")).toEqual([]);
  });
});
