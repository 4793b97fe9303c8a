import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const dates = (text: string) => redactText(text).entities.filter((e) => e.type === "DATE_TIME").map((e) => text.slice(e.start, e.end));

describe("dates of a person as chat, forms and records write them (1.10.0)", () => {
  it("a two-digit year after a birth cue of another language", () => {
    expect(dates("geb. 4.3.85")).toEqual(["4.3.85"]);
    expect(dates("Nata il 4.3.85 a Bari")).toEqual(["4.3.85"]);
  });
  it("day, month abbreviation and year joined by hyphens or slashes, or glued in capitals", () => {
    expect(dates("DOB 4-Mar-1985")).toEqual(["4-Mar-1985"]);
    expect(dates("Patient seen, born 04-Mar-85, allergic to penicillin")).toEqual(["04-Mar-85"]);
    expect(dates("PAX SMITH/JOHN DOB 04MAR1985")).toEqual(["04MAR1985"]);
    expect(dates("admitted 12/dec/2023 via A&E")).toEqual(["12/dec/2023"]);
  });
  it("an apostrophe year after a day and month, and a two-digit year after a birth date's", () => {
    expect(dates("She was admitted on 12th Feb '23.")).toEqual(["12th Feb '23"]);
    expect(dates("I was born on 4 March 85")).toEqual(["4 March 85"]);
    expect(dates("The parcel came on 4 March 85 minutes late")).toEqual(["4 March"]);
  });
  it("a range of days before a month", () => {
    expect(dates("We're off 3-5 May.")).toEqual(["3-5 May"]);
    expect(dates("I'll be away 3–5 May for my sister's wedding.")).toEqual(["3–5 May"]);
    expect(dates("Booked the cabin 12-14 June")).toEqual(["12-14 June"]);
  });
  it("a weekday with its day of the month and its time", () => {
    expect(dates("My appointment on Tue 14th at 3:30pm")).toEqual(["Tue 14th at 3:30pm"]);
    expect(dates("I start on Monday 2nd.")).toEqual(["Monday 2nd"]);
    expect(dates("appointment: Mon 3 Jun, 10:15")).toEqual(["Mon 3 Jun, 10:15"]);
    expect(dates("Rendez-vous le mardi 14 à 15h30.")).toEqual(["mardi 14 à 15h30"]);
    expect(dates("Cita el martes 14 a las 15:30.")).toEqual(["martes 14 a las 15:30"]);
    expect(dates("Appuntamento giovedì 14 alle 15:30.")).toEqual(["giovedì 14 alle 15:30"]);
  });
  it("a month in lower case before an ordinal day", () => {
    expect(dates("my birthday is march 4th")).toEqual(["march 4th"]);
    expect(dates("we moved in on june 5th at 10am")).toEqual(["june 5th at 10am"]);
  });
  it("an ordinal indicator, and the time after a day and month", () => {
    expect(dates("nacido el 1º de marzo de 1985")).toEqual(["1º de marzo de 1985"]);
    expect(dates("Afspraak op 3 okt. om 14:00")).toEqual(["3 okt. om 14:00"]);
    expect(dates("Termin: 12.03. um 9:30 Uhr")).toEqual(["12.03. um 9:30 Uhr"]);
    expect(dates("My flight on 14 May at 07:40")).toEqual(["14 May at 07:40"]);
    expect(dates("On 3 May 10 people came.")).toEqual(["3 May"]);
  });
  it("a weekday in a sentence whose pronoun or event is not English", () => {
    expect(dates("Termin am Dienstag um 15 Uhr")).toEqual(["Dienstag um 15 Uhr"]);
    expect(dates("Ich habe am Dienstag um 15 Uhr einen Termin beim Arzt.")).toEqual(["Dienstag um 15 Uhr"]);
  });
  it("keeps versions, scores, ranges of pages, modal verbs, words that are weekday abbreviations and machine dates", () => {
    for (const text of [
      "Pages 3-5 May be missing.",
      "Items 3-5 may be late.",
      "rated it 10/10, support is 24/7, ratio 3/4",
      "Upgrade to 2.10.4 fixed it, build 20240304",
      "we sat 3 rows back at the show",
      "I sat down on the sun 5 minutes",
      "the release is on Tuesday",
      "127.0.0.1 - - [10/Oct/2024:13:55:36 +0000] \"GET / HTTP/1.1\" 200",
      "Date: Mon, 04 Mar 2024 10:22:33 GMT",
      "[2024-03-04 10:22:33] ERROR x",
      "session id 12Mar24 expired",
      "the may 5th release",
    ]) expect(dates(text)).toEqual([]);
  });
});

describe("weekday abbreviations and times that are no dates", () => {
  it("an abbreviation in capitals or opening a sentence needs an ordinal, a comma or a time", () => {
    expect(dates("I took the SAT 2 times")).toEqual([]);
    expect(dates("Sun 5 hours of sleep, I'm tired")).toEqual([]);
    expect(dates("I have Tue 14th at 3pm")).toEqual(["Tue 14th at 3pm"]);
    expect(dates("Tue 14 at 3pm I have the dentist")).toEqual(["Tue 14 at 3pm"]);
    expect(dates("I see her Tue 14")).toEqual(["Tue 14"]);
  });
  it("a decimal before a number's word after a date is no time", () => {
    expect(dates("I released it on 2 Oct, 10.55 million downloads since")).toEqual(["2 Oct"]);
    expect(dates("I meet him on 3 Oct, 10:15")).toEqual(["3 Oct, 10:15"]);
  });
});

describe("ranges of a text's parts before a month-like word", () => {
  it("chapters, pages and sections count parts, not days", () => {
    expect(dates("Chapters 10-12 March through the section")).toEqual([]);
    expect(dates("read ch. 3-5 June's notes")).toEqual([]);
    expect(dates("I'm off 3-5 May")).toEqual(["3-5 May"]);
    expect(dates("We fly 12–14 June")).toEqual(["12–14 June"]);
  });
});
