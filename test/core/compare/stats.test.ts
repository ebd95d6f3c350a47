import { describe, expect, it } from 'vitest';
import { wilcoxonRankSum, cumulativeStdNormalProbability } from 'simple-statistics';
import {
  benjaminiHochberg,
  bootstrapDifference,
  erfc,
  hash32,
  mannWhitney,
  mulberry32,
  twoSidedNormalP,
} from '../../../src/core/compare/stats.js';
import { sketchSorted } from '../../../src/core/stats.js';
import { sketchOf } from '../../helpers/reports.js';

describe('erfc', () => {
  // Reference values: erfc(0.5) = 0.4795001221869535, erfc(3) = 2.209049699858544e-05,
  // erfc(-1) = 2 - erfc(1) = 1.8427007929497148 (Abramowitz & Stegun table 7.1 / SciPy).
  it.each([
    [0.5, 0.4795001221869535],
    [3, 2.209049699858544e-5],
    [-1, 1.8427007929497148],
    [0, 1],
  ])('erfc(%s) ≈ %s within 1.2e-7 relative', (x, want) => {
    expect(Math.abs(erfc(x) - want) / want).toBeLessThan(1.2e-7);
  });

  it('two-sided p agrees with simple-statistics where its table is exact (z = 1.96)', () => {
    // 2·(1 − Φ(1.96)) = 0.0499958; simple-statistics tabulates Φ at two decimals.
    expect(twoSidedNormalP(1.96)).toBeCloseTo(2 * (1 - cumulativeStdNormalProbability(1.96)), 4);
    expect(twoSidedNormalP(0)).toBe(1);
    expect(twoSidedNormalP(Number.NaN)).toBe(1);
  });
});

describe('mannWhitney', () => {
  it('matches the hand-computed tie-corrected statistic', () => {
    // base 1..5, head 3..8. Mid-ranks: 1,2 | 3,3 → 3.5 | 4,4 → 5.5 | 5,5 → 7.5 | 6 → 9, 7 → 10, 8 → 11.
    // R_head = 3.5+5.5+7.5+9+10+11 = 46.5; U_head = 46.5 − 6·7/2 = 25.5; mean 5·6/2 = 15.
    // Ties: three pairs, Σ(t³−t) = 18; σ² = 5·6·12/12·(1 − 18/(11³−11)) = 29.5909.
    // z = (10.5 − 0.5)/√29.5909 = 1.83832; p = 2(1 − Φ(z)) = 0.066015 (SciPy mannwhitneyu asymptotic: 0.066015431521231).
    const r = mannWhitney(sketchOf([1, 2, 3, 4, 5]), sketchOf([3, 4, 5, 6, 7, 8]));
    expect(r).not.toBeNull();
    expect(r?.u).toBe(25.5);
    expect(r?.auc).toBeCloseTo(25.5 / 30, 12);
    expect(r?.z).toBeCloseTo(1.83832, 4);
    expect(r?.p_value).toBeCloseTo(0.066015431521231, 6);
    expect(r?.approximate).toBe(false);
  });

  it('rank sum agrees with simple-statistics wilcoxonRankSum', () => {
    const a = [0.3, 0.1, 0.7, 0.7, 0.2, 0.9];
    const b = [0.5, 0.7, 0.8, 0.1, 1.2];
    const r = mannWhitney(sketchOf(a), sketchOf(b));
    // wilcoxonRankSum(x, y) is the rank sum of x; U_head = R_head − m(m+1)/2.
    expect(r?.u).toBeCloseTo(wilcoxonRankSum(b, a) - (5 * 6) / 2, 12);
  });

  it('identical samples give p = 1, all-tied samples give p = 1', () => {
    expect(mannWhitney(sketchOf([1, 2, 3]), sketchOf([1, 2, 3]))?.p_value).toBe(1);
    expect(mannWhitney(sketchOf([2, 2, 2]), sketchOf([2, 2]))?.p_value).toBe(1);
  });

  it('NaN in a sketch gives null instead of hanging', () => {
    expect(mannWhitney(sketchOf([1, 2]), { n: 2, values: [Number.NaN, 3] })).toBeNull();
  });

  it('empty side gives null', () => {
    expect(mannWhitney({ n: 0, values: [] }, sketchOf([1]))).toBeNull();
  });

  it('a compressed sketch uses the true n: same AUC, larger |z|', () => {
    const rnd = mulberry32(3);
    const xs = Float64Array.from({ length: 5000 }, () => rnd()).sort();
    const ys = Float64Array.from({ length: 5000 }, () => rnd() + 0.05).sort();
    const full = mannWhitney({ n: 5000, values: Array.from(xs) }, { n: 5000, values: Array.from(ys) });
    const sk = mannWhitney(sketchSorted(xs), sketchSorted(ys));
    expect(sk?.approximate).toBe(true);
    expect(sk?.n_base).toBe(5000);
    // The sketch AUC is within 1/500 of the full-sample AUC, so z agrees to a few percent.
    expect(Math.abs((sk?.auc ?? 0) - (full?.auc ?? 1))).toBeLessThan(0.002);
    expect(Math.abs((sk?.z ?? 0) / (full?.z ?? 1) - 1)).toBeLessThan(0.05);
  });
});

describe('benjaminiHochberg', () => {
  it('matches the hand computation', () => {
    // Sorted p: .005 .01 .03 .04 .5 (m = 5); m·p/i = .025 .025 .05 .05 .5; running min from the top.
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.5]);
    [0.025, 0.05, 0.05, 0.025, 0.5].forEach((want, i) => expect(q[i]).toBeCloseTo(want, 12));
  });
  it('empty input and NaN', () => {
    expect(benjaminiHochberg([])).toEqual([]);
    const q = benjaminiHochberg([Number.NaN, 0.01]);
    expect(q[0]).toBe(1);
    expect(q[1]).toBeCloseTo(0.02, 12);
  });
});

describe('PRNG and bootstrap', () => {
  it('mulberry32 is deterministic per seed; hash32 is FNV-1a', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    // FNV-1a 32-bit of "a" = 0xe40c292c (reference value of the FNV spec test suite).
    expect(hash32('a')).toBe(0xe40c292c);
  });

  it('bootstrap interval covers the true median shift and excludes 0 for a clear shift', () => {
    const rnd = mulberry32(11);
    const base = sketchOf(Array.from({ length: 300 }, () => 1 + rnd()));
    const head = sketchOf(Array.from({ length: 300 }, () => 1.5 + rnd()));
    const r = bootstrapDifference(base, head, { kind: 'percentile', p: 50 }, 500, 0.05, mulberry32(1));
    expect(r).not.toBeNull();
    // True shift 0.5 (uniform(1,2) vs uniform(1.5,2.5)); the interval brackets the observed
    // difference, which is within 0.15 of the truth for 300 samples per side, and excludes 0.
    expect(Math.abs((r?.difference ?? 0) - 0.5)).toBeLessThan(0.15);
    expect(r?.interval[0]).toBeLessThan(r?.difference ?? 0);
    expect(r?.interval[1]).toBeGreaterThan(r?.difference ?? 0);
    expect(r?.interval[0]).toBeGreaterThan(0);
    // Every resampled difference is > 0, so p = 2·(0+1)/(500+1).
    expect(r?.p_value).toBeCloseTo(2 / 501, 10);
    const again = bootstrapDifference(base, head, { kind: 'percentile', p: 50 }, 500, 0.05, mulberry32(1));
    expect(again).toEqual(r);
  });
});
