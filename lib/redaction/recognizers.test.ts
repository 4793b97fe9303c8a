import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { getCountries, getExampleNumber } from "libphonenumber-js/max";
import examples from "libphonenumber-js/mobile/examples";
import { nationalVerdict } from "./recognizers/phone";
import { nationalPlans } from "./recognizers/phone-metadata";
import { fastParse, fastParseInternational, libraryParse } from "./recognizers/phone-parse";
import type { EntityType } from "./types";

/**
 * Deterministic random integers in [0, n) (mulberry32: 32-bit integer arithmetic; a float
 * LCG loses precision past 2^53 and repeats early).
 */
function seeded(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** `opener` then the digits in random groups of 1-4, each followed by a random separator. */
function grouped(opener: string, digits: string, separators: readonly string[], rnd: (n: number) => number): string {
  let raw = opener;
  for (let i = 0; i < digits.length; ) {
    const group = 1 + rnd(4);
    raw += digits.slice(i, i + group);
    i += group;
    if (i < digits.length) raw += separators[rnd(separators.length)];
  }
  return raw;
}

/** Returns the detected values of one type. */
function found(text: string, type: EntityType): string[] {
  return redactText(text).entities.filter((e) => e.type === type).map((e) => text.slice(e.start, e.end));
}

describe("recognizers, one example set per entity type", () => {
  it("EMAIL_ADDRESS", () => {
    expect(found("mail jane.doe+test@example.co.uk now", "EMAIL_ADDRESS")).toEqual(["jane.doe+test@example.co.uk"]);
    expect(found("@mention and a@b are not emails", "EMAIL_ADDRESS")).toEqual([]);
  });
  it("a date of birth in brackets stays a date, not a phone number", () => {
    expect(found("Patient Jane Roe (DOB 1958-11-29) was seen", "DATE_TIME")).toEqual(["1958-11-29"]);
    expect(found("Patient Jane Roe (DOB 09/26/1976) was seen", "PHONE_NUMBER")).toEqual([]);
    expect(found("call (415) 555-0132) now", "PHONE_NUMBER")).toEqual(["(415) 555-0132"]);
  });
  it("PHONE_NUMBER (international and national)", () => {
    expect(found("call +44 20 7946 0958 or (415) 555-0132 ext. 204", "PHONE_NUMBER")).toEqual(["+44 20 7946 0958", "(415) 555-0132 ext. 204"]);
    expect(found("version 1.2.3 built 2024-05-01", "PHONE_NUMBER")).toEqual([]);
  });
  it("CREDIT_CARD requires a Luhn-valid number", () => {
    expect(found("card 4242 4242 4242 4242", "CREDIT_CARD")).toEqual(["4242 4242 4242 4242"]);
    expect(found("order 4242 4242 4242 4241", "CREDIT_CARD")).toEqual([]);
  });
  it("IBAN_CODE requires the mod-97 checksum, unless the word IBAN stands right before it (1.4.0)", () => {
    expect(found("IBAN DE89 3704 0044 0532 0130 00 thanks", "IBAN_CODE")).toEqual(["DE89 3704 0044 0532 0130 00"]);
    expect(found("ref DE00 3704 0044 0532 0130 00", "IBAN_CODE")).toEqual([]);
    expect(found("IBAN DE00 3704 0044 0532 0130 00", "IBAN_CODE")).toEqual(["DE00 3704 0044 0532 0130 00"]);
  });
  it("US_SSN", () => {
    expect(found("SSN 078-05-1120.", "US_SSN")).toEqual(["078-05-1120"]);
  });
  it("IP_ADDRESS v4 and v6", () => {
    expect(found("from 10.0.12.7 and 2001:db8::8a2e:370:7334", "IP_ADDRESS")).toEqual(["10.0.12.7", "2001:db8::8a2e:370:7334"]);
    expect(found("999.1.1.1 is not an address", "IP_ADDRESS")).toEqual([]);
  });
  it("MAC_ADDRESS", () => {
    expect(found("nic 3c:22:fb:7a:01:9e up", "MAC_ADDRESS")).toEqual(["3c:22:fb:7a:01:9e"]);
  });
  it("URL with credentials or tokens", () => {
    expect(found("see https://bob:pw@example.com/x?token=abc.", "URL")).toEqual(["https://bob:pw@example.com/x?token=abc"]);
  });
  it("CRYPTO wallets", () => {
    expect(found("send to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "CRYPTO")).toHaveLength(1);
    expect(found("eth 0x52908400098527886E0F7030069857D2E4169EE7", "CRYPTO")).toHaveLength(1);
  });
  it("SECRET shapes and password assignments", () => {
    const text = "AKIAIOSFODNN7EXAMPLE ghp_abcdefghijklmnopqrstuvwxyz0123456789 password=hunter22";
    expect(found(text, "SECRET")).toEqual(["AKIAIOSFODNN7EXAMPLE", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", "hunter22"]);
    expect(found("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----", "SECRET")).toHaveLength(1);
  });
  it("US_DRIVER_LICENSE needs context", () => {
    expect(found("driver's license D1234567", "US_DRIVER_LICENSE")).toEqual(["D1234567"]);
    expect(found("ticket D1234567", "US_DRIVER_LICENSE")).toEqual([]);
  });
  it("DATE_TIME dates of birth and full dates", () => {
    expect(found("DOB 04/17/1962, seen 17 April 2024", "DATE_TIME")).toEqual(["04/17/1962", "17 April 2024"]);
  });
  it("PERSON from lists, cues and honorifics", () => {
    expect(found("Hi, my name is Priya Raghunathan.", "PERSON")).toEqual(["Priya Raghunathan"]);
    expect(found("Dear Mr. Okonkwo, thanks", "PERSON")).toEqual(["Okonkwo"]);
    expect(found("my name is maria lopez", "PERSON")).toEqual(["maria lopez"]);
    expect(found("Best regards,\nSøren Kierkegaard", "PERSON")).toEqual(["Søren Kierkegaard"]);
  });
  it("LOCATION: street addresses over lines, cities, countries", () => {
    const text = "Ship to:\nJane Roe\n1234 Kertzmann Hills Apt. 12\nLake Ashleyburgh, CA 90210\nUnited States";
    const locs = found(text, "LOCATION");
    expect(locs.join(" ")).toContain("1234 Kertzmann Hills Apt. 12");
    expect(locs.join(" ")).toContain("United States");
    expect(found("I moved from Toronto to Berlin, Germany", "LOCATION")).toEqual(["Toronto", "Berlin", "Germany"]);
  });
  it("does not flag ordinary prose", () => {
    expect(redactText("Please Review The Attached Report. Hello World!").entities).toEqual([]);
  });
});

describe("PHONE_NUMBER metadata shortcuts", () => {
  it("give the verdict of parsing the run in all 30 countries", () => {
    // Deterministic pseudo-random runs of 7-15 digits, grouped with the separators the
    // scanner accepts, many opening with prefixes that libphonenumber strips or re-routes
    // (national prefixes, calling codes, international dialling prefixes).
    const rnd = seeded(20261126);
    const openers = ["0", "1", "8", "11", "011", "010", "0011", "810", "90", "015", "0800", "180020", "1831", "440", "49", "33", "07", "06", "02"];
    const separators = [" ", "-", ".", "/", ""];
    const seen = new Set<number>();
    for (let k = 0; k < 2500; k++) {
      const length = 7 + rnd(9);
      let digits = rnd(2) === 0 ? openers[rnd(openers.length)] : "";
      while (digits.length < length) digits += String(rnd(10));
      digits = digits.slice(0, length);
      const raw = grouped("", digits, separators, rnd);
      const verdict = nationalVerdict(raw, digits, true);
      seen.add(verdict);
      expect(nationalVerdict(raw, digits), raw).toBe(verdict);
    }
    // Both verdicts occur (any run of 7-15 digits is possible in Germany, so 0 does not),
    // or the comparison proves little.
    expect([...seen].sort()).toEqual([0.6, 0.8]);
  });
  it("agree on every country's example number, written nationally or after its calling code", () => {
    // Numbers of countries that share a calling code with one of ours (JE, KZ, JM, VA, ...)
    // are where libphonenumber hands a number to another country.
    let compared = 0;
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (!example) continue;
      const national = example.nationalNumber;
      for (const digits of [national, "0" + national, "1" + national, "8" + national, example.countryCallingCode + national]) {
        if (digits.length < 7 || digits.length > 15) continue;
        const raw = digits.slice(0, 3) + " " + digits.slice(3);
        expect(nationalVerdict(raw, digits), `${country} ${raw}`).toBe(nationalVerdict(raw, digits, true));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe("PHONE_NUMBER compiled parse", () => {
  // fastParse answers libphonenumber's parse + isValid + isPossible from compiled metadata;
  // here every answer it gives is compared with the library's, country by country (the
  // verdict tests above compare only the best over all countries).
  it("agrees with libphonenumber in each country on example numbers and their variants", () => {
    const rnd = seeded(77);
    const nationals: string[] = [];
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (example) nationals.push(example.nationalNumber, example.countryCallingCode + example.nationalNumber);
    }
    // National prefixes, IDD prefixes and calling codes: each takes another branch of the parse.
    const openers = ["", "0", "1", "8", "00", "01", "06", "9", "7", "180020", "1831", "011", "010", "0011", "810", "001", "0015", ...nationalPlans().map((p) => p.callingCode)];
    const separators = [" ", "-", ".", "/", "(", ")", ""];
    const answers = new Set<string>();
    let compared = 0;
    let fallbacks = 0;
    for (let k = 0; k < 1500; k++) {
      let digits = openers[rnd(openers.length)] + nationals[rnd(nationals.length)];
      // A changed digit or a cut tail turns many valid numbers into merely possible ones.
      if (rnd(2) === 0) {
        const at = rnd(digits.length);
        digits = digits.slice(0, at) + String(rnd(10)) + digits.slice(at + 1);
      }
      if (rnd(3) === 0) digits = digits.slice(0, digits.length - 1 - rnd(2));
      if (digits.length < 7 || digits.length > 15) continue;
      const raw = grouped(rnd(5) === 0 ? "(" : "", digits, separators, rnd);
      for (const plan of nationalPlans()) {
        const fast = fastParse(plan, raw, digits);
        if (fast === undefined) {
          fallbacks++;
          continue;
        }
        expect(fast, `${plan.country} ${raw}`).toEqual(libraryParse(raw, plan.country));
        answers.add(JSON.stringify(fast));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20_000);
    // Only an IDD prefix followed by a non-geographic calling code (+800, +882, ...) goes to the library here.
    expect(fallbacks).toBeLessThan(compared / 100);
    // Valid, possible-only, impossible and "no number" answers all occur, or the comparison proves little.
    expect([...answers].sort()).toEqual(["null", JSON.stringify({ valid: false, possible: false }), JSON.stringify({ valid: false, possible: true }), JSON.stringify({ valid: true, possible: true })].sort());
  });
  it("agrees with libphonenumber on the library's input screening (short runs, over-long texts)", () => {
    const long = " ".repeat(240);
    const cases: Array<[string, string]> = [["1 2", "12"], ["(1)2", "12"], ["12", "12"], ["4-9)", "49"], ["123", "123"], [long + "030 12345678", "03012345678"], ["030 12345678" + long, "03012345678"]];
    for (const plan of nationalPlans()) {
      for (const [raw, digits] of cases) {
        const fast = fastParse(plan, raw, digits);
        if (fast !== undefined) expect(fast, `${plan.country} ${JSON.stringify(raw)}`).toEqual(libraryParse(raw, plan.country));
      }
    }
    for (const raw of ["+1 2", "+12", "+49 30 12345678" + long, long.slice(0, 5) + "+44"]) {
      const fast = fastParseInternational(raw);
      if (fast !== undefined) expect(fast, JSON.stringify(raw)).toEqual(libraryParse(raw));
    }
    // Over 250 characters the library finds no number, whatever the digits.
    expect(fastParse(nationalPlans()[0], long + "030 12345678", "03012345678")).toBeNull();
  });
  it("agrees with libphonenumber on international numbers (calling code + example numbers and variants)", () => {
    const rnd = seeded(91);
    const numbers: Array<[string, string]> = [];
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (example) numbers.push([example.countryCallingCode, example.nationalNumber]);
    }
    const separators = [" ", "-", ".", "/", "(", ")", ""];
    const answers = new Set<string>();
    let compared = 0;
    for (let k = 0; k < 6000; k++) {
      const [code, national] = numbers[rnd(numbers.length)];
      // Mostly a known calling code; sometimes any 1-3 digits (unknown, non-geographic, "0...").
      let digits = (rnd(8) === 0 ? String(rnd(1000)) : code) + ["", "", "0", "1", "8"][rnd(5)] + national;
      if (rnd(2) === 0) {
        const at = rnd(digits.length);
        digits = digits.slice(0, at) + String(rnd(10)) + digits.slice(at + 1);
      }
      if (rnd(3) === 0) digits = digits.slice(0, Math.max(1, digits.length - rnd(4)));
      const raw = grouped("+", digits, separators, rnd);
      const fast = fastParseInternational(raw);
      if (fast === undefined) continue;
      expect(fast, raw).toEqual(libraryParse(raw));
      answers.add(JSON.stringify(fast));
      compared++;
    }
    expect(compared).toBeGreaterThan(5000);
    expect(answers.size).toBe(4);
  });
});
