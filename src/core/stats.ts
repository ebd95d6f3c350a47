/**
 * One percentile definition everywhere: linear interpolation between closest ranks
 * (R type 7 / numpy "linear"): for sorted x[0..n-1], p in [0, 100], h = (n-1)·p/100,
 * q = x[floor h] + (h - floor h)·(x[ceil h] - x[floor h]).
 *
 * Percentiles from fewer than PERCENTILE_MIN_SAMPLES values are still reported, but the cell
 * records the sample count (`*_n` metrics / evidence `n`) so a reader can discount them.
 */
import type { SampleSketch } from './types.js';

export const PERCENTILE_MIN_SAMPLES = 20;

/** Max number of order statistics kept in a SampleSketch. */
export const SAMPLE_SKETCH_SIZE = 1001;

/** Percentile of an ascending-sorted array; null for an empty array. */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  if (n === 1) return sorted[0] as number;
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}

/** Sorts a copy (numeric, ascending) as a Float64Array. */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const a = Float64Array.from(values as ArrayLike<number>);
  a.sort();
  return a;
}

export interface Summary {
  n: number;
  mean: number | null;
  std: number | null;
  min: number | null;
  max: number | null;
  p50: number | null;
  p90: number | null;
  p95: number | null;
  p99: number | null;
}

/** Summary statistics (population std) of an ascending-sorted array. */
export function summarizeSorted(sorted: ArrayLike<number>): Summary {
  const n = sorted.length;
  if (n === 0) {
    return { n, mean: null, std: null, min: null, max: null, p50: null, p90: null, p95: null, p99: null };
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i] as number;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = (sorted[i] as number) - mean;
    ss += d * d;
  }
  return {
    n,
    mean,
    std: Math.sqrt(ss / n),
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
    p50: percentileSorted(sorted, 50),
    p90: percentileSorted(sorted, 90),
    p95: percentileSorted(sorted, 95),
    p99: percentileSorted(sorted, 99),
  };
}

/**
 * Deterministic quantile sketch of an ascending-sorted array: all values when n ≤ size, else the
 * order statistics at `size` evenly spaced ranks (first and last included).
 */
export function sketchSorted(sorted: ArrayLike<number>, size = SAMPLE_SKETCH_SIZE): SampleSketch {
  const n = sorted.length;
  if (n <= size) return { n, values: Array.from(sorted as ArrayLike<number>) };
  const values: number[] = new Array<number>(size);
  for (let i = 0; i < size; i++) {
    values[i] = sorted[Math.round((i * (n - 1)) / (size - 1))] as number;
  }
  return { n, values };
}

/** Growable Float64 column, so adapters never hold per-row objects. */
export class NumberColumn {
  private buf: Float64Array;
  length = 0;
  constructor(initial = 1024) {
    this.buf = new Float64Array(initial);
  }
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  /** A sorted copy of the values pushed so far. */
  sorted(): Float64Array {
    const a = this.buf.slice(0, this.length);
    a.sort();
    return a;
  }
  /**
   * The values pushed so far, sorted in place (no copy: half the memory of `sorted()` at peak).
   * The column's insertion order is lost; push no more afterwards.
   */
  sortInPlace(): Float64Array {
    const a = this.buf.subarray(0, this.length);
    a.sort();
    return a;
  }
  view(): Float64Array {
    return this.buf.subarray(0, this.length);
  }
}
