/**
 * compare on real repeated runs (test/fixtures/real-repeats, SGLang nightly CI): every A/A compare
 * the runs allow stays below the false-alarm target. The compare before issue 22 (pooled spreads,
 * a normal cross-cell gate) called 11% / 8% of the one-base-run compares REGRESSION / IMPROVEMENT
 * here, all on p99 TTFT at concurrency 1, so this test can fail.
 */
import { describe, expect, it } from 'vitest';
import { loadRealRuns, realRows } from '../../../scripts/bench-verdicts-real.js';

describe('A/A on real repeated runs', () => {
  const rows = realRows(loadRealRuns());

  it('uses every ordered pair of runs of one configuration and image (one base run) and 3–5 base runs', () => {
    expect(rows.map((r) => r.baseRuns)).toEqual(['1', '3–5']);
    expect(rows[0]?.compares).toBeGreaterThan(250);
    expect(rows[1]?.compares).toBeGreaterThan(20);
  });

  it.each(['1', '3–5'])('with %s base run(s): REGRESSION and IMPROVEMENT each ≤ 5% of compares', (k) => {
    const r = rows.find((x) => x.baseRuns === k);
    expect(r?.regression, r?.verdicts.join('\n')).toBeLessThanOrEqual(0.05);
    expect(r?.improvement, r?.verdicts.join('\n')).toBeLessThanOrEqual(0.05);
  });
});

describe('inferguard calibrate on real repeated runs', () => {
  it('fits the noise law per family from one configuration’s runs and writes it as a valid config', async () => {
    const { calibrate, calibrationSnippet } = await import('../../../src/core/compare/calibrate.js');
    const { parseConfigText } = await import('../../../src/core/config.js');
    const { compareOptionsFromConfig, resolveSettings } = await import('../../../src/core/compare/index.js');
    const { DEFAULT_NOISE_PRIOR } = await import('../../../src/core/compare/noise-prior.js');
    const { groupKey, reportOf } = await import('../../../scripts/bench-verdicts-real.js');
    const runs = loadRealRuns();
    // The largest group: one engine image over five nights (15 runs).
    const sizes = new Map<string, number>();
    for (const r of runs) sizes.set(groupKey(r), (sizes.get(groupKey(r)) ?? 0) + 1);
    const [key] = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0] as [string, number];
    const c = calibrate(runs.filter((r) => groupKey(r) === key).map((r) => reportOf(r)));
    const throughput = c.prior.find((p) => p.family === 'throughput');
    expect(throughput).toBeTruthy();
    // Back-to-back runs on one node are quieter than the pooled public prior.
    expect(throughput?.row.scale.mid).toBeLessThan(DEFAULT_NOISE_PRIOR.throughput.scale.mid);
    const text = calibrationSnippet(c);
    expect(text).toMatch(/noise_prior:\n {4}throughput: \{ nu: /);
    const settings = resolveSettings(compareOptionsFromConfig(parseConfigText(text, 'calibration.yaml')));
    expect(settings.noise_prior.throughput.scale.mid).toBe(throughput?.row.scale.mid);
    // σ_max is not fitted: the shipped truncation stays.
    expect(settings.noise_prior.throughput.sigma_max).toBe(DEFAULT_NOISE_PRIOR.throughput.sigma_max);
  });
});
