/**
 * Samples: percentiles, summaries, sketches, SampleColumn, the radix sort, and the pooled spread of
 * grouped values (moved here from src/core/stats.ts and src/core/compare/run-stats.ts, which
 * re-export them).
 *
 * One percentile definition everywhere: linear interpolation between closest ranks
 * (R type 7 / numpy "linear"): for sorted x[0..n-1], p in [0, 100], h = (n-1)·p/100,
 * q = x[floor h] + (h - floor h)·(x[ceil h] - x[floor h]).
 *
 * Percentiles from fewer than PERCENTILE_MIN_SAMPLES values are still reported, but the cell
 * records the sample count (`*_n` metrics / evidence `n`) so a reader can discount them.
 */
import type { Metrics, SampleSketch } from '../types.js';

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
  return sortFloat64(Float64Array.from(values));
}

/** Below this length the engine's sort is as fast as the radix sort and needs no scratch array. */
const RADIX_SORT_MIN = 4096;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Sorts in place, in exactly the order of `Float64Array.prototype.sort()` (numeric, -0 before +0),
 * and returns the array. Large arrays go through an LSD radix sort on the IEEE-754 bits (four
 * 16-bit digits, passes whose digit is the same for every value skipped): ~3× faster than the
 * engine's comparison sort on a million latencies. Arrays holding NaN use the engine's sort.
 */
export function sortFloat64(a: Float64Array): Float64Array {
  const n = a.length;
  if (n < RADIX_SORT_MIN || a.byteOffset % 4 !== 0) return a.sort();
  const words = new Uint32Array(a.buffer, a.byteOffset, n * 2);
  // Little-endian word order: [lo, hi] per value.
  if (!LITTLE_ENDIAN) return a.sort();
  for (let i = 0; i < n; i++) {
    if (a[i] !== a[i]) return a.sort();
  }
  // Keys whose unsigned order is the numeric order: set the sign bit of positives, invert negatives.
  for (let i = 0; i < 2 * n; i += 2) {
    const hi = words[i + 1] as number;
    if (hi >>> 31 === 0) words[i + 1] = (hi | 0x80000000) >>> 0;
    else {
      words[i + 1] = ~hi >>> 0;
      words[i] = ~(words[i] as number) >>> 0;
    }
  }
  let src: Uint32Array = words;
  let dst: Uint32Array = new Uint32Array(2 * n);
  const count = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    count.fill(0);
    for (let i = word; i < 2 * n; i += 2) {
      const d = ((src[i] as number) >>> shift) & 0xffff;
      count[d] = (count[d] as number) + 1;
    }
    if (count[((src[word] as number) >>> shift) & 0xffff] === n) continue; // one digit for all
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d] as number;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < 2 * n; i += 2) {
      const d = ((src[i + word] as number) >>> shift) & 0xffff;
      const at = 2 * (count[d] as number);
      count[d] = (count[d] as number) + 1;
      dst[at] = src[i] as number;
      dst[at + 1] = src[i + 1] as number;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== words) words.set(src);
  for (let i = 0; i < 2 * n; i += 2) {
    const hi = words[i + 1] as number;
    if (hi >>> 31 === 1) words[i + 1] = (hi & 0x7fffffff) >>> 0;
    else {
      words[i + 1] = ~hi >>> 0;
      words[i] = ~(words[i] as number) >>> 0;
    }
  }
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
  if (n <= size) return { n, values: Array.from(sorted) };
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
    return sortFloat64(this.buf.slice(0, this.length));
  }
  /**
   * The values pushed so far, sorted in place (no copy: half the memory of `sorted()` at peak).
   * The column's insertion order is lost; push no more afterwards.
   */
  sortInPlace(): Float64Array {
    return sortFloat64(this.buf.subarray(0, this.length));
  }
  view(): Float64Array {
    return this.buf.subarray(0, this.length);
  }
}

/**
 * Samples kept exactly per column: 2^20 values (8 MiB). Beyond that a column switches to a
 * log-bucket sketch, so memory stays flat however long the run (docs/PERFORMANCE.md).
 */
