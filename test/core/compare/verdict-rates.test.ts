/**
 * Verdict statistics with fixed seeds (same generator as `npm run bench:verdicts`): per-request
 * latencies lognormal (TTFT median 0.5 s), log-sd σ, throughput with 1% run-to-run noise.
 */
import { describe, expect, it } from 'vitest';
import { detectionRate, falseAlarmRate } from '../../../scripts/bench-verdicts.js';

describe('A/A: same distribution on both sides', () => {
  it('single cell, TTFT only (one test, no multiple-comparison help): false alarms ≤ 1% per cell-metric', () => {
    const r = falseAlarmRate({
      cells: 1,
      samples: 200,
      sigma: 0.2,
      ttftScale: 1,
      trials: 1500,
      seed: 42,
      ttftOnly: true,
    });
    expect(r.worst).toBeLessThanOrEqual(0.01);
  });

  it('10-cell sweep, four latency series: false alarms ≤ 1% for every metric', () => {
    const r = falseAlarmRate({ cells: 10, samples: 200, sigma: 0.2, ttftScale: 1, trials: 80, seed: 43 });
    expect(Object.keys(r.perMetric)).toContain('p99_ttft');
    expect(r.worst).toBeLessThanOrEqual(0.01);
  });

  it('the rate is not trivially zero: a loose α does raise it (the test can fail)', () => {
    const r = falseAlarmRate({
      cells: 1,
      samples: 200,
      sigma: 0.2,
      ttftScale: 1,
      trials: 600,
      seed: 42,
      ttftOnly: true,
      options: { alpha: 0.2, minEffectSize: 0 },
    });
    expect(r.worst).toBeGreaterThan(0.05);
  });
});

describe('detection of a +10% TTFT shift (p99 TTFT +10%) with 200 samples per side', () => {
  it('σ = 0.2, TTFT samples: detected ≥ 95%', () => {
    expect(
      detectionRate({ cells: 1, samples: 200, sigma: 0.2, ttftScale: 1.1, trials: 400, seed: 7, ttftOnly: true }),
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('σ = 0.15, four latency series per cell (BH over 4 tests): detected ≥ 95%', () => {
    expect(
      detectionRate({ cells: 1, samples: 200, sigma: 0.15, ttftScale: 1.1, trials: 400, seed: 8 }),
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('no shift is "detected" at the A/A rate only', () => {
    expect(
      detectionRate({ cells: 1, samples: 200, sigma: 0.2, ttftScale: 1, trials: 400, seed: 7, ttftOnly: true }),
    ).toBeLessThanOrEqual(0.01);
  });
});
