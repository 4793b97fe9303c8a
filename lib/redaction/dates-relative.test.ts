import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

// 1.6.0 DATE_TIME: dates written in other scripts' digits or with spaced dots, and relative
// dates of a person's event. Sentences written for these tests.
const dates = (text: string) =>
  redactText(text)
    .entities.filter((e) => e.type === "DATE_TIME")
    .map((e) => text.slice(e.start, e.end));

describe("dates in other digits and layouts", () => {
  it("reads Arabic-Indic and Devanagari digits", () => {
    expect(dates("She was born on ١٩٨٧-١٠-١١ in Erbil.")).toEqual(["١٩٨٧-١٠-١١"]);
    expect(dates("DOB: १९६५ डिसेम्बर २६")).toEqual(["१९६५ डिसेम्बर २६"]);
  });

  it("reads day. month. year with spaces, and the year word after a numeric date", () => {
    expect(dates("She was born on 15. 7. 1989. in Vranje.")).toEqual(["15. 7. 1989."]);
    expect(dates("Date of birth | 27. 2. 1965")).toEqual(["27. 2. 1965"]);
    expect(dates("Date of birth | 13.11.1998 г.")).toEqual(["13.11.1998 г."]);
  });

  it("reads a two-digit year after a date cue, not a version", () => {
    expect(dates("Remind her that the appointment is on 05.07.24. Bring the form.")).toEqual(["05.07.24"]);
    expect(dates("Version 1.2.24 is out.")).toEqual([]);
  });
});

describe("relative dates of a person's event", () => {
  it("reads them next to a flight, an appointment or a surgery, in several languages", () => {
    expect(dates("She had her surgery two weeks ago.")).toEqual(["two weeks ago"]);
    expect(dates("My appointment is on the 14th at 3pm.")).toEqual(["the 14th at 3pm"]);
    expect(dates("Ich hatte vor zwei Wochen einen Termin beim Arzt.")).toEqual(["vor zwei Wochen"]);
    expect(dates("Mi vuelo fue cancelado hace dos semanas.")).toEqual(["hace dos semanas"]);
    expect(dates("Вчера вечером я прилетел в Москву.")).toEqual(["Вчера вечером"]);
    expect(dates("저는 어제 병원에 갔어요.")).toEqual(["어제"]);
  });

  it("reads a weekday of someone's trip without a pronoun before it", () => {
    expect(dates("ok so samuel is flying to Lyon on Thursday, call me at 0123")).toEqual(["Thursday"]);
  });

  it("keeps generic time words in ordinary prose and logs", () => {
    expect(dates("I ordered the blue jacket last week and it still has not arrived.")).toEqual([]);
    expect(dates("In March the team moved the office to a new building.")).toEqual([]);
    expect(dates("The build failed yesterday.")).toEqual([]);
    expect(dates("2024-03-01 12:00:01 INFO job finished yesterday")).toEqual([]);
  });
});
