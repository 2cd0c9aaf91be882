/** Timing helpers: warm-up runs, then the median of several measured runs. */
import { performance } from 'node:perf_hooks';

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Several functions measured in turn (ABAB…), so a slow moment of the machine hits each alike:
 * `warmups` unmeasured rounds, then the median of `runs` for each. No collection is forced between
 * runs: after a forced full collection V8 shrinks the heap, and the next run pays to grow it again.
 */
export function interleavedMedians(fns: ReadonlyArray<() => unknown>, runs: number, warmups = 1): number[] {
  for (let i = 0; i < warmups; i++) for (const fn of fns) fn();
  const times = fns.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, f) => {
      const t0 = performance.now();
      fn();
      times[f].push(performance.now() - t0);
    });
  }
  return times.map(median);
}
