/**
 * The noise model of the run level: the shipped prior reproduces the real quantiles it was
 * fitted to, the truncated predictive, the deployment factor, the empirical-Bayes fit, and the
 * rule table's order.
 */
import { describe, expect, it } from 'vitest';
import { METRIC_RULES, decideMetric, type MetricCase } from '../../../src/core/compare/decide.js';
import {
  binomialUpperTail,
  DEPLOYMENT_LOG_VAR,
  deploymentFactor,
  shrunkFactor,
  noiseEvidence,
  predictiveUpper,
} from '../../../src/core/compare/evidence.js';
import { digamma, fitVarianceLaw, tetragamma, trigamma, trigammaInverse } from '../../../src/core/compare/moderate.js';
import { DEFAULT_NOISE_PRIOR, loadRegime, noiseFamily } from '../../../src/core/compare/noise-prior.js';
import { fUpper, normalUpper, studentTQuantileUpper, studentTUpper } from '../../../src/core/compare/run-stats.js';
import { mulberry32 } from '../../../src/core/compare/stats.js';

/** P(χ²_ν / ν ≥ x), as F(ν, ∞). */
function chi2MeanUpper(x: number, nu: number): number {
  return fUpper(x, nu, 1e9);
}

describe('the shipped prior reproduces the real A/A figures it was fitted to (issue 22)', () => {
  // family, pooled median σ, 95th percentile of a one-run |change| (both from ~1,300 real A/A pairs)
  it.each([
    ['throughput', 0.004, 0.08],
    ['ttft', 0.017, 0.27],
    ['ttft_tail', 0.023, 0.47],
    ['tpot', 0.0035, 0.04],
    ['e2el', 0.0035, 0.036],
  ] as const)('%s: median σ %s, one-run |d| 95th percentile %s', (family, medianSigma, q95) => {
    const row = DEFAULT_NOISE_PRIOR[family];
    const s = row.scale.mid;
    // P(σ ≤ m) = P(χ²_ν/ν ≥ s²/m²) = ½ at the median.
    expect(chi2MeanUpper((s * s) / (medianSigma * medianSigma), row.nu)).toBeCloseTo(0.5, 2);
    // d = √2 · s · t_ν: |d|₉₅ = √2 · s · t_ν(0.975). The fit reads the percentages as ln
    // changes: for +47%, ln 1.47 = 0.39 < 0.47, so the law is the wider (conservative) reading.
    const d95 = Math.SQRT2 * s * studentTQuantileUpper(0.025, row.nu);
    expect(Math.abs(d95 - q95) / q95).toBeLessThan(0.02);
  });

  it('p50 TTFT moves ≥ 8% in 39% of A/A pairs at concurrency ≤ 8 and in 20% at ≥ 128', () => {
    const row = DEFAULT_NOISE_PRIOR.ttft;
    const share = (s: number): number => 2 * studentTUpper(Math.log(1.08) / (Math.SQRT2 * s), row.nu);
    expect(share(row.scale.low)).toBeCloseTo(0.39, 1);
    expect(share(row.scale.high)).toBeCloseTo(0.2, 1);
  });

  it('families and regimes', () => {
    expect(noiseFamily('p50_ttft', 'latency')).toBe('ttft');
    expect(noiseFamily('p99_itl', 'latency')).toBe('tpot_tail');
    expect(noiseFamily('p95_e2el', 'latency')).toBe('e2el_tail');
    expect(noiseFamily('cost_per_million_output_tokens', 'cost')).toBe('throughput');
    expect(noiseFamily('success_rate', 'completion')).toBeNull();
    expect([1, 8, 9, 127, 128, null].map(loadRegime)).toEqual(['low', 'low', 'mid', 'mid', 'high', 'mid']);
  });
});

