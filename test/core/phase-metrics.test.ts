import { describe, expect, it } from 'vitest';
import { computePhaseMetrics, phaseStats } from '../../src/core/cells/phase-metrics.js';

describe('phase metrics (seed 004)', () => {
  it('statistics of 1..5 s by hand', () => {
    // mean 3; population std √2 = 1.41421; p50 3; p90 = 4 + 0.6 = 4.6; p99 = 4 + 0.96 = 4.96;
    // p25 = 2, p75 = 4 → IQR 2; CoV = 1.41421 / 3 × 100 = 47.140%
    const s = phaseStats({ n: 5, values: [1, 2, 3, 4, 5] })!;
    expect(s.mean).toBe(3);
    expect(s.std).toBeCloseTo(Math.SQRT2, 12);
    expect(s).toMatchObject({ n: 5, p50: 3, min: 1, max: 5, iqr: 2 });
    expect(s.p90).toBeCloseTo(4.6, 12);
    expect(s.p99).toBeCloseTo(4.96, 12);
    expect(s.cov_pct).toBeCloseTo(47.1404520791, 8);
  });

  it('keeps the true sample count of a sketch and reports a zero mean CoV as null', () => {
    expect(phaseStats({ n: 5000, values: [1, 2] })?.n).toBe(5000);
    expect(phaseStats({ n: 2, values: [0, 0] })?.cov_pct).toBeNull();
    expect(phaseStats({ n: 0, values: [] })).toBeNull();
  });

  it('scalar metrics per phase and series; warmup only when marked', () => {
    const m = computePhaseMetrics({ samples: { ttft_s: { n: 3, values: [0.1, 0.2, 0.3] } } });
    expect(Object.keys(m)).toEqual([
      'measurement_ttft_cov_pct',
      'measurement_ttft_iqr_s',
      'measurement_ttft_max_s',
      'measurement_ttft_mean_s',
      'measurement_ttft_min_s',
      'measurement_ttft_n',
      'measurement_ttft_p50_s',
      'measurement_ttft_p90_s',
      'measurement_ttft_p99_s',
      'measurement_ttft_std_s',
    ]);
    expect(m.measurement_ttft_mean_s).toBe(0.2);
    const w = computePhaseMetrics({
      samples: { e2el_s: { n: 1, values: [2] } },
      warmup_samples: { e2el_s: { n: 1, values: [9] } },
    });
    expect(w.warmup_e2el_mean_s).toBe(9);
    expect(w.measurement_e2el_mean_s).toBe(2);
    expect(computePhaseMetrics({})).toEqual({});
  });
});
