import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const redacted = (text: string) => redactText(text).entities.map((e) => text.slice(e.start, e.end));
const typed = (text: string) => redactText(text).entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

describe("identifiers of a person's case after their cue, 1.8.0", () => {
  it("contracts, subscriptions, memberships and invoices in more languages", () => {
    expect(typed("Vertragsnummer: 5530912")).toEqual(["ID:5530912"]);
    expect(typed("numer umowy 7781204")).toEqual(["ID:7781204"]);
    expect(typed("número de contrato 66120934")).toEqual(["ID:66120934"]);
    expect(typed("avtalsnummer 3390127")).toEqual(["ID:3390127"]);
    expect(typed("contract no 4471229")).toEqual(["ID:4471229"]);
    expect(typed("номер договора 8812034")).toEqual(["ID:8812034"]);
    expect(typed("abone numarası 6620193")).toEqual(["ID:6620193"]);
    expect(typed("numero di tessera 5120987")).toEqual(["ID:5120987"]);
    expect(typed("Invoice number INV-2024-88213 was sent to you")).toEqual(["ID:INV-2024-88213"]);
    expect(typed("cust no 4471229, pol no 5530912")).toEqual(["ID:4471229", "ID:5530912"]);
  });
  it("a cue with an elided article, and the sign for 'number' without its preposition", () => {
    expect(typed("numéro d'adhérent 4471229")).toEqual(["ID:4471229"]);
    expect(typed("numéro d’employé 339182")).toEqual(["ID:339182"]);
    expect(typed("N° adhérent : 7712093")).toEqual(["ID:7712093"]);
    expect(typed("Nº afiliado 5503321")).toEqual(["ID:5503321"]);
  });
  it("a word naming a person's record before ':' or after 'my … is'", () => {
    expect(typed("Customer: 4471229")).toEqual(["ID:4471229"]);
    expect(typed("Ref: CUS-88213945")).toEqual(["ID:CUS-88213945"]);
    expect(typed("Abonné : 66120934")).toEqual(["ID:66120934"]);
    expect(typed("my membership is 55301277")).toEqual(["ID:55301277"]);
    expect(typed("my id is 4471229")).toEqual(["ID:4471229"]);
  });
  it("the sign for 'number' after the noun, French references, health plans", () => {
    expect(typed("cliente nº 4471229")).toEqual(["ID:4471229"]);
    expect(typed("socio n. 5503321")).toEqual(["ID:5503321"]);
    expect(typed("Réf dossier : 7712093")).toEqual(["ID:7712093"]);
    expect(typed("réf. client 66120934")).toEqual(["ID:66120934"]);
    expect(typed("health plan id 88213945")).toEqual(["ID:88213945"]);
    expect(redacted("the client now has 4471 seats")).toEqual([]);
  });
  it("no identifier where the word is ordinary or the value a count, amount or version", () => {
    expect(redacted("Customer: 4471 orders last month")).toEqual([]);
    expect(redacted("Client: 12.50 per seat")).toEqual([]);
    expect(redacted("Reference: 1.2.3")).toEqual([]);
    expect(redacted("the customer 4471 was mentioned")).toEqual([]);
    expect(redacted("membership 2024 prices are up")).toEqual([]);
    expect(redacted("Member since 2019")).toEqual([]);
    expect(redacted("there is no client 1234 here")).toEqual([]);
    expect(redacted("please check the id 4471 again")).toEqual([]);
    expect(redacted("Invoice total 4471 items")).toEqual([]);
  });
});
