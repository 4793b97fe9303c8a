import { describe, expect, it } from "vitest";
import { redactRecord } from "@/lib/redaction";
import { generateSamples } from "@/lib/redaction/eval/generator";
import { DetectionCache, fieldCacheFromEnv, redactRecordCached } from "./field-cache";
import { redactLog } from "./redact-log";
import type { CanonicalLog } from "./types";

// Fields that repeat from record to record (the cache's hits) and fields that are new,
// with names that cross fields: a name detected in one field is propagated into another
// where, alone, nothing would find it, and placeholders are numbered across the record.
const SYSTEM = [
  "You are a helpful support assistant for an online shop.",
  "You work with Priya on the refunds desk; escalate to her when unsure.",
  "Contact Jane Doe at jane.doe@example.com for anything about invoices.",
  "Ｃａｌｌ ０２０ ７９４６ ００１８ or write to ｏｐｓ＠ｅｘａｍｐｌｅ．ｃｏｍ", // fullwidth: the view differs from the text
  "Escalations go to Jo\u200bhn Smith (john\u200b.smith@example.org).", // zero-width characters inside
];
const USERS = [
  "Hi, I'm Priya Raman (priya.raman@example.com). Order 100234 hasn't arrived.",
  "This is Jane Doe again, my card 4111 1111 1111 1111 was charged twice.",
  "Hello, Margaret Thornton here, please call me on +44 20 7946 0018.",
  "Can John Smith check my parcel? I live at 221B Baker Street, London.",
  "No names here, just a question about the warranty of the kettle.",
];
const ANSWERS = [
  "I'm sorry about the delay. I checked your order and it is out for delivery today.",
  "Priya will get back to you today.",
  "Jane Doe has been told; she will write to jane.doe@example.com.",
  "Thanks Margaret, I have noted +44 20 7946 0018 for the callback.",
];
const NOTES = ["tool timeout", "escalated to Priya", "customer Margaret Thornton asked twice", "ok"];

function log(i: number): CanonicalLog {
  const pick = <T>(list: T[], k: number) => list[(i * k + Math.floor(i / list.length)) % list.length];
  const withTool = i % 3 === 0;
  return {
    externalId: `r-${i}`,
    traceId: null,
    timestamp: new Date("2026-12-01T10:00:00Z"),
    model: i % 7 === 0 ? "tuned for Jane Doe" : "gpt-4o-mini",
    messages: [
      { role: "system", content: pick(SYSTEM, 1) },
      i % 4 === 0 ? { role: "user", content: [{ type: "text", text: pick(USERS, 3) }, { type: "text", text: pick(SYSTEM, 2) }] } : { role: "user", content: pick(USERS, 3) },
      ...(withTool
        ? [
            { role: "assistant", content: null, tool_calls: [{ id: `call-${i % 2}`, type: "function", function: { name: "lookup_order", arguments: JSON.stringify({ customer: pick(USERS, 1).slice(9, 24), note: pick(NOTES, 1) }) } }] },
            { role: "tool", tool_call_id: `call-${i % 2}`, content: pick(ANSWERS, 2) },
          ]
        : []),
    ],
    output: { role: i % 11 === 0 ? "Priya Raman" : "assistant", content: pick(ANSWERS, 1) },
    metadata: { latencyMs: 800 + i, note: pick(NOTES, 3), tags: [pick(NOTES, 2), "vip"], nested: { comment: pick(ANSWERS, 3) } },
    endUser: { userId: null, sessionId: null },
  } as CanonicalLog;
}

const logs = Array.from({ length: 120 }, (_, i) => log(i));

