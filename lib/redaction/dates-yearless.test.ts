import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const dates = (text: string): string[] => redactText(text).entities.filter((e) => e.type === "DATE_TIME").map((e) => text.slice(e.start, e.end));

describe("1.7.0: a day and month without a year in other languages", () => {
  it("a month name of another script, however short ('15 мая', '8 Μαΐου', '3 січня')", () => {
    expect(dates("Я прилетаю 15 мая.")).toEqual(["15 мая"]);
    expect(dates("Έρχομαι στις 8 Μαΐου.")).toEqual(["8 Μαΐου"]);
    expect(dates("Прийду 3 січня, добре?")).toEqual(["3 січня"]);
  });

  it("a day with its ordinal dot before a month that is also an English word ('den 1. september', 'am 3. Mai')", () => {
    expect(dates("Hej, jeg flytter den 1. september.")).toEqual(["1. september"]);
    expect(dates("Ich komme am 3. Mai an.")).toEqual(["3. Mai"]);
  });

  it("a Hungarian day with its case suffix ('június 5-én', '2024. március 3-án', 'május 10-ig')", () => {
    expect(dates("Szia, június 5-én megyek.")).toEqual(["június 5-én"]);
    expect(dates("2024. március 3-án született.")).toEqual(["2024. március 3-án"]);
    expect(dates("május 10-ig kérem a választ")).toEqual(["május 10-ig"]);
    expect(dates("A 3-as busz késik.")).toEqual([]);
  });

  it("a Hungarian month before its day and dot, an Uzbek day joined by a hyphen, an English date before a full stop", () => {
    expect(dates("Megbeszélés december 8.")).toEqual(["december 8."]);
    expect(dates("The appointment is on 8-dekabr.")).toEqual(["8-dekabr"]);
    expect(dates("Appointment on May 8.")).toEqual(["May 8"]);
    expect(dates("On May 8, we met.")).toEqual(["May 8"]);
  });

  it("a day alone after 'on the' that ends its clause ('on the 21st.', 'on the 5th at noon')", () => {
    expect(dates("Tell him I'll see him in Cluj on the 21st.")).toEqual(["21st"]);
    expect(dates("She came on the 2nd and left on the 5th at noon.")).toEqual(["2nd", "5th"]);
    expect(dates("The office is on the 3rd floor.")).toEqual([]);
  });

  it("keeps counts and sentences that only look like one", () => {
    expect(dates("We need 3-may units")).toEqual([]);
    expect(dates("Version on May 8.1 build")).toEqual([]);
    expect(dates("took 12 set, then stopped")).toEqual([]);
    expect(dates("Version 1. May the force be with you.")).toEqual([]);
  });
});
