import { describe, expect, it } from "vitest";
import { readCsv } from "./csv";
import { importFormatOf, parseImport } from "./parse-import";
import { IMPORT_MAX_CASES } from "./schemas";

const SECRET = "Ottilie Brandauer lives at 4 Elm Row";

describe("readCsv", () => {
  it("reads quoted commas, doubled quotes and line breaks, and says where each record starts", () => {
    const { records, unterminatedAt } = readCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\nlast,1');
    expect(unterminatedAt).toBeNull();
    expect(records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x, y", 'say "hi"'] },
      { line: 3, fields: ["two\nlines", "z"] },
      { line: 6, fields: ["last", "1"] },
    ]);
  });

  it("reports a quote that is never closed by its record's line", () => {
    expect(readCsv('a\n"open\nstill').unterminatedAt).toBe(2);
  });
});

describe("parseImport: JSONL", () => {
  it("reads messages, the user-text shorthand and the eval set's own export shape", () => {
    const text = [
      JSON.stringify({ messages: [{ role: "user", content: "Where is my parcel?" }], expectedOutput: "Track it here.", category: "EDGE_CASE" }),
      "",
      JSON.stringify({ input: "Cancel my order", system: "Be brief.", expected_output: "Done.", category: "happy path" }),
      JSON.stringify({ input: { messages: [{ role: "user", content: "Hi" }] }, expectedOutput: "Hello!", category: "Drift" }),
    ].join("\n");
    const { cases, problems } = parseImport(text, "jsonl");
    expect(problems).toEqual([]);
    expect(cases.map((c) => c.line)).toEqual([1, 3, 4]);
    expect(cases[1].value).toEqual({
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Cancel my order" },
      ],
      expectedOutput: "Done.",
      category: "HAPPY_PATH",
    });
    expect(cases[2].value.category).toBe("DRIFT");
  });

  it("names the line and field of each bad line, never its content, and keeps the good lines", () => {
    const text = [
      JSON.stringify({ input: "Fine line" }),
      `{"input": "${SECRET}"`,
      JSON.stringify({ messages: [{ role: "wizard", content: SECRET }] }),
      JSON.stringify({ input: SECRET, category: SECRET }),
      JSON.stringify([SECRET]),
      JSON.stringify({ messages: [{ role: "system", content: SECRET }] }),
      JSON.stringify({ input: "Another fine line", expectedOutput: 42 }),
      JSON.stringify({ input: "Last fine line" }),
    ].join("\n");
    const { cases, problems } = parseImport(text, "jsonl");
    expect(cases.map((c) => c.line)).toEqual([1, 8]);
    expect(problems).toEqual([
      { line: 2, field: "line", message: "is not valid JSON" },
      { line: 3, field: "messages[0].role", message: "must be system, user, assistant or tool" },
      { line: 4, field: "category", message: "must be Happy path, Edge case, Adversarial or Drift" },
      { line: 5, field: "line", message: "must be a JSON object" },
      { line: 6, field: "messages", message: "needs a user message with text" },
      { line: 7, field: "expectedOutput", message: "must be text" },
    ]);
    expect(JSON.stringify(problems)).not.toMatch(/Ottilie|Elm Row/);
  });

  it("takes at most the cap of cases, naming the first line left out", () => {
    const text = Array.from({ length: IMPORT_MAX_CASES + 3 }, (_, i) => JSON.stringify({ input: `Question ${i}` })).join("\n");
    const { cases, problems } = parseImport(text, "jsonl");
    expect(cases).toHaveLength(IMPORT_MAX_CASES);
    expect(problems).toEqual([expect.objectContaining({ line: IMPORT_MAX_CASES + 1, field: "line" })]);
  });
});

describe("parseImport: CSV", () => {
  it("reads input or input_messages columns with optional system, expected output and category", () => {
    const text = [
      "input,system,expected_output,category",
      '"Where is it, please?",Be brief.,"Track it.",Edge case',
      ",Only a system prompt.,,",
    ].join("\r\n");
    const { cases, problems } = parseImport(text, "csv");
    expect(problems).toEqual([expect.objectContaining({ line: 3, field: "messages" })]);
    expect(cases).toEqual([
      {
        line: 2,
        value: {
          messages: [
            { role: "system", content: "Be brief." },
            { role: "user", content: "Where is it, please?" },
          ],
          expectedOutput: "Track it.",
          category: "EDGE_CASE",
        },
      },
    ]);
    const exported = parseImport(`input_messages,expected_output\n"${JSON.stringify([{ role: "user", content: "Hi" }]).replaceAll('"', '""')}",Hello\n"not json",x`, "csv");
    expect(exported.cases.map((c) => c.value.messages)).toEqual([[{ role: "user", content: "Hi" }]]);
    expect(exported.problems).toEqual([{ line: 3, field: "input_messages", message: "is not a JSON list of messages" }]);
  });

  it("refuses a header without an input column, naming it", () => {
    expect(parseImport(`question,answer\n${SECRET},x`, "csv")).toEqual({ cases: [], problems: [{ line: 1, field: "header", message: "needs an input or input_messages column" }] });
  });
});

describe("importFormatOf", () => {
  it("goes by the file name, then by the first character", () => {
    expect(importFormatOf("cases.CSV", "{")).toBe("csv");
    expect(importFormatOf("cases.jsonl", "input")).toBe("jsonl");
    expect(importFormatOf("cases.txt", '  {"input": "x"}')).toBe("jsonl");
    expect(importFormatOf("cases", "input,category")).toBe("csv");
  });
});