describe('the truncated predictive', () => {
  it("is Student's t without a truncation and the normal with many degrees of freedom", () => {
    for (const z of [0.5, 2, 10, 100]) expect(predictiveUpper(z, 0.8)).toBe(studentTUpper(z, 0.8));
    expect(predictiveUpper(3, 1e6, 50)).toBeCloseTo(normalUpper(3), 5);
  });

  it('agrees with the t inside the body and falls to the normal tail of σ_max beyond it', () => {
    // ρ = 100: truncation far out; at z = 10 the mass beyond σ_max hardly matters.
    expect(predictiveUpper(10, 1, 100)).toBeCloseTo(studentTUpper(10, 1), 2);
    // Far beyond: bounded by the normal tail of the noisiest cell, z / ρ.
    const far = predictiveUpper(1000, 1, 100);
    expect(far).toBeLessThan(studentTUpper(1000, 1) / 100);
    expect(far).toBeLessThanOrEqual(normalUpper(1000 / 100) * 1.0001);
    // Symmetric, ½ at 0, monotone.
    expect(predictiveUpper(0, 1, 10)).toBe(0.5);
    expect(predictiveUpper(-3, 1, 10)).toBeCloseTo(1 - predictiveUpper(3, 1, 10), 12);
    let last = 1;
    for (let z = 0.1; z < 200; z *= 1.5) {
      const p = predictiveUpper(z, 0.8, 30);
      expect(p).toBeLessThan(last);
      last = p;
    }
  });

  it('the predictive matches a simulation of the truncated law (seeded)', () => {
    const random = mulberry32(7);
    const nu = 2;
    const rho = 3;
    // σ/s = √(ν/u), u ~ χ²_2 = exponential with mean 2, truncated at u ≥ ν/ρ².
    let n = 0;
    let hits = 0;
    while (n < 200000) {
      const u = -2 * Math.log(1 - random());
      if (u < nu / (rho * rho)) continue;
      const z1 = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      if (Math.sqrt(nu / u) * z1 >= 4.5) hits++;
      n++;
    }
    expect(predictiveUpper(4.5, nu, rho)).toBeCloseTo(hits / n, 3);
    // Above the quadrature's range (t ≥ 0.25) the untruncated t stands in: never below the truth.
    expect(predictiveUpper(0.5, nu, rho)).toBe(studentTUpper(0.5, nu));
  });
});

