/**
 * Our numerics (src/core/stats/distributions.ts) against @stdlib as the oracle (devDependencies
 * only: the bundle keeps our own small code). Each check walks a grid and asserts the worst error
 * against a stated tolerance; tails are compared in relative terms. ORACLE_REPORT=1 prints the worst
 * error of each check (what docs and the header of distributions.ts quote).
 */
import betainc from '@stdlib/math-base-special-betainc';
import stdDigamma from '@stdlib/math-base-special-digamma';
import stdErfc from '@stdlib/math-base-special-erfc';
import gammaln from '@stdlib/math-base-special-gammaln';
import stdTrigamma from '@stdlib/math-base-special-trigamma';
import fCdf from '@stdlib/stats-base-dists-f-cdf';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tPdf from '@stdlib/stats-base-dists-t-pdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { afterAll, describe, expect, it } from 'vitest';
import {
  digamma,
  erfc,
  fUpper,
  incompleteBeta,
  lnGamma,
  normalUpper,
  studentTCdf,
  studentTLocationScaleQuantileUpper,
  studentTLocationScaleUpper,
  studentTPdf,
  studentTQuantileUpper,
  studentTTwoSidedP,
  studentTUpper,
  trigamma,
  trigammaInverse,
} from '../../../src/core/stats/index.js';

const DFS = [0.5, 0.7, 1, 1.5, 2, 3, 5, 10, 30, 200];
/** Below this a reference value is denormal or zero: relative error means nothing there. */
const TINY = 1e-300;

function relErr(got: number, want: number): number {
  if (got === want) return 0;
  return Math.abs(got - want) / Math.abs(want);
}

/** Worst error of a check over its grid, and where. */
class Worst {
  err = 0;
  at = '';
  add(err: number, at: string): void {
    if (!(err <= this.err)) {
      this.err = err;
      this.at = at;
    }
  }
}

const report: [string, Worst][] = [];
function worst(name: string): Worst {
  const w = new Worst();
  report.push([name, w]);
  return w;
}
afterAll(() => {
  if (process.env.ORACLE_REPORT)
    for (const [name, w] of report) console.log(`${name}: ${w.err.toExponential(2)} at ${w.at}`);
});

/** 10^(k/steps) for k in [from·steps, to·steps]. */
function logGrid(from: number, to: number, steps: number): number[] {
  const out: number[] = [];
  for (let k = Math.round(from * steps); k <= Math.round(to * steps); k++) out.push(Math.pow(10, k / steps));
  return out;
}

describe('special functions against @stdlib', () => {
  it('erfc: relative error < 1.2e-7 (NR erfcc) from x = −6 to the underflow at ~26.5', () => {
    const w = worst('erfc rel');
    for (let k = -600; k <= 2700; k++) {
      const x = k / 100;
      const want = stdErfc(x);
      if (want < TINY) continue;
      w.add(relErr(erfc(x), want), `x=${x}`);
    }
    expect(w.err).toBeLessThan(1.2e-7);
  });

  it('lnGamma: absolute error < 2e-10 for x in [1e-6, 1e3], relative < 1e-13 beyond, to 1e7', () => {
    const wa = worst('lnGamma abs (x ≤ 1e3)');
    const wr = worst('lnGamma rel (x > 1e3)');
    for (const x of logGrid(-6, 7, 50)) {
      const want = gammaln(x);
      if (x <= 1e3) wa.add(Math.abs(lnGamma(x) - want), `x=${x.toPrecision(4)}`);
      else wr.add(relErr(lnGamma(x), want), `x=${x.toPrecision(4)}`);
    }
    expect(wa.err).toBeLessThan(2e-10);
    expect(wr.err).toBeLessThan(1e-13);
  });

  it('incompleteBeta: relative error < 1e-10 over a, b in [0.25, 100], x in [1e-12, 1 − 1e-12]', () => {
    const w = worst('incompleteBeta rel');
    const shapes = [0.25, 0.35, 0.5, 0.75, 1, 1.5, 2.5, 5, 15, 100];
    const xs = [...logGrid(-12, -0.31, 10), ...logGrid(-12, -0.31, 10).map((v) => 1 - v)];
    for (const a of shapes)
      for (const b of shapes)
        for (const x of xs) {
          const want = betainc(x, a, b);
          if (want < TINY) continue;
          w.add(relErr(incompleteBeta(x, a, b), want), `x=${x.toPrecision(4)} a=${a} b=${b}`);
        }
    // The prefactor's ln Γ terms (NR gammln, ~1e-10 absolute) bound this for large a and b.
    expect(w.err).toBeLessThan(1e-10);
  });

  it('digamma: absolute error < 1e-11; trigamma: relative < 1e-11; x in [1e-3, 1e6]', () => {
    const wd = worst('digamma abs');
    const wt = worst('trigamma rel');
    for (const x of logGrid(-3, 6, 40)) {
      wd.add(Math.abs(digamma(x) - stdDigamma(x)), `x=${x.toPrecision(4)}`);
      wt.add(relErr(trigamma(x), stdTrigamma(x)), `x=${x.toPrecision(4)}`);
    }
    expect(wd.err).toBeLessThan(1e-11);
    expect(wt.err).toBeLessThan(1e-11);
  });

  it('trigammaInverse round-trips @stdlib trigamma: relative error < 1e-7 for y in [1e-2, 1e4]', () => {
    const w = worst('trigammaInverse rel');
    for (const y of logGrid(-2, 4, 20)) w.add(relErr(trigammaInverse(stdTrigamma(y)), y), `y=${y.toPrecision(4)}`);
    expect(w.err).toBeLessThan(1e-7);
  });
});

