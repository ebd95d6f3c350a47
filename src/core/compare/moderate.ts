/**
 * Empirical-Bayes noise law of one metric from the compare's own cells (docs/COMPARE.md "Noise
 * per cell"): when enough cells have repeated runs, the scaled inverse-χ² law of their run-to-run
 * variances is fitted to them (Smyth 2004, limma's fitFDist: method of moments on the log
 * variances), so that cells with truly alike noise borrow strength from each other (a large ν₀)
 * while cells whose noise differs widely keep their own (a small ν₀). The shipped prior
 * (noise-prior.ts) stays the floor of the tails: the fitted ν₀ never exceeds MAX_NU0, and the
 * fitted scale never falls below the shipped scale of the cell's family and regime times the
 * smallest deployment factor.
 */

/** Cells with own degrees of freedom needed before the law is fitted from the compare. */
export const MODERATE_MIN_CELLS = 8;
/** Largest prior degrees of freedom a fit may give (about a pooled spread over 30 runs). */
export const MAX_NU0 = 30;

export { digamma, tetragamma, trigamma, trigammaInverse } from '../stats/polygamma.js';
import { digamma, trigamma, trigammaInverse } from '../stats/polygamma.js';

/** A fitted law: σ² ~ Scale-Inv-χ²(nu0, scale²). */
export interface FittedLaw {
  nu0: number;
  scale: number;
  cells: number;
}

/**
 * Fits the law to sample variances `v[i]` on `df[i]` degrees of freedom (each df ≥ 1, v > 0),
 * or null with fewer than MODERATE_MIN_CELLS of them. ν₀ = 2·ψ′⁻¹(var(e) − mean ψ′(df/2)) with
 * e = ln v − ψ(df/2) + ln(df/2); when that is ≤ 0 the variances are as alike as a common σ would
 * make them (ν₀ = MAX_NU0).
 */
export function fitVarianceLaw(v: readonly number[], df: readonly number[]): FittedLaw | null {
  const e: number[] = [];
  let triMean = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] as number;
    const d = df[i] as number;
    if (!(x > 0) || !(d >= 1) || !Number.isFinite(x)) continue;
    e.push(Math.log(x) - digamma(d / 2) + Math.log(d / 2));
    triMean += trigamma(d / 2);
  }
  const n = e.length;
  if (n < MODERATE_MIN_CELLS) return null;
  triMean /= n;
  const mean = e.reduce((a, x) => a + x, 0) / n;
  const varE = e.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1);
  const excess = varE - triMean;
  let nu0 = MAX_NU0;
  if (excess > 0) nu0 = Math.min(MAX_NU0, 2 * trigammaInverse(excess));
  const scale2 = Math.exp(mean + digamma(nu0 / 2) - Math.log(nu0 / 2));
  return { nu0, scale: Math.sqrt(scale2), cells: n };
}

/**
 * The scale of the law for a given ν₀, from sample variances (the same moments as
 * fitVarianceLaw, ν₀ held: scale² = exp(mean e + ψ(ν₀/2) − ln(ν₀/2))), or null with none.
 * For histories of small sweeps, too few cells to estimate ν₀ itself.
 */
export function fitScale(v: readonly number[], df: readonly number[], nu0: number): number | null {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] as number;
    const d = df[i] as number;
    if (!(x > 0) || !(d >= 1) || !Number.isFinite(x)) continue;
    sum += Math.log(x) - digamma(d / 2) + Math.log(d / 2);
    n++;
  }
  if (n === 0) return null;
  return Math.sqrt(Math.exp(sum / n + digamma(nu0 / 2) - Math.log(nu0 / 2)));
}
