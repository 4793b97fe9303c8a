import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const redacted = (text: string) => redactText(text).entities.map((e) => text.slice(e.start, e.end));
const typed = (text: string) => redactText(text).entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

describe("identifiers after a cue, 1.8.0", () => {
  it("a head that needs '#' after it, in any case", () => {
    expect(redacted("Case #2024-CV-00812")).toEqual(["2024-CV-00812"]);
    expect(redacted("re: case # 88213-B, opened by the tenant")).toEqual(["88213-B"]);
  });
  it("a lower-case plural before several values", () => {
    expect(redacted("ids 4471-22, 4471-23 and 4471-30")).toEqual(["4471-22", "4471-23", "4471-30"]);
    expect(redacted("Please check the ids 12 and 13")).toEqual([]);
  });
  it("the abbreviation of the word for 'number' before the rest of the cue", () => {
    expect(redacted("N° de client 88213")).toEqual(["88213"]);
    expect(redacted("No. de cliente 4471829")).toEqual(["4471829"]);
    expect(redacted("Nr. klienta 4471829")).toEqual(["4471829"]);
    expect(redacted("there is no de 1234 here")).toEqual([]);
  });
  it("an identifier's cue alone on its line, the value on the next", () => {
    expect(typed("Passport\nX4829105")).toEqual(["PASSPORT:X4829105"]);
    expect(redacted("MRN\n00482913\n")).toEqual(["00482913"]);
    expect(redacted("Passport\n12 pages are missing")).toEqual([]);
  });
  it("a sort code and a BSB", () => {
    expect(redacted("sort code 20-00-00, account 12345678")).toEqual(["20-00-00", "12345678"]);
    expect(redacted("BSB 062-000")).toEqual(["062-000"]);
  });
  it("a word ending in the word for 'number' in Chinese, Japanese and Korean; not a phone's", () => {
    expect(typed("订单号码 2024088213")).toEqual(["ID:2024088213"]);
    expect(typed("注文番号：123-4567890")).toEqual(["ID:123-4567890"]);
    expect(typed("保單號碼：P88213991")).toEqual(["ID:P88213991"]);
    expect(redacted("예약번호는 AB12345입니다")).toEqual(["AB12345"]);
    expect(typed("我的电话号码是13812345678")).toEqual(["PHONE_NUMBER:13812345678"]);
  });
  it("a table column under a header naming the identifier: Markdown, CSV and TSV", () => {
    const md = "| Name | Passport | DOB |\n|---|---|---|\n| Anna Berg | X4829105 | 1980-01-02 |\n| Jon Lee | Y5530021 | 1979-03-04 |";
    expect(typed(md).filter((t) => t.startsWith("PASSPORT"))).toEqual(["PASSPORT:X4829105", "PASSPORT:Y5530021"]);
    expect(typed("Name,MRN,Ward\nAnna Berg,00482913,4B\nJon Lee,00482977,5C").filter((t) => t.startsWith("ID"))).toEqual(["ID:00482913", "ID:00482977"]);
    expect(typed("name\temployee id\tdept\nAnna\tE-44721\tHR").filter((t) => t.startsWith("ID"))).toEqual(["ID:E-44721"]);
    expect(redacted("| Patient ID | Status |\n| --- | --- |\n| P-1001 | admitted |\n| P-1002 | discharged |")).toEqual(["P-1001", "P-1002"]);
    // Another column, a row of another shape, a note under the table: nothing.
    expect(redacted("| Passport | Pages |\n|---|---|\n| valid | 32 |")).toEqual([]);
  });
  it("a UUID after a personal cue, not after a bare 'ID' or in a log; capitals with one digit; hyphenated German cues", () => {
    expect(redacted("Customer ID: 4c8d1f21-4b68-4e6e-b862-c4832cf4bb45 asked for a refund")).toEqual(["4c8d1f21-4b68-4e6e-b862-c4832cf4bb45"]);
    expect(redacted("Patient ID f898e506-7600-4934-9558-10cc4fac817a")).toEqual(["f898e506-7600-4934-9558-10cc4fac817a"]);
    for (const text of [
      "Trace ID: 4c8d1f21-4b68-4e6e-b862-c4832cf4bb45",
      "request id 4c8d1f21-4b68-4e6e-b862-c4832cf4bb45 failed",
      "2024-03-14 09:21:33 INFO user id 4c8d1f21-4b68-4e6e-b862-c4832cf4bb45 logged in\n2024-03-14 09:21:34 WARN retry",
      "SyntaxError: Unexpected identifier 'user1234'",
    ]) expect(redacted(text)).toEqual([]);
    expect(redacted("Personalausweis-Nr. S5QOCVFJFF")).toEqual(["S5QOCVFJFF"]);
    expect(redacted("Kunden-Nr. 4471829")).toEqual(["4471829"]);
    expect(redacted("Código de cliente KVHAV0WB8K")).toEqual(["KVHAV0WB8K"]);
    expect(redacted("Matrícula 61335050")).toEqual(["61335050"]);
  });
});
