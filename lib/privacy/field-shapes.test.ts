import { describe, expect, it } from "vitest";
import { isStorableToken, protectIdentifier } from "./field-shapes";

describe("identifiers are stored as given only in a safe shape", () => {
  it("keeps hex, UUID and plain record ids as they are", () => {
    for (const id of ["5b0f7c9e-3a51-4f7e-9d0c-0c4d2a9b8e11", "4bf92f3577b34da6a3ce929d0e0e4736", "rec-42", "chatcmpl-AbC123", "call_7Jx2"]) expect(protectIdentifier(id)).toBe(id);
  });

  it("replaces ids that look like e-mail addresses, hold spaces or personal numbers with a stable keyed hash", () => {
    for (const id of ["jane.roe@example.com", "order for Jane Roe", "4111111111111111", "+14155550132", "x".repeat(129)]) {
      const stored = protectIdentifier(id);
      expect(stored).toMatch(/^h:[0-9a-f]{32}$/);
      expect(protectIdentifier(id)).toBe(stored); // idempotency: the same id maps to the same value
    }
    expect(protectIdentifier("jane.roe@example.com")).not.toBe(protectIdentifier("john.roe@example.com"));
  });

  it("stores a token only when it fits the charset and length and holds no personal data", () => {
    expect(isStorableToken("stop")).toBe(true);
    expect(isStorableToken("content_filter")).toBe(true);
    expect(isStorableToken("tool calls")).toBe(false);
    expect(isStorableToken("x".repeat(65))).toBe(false);
    expect(isStorableToken("4111111111111111")).toBe(false);
  });
});
