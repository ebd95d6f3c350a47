/**
 * The jump share of a noise family fitted to a history (noise-prior.ts JUMP; docs/COMPARE.md
 * "Jumps"): how often a run lands outside its cell's own history. Each window is a cell's K ≥ 2
 * earlier runs and the run after them; under the mixture compare uses, that run's change
 * d = head − mean(base) has the density
 *   (1 − π) · t_ν′(d; s′·√(1 + 1/K)) + π · t_ν(d; s·√(1 + 1/K)),
 * the cell's own predictive (ν′ = ν + K − 1, s′² = (ν s² + SS) / ν′) and the family's pooled law
 * (ν, s: the law of the cell's load regime). π is the maximum-likelihood share; it is kept where
 * the likelihood ratio rejects π = 0 at 5% (2.71: the boundary case, half χ²₀ and half χ²₁, Self &
 * Liang 1987), else 0. The truncation at σ_max is left out (it only matters far beyond the data).
 * Pure numbers.
 */
import { studentTPdf } from '../stats/index.js';

/** One window: a cell's earlier runs and the next one (ln values), with its family's law for the cell's regime. */
export interface JumpWindow {
  base: readonly number[];
  head: number;
  nu: number;
  scale: number;
}

export interface JumpFit {
  /** The share kept: π̂ where the likelihood ratio rejects π = 0, else 0. */
  share: number;
  /** The maximum-likelihood π̂ before that test. */
  estimate: number;
  /** 2 · (ℓ(π̂) − ℓ(0)). */
  lr: number;
  windows: number;
}

/** Likelihood ratio beyond which π = 0 is rejected at 5% (π on the boundary of its range). */
export const JUMP_LR_CRITICAL = 2.71;
/** Windows a fit needs (fewer: no fit, the shipped share stays). */
export const JUMP_MIN_WINDOWS = 30;
/** π is looked for in [0, JUMP_MAX]: a "jump" in most runs would be the cell's own spread. */
const JUMP_MAX = 0.5;

/** The two densities of a window's change: the cell's own predictive and the pooled law. */
function densities(w: JumpWindow): [number, number] | null {
  const k = w.base.length;
  if (k < 2 || !(w.nu > 0) || !(w.scale > 0)) return null;
  const mean = w.base.reduce((a, x) => a + x, 0) / k;
  const ss = w.base.reduce((a, x) => a + (x - mean) ** 2, 0);
  const d = w.head - mean;
  const root = Math.sqrt(1 + 1 / k);
  const nuOwn = w.nu + k - 1;
  const own = Math.sqrt((w.nu * w.scale * w.scale + ss) / nuOwn) * root;
  const pooled = w.scale * root;
  const a = studentTPdf(d / own, nuOwn) / own;
  const b = studentTPdf(d / pooled, w.nu) / pooled;
  return Number.isFinite(a) && Number.isFinite(b) && a + b > 0 ? [a, b] : null;
}

/** The jump share of these windows, or null with fewer than JUMP_MIN_WINDOWS usable ones. */
export function fitJumpShare(windows: readonly JumpWindow[]): JumpFit | null {
  const pairs = windows.map(densities).filter((p): p is [number, number] => p !== null);
  if (pairs.length < JUMP_MIN_WINDOWS) return null;
  const ll = (pi: number): number => pairs.reduce((s, [a, b]) => s + Math.log((1 - pi) * a + pi * b), 0);
  // ℓ(π) is concave (a sum of logs of functions linear in π): its derivative decreases, so its
  // root in [0, JUMP_MAX] (or the end it points to) is found by bisection.
  const slope = (pi: number): number => pairs.reduce((s, [a, b]) => s + (b - a) / ((1 - pi) * a + pi * b), 0);
  let pi = 0;
  if (slope(0) > 0) {
    if (slope(JUMP_MAX) >= 0) pi = JUMP_MAX;
    else {
      let lo = 0;
      let hi = JUMP_MAX;
      for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (slope(mid) > 0) lo = mid;
        else hi = mid;
      }
      pi = (lo + hi) / 2;
    }
  }
  const lr = Math.max(0, 2 * (ll(pi) - ll(0)));
  return { share: lr > JUMP_LR_CRITICAL ? pi : 0, estimate: pi, lr, windows: pairs.length };
}
