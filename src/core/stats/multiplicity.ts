/**
 * Multiplicity: Benjamini-Hochberg q-values (false discovery rate over many cells), and the
 * per-test level that holds a family of correlated one-sided or two-sided tests at a family-wise
 * level (Hunter's bound on bivariate normal tail probabilities). Pure and deterministic.
 */
import { normalUpper } from './distributions.js';

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

/**
 * P(Z₁ ≥ c, Z₂ ≥ c) of a standard bivariate normal with correlation ρ, by Plackett's identity
 * ∂P/∂ρ = φ₂(c, c; ρ) integrated from 0 with r = sin θ (smooth even as ρ → ±1):
 * P = Φ̄(c)² + (1/2π) ∫₀^{asin ρ} exp(−c² / (1 + sin θ)) dθ (composite Simpson, 64 panels).
 */
export function bivariateNormalUpper(c: number, rho: number): number {
  const r = Math.max(-1, Math.min(1, rho));
  const top = Math.asin(r);
  const f = (th: number): number => {
    const s = 1 + Math.sin(th);
    return s <= 0 ? 0 : Math.exp((-c * c) / s);
  };
  const n = 64;
  const h = top / n;
  let sum = f(0) + f(top);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(i * h);
  const p = normalUpper(c) ** 2 + ((h / 3) * sum) / (2 * Math.PI);
  return Math.max(0, Math.min(normalUpper(c), p));
}

/**
 * Hunter's (1976) upper bound on P(∪ᵢ {Zᵢ ≥ c}) (one-sided) or P(∪ᵢ {|Zᵢ| ≥ c}) (two-sided) for
 * standard normals with correlation matrix R: Σ P(single) − Σ over a maximum spanning tree (by
 * |ρ|) of P(pair). Valid for any joint law with these bivariate margins (a sharpened Bonferroni),
 * and tight when the tests are strongly correlated.
 */
export function hunterUnionBound(c: number, correlation: readonly (readonly number[])[], twoSided = false): number {
  const m = correlation.length;
  if (m === 0) return 0;
  const p1 = twoSided ? 2 * normalUpper(c) : normalUpper(c);
  const pair = (r: number): number =>
    twoSided ? 2 * (bivariateNormalUpper(c, r) + bivariateNormalUpper(c, -r)) : bivariateNormalUpper(c, r);
  const weight = (i: number, j: number): number => {
    const r = correlation[i]?.[j] ?? 0;
    return twoSided ? Math.abs(r) : r;
  };
  // Prim's algorithm on the pairwise joint probabilities (monotone in the weight).
  const inTree = new Array<boolean>(m).fill(false);
  const best = new Array<number>(m).fill(-Infinity);
  inTree[0] = true;
  for (let j = 1; j < m; j++) best[j] = weight(0, j);
  let joint = 0;
  for (let step = 1; step < m; step++) {
    let k = -1;
    for (let j = 0; j < m; j++) if (!inTree[j] && (k < 0 || (best[j] as number) > (best[k] as number))) k = j;
    inTree[k] = true;
    joint += pair(best[k] as number);
    for (let j = 0; j < m; j++) if (!inTree[j]) best[j] = Math.max(best[j] as number, weight(k, j));
  }
  return Math.min(1, m * p1 - joint);
}

/**
 * Per-test level p* (one-sided, or two-sided) that holds a family of correlated tests with
 * correlation matrix R at `alpha`: the c with hunterUnionBound(c, R) = alpha, p* = P(single ≥ c).
 * Between alpha / m (Bonferroni, independent) and alpha (one test, or all perfectly correlated).
 */
export function familyTestLevel(correlation: readonly (readonly number[])[], alpha: number, twoSided = false): number {
  const m = correlation.length;
  if (m <= 1) return alpha;
  let lo = 0;
  let hi = 40;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (hunterUnionBound(mid, correlation, twoSided) > alpha) lo = mid;
    else hi = mid;
  }
  const single = twoSided ? 2 * normalUpper(hi) : normalUpper(hi);
  return Math.max(alpha / m, Math.min(alpha, single));
}
