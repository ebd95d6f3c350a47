/**
 * Two-sample tests on SampleSketches: the Mann-Whitney U test (tie-corrected normal
 * approximation) and a percentile bootstrap of a statistic's difference. Pure and deterministic:
 * same input and random stream, same numbers.
 *
 * Inputs are SampleSketches (./sample.ts): sorted order statistics of the real samples, all of
 * them when n ≤ 1001, else 1001 evenly spaced ones plus the true n. See docs/COMPARE.md.
 */
import type { SampleSketch } from '../types.js';
import { twoSidedNormalP } from './distributions.js';
import { percentileSorted } from './sample.js';

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
