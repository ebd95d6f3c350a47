/**
 * Run-level statistics for compare (docs/COMPARE.md "Verdicts whose unit is the run"): the
 * Student t distribution (for prediction intervals of a new run from K base runs), a pooled
 * run-to-run spread, and the per-test level that holds a family of correlated one-sided tests at
 * a family-wise level (Hunter's bound on the bivariate normal tail probabilities), used by the
 * multiple-comparison adjustment. Pure and deterministic.
 */
import { erfc } from './stats.js';

/** ln Γ(x), Lanczos approximation (Numerical Recipes `gammln`, relative error < 2e-10). */
function lnGamma(x: number): number {
  const cof = [
    76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155, 0.1208650973866179e-2,
    -0.5395239384953e-5,
  ];
  let y = x;
  const tmp0 = x + 5.5;
  const tmp = tmp0 - (x + 0.5) * Math.log(tmp0);
  let ser = 1.000000000190015;
  for (const c of cof) ser += c / ++y;
  return -tmp + Math.log((2.5066282746310005 * ser) / x);
}

/** Continued fraction of the incomplete beta function (Numerical Recipes `betacf`). */
function betacf(a: number, b: number, x: number): number {
  const MAXIT = 300;
  const EPS = 3e-14;
  const FPMIN = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < FPMIN) d = FPMIN;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAXIT; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const bt = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (bt * betacf(a, b, x)) / a : 1 - (bt * betacf(b, a, 1 - x)) / b;
}

/** Upper tail P(T ≥ t) of Student's t with `df` degrees of freedom. */
export function studentTUpper(t: number, df: number): number {
  if (!Number.isFinite(t)) return t > 0 ? 0 : 1;
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}

const quantileMemo = new Map<string, number>();

/** The quantile t with P(T ≥ t) = p (0 < p < 1), by bisection on studentTUpper (memoised). */
export function studentTQuantileUpper(p: number, df: number): number {
  const key = `${p}|${df}`;
  const hit = quantileMemo.get(key);
  if (hit !== undefined) return hit;
  const v = quantileBisect(p, df);
  if (quantileMemo.size < 4096) quantileMemo.set(key, v);
  return v;
}

function quantileBisect(p: number, df: number): number {
  let lo = -1e3;
  let hi = 1e3;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (studentTUpper(mid, df) > p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
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

/** Upper tail P(Z ≥ z) of the standard normal (from erfc, relative error < 1.2e-7). */
export function normalUpper(z: number): number {
  if (!Number.isFinite(z)) return z > 0 ? 0 : 1;
  const half = 0.5 * erfc(Math.abs(z) / Math.SQRT2);
  return z >= 0 ? half : 1 - half;
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

/** Upper tail P(F ≥ f) of the F distribution with (d1, d2) degrees of freedom. */
export function fUpper(f: number, d1: number, d2: number): number {
  if (!(f > 0)) return 1;
  if (!Number.isFinite(f)) return 0;
  return incompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}
