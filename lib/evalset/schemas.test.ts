import { describe, expect, it } from "vitest";
import { editItemSchema, labelSchema } from "./schemas";
import { acceptBody, decisionSchema } from "@/lib/triage/schemas";

const ids = { caseId: "5b0f7c9e-3a51-4f7e-9d0c-0c4d2a9b8e11", itemId: "8d1e2f3a-4b5c-4d6e-8f70-112233445566" };
const tags = (n: number) => Array.from({ length: n }, (_, i) => `Tag ${i}`);

/** The four ways a label arrives: triage form, eval-set editor form, API accept body, label schema. */
function parseEverywhere(tagList: string[], notes = "  a note  ") {
  const text = tagList.join(", ");
  return [
    decisionSchema.safeParse({ caseId: ids.caseId, intent: "accept", expectedOutput: "ok", category: "EDGE_CASE", tags: text, notes }),
    editItemSchema.safeParse({ itemId: ids.itemId, expectedVersion: "1", expectedOutput: "ok", category: "EDGE_CASE", tags: text, notes }),
    acceptBody.safeParse({ expectedOutput: "ok", category: "EDGE_CASE", tags: tagList, notes }),
    labelSchema.safeParse({ expectedOutput: "ok", category: "EDGE_CASE", tags: tagList, notes }),
  ];
}

describe("one set of label rules for every way a label arrives", () => {
  it("normalises tags and notes the same way everywhere", () => {
    for (const parsed of parseEverywhere([" Billing ", "billing", "Refund", ""])) {
      expect(parsed.success).toBe(true);
      expect(parsed.data).toMatchObject({ tags: ["billing", "refund"], notes: "a note" });
    }
  });

  it("accepts 20 tags and refuses a 21st everywhere, naming the tags field (nothing is cut silently)", () => {
    for (const parsed of parseEverywhere(tags(20))) expect(parsed.success).toBe(true);
    for (const parsed of parseEverywhere(tags(21))) {
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0].path[0]).toBe("tags");
    }
  });

  it("refuses a tag over 100 characters and notes over 5,000 everywhere", () => {
    for (const parsed of parseEverywhere(["x".repeat(101)])) expect(parsed.success).toBe(false);
    for (const parsed of parseEverywhere(["ok"], "n".repeat(5_001))) expect(parsed.success).toBe(false);
  });
});
