import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const typed = (text: string) => redactText(text).entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

describe("software's dates (1.11.0)", () => {
  it("a release's date after its version, a copyright's years, a doc tag's and a build key's date are kept", () => {
    expect(typed("## [2.3.0] - 2024-03-14\n### Fixed\n- Checkout no longer crashes on empty carts (#4821)\n## [2.2.1] - 2024-02-29")).toEqual([]);
    expect(typed("Copyright (c) 2019-2024 Acme GmbH. All rights reserved.")).toEqual([]);
    expect(typed("/**\n * @since 2023-01-01\n * @deprecated since 2024-03-01, use fetchOrders()\n */")).toEqual([]);
    expect(typed("Build date: 14.03.2024\nGit revision: 9f3c2ab")).toEqual([]);
    expect(typed('{"id":"evt_1","object":"event","api_version":"2023-10-16","type":"invoice.paid"}')).toEqual([]);
  });
  it("a release's version and date are no phone number; in source code a date literal that is a call's argument or a map's key is the program's", () => {
    expect(typed("# Changelog\n## 1.4.0 (2024-03-14)\n- Added Vercel deploy button\n## 1.3.2 (2024-02-02)")).toEqual([]);
    expect(typed('def test_parse_date():\n    assert parse_date("2024-03-14") == date(2024, 3, 14)\n    assert parse_date("14.03.2024") == date(2024, 3, 14)')).toEqual([]);
    expect(typed('export const holidays = {\n  "2024-12-25": "Christmas Day",\n  "2025-01-01": "New Year\'s Day",\n};')).toEqual([]);
    // A key's value, or a literal after a birth word, stays a date.
    expect(typed('const patient = { name: "Anna Schmidt", dob: "1985-03-14" };\nconsole.log(patient);')).toEqual(["PERSON:Anna Schmidt", "DATE_TIME:1985-03-14"]);
    expect(typed('assert birthday("1985-03-14") == 39\nprint(x)')).toEqual(["DATE_TIME:1985-03-14"]);
  });
  it("a version's number or date after the word is no phone number or date", () => {
    expect(typed("Faulting application name: w3wp.exe, version: 10.0.17763.1")).toEqual([]);
    expect(typed("Ready! You are using Stripe API Version [2023-10-16]. (^C to quit)")).toEqual([]);
    expect(typed("Patch version: 1.2.3 ok; call me at 0171 2345678")).toEqual(["PHONE_NUMBER:0171 2345678"]);
  });
  it("a person's dates stay dates", () => {
    expect(typed("Patient Lukas Meier, born 12.05.1987, form v2.1.0, Copyright (c) 2024 Clinic")).toEqual(["PERSON:Lukas Meier", "DATE_TIME:12.05.1987"]);
    expect(typed("Temperature 38.5 - 14.03.2024, Jonas Weber")).toContain("DATE_TIME:14.03.2024");
    expect(typed("We met on 2024-03-14 in the lobby.")).toEqual(["DATE_TIME:2024-03-14"]);
  });
  it("a weekday before a machine timestamp goes with it", () => {
    expect(typed("● postgresql.service - PostgreSQL RDBMS\n     Loaded: loaded (/lib/systemd/system/postgresql.service; enabled)\n     Active: active (exited) since Thu 2024-03-14 09:21:33 UTC; 2 days ago")).toEqual([]);
  });
});

describe("names and places where code puts words that are no one's (1.11.0)", () => {
  it("types, places as defaults, cloud regions' cities and languages in a locale list are kept", () => {
    expect(typed("const DEFAULT_CITY = \"Berlin\";\nexport function shippingZone(country: string): Zone {\n  return ZONES[country] ?? ZONES.default;\n}")).toEqual([]);
    expect(typed("#[derive(Debug, Serialize)]\npub struct Address {\n    pub street: String,\n    pub city: String,\n}")).toEqual([]);
    expect(typed("forecast(city: string) {\n  return this.http.get(`/api/weather?city=${city}`);\n}")).toEqual([]);
    expect(typed("Region: Europe (Frankfurt) eu-central-1\nAvailability zones: eu-central-1a, eu-central-1b")).toEqual([]);
    expect(typed("locales:\n  - code: de\n    name: Deutsch\n    default_city: Berlin\n  - code: fr\n    name: Français\n    default_city: Paris")).toEqual([]);
    expect(typed("CREATE TABLE stores (\n  id SERIAL PRIMARY KEY,\n  city TEXT NOT NULL,\n  opened_on DATE\n);")).toEqual([]);
    expect(typed("Mar 14 09:21:33 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= PROTO=TCP LEN=60 SPT=51234 DPT=5432")).toEqual([]);
    expect(typed(" Seq Scan on orders o  (cost=0.00..28.10 rows=1810 width=40)\n Planning Time: 0.187 ms\n Execution Time: 0.921 ms")).toEqual([]);
  });
  it("a person's name and home stay redacted beside them", () => {
    expect(typed("owners:\n  default_assignee: Jonas Weber\n  escalation:\n    region: eu-west-1")).toEqual(["PERSON:Jonas Weber"]);
    expect(typed("ERROR 2024-03-14T09:21:33Z user Sophie Dubois lives in Lyon, region eu-west-3")).toEqual(["PERSON:Sophie Dubois", "LOCATION:Lyon"]);
    expect(typed('{"level":"info","customer":{"name":"Lea Roth","city":"Freiburg"},"default_currency":"EUR"}')).toEqual(["PERSON:Lea Roth", "LOCATION:Freiburg"]);
  });
});
