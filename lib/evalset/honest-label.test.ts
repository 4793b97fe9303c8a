import { describe, expect, it } from "vitest";
import { assertCopyConfirmed, expectedEqualsProduction, productionText } from "./honest-label";

const answer = { role: "assistant", content: "  I cannot help with that.\n" };

describe("expectedEqualsProduction", () => {
  it("is true for a failure labelled with its production answer, whitespace aside", () => {
    expect(expectedEqualsProduction(["failure"], "I cannot help with that.", answer)).toBe(true);
    expect(expectedEqualsProduction(["custom:refund", "failure"], "\tI cannot help with that.  ", answer)).toBe(true);
  });

  it("is false when the case was not mined as a failure, or the text differs, or is blank", () => {
    expect(expectedEqualsProduction(["negative_feedback"], "I cannot help with that.", answer)).toBe(false);
    expect(expectedEqualsProduction(["failure"], "I can help: here is the refund form.", answer)).toBe(false);
    expect(expectedEqualsProduction(["failure"], "   ", { role: "assistant", content: "" })).toBe(false);
    expect(expectedEqualsProduction(["failure"], "x", null)).toBe(false);
  });

  it("reads an answer made of text parts", () => {
    const parts = { role: "assistant", content: [{ type: "text", text: "Part one. " }, { type: "image" }, { type: "text", text: "Part two." }] };
    expect(productionText(parts)).toBe("Part one. Part two.");
    expect(expectedEqualsProduction(["failure"], "Part one. Part two.", parts)).toBe(true);
  });
});

describe("assertCopyConfirmed", () => {
  const content = { minedReasons: ["failure"], productionOutput: answer };

  it("refuses an unconfirmed copy with a 400 naming the confirmation field and never the text", () => {
    let thrown: unknown;
    try {
      assertCopyConfirmed(content, "I cannot help with that.", false);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ status: 400, field: "confirmEqualsProduction" });
    expect((thrown as Error).message).not.toContain("cannot help");
  });

  it("lets a confirmed copy and any other label through", () => {
    expect(() => assertCopyConfirmed(content, "I cannot help with that.", true)).not.toThrow();
    expect(() => assertCopyConfirmed(content, "Here is how to get a refund.", undefined)).not.toThrow();
  });
});
