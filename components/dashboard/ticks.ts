/**
 * Round axis ticks for counts: 0 up to a "nice" top (1, 2, 2.5 or 5 times a power of
 * ten per step), at most `count` steps, whole numbers only. A chart then reads
 * 0, 10, 20, 30, 40 instead of 0, 9, 18, 27, 35.
 */
export function countTicks(max: number, count = 4): number[] {
  const top = Math.max(1, Math.ceil(max));
  const rough = top / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough && Number.isInteger(s)) ?? 10 * power);
  const ticks: number[] = [];
  for (let t = 0; t < top + step; t += step) ticks.push(t);
  return ticks;
}

/** Ticks for a percentage axis. */
export const PERCENT_TICKS = [0, 25, 50, 75, 100];
