import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { isMachineText } from "./recognizers/code-context";
import { lineSigns } from "./recognizers/code-signs";
import { lineDocument } from "./recognizers/code-signs";

// The independent review's cases (P3, P4 and two quadratic patterns of code-signs.ts): personal
// data 1.10.0 redacted that a single sign or a chat's line shape made machine text.
const out = (text: string) => redactText(text).text;

describe("a Markdown table, a numbered note or an arrow list is no tool's output (P3)", () => {
  it("the table's phones are redacted", () => {
    const o = out("| Name | Phone | City |\n|---|---|---|\n| Okonkwo | 0612 345 678 | Leiden |\n| Brennan | 087 123 4567 | Galway |");
    expect(o).not.toContain("345 678");
    expect(o).not.toContain("123 4567");
    expect(o).not.toContain("Leiden");
  });
  it("'#1' and '-->' lines keep their name, and a phone ends at its line", () => {
    const a = "#1 Okonkwo called from 0612 345 678\n#1 follow-up needed";
    expect(out(a)).toBe("#1 <PERSON_1> called from <PHONE_NUMBER_1>\n#1 follow-up needed");
    expect(out(out(a))).toBe(out(a));
    expect(out("--> step one\n--> call Okonkwo at 0612 345 678")).toBe("--> step one\n--> call <PERSON_1> at <PHONE_NUMBER_1>");
    // An extension on the same line still joins its number.
    expect(out("Call 0612 345 678 #12 today")).toBe("Call <PHONE_NUMBER_1> today");
  });
  it("the tools those tags were for stay machine text", () => {
    expect(isMachineText("#8 [build 4/6] RUN npm ci\n#8 DONE 19.1s")).toBe(true);
    expect(isMachineText("error[E0425]: cannot find value `x`\n  --> src/main.rs:4:5\n   |\n4  |     x\n   |     ^ not found")).toBe(true);
    expect(isMachineText("│ Error: creating S3 bucket\n│ \n│   with aws_s3_bucket.assets,")).toBe(true);
  });
});

describe("one sign in a person's message does not make it machine text (P4)", () => {
  it("a person's messages with a version or a commit keep nothing personal", () => {
    const a = out("Hi, after commit a3f9c2e the upload takes 45s. My site https://okonkwo-family.nl/photos is down, call 0612 345 678, Okonkwo");
    expect(a).not.toContain("okonkwo-family");
    expect(a).not.toContain("345 678");
    const b = out("I grew up in the 1980s; see ~/Documents/family/tree. Ask Okonkwo at 0612 345 678.");
    expect(b).not.toContain("345 678");
    expect(b).not.toContain("Okonkwo");
    const c = out("Hi, I use myFitnessPal v2.3.1. Ask Okonkwo, 0612 345 678, home IP 84.113.2.17 site https://okonkwo-family.nl/me");
    for (const v of ["Okonkwo", "345 678", "84.113.2.17", "okonkwo-family"]) expect(c).not.toContain(v);
    const d = out("customer:\n  contact:\n    name: Okonkwo\n    phone: 0612 345 678\n    site: https://okonkwo-family.nl/photos");
    for (const v of ["Okonkwo", "345 678", "okonkwo-family"]) expect(d).not.toContain(v);
  });
  it("our own placeholders, a decade and a brand are no signs", () => {
    expect(isMachineText("Hello <PERSON_1>, the upload of 25MB fails.")).toBe(false);
    expect(lineSigns("Hello <PERSON_1> and <EMAIL_ADDRESS_2>")).toBe(0);
    expect(lineSigns("I grew up in the 1980s and in my 20s")).toBe(0);
    expect(lineSigns("I use myFitnessPal and easyJet")).toBe(0);
    // What the signs were for.
    expect(lineSigns("ERR_REQUIRE_ESM after 1.5s, then beforeSend() and 120ms")).toBe(2);
    expect(lineSigns("call app.onLoad in 45s")).toBe(2);
  });
});

describe("the line patterns of code-signs.ts are linear (hostile inputs)", () => {
  it("a long run of spaces after a line costs linear work", () => {
    // Two sizes in one run, the best of three each: 8x the text is about 8x the time when linear, 64x when quadratic.
    const time = (n: number) => {
      const text = "Call Okonkwo at 0612 345 678\n" + " ".repeat(n) + "x";
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        for (let r = 0; r < 4; r++) lineDocument(text + " ".repeat(r));
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(1000);
    expect(time(16000) / time(2000)).toBeLessThan(20);
  });
});
