/**
 * Bounded-memory sample columns: the radix sort agrees with the engine's sort, a column within its
 * exact limit gives exactly summarizeSorted + sketchSorted, and past it every percentile and sketch
 * value stays within the stated relative error of the exact one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 as rng } from '../../src/core/compare/stats.js';
import {
  NumberColumn,
  putPercentileAccuracy,
  SKETCH_RELATIVE_ACCURACY,
  SampleColumn,
  percentileSorted,
  sketchSorted,
  sortFloat64,
  summarizeSorted,
} from '../../src/core/stats.js';

describe('sortFloat64', () => {
  it('orders exactly as Float64Array.prototype.sort (-0 before +0, ±Infinity, subnormals)', () => {
    const special = fc.constantFrom(0, -0, Infinity, -Infinity, 5e-324, -5e-324, Number.MAX_VALUE, 1, -1);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true }), special), { minLength: 4096, maxLength: 9000 }),
        (values) => {
          const a = Float64Array.from(values);
          const b = Float64Array.from(values).sort();
          sortFloat64(a);
          for (let i = 0; i < a.length; i++) expect(Object.is(a[i], b[i])).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('falls back to the engine sort when NaN is present, and sorts subarrays in place', () => {
    const r = rng(3);
    const base = Float64Array.from({ length: 10000 }, () => r() * 100 - 50);
    base[17] = NaN;
    const a = base.slice();
    sortFloat64(a);
    expect(Array.from(a)).toEqual(Array.from(base.slice().sort()));
    const big = Float64Array.from({ length: 20000 }, () => r());
    const view = big.subarray(1000, 15000);
    const want = view.slice().sort();
    expect(sortFloat64(view)).toBe(view);
    expect(Array.from(view)).toEqual(Array.from(want));
  });
});

describe('SampleColumn', () => {
  it('within the exact limit gives exactly summarizeSorted and sketchSorted', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 3000 }), (values) => {
        const col = new SampleColumn(5000);
        const ref = new NumberColumn();
        for (const v of values) {
          col.push(v);
          ref.push(v);
        }
        const sorted = ref.sorted();
        const got = col.finish();
        expect(got.exact).toBe(true);
        expect(got.summary).toEqual(summarizeSorted(sorted));
        expect(got.sketch).toEqual(sketchSorted(sorted));
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['lognormal latencies', (r: () => number) => Math.exp(Math.log(0.5) + 0.8 * gauss(r))],
    ['uniform with zeros and negatives', (r: () => number) => (r() < 0.05 ? 0 : r() * 200 - 50)],
    ['heavy tail', (r: () => number) => 0.01 / Math.pow(r() + 1e-9, 1.5)],
  ])('past the limit, %s: percentiles and sketch within the relative error, n/min/max exact', (_, draw) => {
    const r = rng(11);
    const limit = 2000;
    const n = 60000;
    const col = new SampleColumn(limit);
    const ref = new NumberColumn();
    for (let i = 0; i < n; i++) {
      const v = draw(r);
      col.push(v);
      ref.push(v);
    }
    const sorted = ref.sorted();
    const exact = summarizeSorted(sorted);
    const got = col.finish();
    expect(got.exact).toBe(false);
    expect(got.summary.n).toBe(n);
    expect(got.summary.min).toBe(exact.min);
    expect(got.summary.max).toBe(exact.max);
    expect(got.summary.mean).toBeCloseTo(exact.mean as number, 9);
    expect(got.summary.std).toBeCloseTo(exact.std as number, 9);
    const tol = (x: number): number => SKETCH_RELATIVE_ACCURACY * Math.abs(x) * (1 + 1e-12) + 1e-300;
    for (const p of ['p50', 'p90', 'p95', 'p99'] as const) {
      const want = exact[p] as number;
      // Interpolated between two order statistics, each within the bound: within the larger bound.
      const h = ((n - 1) * Number(p.slice(1))) / 100;
      const bound = Math.max(tol(sorted[Math.floor(h)] as number), tol(sorted[Math.ceil(h)] as number));
      expect(Math.abs((got.summary[p] as number) - want)).toBeLessThanOrEqual(bound);
    }
    const want = sketchSorted(sorted);
    expect(got.sketch.n).toBe(n);
    expect(got.sketch.values).toHaveLength(want.values.length);
    got.sketch.values.forEach((v, i) => {
      const w = want.values[i] as number;
      expect(Math.abs(v - w)).toBeLessThanOrEqual(tol(w));
    });
    // Ascending, as a sketch must be.
    for (let i = 1; i < got.sketch.values.length; i++)
      expect(got.sketch.values[i] as number).toBeGreaterThanOrEqual(got.sketch.values[i - 1] as number);
    expect(percentileSorted(got.sketch.values, 0)).toBe(exact.min);
  });
});

describe('putPercentileAccuracy', () => {
  it('states the bound only when a column left exact mode', () => {
    const exact = new SampleColumn(10);
    const sketched = new SampleColumn(10);
    for (let i = 1; i <= 11; i++) {
      if (i <= 10) exact.push(i);
      sketched.push(i);
    }
    const a = exact.finish();
    const b = sketched.finish();
    const m1: Record<string, number> = {};
    putPercentileAccuracy(m1, [a, a]);
    expect(m1).toEqual({});
    const m2: Record<string, number> = {};
    putPercentileAccuracy(m2, [a, b]);
    expect(m2).toEqual({ percentiles_relative_error: SKETCH_RELATIVE_ACCURACY });
  });
});

function gauss(r: () => number): number {
  return Math.sqrt(-2 * Math.log(r() + 1e-12)) * Math.cos(2 * Math.PI * r());
}
