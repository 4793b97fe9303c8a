import { describe, expect, it } from "vitest";
import { splitCells } from "./recognizers/table-cells";
import { redactText } from "./redact-text";

const cut = (line: string, sep: string, quotes = true) => splitCells(line, 0, line.length, sep.charCodeAt(0), quotes).map(([a, b]) => line.slice(a, b));

describe("splitCells", () => {
  it("cuts a CSV row outside quotes, or at every separator when asked", () => {
    expect(cut('"Berg, Anna",00482913,4B', ",")).toEqual(['"Berg, Anna"', "00482913", "4B"]);
    expect(cut('"Berg, Anna",00482913', ",", false)).toEqual(['"Berg', ' Anna"', "00482913"]);
    expect(cut("a;;b", ";")).toEqual(["a", "", "b"]);
  });

  it("drops the blank text outside a Markdown row's outer bars, not an empty cell inside", () => {
    expect(cut("| Anna Berg | | X4829105 |", "|")).toEqual([" Anna Berg ", " ", " X4829105 "]);
    expect(cut("Anna Berg | X4829105", "|")).toEqual(["Anna Berg ", " X4829105"]);
  });
});

describe("columns under a header", () => {
  it("read an identifier in a row whose name is quoted with a comma in it", () => {
    const out = redactText('Name,MRN,Ward\n"Berg, Anna",00482913,4B\n"Lind, Per",00482977,2A').text;
    expect(out).not.toMatch(/00482913|00482977/);
    expect(out).toMatch(/,4B\n.*,2A$/);
  });
});
