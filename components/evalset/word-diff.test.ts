import { describe, expect, it } from "vitest";
import { diffWords } from "./word-diff";

const render = (parts: ReturnType<typeof diffWords>) => parts.map((p) => (p.kind === "same" ? p.text : p.kind === "added" ? `[+${p.text}]` : `[-${p.text}]`)).join("");

describe("diffWords", () => {
  it("marks the words an edit removed and added, keeping the rest", () => {
    expect(render(diffWords("Offer a refund within 5 days.", "Offer a full refund within 3 days."))).toBe("Offer a [+full ]refund within [-5][+3] days.");
  });

  it("shows a rewritten phrase as the old words, then the new ones", () => {
    expect(render(diffWords("Refund within 5 days.", "A better answer, revised."))).toBe("[-Refund within 5 days.][+A better answer, revised.]");
    expect(render(diffWords("Call us on Monday morning please", "Call us on Tuesday evening please"))).toBe("Call us on [-Monday morning][+Tuesday evening] please");
  });

  it("handles identical, emptied and new texts", () => {
    expect(diffWords("Same text.", "Same text.")).toEqual([{ kind: "same", text: "Same text." }]);
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("Gone.", "")).toEqual([{ kind: "removed", text: "Gone." }]);
    expect(diffWords("", "New.")).toEqual([{ kind: "added", text: "New." }]);
  });

  it("rebuilds both versions from its parts", () => {
    const before = "Line one\nline two has words\n\nthird";
    const after = "Line one\nline 2 has more words\nthird and more";
    const parts = diffWords(before, after);
    expect(parts.filter((p) => p.kind !== "added").map((p) => p.text).join("")).toBe(before);
    expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe(after);
  });

  it("falls back to lines, then to one replacement, for very long texts", () => {
    const long = (word: string, n: number) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ");
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i}\n`).join("");
    const byLine = diffWords(`${lines(400)}${long("a", 800)}`, `${lines(400)}${long("b", 800)}`);
    expect(byLine[0]).toEqual({ kind: "same", text: lines(400) });
    const huge = diffWords(long("a", 3000), long("b", 3000));
    expect(huge.map((p) => p.kind)).toEqual(["removed", "added"]);
  });
});
