/** Small statistics helpers: medians of runs and percentiles of latency samples. */

/** The value at quantile q (0..1) of sorted-ascending numbers, by nearest rank; NaN when empty. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  const finite = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const middle = Math.floor(finite.length / 2);
  // An even count averages the two middle runs, so 2-run smoke results are not biased to one side.
  return finite.length % 2 === 1 ? (finite[middle] ?? Number.NaN) : ((finite[middle - 1] ?? 0) + (finite[middle] ?? 0)) / 2;
}

export function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** Rounds for the JSON, so figures read as measured (sub-0.1 ms digits are noise here). */
export function round(value: number, digits = 1): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The run whose value is the median (for keeping one representative waterfall). */
export function medianIndex(values: readonly number[]): number {
  const order = values.map((value, index) => ({ value, index })).filter(({ value }) => Number.isFinite(value));
  order.sort((a, b) => a.value - b.value);
  return order[Math.floor((order.length - 1) / 2)]?.index ?? 0;
}
