import { describe, expect, it } from "vitest";
import { csvField, exportPreamble, formatExportRow, type ExportRow } from "./formats";

const row: ExportRow = {
  itemId: "7f1c1c8e-0000-4000-8000-000000000001",
  version: 2,
  category: "EDGE_CASE",
  expectedOutput: "Refund, then apologise.",
  input: { messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "Where is <PERSON_1>'s parcel?" }] },
  productionOutput: { role: "assistant", content: "No idea." },
  tags: ["refund", "parcel"],
  notes: null,
  minedReasons: ["failure"],
  origin: "SYNTHETIC",
  expectedEqualsProduction: true,
  redactionVersion: "1.0.0",
  labelledAt: new Date("2026-11-20T10:00:00Z"),
  validFrom: new Date("2026-11-21T10:00:00Z"),
  source: { name: "support" },
  batch: { isoWeek: "2026-W47" },
  reviewer: { email: "r@example.org" },
};

describe("export formats", () => {
  it("openai-evals: exactly input messages and ideal", () => {
    expect(JSON.parse(formatExportRow("openai-evals", row))).toEqual({ input: (row.input as { messages: unknown[] }).messages, ideal: "Refund, then apologise." });
  });

  it("promptfoo: vars for the template, an offline assert and provenance metadata", () => {
    const test = JSON.parse(formatExportRow("promptfoo", row));
    expect(test.vars).toEqual({ messages: JSON.stringify((row.input as { messages: unknown[] }).messages), input: "Where is <PERSON_1>'s parcel?", expected: "Refund, then apologise." });
    expect(test.assert).toEqual([{ type: "rouge-n", value: "Refund, then apologise.", threshold: 0.5 }]);
    expect(test.metadata).toMatchObject({ itemId: row.itemId, version: 2, category: "EDGE_CASE", origin: "SYNTHETIC", expectedEqualsProduction: true, source: "support" });
  });

  it("csv: a header, one CRLF row, quoting and formula defusing", () => {
    expect(exportPreamble("csv")).toMatch(/^item_id,version,category,expected_output,input_messages,/);
    const line = formatExportRow("csv", row);
    expect(line.endsWith("\r\n")).toBe(true);
    expect(line).toContain('"Refund, then apologise."');
    expect(line).toContain("refund;parcel");
    expect(exportPreamble("csv").trimEnd().endsWith(",origin,expected_equals_production")).toBe(true);
    expect(line.trimEnd().endsWith(",SYNTHETIC,true")).toBe(true);
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("plain")).toBe("plain");
  });

  it("jsonl: one line per item with provenance", () => {
    const line = formatExportRow("jsonl", row);
    expect(line.split("\n")).toHaveLength(2);
    expect(JSON.parse(line)).toMatchObject({ itemId: row.itemId, version: 2, source: "support", batchWeek: "2026-W47", reviewer: "r@example.org", labelledAt: "2026-11-20T10:00:00.000Z", origin: "SYNTHETIC", expectedEqualsProduction: true });
  });
});