describe('normal and Student t against @stdlib', () => {
  it('normalUpper: relative error < 1.2e-7 (from erfc), tails included', () => {
    const w = worst('normalUpper rel');
    for (let k = -800; k <= 3700; k++) {
      const z = k / 100;
      const want = normalCdf(-z, 0, 1);
      if (want < TINY) continue;
      w.add(relErr(normalUpper(z), want), `z=${z}`);
    }
    expect(w.err).toBeLessThan(1.2e-7);
  });

  it('studentTPdf: relative error < 1e-12, far tails included', () => {
    const w = worst('studentTPdf rel');
    for (const df of DFS)
      for (const at of logGrid(-3, 6, 20))
        for (const t of [at, -at]) {
          const want = tPdf(t, df);
          if (want < TINY) continue;
          w.add(relErr(studentTPdf(t, df), want), `t=${t.toPrecision(4)} df=${df}`);
        }
    expect(w.err).toBeLessThan(1e-12);
    expect(studentTPdf(0, 1)).toBeCloseTo(1 / Math.PI, 12);
    expect(studentTPdf(1, 0)).toBeNaN();
  });

  it('studentTUpper: relative error < 1e-11 for |t| ≥ 1e-3, far tails included', () => {
    // Below |t| = 1e-3 @stdlib's t cdf itself drifts at df = 1 (5e-9 at t = 1e-8); the closed
    // forms below cover that range.
    const w = worst('studentTUpper rel');
    for (const df of DFS)
      for (const at of logGrid(-3, 300, 20))
        for (const t of [at, -at]) {
          const want = tCdf(-t, df);
          if (want < TINY) continue;
          w.add(relErr(studentTUpper(t, df), want), `t=${t.toPrecision(4)} df=${df}`);
          expect(studentTCdf(-t, df)).toBe(studentTUpper(t, df));
        }
    expect(w.err).toBeLessThan(1e-11);
  });

  it('studentTUpper near 0 and far out: the closed forms of df = 1 (Cauchy) and df = 2, relative < 1e-12', () => {
    const w = worst('studentTUpper closed forms rel');
    for (const t of logGrid(-14, 150, 10)) {
      w.add(relErr(studentTUpper(t, 1), Math.atan2(1, t) / Math.PI), `t=${t.toPrecision(4)} df=1`);
      const r = Math.sqrt(2 + t * t);
      w.add(relErr(studentTUpper(t, 2), 1 / (r * (r + t))), `t=${t.toPrecision(4)} df=2`);
    }
    expect(w.err).toBeLessThan(1e-12);
  });

  it('studentTTwoSidedP and the location-scale t agree with @stdlib', () => {
    const w = worst('studentTTwoSidedP rel');
    for (const df of DFS)
      for (const at of logGrid(-3, 30, 10)) {
        const want = Math.min(1, 2 * tCdf(-at, df));
        if (want < TINY) continue;
        w.add(relErr(studentTTwoSidedP(at, df), want), `t=${at.toPrecision(4)} df=${df}`);
        w.add(relErr(studentTTwoSidedP(-at, df), want), `t=${(-at).toPrecision(4)} df=${df}`);
      }
    expect(w.err).toBeLessThan(1e-11);
    expect(studentTTwoSidedP(0, 3)).toBe(1);
    expect(relErr(studentTLocationScaleUpper(13, 2.5, 10, 2), tCdf(-1.5, 2.5))).toBeLessThan(1e-12);
    expect(relErr(studentTLocationScaleQuantileUpper(0.01, 2.5, 10, 2) - 10, -2 * tQuantile(0.01, 2.5))).toBeLessThan(
      1e-12,
    );
  });

  it('studentTQuantileUpper: relative error < 1e-11 for p from 1e-12 to ½, any df (no ±1000 bracket)', () => {
    const w = worst('studentTQuantileUpper rel (1e-12 ≤ p ≤ 0.49)');
    const ps = [...logGrid(-12, Math.log10(0.5), 20), 0.3, 0.45, 0.49];
    for (const df of DFS)
      for (const p of ps) {
        // @stdlib's lower quantile at p (its upper one would need 1 − p, inexact for small p).
        const want = -tQuantile(p, df);
        w.add(relErr(studentTQuantileUpper(p, df), want), `p=${p.toPrecision(4)} df=${df}`);
      }
    expect(w.err).toBeLessThan(1e-11);
  });

  it('studentTQuantileUpper within 1e-6 of ½: the closed forms of df = 1 and 2, relative < 1e-11', () => {
    // There @stdlib's quantile returns 0 (p = ½ − 1e-9) or drifts; the closed forms are exact.
    const w = worst('studentTQuantileUpper closed forms rel (p → ½)');
    for (const g0 of logGrid(-15, -1, 4)) {
      const p = 0.5 - g0;
      const g = 0.5 - p; // exact (Sterbenz)
      w.add(relErr(studentTQuantileUpper(p, 1), Math.tan(Math.PI * g)), `p=½−${g0.toPrecision(3)} df=1`);
      w.add(
        relErr(studentTQuantileUpper(p, 2), (2 * g * Math.SQRT2) / Math.sqrt(1 - 4 * g * g)),
        `p=½−${g0.toPrecision(3)} df=2`,
      );
    }
    expect(w.err).toBeLessThan(1e-11);
  });

  it('studentTQuantileUpper for p > ½: −(quantile at 1 − p), relative error < 1e-11', () => {
    const w = worst('studentTQuantileUpper rel (p > ½)');
    for (const df of DFS)
      for (const small of logGrid(-12, -0.31, 5)) {
        const p = 1 - small;
        w.add(relErr(studentTQuantileUpper(p, df), tQuantile(1 - p, df)), `p=1-${small.toPrecision(4)} df=${df}`);
      }
    expect(w.err).toBeLessThan(1e-11);
  });

  it('the heavy tails that the old bracket clipped at ±1000 come out whole and round-trip', () => {
    const q = studentTQuantileUpper(1e-12, 0.5);
    expect(q).toBeGreaterThan(1e20);
    expect(relErr(q, -tQuantile(1e-12, 0.5))).toBeLessThan(1e-11);
    expect(relErr(studentTUpper(q, 0.5), 1e-12)).toBeLessThan(1e-12);
    const near1 = 1 - 1e-12;
    expect(studentTQuantileUpper(near1, 0.7)).toBe(-studentTQuantileUpper(1 - near1, 0.7));
    // Non-integer df between the grid points, and the edges.
    expect(relErr(studentTQuantileUpper(1e-9, 0.83), -tQuantile(1e-9, 0.83))).toBeLessThan(1e-11);
    expect(studentTQuantileUpper(0.5, 0.7)).toBe(0);
    expect(studentTQuantileUpper(0, 3)).toBe(Infinity);
    expect(studentTQuantileUpper(1, 3)).toBe(-Infinity);
    expect(studentTQuantileUpper(1.5, 3)).toBeNaN();
    expect(studentTQuantileUpper(0.1, 0)).toBeNaN();
  });
});

