import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CJK_EVENT, EVENT_YEAR_BEFORE, HU_DATE, localeMonthWords, mayHoldEvent, mayHoldNumericDayMonth, mayNameHungarianMonth, mayNameLifeEvent, mayNameLocaleMonth, MONTH_NAME_PATTERNS, monthOf, namesMonth, NUMERIC_DAY_MONTH, PERSONAL_EVENT } from "./recognizers/date-time";
import { eachLocaleAnchor } from "./recognizers/locale-dates";

// The date recognizers skip scans on texts where a cheap test, read from the shared word
// records, says they cannot find anything: each test must be true whenever its scan would be.
const textOf = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join(""));

describe("date gates find everything the scans they spare find", () => {
  it("the month-name patterns match only in a text where namesMonth is true", () => {
    const pieces = ["March", "MAR", "mar", "Mar", "Sept", "ſept", "Auguſt", "Dez", "dez", "Mai", "mai", "März", "MÄRZ", "Ma\u0301rz", "x-Mar", "Mar-Apr", "o’Mar", "Décembre", "février", "İ", "\u212a", "\u0301", "5", "12", "2020", "1999", " ", "  ", "\u00a0", ".", ",", "of ", "de ", "th", "st", "Mon", "Monday, ", "\n", "a", "Ok", "constructor"];
    fc.assert(
      fc.property(textOf(pieces), (t) => {
        const found = MONTH_NAME_PATTERNS.some(([re, group, needsMonth]) => [...t.matchAll(new RegExp(re.source, re.flags))].some((m) => !needsMonth || monthOf(m[group]) !== 0));
        return !found || namesMonth(t);
      }),
      { numRuns: 30000 },
    );
    expect(namesMonth("Shipped 12 units to the warehouse in 2024.")).toBe(false);
    expect(namesMonth("Born on 3 March 1987")).toBe(true);
  });

  it("the locale-date gate is true whenever a number stands next to a month name of the locale patterns", () => {
    const pieces = ["mai", "MAI", "Mac", "März", "марта", "МАРТА", "Μαΐου", "ΜΑΪΟΥ", "ΣΕΠΤΕΜΒΡΊΟΥ", "Σεπτεμβρίου", "listopadu", "tháng", "szeptember", "3", "12", "1987", " ", ".", ",", "\u00a0", "-", "'", "’", "\u0301", "𝐀", "de ", "of ", "x", "İ", "年", "월", "abcdefghijklmnopqrstuvwxyz"];
    fc.assert(
      fc.property(textOf(pieces), (t) => {
        let anchored = false;
        eachLocaleAnchor(t, () => (anchored = true));
        return !anchored || mayNameLocaleMonth(t);
      }),
      { numRuns: 30000 },
    );
    expect(mayNameLocaleMonth("Order 4471 shipped to the warehouse, 12 boxes.")).toBe(false);
    expect(mayNameLocaleMonth("Родился 23 февраля 1975 года")).toBe(true);
  });

  it("the numbers skipped for standing next to no month word of the text anchor nothing", () => {
    const pieces = ["mai", "MAI", "Mai's", "Mac", "März", "марта", "Μαΐου", "ΣΕΠΤΕΜΒΡΊΟΥ", "listopadu", "octubre", "tháng", "3", "12", "1987", " ", "  ", ".", ",", "\u00a0", "-", "--", "'", "’", "\u0301", "𝐀", "de ", "del ", "of ", "de de ", "do ", "x", "İ", "年", "abcdefghijklmnopqrstuvwxyz"];
    const anchors = (t: string, words: readonly number[] | null) => {
      const seen: string[] = [];
      eachLocaleAnchor(t, (list, start, end) => seen.push(`${list.join(",")}@${start}-${end}`), words);
      return seen.join(" ");
    };
    fc.assert(
      fc.property(textOf(pieces), (t) => anchors(t, localeMonthWords(t)) === anchors(t, null)),
      { numRuns: 30000 },
    );
    expect(localeMonthWords("Order 4471 shipped, 12 boxes.")).toEqual([]);
    expect(localeMonthWords("am 14. März 2024")).toEqual([7, 11]);
  });

  it("the numeric day-month pattern matches only in a text where its gate is true", () => {
    const pieces = ["on", "On", "ON", "den", "appointment", "\u212a", "ſ", " ", "  ", "\u00a0", "\t", "1", "12", "123", "3", "/", ".", "-", ",", "x", "é", "\n"];
    fc.assert(
      fc.property(textOf(pieces), (t) => !new RegExp(NUMERIC_DAY_MONTH.source, NUMERIC_DAY_MONTH.flags).test(t) || mayHoldNumericDayMonth(t)),
      { numRuns: 30000 },
    );
    expect(mayHoldNumericDayMonth('{"temperature":0.3}')).toBe(false);
    expect(mayHoldNumericDayMonth("appointment on 12/05")).toBe(true);
  });

  it("the Hungarian date pattern matches only in a text where a word holds a Hungarian month", () => {
    const pieces = ["június", "JÚNIUS", "Június", "junius", "ju\u0301nius", "szeptember", "ſzeptember", "SZEPTEMBER", "december", "x-március", "március", "május", "2024. ", "2024.", " ", "\u00a0", "5", "12", "-án", "-én", "-ig", "-i", " 5-én", " 12-ig", "-", "x", "é", "İ", "\u0301", "\n"];
    fc.assert(
      fc.property(textOf(pieces), (t) => !new RegExp(HU_DATE.source, HU_DATE.flags).test(t) || mayNameHungarianMonth(t)),
      { numRuns: 30000 },
    );
    expect(mayNameHungarianMonth("Ticket 5-a closed, see 12-b")).toBe(false);
    expect(mayNameHungarianMonth("június 5-én")).toBe(true);
  });

  it("the life-event gate is true whenever the window before a year holds a life-event verb", () => {
    const pieces = ["born", "BORN", "unborn", "moved", "xmoved", "passed away", "passed", " away", "geboren", "родился", "РОДИЛАСЬ", "γεννήθηκε", "urodziła", "né", "ne\u0301", "\u0301", "ſyntyi", " ", "\u00a0", " in ", " the year ", "1987", "2004", "12", "x", "-", "'", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"];
    fc.assert(
      fc.property(textOf(pieces), (t) => {
        const found = [...t.matchAll(/(?<!\d)(?:1[89]|20)\d\d(?!\d)/g)].some((y) => EVENT_YEAR_BEFORE.test(t.slice(Math.max(0, y.index - 90), y.index + 4)));
        return !found || mayNameLifeEvent(t);
      }),
      { numRuns: 30000 },
    );
    expect(mayNameLifeEvent("Invoice 2024 paid in full")).toBe(false);
    expect(mayNameLifeEvent("She was born in 1987")).toBe(true);
  });

  it("the event gate is true whenever a sentence of the text holds a person's event, phrases of two words too", () => {
    const pieces = ["driving to", "DRIVING", "Driving", " to", " TO", "drove", "день", "ДЕНЬ", " рождения", "Flight", "'s", "check", "-up", "rendez", "-vous", "vol", "in", "de", "co", "x", "é", "\u0301", "İ", "ſurgery", "\u212a", "𝐀", " ", ". ", "! ", "? ", "\n", "2"];
    fc.assert(
      fc.property(textOf(pieces), fc.nat(), fc.nat(), (t, a, b) => {
        // A sentence as personalSentence cuts it: it opens at the text's start, after a newline or
        // at the space of ". ", "! ", "? " before any point; it may end anywhere after its start.
        const at = a % (t.length + 1);
        const from = Math.max(t.lastIndexOf(". ", at), t.lastIndexOf("\n", at), t.lastIndexOf("! ", at), t.lastIndexOf("? ", at), -1) + 1;
        const s = t.slice(from, from + (b % (t.length - from + 1)));
        return !(PERSONAL_EVENT.test(s) || CJK_EVENT.test(s)) || mayHoldEvent(t);
      }),
      { numRuns: 30000 },
    );
    expect(mayHoldEvent("She was driving to Lyon")).toBe(true);
    expect(mayHoldEvent("He was driving fast")).toBe(false);
    // An event word inside another word opens no sentence's event.
    expect(mayHoldEvent("We need to involve the cooperation team to determine it")).toBe(false);
    expect(mayHoldEvent("Her vol is at 9")).toBe(true);
  });
});
