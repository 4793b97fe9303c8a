import { describe, expect, it } from "vitest";
import { redactText, MAX_FIELD_BYTES, REDACTION_VERSION, TRUNCATION_MARKER } from "./redact-text";
import { redactRecord } from "./redact-record";
import { countEntitiesByType } from "./entity-counts";
import { previewSegments } from "./preview";

describe("redactText", () => {
  it("replaces values with numbered typed placeholders, same value same placeholder", () => {
    const r = redactText("Priya Raghunathan (priya@example.com) wrote to Marco Rossi; priya@example.com again.");
    expect(r.text).toBe("<PERSON_1> (<EMAIL_ADDRESS_1>) wrote to <PERSON_2>; <EMAIL_ADDRESS_1> again.");
  });
  it("returns sorted, non-overlapping offsets into the input", () => {
    const input = "Call +1 415 555 0132, Jane Doe.";
    const r = redactText(input);
    for (let i = 1; i < r.entities.length; i++) expect(r.entities[i].start).toBeGreaterThanOrEqual(r.entities[i - 1].end);
    expect(input.slice(r.entities[0].start, r.entities[0].end)).toBe("+1 415 555 0132");
  });
  it("honours a selection of types changed in place between calls (the selection is kept per array)", () => {
    const only: Array<"EMAIL_ADDRESS" | "PERSON"> = ["EMAIL_ADDRESS"];
    const text = "Jane Doe wrote from jane@x.org";
    expect(redactText(text, { entities: only }).text).toBe("Jane Doe wrote from <EMAIL_ADDRESS_1>");
    only.push("PERSON");
    expect(redactText(text, { entities: only }).text).toBe("<PERSON_1> wrote from <EMAIL_ADDRESS_1>");
    only.splice(0, 1);
    expect(redactText(text, { entities: only }).text).toBe(redactText(text, { entities: ["PERSON"] }).text);
    expect(redactText(text, { entities: only }).entities.every((e) => e.type === "PERSON")).toBe(true);
  });
  it("a selection of a type also finds the types later split from it (US_SSN still finds ITINs)", () => {
    const text = "tax number 912-70-1234 and phone +1 415 555 0132";
    expect(redactText(text, { entities: ["US_SSN"] }).text).toBe("tax number <US_ITIN_1> and phone +1 415 555 0132");
    expect(redactText(text, { entities: ["US_ITIN"] }).text).toBe("tax number <US_ITIN_1> and phone +1 415 555 0132");
    expect(redactText(text, { entities: ["PHONE_NUMBER"] }).text).toBe("tax number 912-70-1234 and phone <PHONE_NUMBER_1>");
  });
  it("leaves existing placeholders alone (idempotent)", () => {
    const once = redactText("Hi <PERSON_1>, mail Jane Doe at jane@x.org").text;
    expect(redactText(once).text).toBe(once);
  });
  it("keyed pseudonyms with the hmac operator", () => {
    const a = redactText("mail jane@x.org", { operator: "hmac", hmacKey: "k1" }).text;
    const b = redactText("again jane@x.org", { operator: "hmac", hmacKey: "k1" }).text;
    expect(a).toMatch(/^mail <EMAIL_ADDRESS_[0-9a-f]{10}>$/);
    expect(a.slice(5)).toBe(b.slice(6));
    expect(redactText("mail jane@x.org", { operator: "hmac", hmacKey: "k2" }).text).not.toBe(a);
    expect(() => redactText("x", { operator: "hmac", hmacKey: "" })).toThrow(/key/);
  });
  it("truncates fields over the size limit with a marker and still redacts them", () => {
    const big = "contact jane@x.org ".repeat(Math.ceil(MAX_FIELD_BYTES / 19) + 100);
    const r = redactText(big);
    expect(r.truncated).toBe(true);
    expect(r.text.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(r.text).not.toContain("jane@x.org");
    expect(Math.max(...r.entities.map((e) => e.end))).toBeLessThanOrEqual(MAX_FIELD_BYTES);
  });
});

describe("redactRecord", () => {
  it("uses one numbering across messages, tool calls and output; counts by type", () => {
    const record = {
      messages: [
        { role: "user", content: "I'm Priya Raghunathan, email priya@example.com" },
        { role: "assistant", content: null, tool_calls: [{ id: "1", type: "function", function: { name: "lookup", arguments: '{"email":"priya@example.com","name":"Priya Raghunathan"}' } }] },
      ],
      output: "Thanks Priya, found you.",
      metadata: { note: "Priya called twice", model: "gpt-x" },
      freeTextFields: ["note"],
    };
    const r = redactRecord(record);
    expect(r.record.messages[0].content).toBe("I'm <PERSON_1>, email <EMAIL_ADDRESS_1>");
    expect(r.record.messages[1].tool_calls?.[0].function.arguments).toBe('{"email":"<EMAIL_ADDRESS_1>","name":"<PERSON_1>"}');
    expect(JSON.parse(r.record.messages[1].tool_calls?.[0].function.arguments ?? "")).toBeTruthy();
    expect(r.record.output).not.toContain("Priya");
    expect(r.record.metadata.note).not.toContain("Priya");
    expect(r.record.metadata.model).toBe("gpt-x");
    expect(r.redactionVersion).toBe(REDACTION_VERSION);
    expect(r.entityCounts.EMAIL_ADDRESS).toBe(2);
    expect(record.messages[0].content).toContain("Priya"); // input untouched
  });
});

describe("helpers", () => {
  it("countEntitiesByType", () => {
    expect(countEntitiesByType([{ type: "PERSON" }, { type: "PERSON" }, { type: "URL" }])).toEqual({ PERSON: 2, URL: 1 });
  });
  it("previewSegments concatenates back to the input", () => {
    const input = "Hi Jane Doe, your IP is 10.0.0.7.";
    const p = previewSegments(input);
    expect(p.segments.map((s) => s.text).join("")).toBe(input);
    expect(p.segments.filter((s) => s.kind === "entity").map((s) => s.kind === "entity" && s.type)).toEqual(["PERSON", "IP_ADDRESS"]);
    expect(p.redacted).toBe("Hi <PERSON_1>, your IP is <IP_ADDRESS_1>.");
  });
});
