import { describe, expect, it } from "vitest";
import { acceptBody, decisionSchema } from "./schemas";

const caseId = "5b0f7c9e-3a51-4f7e-9d0c-0c4d2a9b8e11";

describe("the confirmation of a failure's own answer", () => {
  it("is true only when the form's dialog sent it", () => {
    const form = { caseId, intent: "accept", expectedOutput: "x", category: "EDGE_CASE" };
    expect(decisionSchema.parse(form).confirmEqualsProduction).toBe(false);
    expect(decisionSchema.parse({ ...form, confirmEqualsProduction: "true" }).confirmEqualsProduction).toBe(true);
    expect(decisionSchema.safeParse({ ...form, confirmEqualsProduction: "yes please" }).success).toBe(false);
  });

  it("is an optional boolean in the JSON API's accept body", () => {
    expect(acceptBody.parse({ expectedOutput: "x", category: "DRIFT" }).confirmEqualsProduction).toBeUndefined();
    expect(acceptBody.parse({ expectedOutput: "x", category: "DRIFT", confirmEqualsProduction: true }).confirmEqualsProduction).toBe(true);
    expect(acceptBody.safeParse({ expectedOutput: "x", category: "DRIFT", confirmEqualsProduction: "true" }).success).toBe(false);
  });
});
