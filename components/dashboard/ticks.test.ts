import { describe, expect, it } from "vitest";
import { countTicks } from "./ticks";

describe("countTicks", () => {
  it("goes up in round steps to a round top above the largest value", () => {
    expect(countTicks(35)).toEqual([0, 10, 20, 30, 40]);
    expect(countTicks(30)).toEqual([0, 10, 20, 30]);
    expect(countTicks(12)).toEqual([0, 5, 10, 15]);
    expect(countTicks(1240)).toEqual([0, 500, 1000, 1500]);
    expect(countTicks(90)).toEqual([0, 25, 50, 75, 100]);
  });

  it("uses whole steps for small counts and never an empty axis", () => {
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(0.4)).toEqual([0, 1]);
  });
});