describe("DetectionCache: the same redaction as without it", () => {
  it("redactLog stores exactly what it stores without a cache, on records whose names cross fields, in any order, hit or miss", () => {
    const cache = new DetectionCache(4 * 1024 * 1024);
    const expected = logs.map((l) => redactLog(structuredClone(l)));
    // Twice over: the first pass fills the cache, the second takes nearly every field from it.
    for (let pass = 0; pass < 2; pass++) {
      const got = logs.map((l) => redactLog(structuredClone(l), cache));
      got.forEach((g, i) => expect(g).toEqual(expected[i]));
      got.forEach((g, i) => expect(g.json).toEqual(expected[i].json));
    }
    // The same fields in reverse order: placeholders numbered by this record, not the first one seen.
    const reversed = [...logs].reverse().map((l) => redactLog(structuredClone(l), cache));
    expect(reversed.reverse()).toEqual(expected);
    expect(cache.hits).toBeGreaterThan(cache.misses);
    // The records do exercise propagation and cross-field numbering.
    expect(expected.some((e) => e.json.input.includes("work with <PERSON_1> on the refunds desk"))).toBe(true);
  });

  it("matches redactRecord on generated texts of many locales and entity types, combined into records that share fields", () => {
    const texts = generateSamples({ split: "dev", count: 90, seed: 7 }).map((sample) => sample.text);
    const cache = new DetectionCache(4 * 1024 * 1024);
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < texts.length; i++) {
        // Each record shares two of its three fields with other records, in other positions.
        const record = {
          messages: [{ role: "system", content: texts[(i * 7) % 10] }, { role: "user", content: texts[i] }],
          output: texts[(i + 1) % texts.length],
          metadata: { f0: texts[(i * 3) % 10] },
          freeTextFields: ["f0"],
        };
        expect(redactRecordCached(record, cache)).toEqual(redactRecord(record));
      }
    }
    expect(cache.hits).toBeGreaterThan(texts.length);
  });

  it("matches redactRecord on a field over the size limit (truncated) and when the cache is too small to keep anything", () => {
    const long = `Margaret Thornton wrote: ${"the parcel never came. ".repeat(13_000)}`;
    const record = { messages: [{ role: "user", content: long }, { role: "user", content: "Thanks, Margaret." }], output: "Margaret, it ships today." };
    const tiny = new DetectionCache(1);
    for (let pass = 0; pass < 2; pass++) expect(redactRecordCached(record, tiny)).toEqual(redactRecord(record));
    expect(tiny.size).toBeLessThanOrEqual(1);
    const roomy = new DetectionCache(1024 * 1024);
    for (let pass = 0; pass < 2; pass++) expect(redactRecordCached(record, roomy)).toEqual(redactRecord(record));
    expect(roomy.hits).toBe(3);
  });

  it("stays within its size by dropping the least recently used entries", () => {
    const cache = new DetectionCache(5 * 200);
    for (let i = 0; i < 50; i++) cache.detect(`note number ${i}`);
    expect(cache.size).toBeLessThanOrEqual(6);
    cache.detect("note number 49");
    expect(cache.hits).toBe(1);
    // Used again, the oldest entry survives the next insertions; the one after it, untouched, goes.
    const held = [...Array(50).keys()].filter((i) => i >= 50 - cache.size);
    cache.detect(`note number ${held[0]}`);
    cache.detect("note number 50");
    const hits = cache.hits;
    cache.detect(`note number ${held[0]}`);
    expect(cache.hits).toBe(hits + 1);
    cache.detect(`note number ${held[1]}`);
    expect(cache.hits).toBe(hits + 1);
  });

  it("INGEST_FIELD_CACHE_MB: a size in MB, zero or less turns it off, anything else is the default", () => {
    const sizes = (value: string | undefined) => {
      const before = process.env.INGEST_FIELD_CACHE_MB;
      if (value === undefined) delete process.env.INGEST_FIELD_CACHE_MB;
      else process.env.INGEST_FIELD_CACHE_MB = value;
      try {
        return fieldCacheFromEnv();
      } finally {
        if (before === undefined) delete process.env.INGEST_FIELD_CACHE_MB;
        else process.env.INGEST_FIELD_CACHE_MB = before;
      }
    };
    expect(sizes("0")).toBeNull();
    expect(sizes("-1")).toBeNull();
    expect(sizes("8")).toBeInstanceOf(DetectionCache);
    expect(sizes(undefined)).toBeInstanceOf(DetectionCache);
    expect(sizes("lots")).toBeInstanceOf(DetectionCache);
  });
});

describe("DetectionCache: privacy", () => {
  it("holds no text: keys are keyed hashes (a different key per cache), entries are types, offsets and scores", () => {
    const cache = new DetectionCache(4 * 1024 * 1024);
    for (const l of logs) redactLog(structuredClone(l), cache);
    const held = JSON.stringify(cache.snapshot());
    const words = [...SYSTEM, ...USERS, ...ANSWERS, ...NOTES].join(" ").match(/[\p{L}\p{N}@.]{4,}/gu)!;
    for (const word of new Set(words)) expect(held).not.toContain(word);
    for (const [key, entities] of cache.snapshot()) {
      expect(key).toMatch(/^[A-Za-z0-9+/]{43}=$/);
      for (const e of entities) expect(Object.keys(e).sort()).toEqual(["end", "score", "start", "type"]);
    }
    const other = new DetectionCache(1024);
    other.detect(SYSTEM[0]);
    const again = new DetectionCache(1024);
    again.detect(SYSTEM[0]);
    expect(other.snapshot()[0][0]).not.toBe(again.snapshot()[0][0]);
  });
});
