import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown } from "./markdown";

describe("parseInline", () => {
  it("reads bold, italic, code and safe links", () => {
    expect(parseInline("Use **bold _and_ italic**, `code` and [the policy](https://example.org/p).")).toEqual([
      { type: "text", text: "Use " },
      { type: "strong", children: [{ type: "text", text: "bold " }, { type: "em", children: [{ type: "text", text: "and" }] }, { type: "text", text: " italic" }] },
      { type: "text", text: ", " },
      { type: "code", text: "code" },
      { type: "text", text: " and " },
      { type: "link", href: "https://example.org/p", children: [{ type: "text", text: "the policy" }] },
      { type: "text", text: "." },
    ]);
  });

  it("keeps a link to anything but http(s) or mailto as plain text, and HTML as text", () => {
    expect(parseInline("[click](javascript:alert(1))")).toEqual([{ type: "text", text: "[click](javascript:alert(1)" }, { type: "text", text: ")" }]);
    expect(parseInline('<img src=x onerror="alert(1)">')).toEqual([{ type: "text", text: '<img src=x onerror="alert(1)">' }]);
    expect(parseInline("snake_case_name stays")).toEqual([{ type: "text", text: "snake_case_name stays" }]);
  });
});

describe("parseMarkdown", () => {
  it("splits headings, paragraphs and both kinds of list", () => {
    const blocks = parseMarkdown("# Edge case\nRare but real:\nkeep it.\n\n- empty cart\n- expired card\n  (any brand)\n1. first\n2) second\n\nDone.");
    expect(blocks.map((b) => b.type)).toEqual(["heading", "paragraph", "list", "list", "paragraph"]);
    expect(blocks[1]).toEqual({ type: "paragraph", children: [{ type: "text", text: "Rare but real: keep it." }] });
    expect(blocks[2]).toEqual({ type: "list", ordered: false, items: [[{ type: "text", text: "empty cart" }], [{ type: "text", text: "expired card (any brand)" }]] });
    expect(blocks[3]).toMatchObject({ type: "list", ordered: true, items: [[{ text: "first" }], [{ text: "second" }]] });
  });

  it("is empty for blank text", () => {
    expect(parseMarkdown("  \n\n ")).toEqual([]);
  });
});
