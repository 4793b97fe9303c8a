import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { effectiveSampleRate, isSampledIn, samplingKey, samplingPoint } from "./sample";

describe("deterministic sampling", () => {
  it("gives a replayed record the same decision", () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string({ minLength: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (source, id, rate) => {
        expect(isSampledIn(source, { id }, rate)).toBe(isSampledIn(source, { id }, rate));
      }),
    );
  });

  it("keys on the trace id when there is one, so a trace is kept or dropped whole", () => {
    expect(samplingKey({ id: "a", traceId: "t1" })).toBe(samplingKey({ id: "b", traceId: "t1" }));
    expect(samplingKey({ id: "a" })).not.toBe(samplingKey({ id: "b" }));
  });

  it("keeps close to the rate over many records", () => {
    const source = "6f0c1a4e-1111-4d2b-9a33-0a6c4b1f0e01";
    for (const rate of [0.01, 0.1, 0.5]) {
      let kept = 0;
      const n = 50_000;
      for (let i = 0; i < n; i++) if (isSampledIn(source, { id: `rec-${i}` }, rate)) kept++;
      expect(Math.abs(kept / n - rate)).toBeLessThan(0.01);
    }
  });

  it("is monotone in the rate: anything kept at a low rate is kept at a higher one", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (id, a, b) => {
        const [low, high] = a < b ? [a, b] : [b, a];
        if (isSampledIn("s", { id }, low)) expect(isSampledIn("s", { id }, high)).toBe(true);
      }),
    );
  });

  it("never applies more than the cap", () => {
    expect(effectiveSampleRate({ sampleRate: 0.9, maxSampleRate: 0.2 })).toBe(0.2);
    expect(effectiveSampleRate({ sampleRate: 0.1, maxSampleRate: 0.2 })).toBe(0.1);
    expect(effectiveSampleRate({ sampleRate: Number.NaN, maxSampleRate: 0.2 })).toBe(0);
    const point = samplingPoint("s", "r:x");
    expect(point).toBeGreaterThanOrEqual(0);
    expect(point).toBeLessThan(1);
  });
});
