import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { needsSecondReview } from "./sampling";

describe("needsSecondReview", () => {
  it("never holds a case when second review is off, always when it is on for every case", () => {
    const id = randomUUID();
    expect(needsSecondReview(null, id)).toBe(false);
    expect(needsSecondReview(undefined, id)).toBe(false);
    expect(needsSecondReview(1, id)).toBe(true);
  });

  it("gives the same answer for the same case every time", () => {
    for (let i = 0; i < 50; i++) {
      const id = randomUUID();
      expect(needsSecondReview(5, id)).toBe(needsSecondReview(5, id));
    }
  });

  it("picks about one case in N", () => {
    const ids = Array.from({ length: 20_000 }, () => randomUUID());
    const picked = ids.filter((id) => needsSecondReview(10, id)).length;
    // Binomial(20000, 0.1): mean 2000, sd 42; 6 sd either side never fails by chance.
    expect(picked).toBeGreaterThan(1750);
    expect(picked).toBeLessThan(2250);
  });
});