describe('F upper tail against @stdlib', () => {
  const D1 = [0.7, 1, 2, 3, 5, 10, 30];
  const D2 = [0.7, 1, 2, 5, 12, 30, 200];

  it('fUpper: relative error < 5e-11 against the regularized beta, far tails included', () => {
    const w = worst('fUpper rel');
    for (const d1 of D1)
      for (const d2 of D2)
        for (const f of logGrid(-3, 60, 10)) {
          // Each argument where it is formed without cancellation: P(F ≥ f) = I_x(d2/2, d1/2) at
          // x = d2/(d2 + d1·f), = 1 − I_{1−x}(d1/2, d2/2) with the upper flag.
          const x = d2 / (d2 + d1 * f);
          const want =
            x < 0.5 ? betainc(x, d2 / 2, d1 / 2) : betainc((d1 * f) / (d1 * f + d2), d1 / 2, d2 / 2, true, true);
          // Below ~1e-270 @stdlib's betainc drifts (4% at 1e-272 with shapes 6, 15, where ours
          // keeps the exact x^a / (a·B(a, b)) law to 1e-11): stop short of that.
          if (want < 1e-250) continue;
          w.add(relErr(fUpper(f, d1, d2), want), `f=${f.toPrecision(4)} d1=${d1} d2=${d2}`);
        }
    expect(w.err).toBeLessThan(5e-11);
  });

  it('fUpper = 1 − F cdf where the cdf is at most ½ (no cancellation in the oracle), relative < 5e-11', () => {
    const w = worst('fUpper vs 1 - fCdf rel');
    for (const d1 of D1)
      for (const d2 of D2)
        for (const f of logGrid(-3, 3, 20)) {
          const c = fCdf(f, d1, d2);
          if (c > 0.5) continue;
          w.add(relErr(fUpper(f, d1, d2), 1 - c), `f=${f.toPrecision(4)} d1=${d1} d2=${d2}`);
        }
    expect(w.err).toBeLessThan(5e-11);
  });
});
