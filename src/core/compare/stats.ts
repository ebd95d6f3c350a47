/**
 * Statistics for compare: the Mann-Whitney U test (tie-corrected normal approximation), a
 * percentile bootstrap of a quantile difference, Benjamini-Hochberg adjustment, and a seeded
 * PRNG. Pure and deterministic: same input and seed, same numbers.
 *
 * Inputs are SampleSketches (src/core/stats.ts): sorted order statistics of the real samples,
 * all of them when n ≤ 1001, else 1001 evenly spaced ones plus the true n. See docs/COMPARE.md.
 */
import { percentileSorted } from '../stats.js';
import type { SampleSketch } from '../types.js';

/**
 * Complementary error function, Numerical Recipes `erfcc` (Press et al., Numerical Recipes in C,
 * 2nd ed., §6.2): Chebyshev fit with fractional error below 1.2e-7 everywhere, so tail
 * p-values stay accurate in relative terms (needed for Benjamini-Hochberg over many cells).
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const ans =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? ans : 2 - ans;
}

/** Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|) = erfc(|z|/√2). */
export function twoSidedNormalP(z: number): number {
  if (!Number.isFinite(z)) return Number.isNaN(z) ? 1 : 0;
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

export interface MannWhitneyResult {
  /** U of the head sample (pairs head > base, ties count ½), scaled to the true sample sizes. */
  u: number;
  /** U / (n_base · n_head): P(head > base) + ½ P(tie). 0.5 = no shift. */
  auc: number;
  z: number;
  p_value: number;
  n_base: number;
  n_head: number;
  /** True when a sketch (not all samples) stood in for one side. */
  approximate: boolean;
}

/**
 * Mann-Whitney U test, two-sided, normal approximation with tie correction and continuity
 * correction (as R `wilcox.test(exact = FALSE, correct = TRUE)` and SciPy
 * `mannwhitneyu(method="asymptotic")`):
 *
 *   U_h = R_h − m_h(m_h+1)/2 (R_h = rank sum of head, mid-ranks for ties)
 *   σ²  = n_b·n_h·(N+1)/12 · (1 − Σ(t³−t)/(M³−M)),  N = n_b + n_h, M = sketch sizes summed
 *   z   = (|U − n_b·n_h/2| − ½)⁺ · sign / σ,  p = 2·(1 − Φ(|z|))
 *
 * When a sketch holds fewer values than the true n, U is estimated as AUC·n_b·n_h (the AUC of
 * the sketches approximates the sample AUC to about 1/1000) and σ uses the true n; the tie
 * factor is a fraction of the sketch, which a sketch preserves. With all samples present this is
 * exactly the textbook formula. Returns null when a side is empty or holds NaN.
 */
export function mannWhitney(base: SampleSketch, head: SampleSketch): MannWhitneyResult | null {
  const a = base.values;
  const b = head.values;
  const ma = a.length;
  const mb = b.length;
  if (ma === 0 || mb === 0) return null;
  const nb = Math.max(base.n, ma);
  const nh = Math.max(head.n, mb);
  // Merge the two sorted arrays, assigning mid-ranks to tie groups.
  let i = 0;
  let j = 0;
  let rank = 0;
  let rHead = 0;
  let tieSum = 0;
  while (i < ma || j < mb) {
    const va = i < ma ? (a[i] as number) : Infinity;
    const vb = j < mb ? (b[j] as number) : Infinity;
    const v = Math.min(va, vb);
    let ca = 0;
    let cb = 0;
    while (i < ma && (a[i] as number) === v) {
      ca++;
      i++;
    }
    while (j < mb && (b[j] as number) === v) {
      cb++;
      j++;
    }
    const t = ca + cb;
    // NaN (or an unsorted array) matches nothing: stop rather than loop forever; callers pass
    // cleaned, sorted sketches, so this only guards against misuse.
    if (t === 0) return null;
    const mid = rank + (t + 1) / 2;
    rHead += cb * mid;
    if (t > 1) tieSum += t * t * t - t;
    rank += t;
  }
  const uSketch = rHead - (mb * (mb + 1)) / 2;
  const auc = uSketch / (ma * mb);
  const approximate = nb !== ma || nh !== mb;
  const u = approximate ? auc * nb * nh : uSketch;
  const M = ma + mb;
  const N = nb + nh;
  const tieFactor = M > 1 ? 1 - tieSum / (M * M * M - M) : 0;
  const variance = ((nb * nh * (N + 1)) / 12) * tieFactor;
  if (!(variance > 0)) return { u, auc, z: 0, p_value: 1, n_base: nb, n_head: nh, approximate };
  const d = u - (nb * nh) / 2;
  const z = (Math.sign(d) * Math.max(0, Math.abs(d) - 0.5)) / Math.sqrt(variance);
  return { u, auc, z, p_value: twoSidedNormalP(z), n_base: nb, n_head: nh, approximate };
}

/**
 * Benjamini-Hochberg adjusted p-values (q-values), in input order:
 * q_(i) = min_{j ≥ i} ( m · p_(j) / j ), capped at 1 (Benjamini & Hochberg 1995). Rejecting
 * q ≤ α controls the false discovery rate at α for independent (or positively dependent) tests.
 * Ties in p are ordered by input index so the result is deterministic.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues
    .map((p, idx) => ({ p: Number.isFinite(p) ? p : 1, idx }))
    .sort((x, y) => x.p - y.p || x.idx - y.idx);
  const q = new Array<number>(m).fill(1);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const o = order[k] as { p: number; idx: number };
    running = Math.min(running, (o.p * m) / (k + 1));
    q[o.idx] = Math.min(1, running);
  }
  return q;
}

/** 32-bit FNV-1a hash of a string (for deriving per-test PRNG streams from a seed). */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A statistic of one sorted sample: a percentile (0–100) or the mean. */
export type SampleStat = { kind: 'percentile'; p: number } | { kind: 'mean' };

export function statOfSorted(sorted: ArrayLike<number>, stat: SampleStat): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  if (stat.kind === 'percentile') return percentileSorted(sorted, stat.p);
  let s = 0;
  for (let k = 0; k < n; k++) s += sorted[k] as number;
  return s / n;
}

