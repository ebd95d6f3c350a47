/**
 * Run-level statistics for compare (docs/COMPARE.md "Verdicts whose unit is the run"): the
 * Student t distribution (for prediction intervals of a new run from K base runs), a pooled
 * run-to-run spread, and the effective number of independent tests of correlated metrics
 * (Li & Ji 2005) used by the multiple-comparison adjustment. Pure and deterministic.
 */

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

/** Eigenvalues of a symmetric matrix (cyclic Jacobi rotations; small matrices only). */
export function symmetricEigenvalues(matrix: readonly (readonly number[])[]): number[] {
  const n = matrix.length;
  const a = matrix.map((row) => [...row]);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += (a[i]?.[j] ?? 0) ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = (a[p] as number[])[q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const app = (a[p] as number[])[p] as number;
        const aqq = (a[q] as number[])[q] as number;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = (a[k] as number[])[p] as number;
          const akq = (a[k] as number[])[q] as number;
          (a[k] as number[])[p] = c * akp - s * akq;
          (a[k] as number[])[q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = (a[p] as number[])[k] as number;
          const aqk = (a[q] as number[])[k] as number;
          (a[p] as number[])[k] = c * apk - s * aqk;
          (a[q] as number[])[k] = s * apk + c * aqk;
        }
      }
    }
  }
  return a.map((row, i) => row[i] as number);
}

/**
 * Effective number of independent tests among m correlated ones (Galwey 2009, Genet. Epidemiol.
 * 33:559): M_eff = (Σ √λ_i)² / Σ λ_i over the non-negative eigenvalues of their correlation
 * matrix. m independent tests give m; m perfectly correlated ones give 1.
 */
export function effectiveTests(correlation: readonly (readonly number[])[]): number {
  const m = correlation.length;
  if (m <= 1) return m;
  let sr = 0;
  let sl = 0;
  for (const l of symmetricEigenvalues(correlation)) {
    const x = Math.max(0, l);
    sr += Math.sqrt(x);
    sl += x;
  }
  if (!(sl > 0)) return m;
  return Math.min(m, Math.max(1, (sr * sr) / sl));
}

/**
 * Benjamini-Hochberg with an effective number of tests `mEff` in place of the count:
 * q_(i) = min_{j ≥ i} min(1, mEff · p_(j) / j), never below p_(i).
 */
export function benjaminiHochbergEffective(ps: readonly number[], mEff: number): number[] {
  const n = ps.length;
  const order = ps.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out = new Array<number>(n).fill(1);
  let run = 1;
  for (let k = n - 1; k >= 0; k--) {
    const [p, i] = order[k] as readonly [number, number];
    run = Math.min(run, Math.min(1, (mEff * p) / (k + 1)));
    out[i] = Math.max(p, run);
  }
  return out;
}

/** Bonferroni with an effective number of tests: q = min(1, mEff · p) (family-wise, per direction). */
export function bonferroniEffective(ps: readonly number[], mEff: number): number[] {
  return ps.map((p) => Math.min(1, Math.max(p, p * mEff)));
}