export const EXACT_SAMPLE_LIMIT = 1 << 20;

/**
 * Relative accuracy of the sketch (DDSketch, Masson et al., VLDB 2019): every percentile read from
 * it lies within ±0.05% of the exact value at that rank.
 */
export const SKETCH_RELATIVE_ACCURACY = 0.0005;

const SKETCH_GAMMA = (1 + SKETCH_RELATIVE_ACCURACY) / (1 - SKETCH_RELATIVE_ACCURACY);
const SKETCH_LN_GAMMA = Math.log(SKETCH_GAMMA);
/** Magnitudes below this count as zero in the sketch (far below any latency we read). */
const SKETCH_MIN_MAGNITUDE = 1e-300;

/** Counts per bucket index of positive magnitudes, dense over the indexes seen. */
class BucketStore {
  private counts = new Float64Array(0);
  private offset = 0;
  add(index: number): void {
    let k = index - this.offset;
    if (this.counts.length === 0) {
      this.counts = new Float64Array(1024);
      this.offset = index - 512;
      k = 512;
    } else if (k < 0 || k >= this.counts.length) {
      const lo = Math.min(this.offset, index);
      const hi = Math.max(this.offset + this.counts.length - 1, index);
      const size = Math.max(this.counts.length * 2, hi - lo + 1024);
      const next = new Float64Array(size);
      const newOffset = lo - ((size - (hi - lo + 1)) >> 1);
      next.set(this.counts, this.offset - newOffset);
      this.counts = next;
      this.offset = newOffset;
      k = index - this.offset;
    }
    this.counts[k] = (this.counts[k] as number) + 1;
  }
  /** Bucket indexes with their counts, ascending by index. */
  *entries(): Iterable<[number, number]> {
    for (let k = 0; k < this.counts.length; k++) {
      const c = this.counts[k] as number;
      if (c > 0) yield [k + this.offset, c];
    }
  }
}

/** Summary statistics, a percentile function and a SampleSketch of one finished column. */
export interface SampleStats {
  summary: Summary;
  sketch: SampleSketch;
  /** True when every percentile is exact; false when read from the relative-error sketch. */
  exact: boolean;
}

/** Stats of a column with no values. */
export const EMPTY_SAMPLE: SampleStats = Object.freeze({
  summary: summarizeSorted(new Float64Array(0)),
  sketch: { n: 0, values: [] },
  exact: true,
});

/**
 * A column of per-request samples (finite numbers) with bounded memory: exact (a growable Float64Array, sorted at
 * the end) up to EXACT_SAMPLE_LIMIT values, then a relative-error sketch fed with every value.
 * n, min and max are always exact; in sketch mode mean and std come from Welford's running sums
 * and each percentile / sketch value is the bucket value at that rank (±SKETCH_RELATIVE_ACCURACY).
 */
export class SampleColumn {
  /** @param exactLimit values kept exactly before the sketch takes over (tests make it small). */
  constructor(private readonly exactLimit = EXACT_SAMPLE_LIMIT) {}
  private exactValues: NumberColumn | null = new NumberColumn();
  private positive: BucketStore | null = null;
  private negative: BucketStore | null = null;
  private zeros = 0;
  private n = 0;
  private mean = 0;
  private m2 = 0;
  private min = Infinity;
  private max = -Infinity;

  get length(): number {
    return this.n;
  }

  push(v: number): void {
    this.n++;
    const d = v - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (v - this.mean);
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    if (this.exactValues !== null) {
      if (this.exactValues.length < this.exactLimit) {
        this.exactValues.push(v);
        return;
      }
      this.toSketch();
    }
    this.addToSketch(v);
  }

  private toSketch(): void {
    const values = (this.exactValues as NumberColumn).view();
    this.exactValues = null;
    this.positive = new BucketStore();
    this.negative = new BucketStore();
    for (let i = 0; i < values.length; i++) this.addToSketch(values[i] as number);
  }

