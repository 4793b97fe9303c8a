import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { searchWork } from "@/lib/testing/redaction";

/**
 * The independent review of 1.11.0 (against 1.10.0 = 8a69552): personal dates a CSV header's
 * business verdict kept, quantities and work talk read as dates, and a one-line table whose
 * cells each searched back to the line's start.
 */
const dates = (text: string) => redactText(text).entities.filter((e) => e.type === "DATE_TIME").map((e) => text.slice(e.start, e.end));
const kept = (text: string) => expect(redactText(text).text).toBe(text);

describe("a business column beside a person's name holds that person's dates (P6)", () => {
  it("due, start_date, received, expiry and period under a named person are redacted", () => {
    const due = redactText("customer_id,name,due\n1,Anna Kowalska,2025-06-14\n2,Maria Nowak,2025-07-02").text;
    expect(due).not.toContain("2025-06-14");
    expect(due).not.toContain("2025-07-02");
    expect(redactText("name,start_date\nAnna Kowalska,2019-03-01").text).toBe("name,start_date\n<PERSON_1>,<DATE_TIME_1>");
    expect(redactText("patient,received\nAnna Kowalska,2024-03-14").text).not.toContain("2024-03-14");
    expect(redactText("name,expiry\nAnna Kowalska,2029-03-14").text).not.toContain("2029-03-14");
    expect(dates("name;period\nAnna Kowalska;2024-03-14")).toEqual(["2024-03-14"]);
  });
  it("a time key or business column without a person stays a machine's", () => {
    kept("created_at,amount\n2024-03-04,12\n2024-03-05,15");
    kept("order_date;sku;qty\n2024-03-04;A1;2\n2024-03-05;B2;1");
    kept("id,created_at,amount,currency,status\n1,2024-03-04,12,EUR,ok\n2,2024-03-05,15,EUR,ok");
    kept("sku,due,qty\nA1,2025-06-14,2\nB2,2025-07-02,1");
    kept("name,price,release_date,stock\nWidget Pro,19.99,2024-03-14,12\nGadget,9.99,2024-04-01,3");
  });
  it("an explicit timestamp column stays a machine's beside a name", () => {
    expect(redactText("id,name,created_at\n1,Anna Kowalska,2024-03-04").text).toBe("id,name,created_at\n1,<PERSON_1>,2024-03-04");
  });
});

describe("quantities and work talk are no dates (review precision cases)", () => {
  it("a year after a step with a product or a technical job", () => {
    kept("I started using Linux in 1998.");
    kept("I started the migration to Kubernetes in 2021.");
    expect(dates("I started the new job in 2021.")).toEqual(["2021"]);
  });
  it("a fraction before a time of day", () => {
    kept("Ratio was 3/4 at 3pm peak load.");
    expect(dates("My appointment is 7/4 at 3pm.")).toEqual(["7/4 at 3pm"]);
  });
  it("a month and year after since in a report", () => {
    kept("Q3 numbers: revenue since march 2020 up 12%.");
    expect(dates("J'habite à Lille depuis mars 2020.")).toEqual(["mars 2020"]);
  });
  it("a pair after between in a work schedule", () => {
    kept("Sprint review between March 3 and March 5.");
    expect(dates("Between March 3 and March 5 I'll be away.")).toEqual(["March 3", "March 5"]);
  });
});

describe("a one-line table's date cells are read in linear work (1.11.0)", () => {
  it("four times the cells cost well under sixteen times the work", () => {
    const line = (cells: number) => "created,x\n" + "2024-03-14,".repeat(cells) + "end";
    const quarter = searchWork(line(1_000));
    const full = searchWork(line(4_000));
    expect(quarter).toBeGreaterThan(0);
    expect(full).toBeLessThan(6 * quarter);
  });
});
