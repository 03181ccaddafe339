/**
 * A value axis that ends on a round number, in `steps` equal steps ("0, 50, 100, 150, 200"), so the
 * grid lines can be read. Counts step by whole numbers.
 */
export function niceScale(max: number, steps = 4, wholeNumbers = false): number[] {
  if (!(max > 0)) return Array.from({ length: steps + 1 }, (_, index) => index * (wholeNumbers ? 1 : 0.25));
  const rough = max / steps;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough && (!wholeNumbers || Number.isInteger(candidate))) ?? 10 * magnitude;
  const whole = wholeNumbers ? Math.max(1, Math.ceil(step)) : step;
  return Array.from({ length: steps + 1 }, (_, index) => index * whole);
}
