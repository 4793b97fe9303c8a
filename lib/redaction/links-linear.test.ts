import { describe, expect, it, vi } from "vitest";

// Counts the characters the engine compares when it looks for a found value's other
// occurrences: a deterministic measure of work, where a timing would depend on the machine.
const work = vi.hoisted(() => ({ chars: 0 }));
vi.mock("./text-scan", async (importOriginal) => {
  const real = await importOriginal<typeof import("./text-scan")>();
  return {
    ...real,
    collapseWhitespace: (s: string) => {
      work.chars += s.length;
      return real.collapseWhitespace(s);
    },
  };
});

const { redactText } = await import("./redact-text");
const { personalLinkRecognizer } = await import("./recognizers/personal-links");

function charsCompared(text: string): number {
  work.chars = 0;
  redactText(text, { maxBytes: Infinity });
  return work.chars;
}

describe("links without a scheme: linear work on hostile input", () => {
  it("a run of host-and-slash pieces with no end is a blob, not a link", () => {
    expect(personalLinkRecognizer.find("a.co/".repeat(2000))).toEqual([]);
    expect(personalLinkRecognizer.find(`see ${"a.co/".repeat(2000)} and t.me/jdoe`).map((c) => c.source)).toEqual(["link-no-scheme"]);
  });
  it("a link is read at most 1024 characters far, so work grows with the text, not its square", () => {
    for (const n of [16_000, 64_000, 256_000]) expect(charsCompared("a.co/".repeat(n / 5))).toBeLessThan(20 * n);
  });
  it("long links that end are still found whole", () => {
    const link = `linkedin.com/in/anna-kowalska?trk=${"x".repeat(600)}`;
    const text = `my profile ${link} thanks`;
    expect(redactText(text).entities.map((e) => text.slice(e.start, e.end))).toEqual([link]);
  });
});
