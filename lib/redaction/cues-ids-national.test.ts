import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { abnValid, medicareValid, peselValid, rrnValid, tninValid } from "./recognizers/cued-ids";

const typed = (text: string) => redactText(text).entities.map((e) => `${e.type} ${text.slice(e.start, e.end)}`);

describe("national ids by their check digit, typed ID rather than a phone, 1.9.0", () => {
  it("a bare PESEL whose check digit holds", () => {
    expect(typed("44051401458")).toEqual(["ID 44051401458"]);
    expect(typed("mój numer to 02231507899, dzięki")).toEqual(["ID 02231507899"]);
    expect(peselValid("44051401459")).toBe(false);
    // A month no century uses (81-92 is the 1800s) is no one alive: a Chinese mobile number's shape.
    expect(peselValid("13812345678")).toBe(false);
  });
  it("a phone word before the digits keeps them a phone number, a PESEL cue an ID", () => {
    expect(typed("Tel. 44051401458")).toEqual(["PHONE_NUMBER 44051401458"]);
    expect(typed("call me on 44051401458")).toEqual(["PHONE_NUMBER 44051401458"]);
    expect(typed("My number is 15012345674")).toEqual(["PHONE_NUMBER 15012345674"]);
    expect(typed("Reach me on 15012345674 after 6pm")).toEqual(["PHONE_NUMBER 15012345674"]);
    expect(typed("Mi número es 15012345674")).toEqual(["PHONE_NUMBER 15012345674"]);
    expect(typed("PESEL 15012345674")).toEqual(["ID 15012345674"]);
    expect(typed("my PESEL number is 15012345674")).toEqual(["ID 15012345674"]);
    expect(typed("15012345674")).toEqual(["ID 15012345674"]);
  });
  it("a Korean resident registration number", () => {
    expect(typed("800101-1234560")).toEqual(["ID 800101-1234560"]);
    expect(typed("주민번호는 920315-2345674 입니다")).toEqual(["ID 920315-2345674"]);
    expect(rrnValid("800101-1234568")).toBe(false);
    expect(typed("800101-1234568")).toEqual(["PHONE_NUMBER 800101-1234568"]);
  });
  it("an ABN, a Medicare card and a Thai id in their printed groups", () => {
    expect(typed("51 824 753 556")).toEqual(["ID 51 824 753 556"]);
    expect(abnValid("51 824 753 557")).toBe(false);
    expect(typed("card 2123 45670 1 exp soon")).toEqual(["ID 2123 45670 1"]);
    expect(medicareValid("2123 45671 1")).toBe(false);
    expect(typed("1-1037-02071-81-1")).toEqual(["ID 1-1037-02071-81-1"]);
    expect(tninValid("1-1037-02071-81-2")).toBe(false);
    expect(typed("1-1037-02071-81-2")).toEqual(["PHONE_NUMBER 1-1037-02071-81-2"]);
  });
  it("a NINO as HMRC prints it stands alone; run together it needs its cue", () => {
    expect(typed("AB 12 34 56 C")).toEqual(["UK_NINO AB 12 34 56 C"]);
    expect(typed("part AB123456C in stock")).toEqual([]);
  });
  it("an ITIN by its middle group, an SSN when the writer says so", () => {
    expect(typed("912-70-1234")).toEqual(["US_ITIN 912-70-1234"]);
    expect(typed("SSN 987-96-7791 on file")).toEqual(["US_SSN 987-96-7791"]);
    expect(typed("078-05-1120")).toEqual(["US_SSN 078-05-1120"]);
  });
  it("counts, totals and timestamps are none", () => {
    expect(typed("Order 12 345 678 901")).toEqual([]);
    expect(typed("Total 12 345 678 EUR")).toEqual([]);
    expect(typed("timestamp 1717430412873")).toEqual([]);
  });
});