describe('order-statistic test and deployment factor', () => {
  it('P(k of n uniforms ≤ p) is the binomial upper tail', () => {
    expect(binomialUpperTail(3, 2, 0.1)).toBeCloseTo(3 * 0.01 * 0.9 + 0.001, 12);
    expect(binomialUpperTail(6, 6, 0.1)).toBeCloseTo(1e-6, 15);
    expect(binomialUpperTail(5, 0, 0.3)).toBe(1);
  });

  it('from the cells’ own spreads: v ~ F(df, ν) under the prior gives f ≈ 1; eight times the variance gives ≈ √8', () => {
    const random = mulberry32(3);
    // Draw v = (χ²_4/4) / (χ²_2/2) by exponentials: χ²_2 = 2·Exp, χ²_4 = 2·(Exp + Exp).
    const draw = (): number => {
      const e = (): number => -Math.log(1 - random());
      return (2 * (e() + e())) / 4 / ((2 * e()) / 2);
    };
    const cells = Array.from({ length: 400 }, () => ({ u: 0, nu: 2, v: draw(), df: 4 }));
    expect(deploymentFactor(cells)).toBeCloseTo(1, 1);
    expect(deploymentFactor(cells.map((c) => ({ ...c, v: c.v * 8 })))).toBeCloseTo(Math.sqrt(8), 0);
    // Fewer than 5 cells and no own runs: f = 1; clamped to [1/3, 10].
    expect(deploymentFactor(cells.slice(0, 4).map((c) => ({ ...c, df: 0, v: 0 })))).toBe(1);
    expect(deploymentFactor(cells.map((c) => ({ ...c, v: c.v * 1e6 })))).toBe(10);
  });

  it('a factor from few cells is shrunk toward 1 by its precision; from many it stands as measured', () => {
    // Three quiet cells (InferenceX history: a 3-cell sweep, 3 base runs): the plug-in
    // √(median v / median F) is 0.1, at the 1/3 clamp; under ln f ~ N(0, ln(10)²/12) with the
    // median's variance π/(8n)·(ψ′(1) + ψ′(0.5)) ≈ 0.86 the posterior keeps 34% of ln f.
    let lo = 0;
    let hi = 100;
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (fUpper(mid, 2, 1) > 0.5) lo = mid;
      else hi = mid;
    }
    const fMed = (lo + hi) / 2; // the median of F(2, 1)
    const quiet = Array.from({ length: 3 }, () => ({ u: 0, nu: 1, v: 0.01 * fMed, df: 2 }));
    const w = DEPLOYMENT_LOG_VAR / (DEPLOYMENT_LOG_VAR + (Math.PI / 24) * (trigamma(1) + trigamma(0.5)));
    expect(w).toBeCloseTo(0.34, 2);
    expect(deploymentFactor(quiet)).toBeCloseTo(Math.exp(w * Math.log(0.1)), 6);
    expect(deploymentFactor(quiet)).toBeGreaterThan(0.45);
    // 400 cells: the weight is 0.99, so eight times the variance still reads ≈ √8 (above).
    expect(shrunkFactor(Math.log(2), 0)).toBeCloseTo(2, 12);
    expect(shrunkFactor(Math.log(2), Infinity)).toBe(1);
  });

  it('one base run: the evidence is the prior alone (no own degrees of freedom)', () => {
    const ev = noiseEvidence(
      { base: [Math.log(1000)], head: [Math.log(900)], of: 'value' },
      { family: 'throughput', regime: 'mid', law: { nu: 0.8, scale: 0.0024, sigmaMax: 0.29 } },
      1,
      -1,
    );
    expect(ev.ownDf).toBe(0);
    expect(ev.nu).toBe(0.8);
    expect(ev.se).toBeCloseTo(0.0024 * Math.SQRT2, 12);
    expect(ev.pWorse + ev.pBetter).toBeCloseTo(1, 12);
    expect(ev.pWorse).toBeLessThan(0.05);
  });
});

describe('empirical Bayes: the law fitted to the cells’ own variances', () => {
  it('polygamma functions', () => {
    expect(digamma(1)).toBeCloseTo(-0.5772156649, 9);
    expect(trigamma(1)).toBeCloseTo(Math.PI ** 2 / 6, 9);
    expect(tetragamma(1)).toBeCloseTo(-2.4041138063, 8);
    for (const y of [0.3, 1, 4.5, 20]) expect(trigammaInverse(trigamma(y))).toBeCloseTo(y, 6);
  });

  it('recovers ν₀ from alike cells (large) and from heterogeneous ones (small)', () => {
    const random = mulberry32(11);
    const e = (): number => -Math.log(1 - random());
    // df = 4 per cell: sample variance σ² · χ²_4 / 4.
    const sample = (sigma2: number): number => (sigma2 * 2 * (e() + e())) / 4;
    const alike = Array.from({ length: 300 }, () => sample(1e-4));
    const fitA = fitVarianceLaw(
      alike,
      alike.map(() => 4),
    );
    expect(fitA?.nu0).toBeGreaterThan(20);
    expect(fitA?.scale).toBeCloseTo(0.01, 2);
    // σ² ~ Scale-Inv-χ²(2, 1e-4): ν s² / χ²_2.
    const wild = Array.from({ length: 300 }, () => sample((2 * 1e-4) / (2 * e())));
    const fitW = fitVarianceLaw(
      wild,
      wild.map(() => 4),
    );
    expect(fitW?.nu0).toBeGreaterThan(1);
    expect(fitW?.nu0).toBeLessThan(3.5);
    expect(fitVarianceLaw(alike.slice(0, 5), [4, 4, 4, 4, 4])).toBeNull();
  });
});

