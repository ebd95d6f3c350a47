/**
 * Distributions: the standard normal, Student's t (upper tail, cdf, two-sided p, quantile, and a
 * location-scale form), the F upper tail, and the special functions under them (erfc, ln Γ, the
 * regularized incomplete beta). Pure and deterministic.
 *
 * Our own code at run time, @stdlib as the test oracle: the bundle stays small and the numerics
 * carry no runtime dependency, while test/core/stats/oracle.test.ts checks every function here
 * against the @stdlib packages (devDependencies only) over a grid. Worst errors measured there
 * (relative unless said otherwise; tails are compared in relative terms, down to 1e-300):
 *
 *   erfc, normalUpper          1.1e-7 (Numerical Recipes `erfcc`, bound 1.2e-7)
 *   lnGamma                    1.8e-10 absolute for x ≤ 1e3, 3e-14 relative beyond (NR `gammln`)
 *   incompleteBeta             6.8e-11 (a, b in [0.25, 100]; the ln Γ prefactor bounds it)
 *   studentTUpper, two-sided   3.4e-12 (df 0.5 to 200, |t| from 1e-3 into the far tail)
 *   fUpper                     1.9e-11 (d1, d2 from 0.7 to 200)
 *   studentTQuantileUpper      1.2e-12 (df 0.5 to 200, p from 1e-12 to 1 − 1e-12; 1e-13 for p
 *                              from ½ − 0.1 to ½ − 1e-15 against closed forms): the root of
 *                              studentTUpper to the last bit, so about the tail's relative error
 *                              divided by |d ln P / d ln t|
 */

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

/** Upper tail P(Z ≥ z) of the standard normal (from erfc, relative error < 1.2e-7). */
export function normalUpper(z: number): number {
  if (!Number.isFinite(z)) return z > 0 ? 0 : 1;
  const half = 0.5 * erfc(Math.abs(z) / Math.SQRT2);
  return z >= 0 ? half : 1 - half;
}

/** ln Γ(x) for x > 0, Lanczos approximation (Numerical Recipes `gammln`, error < 2e-10). */
export function lnGamma(x: number): number {
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

/** Regularized incomplete beta I_x(a, b) (a, b > 0). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return incompleteBetaPair(x, 1 - x, Math.log(x), Math.log(1 - x), a, b);
}

/**
 * I_x(a, b) given x, y = 1 − x and their logarithms, each computed by the caller without
 * cancellation (0 < x < 1): the complement branch then uses y as given rather than 1 − x, which
 * keeps I accurate when x is within rounding of 1.
 */
function incompleteBetaPair(x: number, y: number, lnx: number, lny: number, a: number, b: number): number {
  const bt = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * lnx + b * lny);
  return x < (a + 1) / (a + b + 2) ? (bt * betacf(a, b, x)) / a : 1 - (bt * betacf(b, a, y)) / b;
}

/**
 * Upper tail P(T ≥ t) of Student's t with `df` > 0 degrees of freedom (any real df; df = ∞ is the
 * normal): ½ I_x(df/2, ½) with x = df/(df + t²). x, 1 − x and their logarithms are formed from
 * r = df/t² (or its inverse, whichever is ≤ 1) without cancellation or overflow, so the tail is
 * accurate in relative terms however far out (t² beyond the double range included, for df < 1)
 * and near t = 0 alike. NaN when df is not > 0.
 */
export function studentTUpper(t: number, df: number): number {
  if (!Number.isFinite(t)) return t > 0 ? 0 : 1;
  if (!(df > 0)) return NaN;
  if (df === Infinity) return normalUpper(t);
  const at = Math.abs(t);
  const tail = at === 0 ? 0.5 : 0.5 * tBeta(at, df);
  return t >= 0 ? tail : 1 - tail;
}

/** I_x(df/2, ½) at x = df/(df + t²), t > 0: twice the upper tail. */
function tBeta(at: number, df: number): number {
  const lnDf = Math.log(df);
  const lnT2 = 2 * Math.log(at);
  if (at * at > df) {
    const r = df / at / at; // < 1; may underflow to 0, the logs below stay exact
    const l = Math.log1p(r);
    return incompleteBetaPair(r / (1 + r), 1 / (1 + r), lnDf - lnT2 - l, -l, df / 2, 0.5);
  }
  const s = (at / df) * at; // t²/df ≤ 1
  const l = Math.log1p(s);
  return incompleteBetaPair(1 / (1 + s), s / (1 + s), -l, lnT2 - lnDf - l, df / 2, 0.5);
}

