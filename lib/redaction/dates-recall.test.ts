import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { searchWork } from "@/lib/testing/redaction";

const dates = (text: string) => redactText(text).entities.filter((e) => e.type === "DATE_TIME").map((e) => text.slice(e.start, e.end));
const kept = (text: string) => expect(redactText(text).text).toBe(text);

describe("dates in record dumps: the header names the column (1.11.0)", () => {
  it("a birth-date column is read in every row, not only the first", () => {
    expect(redactText("id;name;birth_date;zip\n1;Anna;04.03.1985;10115\n2;Jonas;21.07.1990;20095").text).toBe("id;name;birth_date;zip\n1;<PERSON_1>;<DATE_TIME_1>;<LOCATION_1>\n2;<PERSON_2>;<DATE_TIME_2>;<LOCATION_2>");
    expect(dates("patient,city,dob,ward\nAnna Weber,Berlin,1985-03-04,3\nJonas Meier,Hamburg,1990-07-21,4\nLea Braun,Köln,1978-12-01,2")).toEqual(["1985-03-04", "1990-07-21", "1978-12-01"]);
  });
  it("a person's event column is personal, however many cells the line has", () => {
    expect(dates("patient,ward,visit_date,doctor\nP1,3,2024-03-04,Dr A\nP2,4,2024-03-05,Dr B")).toEqual(["2024-03-04", "2024-03-05"]);
  });
  it("a time key or business date column stays a machine's, also in a line's first cell", () => {
    kept("created_at,amount\n2024-03-04,12\n2024-03-05,15");
    kept("order_date;sku;qty\n2024-03-04;A1;2\n2024-03-05;B2;1");
    kept("id,created_at,amount,currency,status\n1,2024-03-04,12,EUR,ok\n2,2024-03-05,15,EUR,ok");
  });
});

describe("dates of a person: pairs, weekdays, times, apostrophe years (1.11.0)", () => {
  it("the second date of a pair takes the first one's cue", () => {
    expect(dates("Between March 3 and March 5 I'll be away.")).toEqual(["March 3", "March 5"]);
  });
  it("the weekday before a date is part of it", () => {
    expect(dates("Visit scheduled for Monday, March 3rd.")).toEqual(["Monday, March 3rd"]);
    expect(dates("Besuch beim Arzt am Montag, den 12. Januar.")).toEqual(["Montag, den 12. Januar"]);
  });
  it("the weekday before a full date is part of it", () => {
    expect(dates("Surgery scheduled for Tuesday, 5 March 2024.")).toEqual(["Tuesday, 5 March 2024"]);
  });
  it("a day and month with an apostrophe year need no cue word", () => {
    expect(dates("Feb 12 '23 was my last day.")).toEqual(["Feb 12 '23"]);
    expect(dates("3rd March '24 we moved.")).toEqual(["3rd March '24"]);
  });
  it("numeric days and months after more cues, the US order with a slash, a slash date with its time", () => {
    expect(dates("My last period was on 2/14.")).toEqual(["2/14"]);
    expect(dates("Arrival 12.06., departure 19.06.")).toEqual(["12.06", "19.06"]);
    expect(dates("my bday is 4/3")).toEqual(["4/3"]);
    expect(dates("My appointment is 7/4 at 3pm.")).toEqual(["7/4 at 3pm"]);
    expect(dates("Appt 3/4 @ 2pm")).toEqual(["3/4 @ 2pm"]);
  });
  it("a month's abbreviation and day in a sentence about a person's journey", () => {
    expect(dates("I'm flying out Dec 23 and back Jan 2 with the kids.")).toEqual(["Dec 23", "Jan 2"]);
  });
  it("a month in lower case and a year after a word for since, from, in", () => {
    expect(dates("J'habite à Lille depuis mars 2020.")).toEqual(["mars 2020"]);
    expect(dates("Vivo en Madrid desde marzo de 2020.")).toEqual(["marzo de 2020"]);
    expect(dates("Mieszkam w Krakowie od marca 2020.")).toEqual(["marca 2020"]);
  });
});

