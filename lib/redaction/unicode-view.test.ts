import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { redactText } from "./redact-text";
import { redactRecord } from "./redact-record";
import { unicodeView, toOriginal } from "./unicode-view";

const ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u202e", "\u2066"];

/** ASCII to its fullwidth form (U+FF01-FF5E); spaces stay. */
const fullwidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Normalised text with the ignorables removed, as a reader of the stored text would see it. */
const seen = (s: string) => unicodeView(s).text;

describe("unicode view", () => {
  it("maps view spans back to the original offsets", () => {
    const text = "a\u200bｂ\u200bc";
    const view = unicodeView(text);
    expect(view.text).toBe("abc");
    expect(toOriginal(view, 1, 2)).toEqual([2, 3]);
    expect(toOriginal(view, 0, 3)).toEqual([0, 5]);
  });
  it("is the text itself when nothing needs normalising", () => {
    expect(unicodeView("Zürich, 東京").starts).toBeNull();
    expect(unicodeView("plain ascii").starts).toBeNull();
  });
  it("catches values hidden by fullwidth forms and zero-width characters", () => {
    const cases = [
      "write to ｊａｎｅ＠example.com today",
      "card 4242\u200b4242\u200b4242\u200b4242 declined",
      "call ＋４４ ２０ ７９４６ ０９５８ after six",
      "IBAN DE89\u200d3704\u200d0044\u200d0532\u200d0130\u200d00",
      "ssn 078\u2060-05\u2060-1120",
    ];
    for (const text of cases) {
      const r = redactText(text);
      expect(r.entities).toHaveLength(1);
      expect(seen(r.text)).toMatch(/<[A-Z_]+_1>/);
      expect(r.text).not.toMatch(/[0-9０-９]{4}|＠|@/);
    }
  });
  it("redactRecord propagates a value into a field that hides it behind zero-width characters", () => {
    const r = redactRecord({ messages: [{ role: "user", content: "Hi, I'm Priya Raghunathan." }], output: "ok Raghu\u200bnathan" });
    expect(seen(String(r.record.output))).toBe("ok <PERSON_2>");
  });
});

// Generated PII values: e-mails, Luhn-valid card numbers, phone numbers, IBANs and SSNs.
const luhnComplete = (body: string) => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
};
const ibanOf = (bban: string) => {
  const digits = (bban + "DE00").replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of digits) rem = (rem * 10 + Number(ch)) % 97;
  return "DE" + String(98 - rem).padStart(2, "0") + bban;
};
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
const word = fc.stringMatching(/^[a-z]{3,10}$/);
const pii = fc.oneof(
  fc.tuple(word, word).map(([a, b]) => `${a}.${b}@mailbox.org`),
  digits(14).map((d) => luhnComplete("4" + d).replace(/(\d{4})(?=\d)/g, "$1 ")),
  digits(7).map((d) => `+44 20 ${d.slice(0, 3)}${d[3]} ${d.slice(4)}0`),
  digits(18).map((d) => ibanOf(d).replace(/(.{4})(?=.)/g, "$1 ")),
  fc.tuple(fc.integer({ min: 101, max: 665 }), fc.integer({ min: 10, max: 99 }), fc.integer({ min: 1000, max: 9999 })).map(([a, b, c]) => `${a}-${b}-${c}`),
);

/** Inserts zero-width characters at `positions` (indices into the value). */
const withZeroWidth = (value: string, positions: number[], pickZw: number[]) => {
  const at = new Set(positions.map((p) => p % (value.length + 1)));
  let out = "";
  for (let i = 0; i < value.length; i++) {
    if (at.has(i) && i > 0) out += ZERO_WIDTH[pickZw[i % pickZw.length] % ZERO_WIDTH.length];
    out += value[i];
  }
  return out;
};

describe("property: unicode tricks never let a value through", () => {
  it("zero-width characters inside a value, fullwidth forms, or both", () => {
    fc.assert(
      fc.property(
        pii,
        fc.array(fc.nat(40), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(20), { minLength: 1, maxLength: 4 }),
        fc.constantFrom("zw", "fullwidth", "both"),
        fc.constantFrom("Please use ", "my details: ", "Contact ", "", "note — "),
        (value, positions, pickZw, how, lead) => {
          const disguised = how === "zw" ? withZeroWidth(value, positions, pickZw) : how === "fullwidth" ? fullwidth(value) : withZeroWidth(fullwidth(value), positions, pickZw);
          const r = redactText(`${lead}${disguised} thanks`);
          const out = seen(r.text);
          // No run of the value's characters long enough to identify anything survives.
          for (const part of value.split(/[^A-Za-z0-9]+/)) if (part.length >= 4) expect(out).not.toContain(part);
        },
      ),
      { numRuns: 300 },
    );
  });
});
