import { describe, expect, it } from "vitest";
import { formCase } from "./form-case";

const base = { sourceId: "5b0f7c9e-3a51-4f7e-9d0c-0c4d2a9b8e11", origin: "HAND_WRITTEN" as const };

describe("formCase", () => {
  it("turns the form into a system and a user message, with the optional label", () => {
    expect(formCase({ ...base, system: "Be brief.", user: "Where is my parcel?", expectedOutput: "Track it here.", category: "EDGE_CASE" })).toEqual({
      ok: true,
      value: {
        messages: [
          { role: "system", content: "Be brief." },
          { role: "user", content: "Where is my parcel?" },
        ],
        expectedOutput: "Track it here.",
        category: "EDGE_CASE",
      },
    });
    expect(formCase({ ...base, user: "Hi", expectedOutput: "  ", category: "" })).toEqual({ ok: true, value: { messages: [{ role: "user", content: "Hi" }], expectedOutput: null, category: null } });
  });

  it("names the form's field when a message is too long", () => {
    const result = formCase({ ...base, system: "Be brief.", user: "x".repeat(20_001) });
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.failure.fieldErrors ?? {})).toEqual(["user"]);
  });
});