describe("a program's way of writing a time, for a person's event (1.11.0)", () => {
  it("a T or seconds after an appointment's or a journey's word stays a date", () => {
    expect(dates("Appointment: 2024-03-05T10:00:00")).toEqual(["2024-03-05T10:00:00"]);
    expect(dates("My flight departs 2024-03-05 10:15:00 from gate 3")).toEqual(["2024-03-05 10:15:00"]);
  });
  it("a log line's timestamps stay a program's", () => {
    kept("2024-03-04T10:22:11Z INFO appointment created");
    kept("INFO appointment booked for 2024-03-05T10:00:00");
    kept('{"ts":"2024-03-04T10:22:11Z","msg":"visit"}');
  });
});

describe("dates of other calendars (1.11.0)", () => {
  it("a Solar Hijri date in Persian digits", () => {
    expect(dates("Date of birth | ۱۳۶۴/۷/۲۴")).toEqual(["۱۳۶۴/۷/۲۴"]);
    expect(dates("the appointment is on ۱۴۰۲/۱۱/۸.")).toEqual(["۱۴۰۲/۱۱/۸"]);
    // In ASCII digits a year 1364 is no date of ours.
    expect(dates("In 1364/7/24 the logs")).toEqual([]);
  });
  it("a Thai date's Buddhist year", () => {
    expect(dates("Born 17 พฤษภาคม 2531.")).toEqual(["17 พฤษภาคม 2531"]);
  });
});

describe("years of a person's life (1.11.0)", () => {
  it("a year before the participle that closes its clause", () => {
    expect(dates("Ich bin 1984 geboren.")).toEqual(["1984"]);
    expect(dates("Ich bin seit 2015 verheiratet.")).toEqual(["2015"]);
    expect(dates("Ik ben in 1990 getrouwd.")).toEqual(["1990"]);
  });
  it("an apostrophe year after a life event", () => {
    expect(dates("I was born in '85.")).toEqual(["'85"]);
  });
  it("a year after a step of one's own life told by its person", () => {
    expect(dates("I started the new job in 2021.")).toEqual(["2021"]);
    expect(dates("I have been living in Berlin since 2015.")).toEqual(["2015"]);
    expect(dates("She worked at Google from 2010 to 2015.")).toEqual(["2010", "2015"]);
  });
  it("a team's or a product's year stays", () => {
    kept("We started the migration in 2021.");
    kept("The project started in 2021 and finished in 2023.");
    kept("Python was released in 1991.");
    kept("Ich habe 2019 die Bilanz gezogen.");
  });
});

describe("not dates (1.11.0)", () => {
  it("a dotted number with a unit after a date cue is a quantity", () => {
    kept("Termin: 3.5 Stunden");
    kept("Dauer am Termin: 2.5 h");
  });
  it("a weekday and day before a clock with seconds is a program's timestamp", () => {
    kept("Mon 12 May 2025 10:22:11 UTC kernel: eth0 up");
  });
  it("versions, scores, fractions, ranges and log timestamps stay", () => {
    kept("Upgrade to v2.3.1 before Friday.");
    kept("We run Python 3.12 and Node 20.11.");
    kept("Score 7/10 overall.");
    kept("Mix 1/2 cup of flour at 180 degrees.");
    kept("Pages 12-14 cover the proof.");
    kept("Chapters 3 and 4 May be skipped.");
    kept("Meet at 10:30.");
    kept("[2024-03-04 10:22:11] ERROR db timeout");
    kept('{"ts": "2024-03-04T10:22:11.123Z", "level": "info", "msg": "ok"}');
    kept("Deploy to Vercel on Friday, Postgres on Render.");
    kept("Sales in may 2024 were flat.");
  });
});

describe("a table's header is read once per block (1.11.0)", () => {
  it("eight times the rows cost well under 64 times the work", () => {
    const table = (size: number) => "name,dob,ward,bed\n" + "P,1985-03-04,3,12\n".repeat(size / 18);
    const eighth = searchWork(table(16_000));
    const full = searchWork(table(128_000));
    expect(eighth).toBeGreaterThan(0);
    expect(full).toBeLessThan(12 * eighth);
  });
});
