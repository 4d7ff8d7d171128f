/** Small statistics and formatting helpers shared by the browser benchmarks. */

/** Nearest-rank percentile (p in 0–100) of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Milliseconds with one decimal, or "–" when there is no value. */
export const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(1));

/** A signed difference in ms ("+12.3", "−4.0"). */
export const delta = (n: number) => (Number.isNaN(n) ? '–' : `${n < 0 ? '−' : '+'}${Math.abs(n).toFixed(1)}`);

export const progress = (message: string) => console.error(`  ${message}`);
