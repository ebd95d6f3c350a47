/**
 * The cross-cell noise gate of one-run comparisons (docs/COMPARE.md "Verdicts whose unit is the
 * run"): with a single base run, the changes of the other cells of the sweep (same statistic)
 * show the run-to-run noise of this very pair of runs, and a cell's change must stand out of them.
 */
import { studentTQuantileUpper } from './run-stats.js';

/**
 * The ln-change a cell must reach to stand out of the other cells' changes —
 * t_{n−1}(α / C) · s · √(1 + 1/n), s the sd of the other n cells' ln-changes (from n ≥ 10 the
 * robust 1.4826 · MAD), α / C one-sided per cell (Bonferroni over the C cells) — or null with
 * fewer than 3 other cells. The caller caps it at a multiple of the run-noise floor, so changes
 * that differ widely between cells (a real change larger at high concurrency) cannot hide a
 * large one.
 */
export function crossCellThreshold(others: readonly number[], alpha: number, cells: number): number | null {
  const n = others.length;
  if (n < 3) return null;
  // Under 10 other cells: their sd around their mean (the efficient estimate a t quantile
  // assumes). From 10: 1.4826 × the median absolute deviation from the median (consistent for
  // normal noise; unmoved by real changes in up to half of a large sweep).
  let sd: number;
  if (n < 10) {
    const mean = others.reduce((a, x) => a + x, 0) / n;
    sd = Math.sqrt(others.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  } else {
    const sorted = Float64Array.from(others).sort();
    const centre = medianSkipping(sorted, -1);
    const dev = Float64Array.from(others, (x) => Math.abs(x - centre)).sort();
    sd = 1.4826 * medianSkipping(dev, -1);
  }
  return studentTQuantileUpper(alpha / Math.max(1, cells), n - 1) * sd * Math.sqrt(1 + 1 / n);
}

/** First index of a sorted array holding a value ≥ x. */
function lowerBound(s: Float64Array, x: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((s[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Median of a sorted array without its element at index `skip` (−1: skip none). */
function medianSkipping(s: Float64Array, skip: number): number {
  const len = skip < 0 ? s.length : s.length - 1;
  const at = (k: number): number => (skip < 0 || k < skip ? s[k] : s[k + 1]) as number;
  const m = len >> 1;
  return len % 2 === 1 ? at(m) : (at(m - 1) + at(m)) / 2;
}

/**
 * Every cell's ln-change of one statistic, answering crossCellThreshold for "all cells but one"
 * without re-sorting per cell: the median of the others is the full sorted list with one element
 * skipped, and the at most three centres that can give have their sorted absolute deviations
 * cached. Equal, bit for bit, to crossCellThreshold over the others (a 2,000-cell sweep asks
 * thousands of times).
 */
export class CrossCellNoise {
  private readonly sorted: Float64Array;
  private readonly deviations = new Map<number, Float64Array>();
  private readonly quantiles = new Map<string, number>();

  constructor(private readonly changes: readonly number[]) {
    this.sorted = Float64Array.from(changes).sort();
  }

  /** crossCellThreshold over every change but the one at `index` (the asking cell's). */
  thresholdWithout(index: number, alpha: number): number | null {
    const own = this.changes[index] as number;
    const n = this.changes.length - 1;
    const cells = this.changes.length;
    if (n < 10)
      return crossCellThreshold(
        this.changes.filter((_, i) => i !== index),
        alpha,
        cells,
      );
    const centre = medianSkipping(this.sorted, lowerBound(this.sorted, own));
    let dev = this.deviations.get(centre);
    if (!dev) {
      dev = Float64Array.from(this.changes, (x) => Math.abs(x - centre)).sort();
      this.deviations.set(centre, dev);
    }
    const sd = 1.4826 * medianSkipping(dev, lowerBound(dev, Math.abs(own - centre)));
    const qk = `${alpha}/${n}`;
    let tq = this.quantiles.get(qk);
    if (tq === undefined) {
      tq = studentTQuantileUpper(alpha / Math.max(1, cells), n - 1);
      this.quantiles.set(qk, tq);
    }
    return tq * sd * Math.sqrt(1 + 1 / n);
  }
}
