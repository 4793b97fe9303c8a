import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

// 1.7.0: names in short chat messages. A word counts as redacted when some entity (any type)
// overlaps it, as the token-level scoring counts it.
const kept = (text: string, words: string[]): string[] => {
  const r = redactText(text);
  return words.filter((w) => {
    const at = text.indexOf(w);
    if (at < 0) throw new Error("test word not in text");
    return !r.entities.some((e) => e.start < at + w.length && at < e.end);
  });
};
const untouched = (text: string): string => redactText(text).text;

describe("1.7.0: first names of more regions", () => {
  it("Central Asian, Baltic, Moldovan, Hungarian, Nordic and Indian first names alone", () => {
    expect(kept("Please call Iurie back before 5.", ["Iurie"])).toEqual([]);
    expect(kept("Lunch with Viggo tomorrow?", ["Viggo"])).toEqual([]);
    expect(kept("Is Sherzod still working at the clinic?", ["Sherzod"])).toEqual([]);
    expect(kept("Write a birthday message for Gunārs.", ["Gunārs"])).toEqual([]);
    expect(kept("The doctor who treated me was Pirjo.", ["Pirjo"])).toEqual([]);
    expect(kept("Is Bertalan still working at the clinic?", ["Bertalan"])).toEqual([]);
  });

  it("a name of the wide list written with its diacritics ('Kiné', 'Miklós')", () => {
    expect(kept("Send it to Kiné please", ["Kiné"])).toEqual([]);
  });
});

describe("1.7.0: chat contexts that name a person", () => {
  it("'X and I', '@X', 'X here,' and 'Contact person: X'", () => {
    expect(kept("Zoltavia and I will arrive on Monday.", ["Zoltavia"])).toEqual([]);
    expect(kept("@Kwendolu can you review this?", ["Kwendolu"])).toEqual([]);
    expect(kept("Abdouzim here, my parcel never came", ["Abdouzim"])).toEqual([]);
    expect(kept("Contact person: Nizomiddin", ["Nizomiddin"])).toEqual([]);
  });

  it("a lower-case first name after a request verb ('ask ivan', 'cc olga')", () => {
    expect(kept("ask ivan about the invoice, he knows", ["ivan"])).toEqual([]);
    expect(kept("pls cc olga on the reply", ["olga"])).toEqual([]);
  });

  it("keeps ordinary words in the same places", () => {
    expect(untouched("Support and I went through the logs.")).toBe("Support and I went through the logs.");
    expect(untouched("@Everyone please review the draft")).toBe("@Everyone please review the draft");
    expect(untouched("ask max about it, call support and tell me")).toBe("ask max about it, call support and tell me");
    expect(untouched("Everyone here, please read the policy.")).toBe("Everyone here, please read the policy.");
  });
});
