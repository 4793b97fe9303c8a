import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const typed = (text: string) => redactText(text).entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

describe("identifiers after a cue, 1.6.0", () => {
  it("the other ways to write 'number': no., nr, #", () => {
    expect(typed("Chart # 50194457")).toEqual(["ID:50194457"]);
    expect(typed("Membership # 21192487")).toEqual(["ID:21192487"]);
    expect(typed("Personnel no. 33040902")).toEqual(["ID:33040902"]);
    expect(typed("Health insurance no. 80063733")).toEqual(["ID:80063733"]);
    expect(typed("Claim #CLM-99812 is pending.")).toEqual(["ID:CLM-99812"]);
  });
  it("a support ticket's number is no person's", () => {
    expect(typed("Ticket #58213: Customer asks for a refund")).not.toContainEqual("ID:58213");
  });
  it("abbreviations and more countries' ids", () => {
    expect(typed("Acct #33241376")).toEqual(["US_BANK_NUMBER:33241376"]);
    expect(typed("EmpID 72095263")).toEqual(["ID:72095263"]);
    expect(typed("Sort code 05334563")).toEqual(["US_BANK_NUMBER:05334563"]);
    expect(typed("Nr dowodu ABC123456")).toEqual(["ID:ABC123456"]);
    expect(typed("Mã số thuế 0312345678")).toEqual(["ID:0312345678"]);
    expect(typed("CPR-nr. 170576-1234")).toEqual(["ID:170576-1234"]);
    expect(typed("Residence permit CNG-971624")).toEqual(["ID:CNG-971624"]);
  });
  it("several identifiers after one cue", () => {
    expect(typed("Account numbers: 48603077, 34114752")).toEqual(["US_BANK_NUMBER:48603077", "US_BANK_NUMBER:34114752"]);
    expect(typed("The patient's MRNs are 98629056 and 88298767.")).toEqual(["ID:98629056", "ID:88298767"]);
    expect(typed("IDs: 10087559, 50173629 and 70272036")).toEqual(["ID:10087559", "ID:50173629", "ID:70272036"]);
    // The list ends where the values stop looking alike.
    expect(typed("MRN 00482913, 2 visits")).toEqual(["ID:00482913"]);
  });
  it("plural cues keep their capitals", () => {
    expect(typed("the ids 4471 and 4472 of the rows")).toEqual([]);
  });
});

describe("identifiers before their cue, 1.6.0", () => {
  it("'X (passport)', 'X is her MRN'", () => {
    expect(typed("58404006 (passport)")).toEqual(["PASSPORT:58404006"]);
    expect(typed("LGH-642495 is her passport number")).toEqual(["PASSPORT:LGH-642495"]);
    expect(typed("00482913 is her MRN.")).toEqual(["ID:00482913"]);
    expect(typed("NIK: 3201234567890001")).toEqual(["ID:3201234567890001"]);
  });
  it("masked values and ordinary words in brackets stay", () => {
    expect(typed("withdrawal using card ending ****7603 from account ***4827.")).toEqual([]);
    expect(typed("Rule R-20417 (policy) was applied")).toEqual([]);
  });
});

describe("identifier shapes, 1.6.0", () => {
  it("a check letter after digit groups, a number sign before a colon", () => {
    expect(typed("NINO: QQ 12 34 56 C")).toEqual(["UK_NINO:QQ 12 34 56 C"]);
    expect(typed("Medical record #: 00-1234-56")).toEqual(["ID:00-1234-56"]);
    expect(typed("Claim # 4471 A new claim was opened")).toEqual(["ID:4471"]);
  });
});

describe("logins, 1.6.0", () => {
  it("what a login is said to be is no username", () => {
    expect(typed("Votre identifiant est votre adresse e-mail.")).toEqual([]);
    expect(typed("Tu usuario es tu correo electrónico.")).toEqual([]);
    expect(typed("identifiant : jdupont")).toEqual(["ID:jdupont"]);
  });
});

describe("record keys in machine text (1.6.0)", () => {
  const typedIds = (text: string) => redactText(text).entities.filter((e) => e.type !== "DATE_TIME").map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
  it("a user, customer, account, ticket or reference number in a log line is the system's key", () => {
    for (const text of ["2025-03-01 10:00:00 INFO user id 4471 logged in from web", "2025-03-01 10:00:00 WARN Account ID: 123456789012 region eu-west-1 quota exceeded", "2025-03-01 10:00:00 INFO ticket number 5512 assigned to support", "2025-03-01 10:00:00 INFO Customer No. 88213 updated"]) expect(typedIds(text)).toEqual([]);
  });
  it("but a passport or a bank account in a log line, and the same cues in prose, are identifiers", () => {
    expect(typedIds("2025-03-01 10:00:00 ERROR verification failed for passport no. X4829105")).toEqual(["PASSPORT:X4829105"]);
    expect(typedIds("My customer number is 88213 and my account ID: 123456789012")).toEqual(["ID:88213", "ID:123456789012"]);
  });
});

describe("more identifier cues (1.6.0, last round)", () => {
  const ids = (text: string) => redactText(text).entities.filter((e) => e.type !== "DATE_TIME").map((e) => text.slice(e.start, e.end));
  it("a possessive cue as the tokenizer keeps it ('driver's licence'), orders, cases and policies of more languages", () => {
    expect(ids("driver's licence D1234-56789-01234")).toEqual(["D1234-56789-01234"]);
    expect(ids("Order No. A-77812-B was lost")).toEqual(["A-77812-B"]);
    expect(ids("case id CASE-00912")).toEqual(["CASE-00912"]);
    expect(ids("número de póliza PZ-2024-77")).toEqual(["PZ-2024-77"]);
    expect(ids("nr polisy PL/2024/4471")).toEqual(["PL/2024/4471"]);
    expect(ids("AMKA 14038512345")).toEqual(["14038512345"]);
  });
  it("capitals apart from their digits ('CL 004 482'); a year after a policy word is none", () => {
    expect(ids("numéro client CL 004 482")).toEqual(["CL 004 482"]);
    expect(ids("La póliza 2024 cubre el robo")).toEqual([]);
  });
  it("1.7.0: a booking's record locator in capitals without digits, a British plate's letters", () => {
    expect(ids("Booking reference: KXQZTM")).toEqual(["KXQZTM"]);
    expect(ids("PNR KXQZTM for the flight")).toEqual(["KXQZTM"]);
    expect(ids("record locator: KXQZTM")).toEqual(["KXQZTM"]);
    expect(ids("licence plate AB12 CDE")).toEqual(["AB12 CDE"]);
    for (const text of ["Booking reference: PENDING", "PNR status changed", "Member ID: ABCDEFGH"]) expect(ids(text)).toEqual([]);
  });
});

