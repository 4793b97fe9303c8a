import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { productShaped } from "./recognizers/gazetteer-places";

// The independent review of 1.11.0: personal data 1.10.0 redacted and the new software rules kept.
const out = (text: string) => redactText(text).text;

describe("dotted dates are no versions", () => {
  it("a date range or a date in brackets is redacted whole", () => {
    for (const text of [
      "Urlaub vom 01.07.2024 - 14.07.2024, bitte Frau Kowalska vertreten.",
      "DOB 14.03.1985 (14.03.1985)",
      "Krankgeschrieben 03.02.2025 – 17.02.2025 (Dr. Brennan)",
      "Reisedaten: 12.06.2024 - 19.06.2024",
      "Okres zatrudnienia 01.09.2019 - 31.08.2023",
    ]) {
      const o = out(text);
      for (const date of text.match(/\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2} May \d{4}/g) ?? []) expect(o).not.toContain(date);
    }
    // (Its first date opens the line before " - " as a log's timestamp does: kept by code-context.ts's LINE_DATE, as in 1.10.0.)
    const lived = out("12.3.1985 - 4 May 2020: lived in Leiden");
    expect(lived).not.toContain("4 May 2020");
    expect(lived).not.toContain("Leiden");
  });
  it("a release's version still keeps its date", () => {
    expect(out("## [2.3.0] - 2024-03-14")).toBe("## [2.3.0] - 2024-03-14");
    expect(out("2.3.0, released 14 March 2024")).toBe("2.3.0, released 14 March 2024");
    expect(out("## 1.4.0 (2024-03-14)")).toBe("## 1.4.0 (2024-03-14)");
    const changelog = "## 1.4.0 (2024-03-14)\n- Added Vercel deploy button, my favourite feature\n## 1.3.2 (2024-02-02)";
    expect(out(changelog)).toBe(changelog);
  });
});

describe("'(c)' is a copyright only before a year", () => {
  it("a form's third answer is redacted", () => {
    expect(out("(a) name: John Okafor (b) card: (c) 4111-1111-1111-1111")).not.toContain("4111");
    expect(out("Form answers: (a) Okafor (b) Berlin (c) 0171-2345-6789")).not.toContain("0171");
  });
  it("a copyright's years stay", () => {
    expect(out("Copyright (c) 2019-2024 Acme GmbH. All rights reserved.")).toBe("Copyright (c) 2019-2024 Acme GmbH. All rights reserved.");
    expect(out("(c) 2021 Acme Ltd")).toBe("(c) 2021 Acme Ltd");
    expect(out("© 2021–2024 Acme")).toBe("© 2021–2024 Acme");
  });
});

describe("a date of someone's life beside a release word stays a date", () => {
  it("redacts it", () => {
    expect(out("Release date: 14.03.2024 (inmate John Okafor)")).not.toContain("14.03.2024");
    expect(out("v1.2.3 - 14 March 1985 was my birthday")).not.toContain("1985");
    expect(out("build 2.0.1, released 14 March 1985 (my birthday!)")).not.toContain("1985");
    expect(out("published: 14 March 1985 - Anna's birth")).not.toContain("1985");
  });
});

describe("a default's place is a setting only for a place key, never a customer's", () => {
  it("redacts the customer's address and city", () => {
    const a = out('{"customer": "Anna Kowalska", "default_address": "Kensington, London"}');
    expect(a).not.toContain("Kensington");
    expect(a).not.toContain("London");
    expect(out('{"id": 42, "defaultShippingCity": "Leiden"}')).not.toContain("Leiden");
    const c = out("customer:\n  name: Okonkwo\n  default_city: Leiden\n  fallback_city: Delft");
    expect(c).not.toContain("Leiden");
    expect(c).not.toContain("Delft");
    expect(out("user:\n  username: jdoe\n  default_city: Leiden")).not.toContain("Leiden");
    expect(out("name: Okonkwo Brennan\ndefault_city: Leiden")).not.toContain("Leiden");
    expect(out('{"email":"anna@example.com","fallback_city":"Delft"}')).not.toContain("Delft");
  });
  it("keeps a program's default city", () => {
    expect(out('const DEFAULT_CITY = "Berlin";\nconst TIMEOUT = 30;')).toBe('const DEFAULT_CITY = "Berlin";\nconst TIMEOUT = 30;');
    expect(out('variable "location" {\n  default = "Frankfurt"\n}')).toBe('variable "location" {\n  default = "Frankfurt"\n}');
  });
});

describe("a region code beside a city does not hide where someone lives", () => {
  it("redacts the city", () => {
    expect(out("Lives in Frankfurt, eu-central-1 is where we host")).not.toContain("Frankfurt");
    expect(out("Anna moved from Frankfurt (eu-central-1 team) to Dublin")).not.toContain("Frankfurt");
  });
  it("keeps a region's city", () => {
    expect(out("Region: Europe (Frankfurt) eu-central-1")).toBe("Region: Europe (Frankfurt) eu-central-1");
    expect(out("Deployed to westeurope (Amsterdam) at 09:00 UTC")).toBe("Deployed to westeurope (Amsterdam) at 09:00 UTC");
    expect(out("Deploy to Frankfurt (eu-central-1) and Paris (eu-west-3)")).toBe("Deploy to Frankfurt (eu-central-1) and Paris (eu-west-3)");
    const regions = "AWS regions: us-east-1 (N. Virginia), us-west-2 (Oregon), eu-west-2 (London)";
    expect(out(regions)).toBe(regions);
  });
});

describe("a language's own name that is also a person's", () => {
  it("is a name under a name key", () => {
    expect(out('{"name": "Romana", "level": "info"}')).not.toContain("Romana");
  });
  it("is a language in a locale list", () => {
    const list = 'languages:\n  - code: ro\n    name: Romana\n  - code: hu\n    name: Magyar\n  - code: de\n    name: Deutsch';
    expect(out(list)).toBe(list);
  });
});

describe("a product's ending does not make a town or a name a product", () => {
  it("redacts the towns", () => {
    expect(out("My mother is in Tehachapi now.")).not.toContain("Tehachapi");
    expect(out("Greetings from Kamloops!")).not.toContain("Kamloops");
    expect(out("Meet me in Kamloops on Friday.")).not.toContain("Kamloops");
  });
  it("a town or a name is not product-shaped; a product is", () => {
    for (const w of ["kamloops", "tehachapi", "thijs"]) expect(productShaped(w)).toBe(false);
    for (const w of ["alertmanager", "paperform", "formstack", "supabase"]) expect(productShaped(w)).toBe(true);
  });
});

describe("a log's guest is no key", () => {
  it("redacts both names", () => {
    const o = out('level=info msg="booked" guest=Okonkwo Brennan=host');
    expect(o).not.toContain("Okonkwo");
    expect(o).not.toContain("Brennan");
  });
  it("a log's keys stay", () => {
    const log = "Mar 14 09:21:33 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= PROTO=TCP LEN=60 SPT=51234 DPT=5432";
    expect(out(log)).toBe(log);
    // A login is no name: the key after it stays a key.
    const login = 'level=info msg="login" user=jdoe LEN=60 DPT=443';
    expect(out(login)).toBe('level=info msg="login" user=<ID_1> LEN=60 DPT=443');
  });
});