/** I_y(½, df/2) at y = t²/(df + t²), t ≥ 0: twice the central mass P(0 < T < t), accurate near 0. */
function tCentral(at: number, df: number): number {
  if (at === 0) return 0;
  if (at * at > df) return 1 - tBeta(at, df);
  const s = (at / df) * at;
  const l = Math.log1p(s);
  return incompleteBetaPair(s / (1 + s), 1 / (1 + s), 2 * Math.log(at) - Math.log(df) - l, -l, 0.5, df / 2);
}

/**
 * Density of Student's t with df degrees of freedom at t: Γ((ν+1)/2) / (Γ(ν/2) √(νπ)) ·
 * (1 + t²/ν)^(−(ν+1)/2), through ln Γ and log1p (no overflow far out). NaN when df is not > 0.
 */
export function studentTPdf(t: number, df: number): number {
  if (!(df > 0)) return NaN;
  if (!Number.isFinite(t)) return 0;
  const lnC = lnGamma((df + 1) / 2) - lnGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(lnC - ((df + 1) / 2) * Math.log1p((t / df) * t));
}

/** Cumulative distribution P(T ≤ t) of Student's t (accurate in the lower tail). */
export function studentTCdf(t: number, df: number): number {
  return studentTUpper(-t, df);
}

/** Two-sided p-value of a t statistic: P(|T| ≥ |t|) = I_x(df/2, ½), capped at 1. */
export function studentTTwoSidedP(t: number, df: number): number {
  return Math.min(1, 2 * studentTUpper(Math.abs(t), df));
}

const quantileMemo = new Map<string, number>();

/**
 * The quantile t with P(T ≥ t) = p, for any df > 0 (real, including df < 1) and any p in (0, 1):
 * for p < ½ the bracket [0, 1] doubles upward until it holds the root, then bisection runs to
 * adjacent doubles, so the result is the root of studentTUpper to the last bit (see the header for
 * what that means in accuracy); p > ½ is −(the quantile at 1 − p), p = ½ is 0. No fixed bracket:
 * ±∞ only when the quantile is beyond the double range (df ≲ 0.02 at p = 1e-12), or at p = 0 / 1.
 * NaN outside [0, 1] or for df not > 0. Memoised.
 */
export function studentTQuantileUpper(p: number, df: number): number {
  const key = `${p}|${df}`;
  const hit = quantileMemo.get(key);
  if (hit !== undefined) return hit;
  const v = quantileSolve(p, df);
  if (quantileMemo.size < 4096) quantileMemo.set(key, v);
  return v;
}

function quantileSolve(p: number, df: number): number {
  if (!(p >= 0 && p <= 1) || !(df > 0)) return NaN;
  if (p === 0) return Infinity;
  if (p === 1) return -Infinity;
  if (p === 0.5) return 0;
  // 1 − p is exact for p in (½, 1) (Sterbenz), and the root is then found in the accurate tail.
  if (p > 0.5) return -quantileSolve(1 - p, df);
  // Near ½ the root is found on the central mass P(0 < T < t) = ½ I_y(½, df/2) against ½ − p
  // (exact for p ≥ ¼): studentTUpper there is ½ minus a small term, rounded to 1e-16 absolute.
  const gap = 0.5 - p;
  const above =
    p >= 0.25 ? (t: number): boolean => 0.5 * tCentral(t, df) < gap : (t: number): boolean => studentTUpper(t, df) > p;
  let lo = 0;
  let hi = 1;
  while (above(hi)) {
    lo = hi;
    hi *= 2;
    if (hi === Infinity) return Infinity;
  }
  // At most ~1100 halvings take a bracket of width ≤ 2^1023 down to adjacent doubles.
  for (let i = 0; i < 2200; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    if (above(mid)) lo = mid;
    else hi = mid;
  }
  return lo + (hi - lo) / 2;
}

/** Upper tail P(X ≥ x) of the location-scale t: X = location + scale · T (scale > 0). */
export function studentTLocationScaleUpper(x: number, df: number, location: number, scale: number): number {
  return studentTUpper((x - location) / scale, df);
}

/** The x with P(X ≥ x) = p for X = location + scale · T (scale > 0). */
export function studentTLocationScaleQuantileUpper(p: number, df: number, location: number, scale: number): number {
  return location + scale * studentTQuantileUpper(p, df);
}

/** Upper tail P(F ≥ f) of the F distribution with (d1, d2) degrees of freedom. */
export function fUpper(f: number, d1: number, d2: number): number {
  if (!(f > 0)) return 1;
  if (!Number.isFinite(f)) return 0;
  return incompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}
