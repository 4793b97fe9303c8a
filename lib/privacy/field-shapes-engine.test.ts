import { describe, expect, it, vi } from "vitest";
import * as redaction from "@/lib/redaction";
import { protectIdentifier } from "./field-shapes";

// The real engine, watched: which entity types the id check asks it for.
vi.mock("@/lib/redaction", async (load) => {
  const real = await load<typeof import("@/lib/redaction")>();
  return { ...real, detectEntities: vi.fn(real.detectEntities) };
});

describe("the id check's cost", () => {
  it("asks the engine only for the personal types it acts on (the others cost most of the check)", () => {
    protectIdentifier("order-7731-zz");
    const options = vi.mocked(redaction.detectEntities).mock.calls.at(-1)?.[1];
    expect([...(options?.entities ?? [])].sort()).toEqual([
      "ABA_ROUTING_NUMBER", "CREDIT_CARD", "CRYPTO", "EMAIL_ADDRESS", "IBAN_CODE", "ID", "IN_AADHAAR", "IN_PAN", "IN_VOTER", "IP_ADDRESS", "MAC_ADDRESS",
      "MEDICAL_LICENSE", "PASSPORT", "PERSON", "PHONE_NUMBER", "SECRET", "UK_NHS", "UK_NINO", "US_BANK_NUMBER", "US_DRIVER_LICENSE", "US_ITIN", "US_SSN",
    ]);
  });

  it("still hashes ids holding each of those kinds of personal data", () => {
    for (const id of ["jane.doe@example.org", "555-201-7788", "4111-1111-1111-1111", "123-45-6789", "DE89370400440532013000", "192.168.20.14", "00:1B:44:11:3A:B7", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"]) {
      expect(protectIdentifier(id), id).toMatch(/^h:[0-9a-f]{32}$/);
    }
    expect(protectIdentifier("order-7731-zz")).toBe("order-7731-zz");
  });

  it("hashes an id the engine types as a national identifier rather than an SSN or a phone number", () => {
    // An ITIN (a 9 and an IRS middle group) was US_SSN before the engine told them apart; an Italian
    // fiscal code and a Spanish NIE are found by their check character and typed ID.
    for (const id of ["912-70-1234", "987-65-4329", "RSSMRA85T10A562S", "X1234567L"]) expect(protectIdentifier(id), id).toMatch(/^h:[0-9a-f]{32}$/);
    for (const id of ["chatcmpl-9x8Yz3AbC", "INV-2024-0042", "PT-88213", "X1234567", "claude-3-5-sonnet-20241022"]) expect(protectIdentifier(id), id).toBe(id);
  });

  it("an IBAN whose country code is hex letters is no hex id: the engine sees it", () => {
    for (const id of ["DE89370400440532013000", "BE68539007547034", "AE070331234567890123456"]) expect(protectIdentifier(id), id).toMatch(/^h:[0-9a-f]{32}$/);
    for (const id of ["4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", "de0f3a51c9e84d7f"]) expect(protectIdentifier(id), id).toBe(id);
  });

  it("an all-digit id is decided by its length without the engine: a counter up to six digits, a possible personal number from seven", () => {
    vi.mocked(redaction.detectEntities).mockClear();
    for (const id of ["7", "42", "100234", "999999"]) expect(protectIdentifier(id), id).toBe(id);
    // 19 digits failing a card's checksum: the engine let it through; as a number of that
    // length it may still be a mistyped card or an account number.
    for (const id of ["5551234", "20261207", "4155550132", "4111111111111112", "1234567890123456789"]) expect(protectIdentifier(id), id).toMatch(/^h:[0-9a-f]{32}$/);
    expect(vi.mocked(redaction.detectEntities)).not.toHaveBeenCalled();
  });
});
