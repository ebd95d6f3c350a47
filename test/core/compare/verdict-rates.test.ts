/**
 * Verdict statistics with fixed seeds, on the generator of `npm run bench:verdicts` (run-level
 * effects, AR(1) within a run, the AgentX / native / InferenceX layouts). Small pair counts: these
 * check the direction of each mechanism; the targets are measured by the bench (docs/COMPARE.md).
 */
import { describe, expect, it } from 'vitest';
import { runRow, type Scenario } from '../../../scripts/bench-verdicts.js';

const AA: Scenario = { cells: 5, requests: 1000, runSigma: 0, ar: 0, baseRuns: 1 };

describe('A/A under run-to-run noise', () => {
  it('one base run, run effect 2%: the run-noise floor keeps false alarms rare', () => {
    const r = runRow({ ...AA, runSigma: 0.02 }, 'agentx', 30, 1);
    expect(r.regression).toBeLessThanOrEqual(0.1);
    expect(r.improvement).toBeLessThanOrEqual(0.1);
  });

  it('with a light-tailed prior of quiet cells and no floor, the same noise cries wolf (the test can fail)', () => {
    // The old assumption: every cell as quiet as the sweep's quiet majority, normal tails.
    const quiet = { nu: 1000, scale: { low: 0.002, mid: 0.002, high: 0.002 } };
    const r = runRow({ ...AA, runSigma: 0.03 }, 'agentx', 30, 1, {
      runNoiseFloor: { latency: 0, throughput: 0, cost: 0 },
      noiseBands: { throughput: 0.01, latency: 0.01 },
      minEffectSize: 0.01,
      noisePrior: {
        throughput: quiet,
        ttft: quiet,
        ttft_tail: quiet,
        tpot: quiet,
        tpot_tail: quiet,
        e2el: quiet,
        e2el_tail: quiet,
      },
    });
    expect(r.regression + r.improvement).toBeGreaterThan(0.3);
  });

  it('five base runs, run effect 3%: the prediction interval keeps false alarms rare', () => {
    const r = runRow({ ...AA, runSigma: 0.03, baseRuns: 5 }, 'native', 30, 2);
    expect(r.regression).toBeLessThanOrEqual(0.1);
  });

  it('below min_samples nothing regresses', () => {
    const r = runRow({ ...AA, requests: 12, runSigma: 0.03 }, 'inferencex', 20, 3);
    expect(r.regression).toBe(0);
  });
});

describe('regressions are found', () => {
  it('+10% TTFT in one of 10 cells, i.i.d., five base runs', () => {
    const r = runRow(
      { cells: 10, requests: 1000, runSigma: 0, ar: 0, baseRuns: 5, shift: { metric: 'ttft', factor: 1.1 } },
      'agentx',
      20,
      4,
    );
    expect(r.found).toBeGreaterThanOrEqual(0.85);
  });

  it('−10% throughput in the native layout (output_tput_tps only) is found', () => {
    const r = runRow(
      { cells: 10, requests: 1000, runSigma: 0, ar: 0, baseRuns: 5, shift: { metric: 'tput', factor: 0.9 } },
      'native',
      20,
      5,
    );
    expect(r.found).toBeGreaterThanOrEqual(0.9);
  });
});
