/**
 * A plain concurrency sweep of a few load points (one family: `vllm bench serve` at c = 1, 4, 16,
 * 64) with one base run. No family test can run there (no cells outside the family measure the
 * node), so a uniform shift is the sweep test's question (run-level.ts SWEEP_TEST_MIN_CELLS): a
 * whole sweep 25% slower is a REGRESSION, while a sweep-wide p99 swing whose medians stayed put is
 * at most SUSPICIOUS (decide.ts isolated_tail), as real nightly repeats show such swings.
 */
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../src/core/compare/index.js';
import type { Cell } from '../../../src/core/types.js';
import { makeCell, makeReport } from '../../helpers/reports.js';

const CONCS = [1, 4, 16, 64];

function sweep(scale: { tput?: number; p50?: number; p99?: number } = {}): Cell[] {
  return CONCS.map((c) =>
    makeCell({
      concurrency: c,
      metrics: {
        tput_per_gpu: 200 * Math.sqrt(c) * (scale.tput ?? 1),
        p50_ttft: (0.2 + 0.01 * c) * (scale.p50 ?? 1),
        p99_ttft: (0.4 + 0.02 * c) * (scale.p99 ?? 1),
        p50_tpot: 0.02,
        p99_tpot: 0.03,
      },
    }),
  );
}

const base = makeReport(sweep());

function outcomes(diff: ReturnType<typeof compareReports>, metric: string): string[] {
  return diff.cells.map((c) => c.verdict?.comparisons.find((m) => m.metric === metric)?.outcome ?? 'none');
}

describe('a small one-family sweep with one base run', () => {
  it('the whole sweep 25% lower in throughput is a REGRESSION, decided by the sweep test', () => {
    const diff = compareReports(base, makeReport(sweep({ tput: 0.75 })));
    expect(diff.verdict.verdict).toBe('REGRESSION');
    expect(outcomes(diff, 'tput_per_gpu')).toEqual(['regressed', 'regressed', 'regressed', 'regressed']);
    const reasons = diff.cells.map((c) => c.verdict?.comparisons.find((m) => m.metric === 'tput_per_gpu')?.reason);
    expect(new Set(reasons)).toEqual(new Set(['coherent_sweep']));
  });

  it('the same sweep unchanged is NEUTRAL', () => {
    expect(compareReports(base, makeReport(sweep())).verdict.verdict).toBe('NEUTRAL');
  });

  it('p50 and p99 TTFT 40% higher across the sweep: a REGRESSION on both (the tail is backed by its median)', () => {
    const diff = compareReports(base, makeReport(sweep({ p50: 1.4, p99: 1.4 })));
    expect(diff.verdict.verdict).toBe('REGRESSION');
    expect(outcomes(diff, 'p50_ttft')).toEqual(['regressed', 'regressed', 'regressed', 'regressed']);
    expect(outcomes(diff, 'p99_ttft')).toEqual(['regressed', 'regressed', 'regressed', 'regressed']);
  });

  it('p99 TTFT 40% higher across the sweep with the medians still: at most suspicious, never a verdict', () => {
    const diff = compareReports(base, makeReport(sweep({ p99: 1.4 })));
    expect(diff.verdict.verdict).toBe('NEUTRAL');
    expect(outcomes(diff, 'p99_ttft')).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    const reasons = diff.cells.map((c) => c.verdict?.comparisons.find((m) => m.metric === 'p99_ttft')?.reason);
    expect(reasons.every((r) => r === 'isolated_tail' || r === 'within_cell_noise')).toBe(true);
  });
});
