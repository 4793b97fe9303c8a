import { describe, expect, it } from "vitest";
import { cohensKappa } from "./agreement";

const pairs = (rows: [string, string, number][]) => rows.map(([first, second, count]) => ({ first, second, count }));

describe("cohensKappa", () => {
  it("matches a hand-computed 2x2 table", () => {
    // yes/yes 20, yes/no 5, no/yes 10, no/no 15 (n = 50).
    // po = 35/50 = 0.7; first: yes 25, no 25; second: yes 30, no 20;
    // pe = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = (0.7 - 0.5) / 0.5 = 0.4.
    const result = cohensKappa(pairs([["yes", "yes", 20], ["yes", "no", 5], ["no", "yes", 10], ["no", "no", 15]]));
    expect(result.n).toBe(50);
    expect(result.observed).toBeCloseTo(0.7, 12);
    expect(result.expected).toBeCloseTo(0.5, 12);
    expect(result.kappa).toBeCloseTo(0.4, 12);
  });

  it("matches a hand-computed table over the four categories", () => {
    // Rows first reviewer, columns second (HP, EC, ADV, DR):
    //   HP  [10, 2, 0, 0]   EC [1, 8, 1, 0]   ADV [0, 1, 5, 0]   DR [0, 0, 0, 2]   n = 30
    // po = (10+8+5+2)/30 = 25/30; first totals 12, 10, 6, 2; second totals 11, 11, 6, 2;
    // pe = (12*11 + 10*11 + 6*6 + 2*2) / 900 = 282/900;
    // kappa = (25/30 - 282/900) / (1 - 282/900) = (750 - 282) / (900 - 282) = 468/618.
    const table: [string, string, number][] = [
      ["HP", "HP", 10], ["HP", "EC", 2],
      ["EC", "HP", 1], ["EC", "EC", 8], ["EC", "ADV", 1],
      ["ADV", "EC", 1], ["ADV", "ADV", 5],
      ["DR", "DR", 2],
    ];
    const result = cohensKappa(pairs(table));
    expect(result.n).toBe(30);
    expect(result.observed).toBeCloseTo(25 / 30, 12);
    expect(result.expected).toBeCloseTo(282 / 900, 12);
    expect(result.kappa).toBeCloseTo(468 / 618, 12);
  });

  it("is 1 for perfect agreement, 0 at chance, negative below it", () => {
    expect(cohensKappa(pairs([["a", "a", 3], ["b", "b", 2]])).kappa).toBeCloseTo(1, 12);
    // Independent: po = 0.5, pe = 0.5.
    expect(cohensKappa(pairs([["a", "a", 1], ["a", "b", 1], ["b", "a", 1], ["b", "b", 1]])).kappa).toBeCloseTo(0, 12);
    // Always disagreeing on a balanced split: po = 0, pe = 0.5, kappa = -1.
    expect(cohensKappa(pairs([["a", "b", 5], ["b", "a", 5]])).kappa).toBeCloseTo(-1, 12);
  });

  it("is undefined with no cases, or when both always used the same single label", () => {
    expect(cohensKappa([])).toEqual({ n: 0, observed: null, expected: null, kappa: null });
    expect(cohensKappa(pairs([["a", "a", 7]]))).toEqual({ n: 7, observed: 1, expected: 1, kappa: null });
  });

  it("counts a pair once without a count and ignores empty counts", () => {
    expect(cohensKappa([{ first: "a", second: "a" }, { first: "b", second: "b" }, { first: "a", second: "b", count: 0 }]).n).toBe(2);
  });
});
