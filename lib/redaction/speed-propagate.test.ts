import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { propagate, propagateBySlices, propagationSteps, type KnownValue } from "./propagate";
import { redactText } from "./redact-text";
import type { DetectedEntity } from "./types";

// 1.11.0: propagation finds a known value among more than four sharing a first word by walking a
// trie of them, instead of comparing every such value at every occurrence of the word (1.10.0's
// way, kept for fewer values, for texts the walk cannot read, and as `propagateBySlices`, the
// walk's reference here).

const spans = (es: readonly DetectedEntity[]) => es.map((e) => `${e.type} ${e.start}-${e.end}`);

describe("propagation's value walk, 1.11.0", () => {
  it("finds what a slice per value found, on texts of names, spaces, joiners, case and other scripts", () => {
    const pieces = ["Anna", "anna", "ANNA", "Smith", "smith", "Anna-Lena", "d'Anna", "Anna's", "Anna10", "Anna_Mr", "Jo", "Joann", "_Anna", "user_", "12", "Main", "St", " ", "  ", "\n", "\t", "\u00a0", ",", ".", "-", "'", "’", "İ", "Σ", "σ", "ς", "😀", "é", "x"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(""));
    const valueWords = ["anna", "smith", "anna-lena", "jo", "12", "main", "st", "lena", "σ", "i̇"];
    const value = fc.array(fc.constantFrom(...valueWords), { minLength: 1, maxLength: 3 }).chain((ws) => fc.constantFrom(" ", ", ", "-").map((sep) => ws.join(sep)));
    const values = fc.array(fc.record({ type: fc.constantFrom("PERSON" as const, "LOCATION" as const), value }), { minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(text, values, fc.nat(3), (t, vs, cut) => {
        // An entity over the text's first word, when there is one, exercises the edge rules.
        const first = /\p{L}+/u.exec(t);
        const entities: DetectedEntity[] = first && cut > 0 ? [{ type: "PERSON", start: first.index, end: first.index + first[0].length, score: 0.9 }] : [];
        return JSON.stringify(spans(propagate(t, entities, vs))) === JSON.stringify(spans(propagateBySlices(t, entities, vs)));
      }),
      { numRuns: 20000 },
    );
  });

  it("still finds a value's later occurrences", () => {
    expect(redactText("Thanks, Priya Sharma. Later Priya said she would call.").text).toBe("Thanks, <PERSON_1>. Later <PERSON_2> said she would call.");
    const values: KnownValue[] = [
      { type: "PERSON", value: "anna smith" },
      { type: "PERSON", value: "anna" },
    ];
    expect(spans(propagate("ANNA\nSMITH and anna  smith and Anna Smithson", [], values))).toEqual(["PERSON 0-10", "PERSON 15-19", "PERSON 31-35"]);
  });

  it("counts work linear in the text, not in the number of values sharing a first word", () => {
    const surnames = "smith jones brown taylor wilson davies evans thomas johnson roberts".split(" ");
    const values = (n: number): KnownValue[] => Array.from({ length: n }, (_, i) => ({ type: "PERSON", value: `anna ${surnames[i % 10]}${i >= 10 ? `-${i}` : ""}` }));
    const steps = (occurrences: number, n: number) => {
      const before = propagationSteps();
      expect(propagate("Anna ".repeat(occurrences), [], values(n))).toEqual([]);
      return propagationSteps() - before;
    };
    const few = steps(10_000, 10);
    // Each "Anna " reads its word, the space and the next letter: the same for 10 values or 2,000.
    expect(steps(10_000, 2_000)).toBe(few);
    expect(few).toBeLessThanOrEqual(7 * 10_000);
    // Ten times the text, ten times the work (a slice per value made it 2,000 comparisons each).
    expect(steps(100_000, 2_000)).toBeLessThanOrEqual(10 * few + 10);
  });
});