export interface BootstrapResult {
  /** stat(head) − stat(base) on the original samples. */
  difference: number;
  /** Percentile interval of the difference at level 1 − alpha. */
  interval: [number, number];
  /** Two-sided percentile-bootstrap p-value: 2·min(#{d* ≤ 0}+1, #{d* ≥ 0}+1)/(B+1), capped at 1. */
  p_value: number;
  iterations: number;
}

/**
 * Percentile bootstrap of stat(head) − stat(base) (Efron & Tibshirani, An Introduction to the
 * Bootstrap, 1993, ch. 13 and §16.4 for the test): each iteration resamples every side with
 * replacement (as many draws as the sketch holds; a compressed sketch therefore gives a wider,
 * conservative interval), recomputes the statistic, and records the difference.
 */
export function bootstrapDifference(
  base: SampleSketch,
  head: SampleSketch,
  stat: SampleStat,
  iterations: number,
  alpha: number,
  random: () => number,
): BootstrapResult | null {
  const a = base.values;
  const b = head.values;
  if (a.length === 0 || b.length === 0) return null;
  const d0 = (statOfSorted(b, stat) as number) - (statOfSorted(a, stat) as number);
  const diffs = new Float64Array(iterations);
  const bufA = new Float64Array(a.length);
  const bufB = new Float64Array(b.length);
  const draw = (src: readonly number[], buf: Float64Array): number => {
    for (let k = 0; k < buf.length; k++) buf[k] = src[Math.floor(random() * src.length)] as number;
    buf.sort();
    return statOfSorted(buf, stat) as number;
  };
  let le = 0;
  let ge = 0;
  for (let it = 0; it < iterations; it++) {
    const d = draw(b, bufB) - draw(a, bufA);
    diffs[it] = d;
    if (d <= 0) le++;
    if (d >= 0) ge++;
  }
  diffs.sort();
  const lo = percentileSorted(diffs, (100 * alpha) / 2) as number;
  const hi = percentileSorted(diffs, 100 * (1 - alpha / 2)) as number;
  const p = Math.min(1, (2 * (Math.min(le, ge) + 1)) / (iterations + 1));
  return { difference: d0, interval: [lo, hi], p_value: p, iterations };
}