  private addToSketch(v: number): void {
    if (v > SKETCH_MIN_MAGNITUDE) (this.positive as BucketStore).add(Math.ceil(Math.log(v) / SKETCH_LN_GAMMA));
    else if (v < -SKETCH_MIN_MAGNITUDE) (this.negative as BucketStore).add(Math.ceil(Math.log(-v) / SKETCH_LN_GAMMA));
    else this.zeros++;
  }

  /** Finishes the column (push no more afterwards). */
  finish(): SampleStats {
    if (this.exactValues !== null) {
      const sorted = this.exactValues.sortInPlace();
      return { summary: summarizeSorted(sorted), sketch: sketchSorted(sorted), exact: true };
    }
    const order = this.orderStatistic();
    const percentile = (p: number): number => {
      const h = ((this.n - 1) * p) / 100;
      const lo = Math.floor(h);
      const a = order(lo);
      const b = order(Math.ceil(h));
      return a + (h - lo) * (b - a);
    };
    const values: number[] = new Array<number>(SAMPLE_SKETCH_SIZE);
    for (let i = 0; i < SAMPLE_SKETCH_SIZE; i++)
      values[i] = order(Math.round((i * (this.n - 1)) / (SAMPLE_SKETCH_SIZE - 1)));
    return {
      summary: {
        n: this.n,
        mean: this.mean,
        std: Math.sqrt(this.m2 / this.n),
        min: this.min,
        max: this.max,
        p50: percentile(50),
        p90: percentile(90),
        p95: percentile(95),
        p99: percentile(99),
      },
      sketch: { n: this.n, values },
      exact: false,
    };
  }

  /** Value of the order statistic at 0-based rank r, from the sketch (clamped to [min, max]). */
  private orderStatistic(): (r: number) => number {
    // Buckets ascending by value: negatives (largest magnitude first), zeros, positives.
    const bounds: number[] = [];
    const reps: number[] = [];
    let cum = 0;
    const neg = [...(this.negative as BucketStore).entries()].reverse();
    for (const [i, c] of neg) {
      cum += c;
      bounds.push(cum);
      reps.push(-bucketValue(i));
    }
    if (this.zeros > 0) {
      cum += this.zeros;
      bounds.push(cum);
      reps.push(0);
    }
    for (const [i, c] of (this.positive as BucketStore).entries()) {
      cum += c;
      bounds.push(cum);
      reps.push(bucketValue(i));
    }
    return (r) => {
      if (r <= 0) return this.min;
      if (r >= this.n - 1) return this.max;
      let lo = 0;
      let hi = bounds.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((bounds[mid] as number) > r) hi = mid;
        else lo = mid + 1;
      }
      const v = reps[lo] as number;
      return v < this.min ? this.min : v > this.max ? this.max : v;
    };
  }
}

/** The value a bucket stands for: within SKETCH_RELATIVE_ACCURACY of every value it holds. */
function bucketValue(index: number): number {
  return (2 * Math.pow(SKETCH_GAMMA, index)) / (SKETCH_GAMMA + 1);
}

/**
 * Marks a cell whose percentiles came from the relative-error sketch (more than
 * EXACT_SAMPLE_LIMIT samples in a column): `percentiles_relative_error` is the bound. Absent when
 * every percentile is exact.
 */
export function putPercentileAccuracy(metrics: Metrics, cols: readonly SampleStats[]): void {
  if (cols.some((c) => !c.exact)) metrics.percentiles_relative_error = SKETCH_RELATIVE_ACCURACY;
}

/** Pools groups of run-level values (log scale): the within-group variance, and its degrees of freedom. */
export function pooledSpread(groups: readonly (readonly number[])[]): { sd: number; df: number } | null {
  let ss = 0;
  let df = 0;
  for (const g of groups) {
    if (g.length < 2) continue;
    const m = g.reduce((s, x) => s + x, 0) / g.length;
    for (const x of g) ss += (x - m) ** 2;
    df += g.length - 1;
  }
  if (df === 0) return null;
  return { sd: Math.sqrt(ss / df), df };
}