describe('the rule table', () => {
  const base: MetricCase = {
    ev: noiseEvidence(
      { base: [0, 0.01, -0.01], head: [0.3], of: 'value' },
      { family: 'ttft', regime: 'mid', law: { nu: 0.9, scale: 0.01 } },
      1,
      1,
    ),
    dir: 1,
    p: 1e-6,
    sampleStage: 'none',
    minEffect: { name: 'min_effect_size', value: 0.05 },
    levels: { cell: 1e-4, suspicious: 1e-3, escape: 2e-5 },
    family: null,
    sweep: null,
    tailBacked: false,
    gate: true,
    accepted: false,
  };

  it('is one ordered table; the first rule that answers wins', () => {
    expect(METRIC_RULES.map((r) => r.id)).toEqual([
      'within_sampling_noise',
      'below_min_effect',
      'isolated_tail',
      'beyond_cell_noise',
      'coherent_family',
      'coherent_sweep',
      'beyond_usual_range',
      'within_cell_noise',
    ]);
    expect(decideMetric(base)).toEqual({ outcome: 'regressed', reason: 'beyond_cell_noise', suspicious: false });
    expect(decideMetric({ ...base, sampleStage: 'unchanged' }).reason).toBe('within_sampling_noise');
    expect(decideMetric({ ...base, dir: -1 }).outcome).toBe('improved');
    expect(decideMetric({ ...base, minEffect: { name: 'x', value: 0.5 } }).reason).toBe('below_min_effect');
    expect(decideMetric({ ...base, p: 5e-4 })).toEqual({
      outcome: 'unchanged',
      reason: 'beyond_usual_range',
      suspicious: true,
    });
    expect(decideMetric({ ...base, p: 0.5 }).reason).toBe('within_cell_noise');
    const fam = { significant: true, n: 6, support: 5, q: 0.01 };
    expect(decideMetric({ ...base, p: 0.01, family: fam }).reason).toBe('coherent_family');
    expect(decideMetric({ ...base, p: 0.01, sweep: fam }).reason).toBe('coherent_sweep');
  });

  it('an acknowledged regression is reported with reason accepted, never a verdict; an improvement stays one', () => {
    expect(decideMetric({ ...base, accepted: true })).toEqual({
      outcome: 'unchanged',
      reason: 'accepted',
      suspicious: false,
    });
    expect(decideMetric({ ...base, accepted: true, dir: -1 }).outcome).toBe('improved');
  });

  it('an isolated tail percentile is at most suspicious unless even the pooled prior cannot explain it', () => {
    const tail = { ...base, gate: false, ev: { ...base.ev, tail: true, pPooled: 0.01 } };
    expect(decideMetric(tail)).toEqual({ outcome: 'unchanged', reason: 'isolated_tail', suspicious: true });
    expect(decideMetric({ ...tail, tailBacked: true, gate: true }).outcome).toBe('regressed');
    // The escape has its own level: pooled p at the cell level is no longer enough, at its own it is.
    expect(decideMetric({ ...tail, ev: { ...tail.ev, pPooled: 5e-5 } }).reason).toBe('isolated_tail');
    expect(decideMetric({ ...tail, ev: { ...tail.ev, pPooled: 1e-9 } }).outcome).toBe('regressed');
  });

  it('serial gatekeeping: a tail behind a closed gate is never tested at the cell level, even when backed', () => {
    const tail = { ...base, gate: false, tailBacked: true, ev: { ...base.ev, tail: true, pPooled: 0.01 } };
    // Its median moved (backed, p ≤ 0.05) but was not rejected: p ≤ cell level makes it suspicious only.
    expect(decideMetric(tail)).toEqual({ outcome: 'unchanged', reason: 'beyond_usual_range', suspicious: true });
    // Its own family test or a sweep it moves with (their own shares of run_alpha) still decide.
    const sig = { significant: true, n: 6, support: 5, q: 0.01 };
    expect(decideMetric({ ...tail, family: sig }).reason).toBe('coherent_family');
    expect(decideMetric({ ...tail, sweep: sig }).reason).toBe('coherent_sweep');
    // The gate concerns tails only: a median's cell test always runs.
    expect(decideMetric({ ...base, gate: false }).outcome).toBe('regressed');
  });
});
