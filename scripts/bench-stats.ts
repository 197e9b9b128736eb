/** The middle of several timings: what every benchmark here reports. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * A median with the spread of the runs, "412 (380–530)": on a shared machine the spread says
 * how far to trust the median.
 */
export function medianAndSpread(values: number[], digits = 0): string {
  const fixed = (v: number) => v.toFixed(digits);
  return `${fixed(median(values))} (${fixed(Math.min(...values))}–${fixed(Math.max(...values))})`;
}
