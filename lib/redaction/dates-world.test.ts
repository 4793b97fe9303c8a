import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { CALENDAR_DATA, type LocaleCalendar } from "./lexicon/calendar-data";

const dates = (text: string) => redactText(text).entities.filter((e) => e.type === "DATE_TIME").map((e) => text.slice(e.start, e.end));

describe("dates as each language writes them (1.4.0)", () => {
  it("written dates from the CLDR patterns, with the year word after them", () => {
    expect(dates("Geboren am 14. März 1987 in Görlitz.")).toEqual(["14. März 1987"]);
    expect(dates("Родился 23 февраля 1975 года в Самаре.")).toEqual(["23 февраля 1975 года"]);
    expect(dates("Narodila se 8. března 1976 v Olomouci.")).toEqual(["8. března 1976"]);
    expect(dates("Született: 1969. szeptember 21.")).toEqual(["1969. szeptember 21."]);
    expect(dates("我的生日是1987年3月12日。")).toEqual(["1987年3月12日"]);
    expect(dates("Synnyin 3. joulukuuta 1988.")).toEqual(["3. joulukuuta 1988"]);
    expect(dates("Дата: 3 марта")).toEqual(["3 марта"]);
  });
  it("a year or a weekday tied to a person's event", () => {
    expect(dates("My father was born in 1952 and retired in 2015.")).toEqual(["1952", "2015"]);
    expect(dates("I moved from Oslo to Bergen last Tuesday.")).toEqual(["Tuesday"]);
  });
  it("leaves counts, abbreviations without a year and general history alone", () => {
    for (const text of ["took 12 set of rows", "Processed 12 Jan files", "ERROR 2 dic entries", "The Spanish Civil War began in 1936.", "The build failed on Tuesday because the cache was full."]) {
      expect(dates(text)).toEqual([]);
    }
  });
  it("machine timestamps are not personal dates, a birth date is", () => {
    for (const text of ['{"ts":"2025-05-03T20:38:04.444Z","level":"info"}', "2025-05-23 02:28:08 ERROR [main] x", "id,created_at,status,total\n4471,2025-03-01,shipped,12", "Date: Mon, 12 Mar 2025 10:47:07 GMT"]) {
      expect(dates(text)).toEqual([]);
    }
    expect(dates("DOB: 1990-01-02")).toEqual(["1990-01-02"]);
    expect(dates("Appointment on 2025-03-12 10:30 with Dr. Haddad")).toEqual(["2025-03-12 10:30"]);
  });
});

// How calendar-data.ts was generated, and the check that it still matches the running ICU.
function fromIcu(locale: string): LocaleCalendar {
  const f = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(`${locale}-u-ca-gregory-nu-latn`, { ...o, timeZone: "UTC" });
  const part = (fm: Intl.DateTimeFormat, d: Date, type: string) => fm.formatToParts(d).find((p) => p.type === type)?.value ?? "";
  const template = (fm: Intl.DateTimeFormat, monthKey: string) =>
    fm
      .formatToParts(new Date(Date.UTC(2020, 10, 23)))
      .map((p) => (p.type === "day" ? "{d}" : p.type === "year" ? "{y}" : p.type === "month" ? (/^\d+$/.test(p.value) ? "{n}" : monthKey) : p.type === "weekday" ? "{w}" : p.value.replace(/[{}]/g, "")))
      .join("")
      .replace(/[\u00a0\u202f]/g, " ");
  const long = f({ dateStyle: "long" });
  const medium = f({ dateStyle: "medium" });
  const full = f({ dateStyle: "full" });
  const months: string[] = [];
  const short: string[] = [];
  const weekdays: string[] = [];
  for (let k = 0; k < 12; k++) {
    months.push(part(long, new Date(Date.UTC(2021, k, 13)), "month"));
    short.push(part(medium, new Date(Date.UTC(2021, k, 13)), "month"));
  }
  for (let k = 0; k < 7; k++) weekdays.push(part(full, new Date(Date.UTC(2021, 1, 1 + k)), "weekday"));
  return { long: template(long, "{M}"), medium: template(medium, "{m}"), months, monthsShort: short.some((m) => /\D/.test(m)) ? short : [], weekdays };
}

describe("calendar data", () => {
  it("has the CLDR patterns and names of each locale", () => {
    expect(Object.keys(CALENDAR_DATA).length).toBeGreaterThanOrEqual(60);
    for (const cal of Object.values(CALENDAR_DATA)) {
      expect(cal.months).toHaveLength(12);
      expect(cal.weekdays).toHaveLength(7);
      expect(cal.long).toMatch(/\{d\}/);
    }
    expect(CALENDAR_DATA.cs.months[2]).toBe("března");
    expect(CALENDAR_DATA.ru.long).toBe("{d} {M} {y} г.");
  });
  it("matches the running ICU for the languages it was checked on", () => {
    // A difference means Node's ICU moved on: regenerate the file from fromIcu() over its locales.
    for (const locale of ["en", "de", "fr", "es", "ru", "pl", "ja"]) expect(fromIcu(locale)).toEqual(CALENDAR_DATA[locale]);
  });
});
