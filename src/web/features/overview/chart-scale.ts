/**
 * A value axis in round steps ("0, 10, 20, 30, 40, 50") that ends at the first step at or above
 * the largest value, so the grid lines can be read and the bars fill most of the height. Counts
 * step by whole numbers.
 */
export function niceScale(max: number, steps = 5, wholeNumbers = false): number[] {
  if (!(max > 0)) return Array.from({ length: steps + 1 }, (_, index) => index * (wholeNumbers ? 1 : 0.2));
  const rough = max / steps;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const nice = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough && (!wholeNumbers || Number.isInteger(candidate))) ?? 10 * magnitude;
  const step = wholeNumbers ? Math.max(1, Math.ceil(nice)) : nice;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, index) => index * step);
}
