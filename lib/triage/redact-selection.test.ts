import { describe, expect, it } from "vitest";
import { checkSelection, nextPlaceholderNumber, replaceInJson } from "./redact-selection";

describe("redaction by selection helpers", () => {
  it("replaces in every string and every object key, ids and roles included", () => {
    const input = {
      messages: [
        { role: "user", content: "Ann Lee and Ann Lee" },
        { role: "assistant", content: null, tool_calls: [{ id: "Ann Lee", type: "function", function: { name: "f", arguments: '{"who":"Ann Lee"}' } }] },
      ],
      metadata: { "Ann Lee": 1 },
    };
    const { value, count } = replaceInJson(input, "Ann Lee", "<PERSON_3>");
    expect(count).toBe(5);
    expect(JSON.stringify(value)).toBe(
      JSON.stringify({
        messages: [
          { role: "user", content: "<PERSON_3> and <PERSON_3>" },
          { role: "assistant", content: null, tool_calls: [{ id: "<PERSON_3>", type: "function", function: { name: "f", arguments: '{"who":"<PERSON_3>"}' } }] },
        ],
        metadata: { "<PERSON_3>": 1 },
      }),
    );
    expect(input.messages[0].content).toBe("Ann Lee and Ann Lee"); // a copy, not in place
  });

  it("numbers the placeholder after the highest of its type across the record", () => {
    expect(nextPlaceholderNumber([{ a: "<PERSON_1> <PERSON_7> <EMAIL_ADDRESS_9>" }, "<PERSON_2>", null], "PERSON")).toBe(8);
    expect(nextPlaceholderNumber([{ a: "<EMAIL_ADDRESS_9>" }], "PERSON")).toBe(1);
  });

  it("refuses unknown types, tiny or huge selections and placeholders", () => {
    expect(() => checkSelection("Ann Lee", "NAME")).toThrow(/entity type/);
    expect(() => checkSelection("A", "PERSON")).toThrow(/two characters/);
    expect(() => checkSelection("x".repeat(501), "PERSON")).toThrow(/500/);
    expect(() => checkSelection("<PERSON_1>", "PERSON")).toThrow(/already a placeholder/);
    expect(() => checkSelection("Ann Lee", "PERSON")).not.toThrow();
  });
});
