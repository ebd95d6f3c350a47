/**
 * Jumps (noise-prior.ts JUMP; evidence.ts): with ≥ 2 base runs and ONE head run, the head run may
 * have landed outside its cell's own history (another node or regime: real nights of one
 * configuration do, InferenceX's history fits π = 0.10 for p50 TTFT, SGLang's one-node repeats
 * π = 0). Its change is then a draw of the family's pooled law, so a single cell's TTFT jump
 * against tight base runs is SUSPICIOUS, not a verdict, unless every run is known to have run on
 * one node, or a second head run confirms it. Throughput has no jump share (not rejected on the
 * real data), so its single-cell verdicts stand.
 */
import { describe, expect, it } from 'vitest';
import { compareReports, type MetricComparison, type ReportDiff } from '../../../src/core/compare/index.js';
import { DEFAULT_NOISE_PRIOR } from '../../../src/core/compare/noise-prior.js';
import type { Cell, Report } from '../../../src/core/types.js';
import { makeCell, makeReport } from '../../helpers/reports.js';

const CONCS = [16, 32, 64, 96];
/** Five base runs a tight ±0.3% apart (the multipliers per run). */
const JITTER = [1.003, 0.998, 1.0, 0.997, 1.002];

type Host = string | null;

function run(j: number, host: Host, change: { ttft?: number; tput?: number } = {}): Report {
  return makeReport(
    CONCS.map((c, i): Cell => {
      const hit = i === 1;
      const cell = makeCell({
        cell_id: `c${c}`,
        concurrency: c,
        metrics: {
          tput_per_gpu: (500 + 4 * c) * j * (hit ? (change.tput ?? 1) : 1),
          p50_ttft: ((0.2 + 0.002 * c) / j ** ((i % 2) + 1)) * (hit ? (change.ttft ?? 1) : 1),
          p50_tpot: 0.02 * (1 + c / 100) * (i % 2 === 0 ? j : 1 / j),
        },
      });
      return host === null ? cell : { ...cell, environment: { cluster: null, runner: null, host, image: null } };
    }),
  );
}

const bases = (host: (k: number) => Host): Report[] => JITTER.map((j, k) => run(j, host(k)));
const metric = (d: ReportDiff, name: string): MetricComparison =>
  d.cells
    .find((c) => c.head_cell_id === 'c32')
    ?.verdict?.comparisons.find((m) => m.metric === name) as MetricComparison;

describe('one head run, five tight base runs: +20% p50 TTFT in one cell', () => {
  it('where the runs do not say where they ran: SUSPICIOUS (a jump), not a verdict', () => {
    const d = compareReports(
      bases(() => null),
      run(1, null, { ttft: 1.2 }),
    );
    const m = metric(d, 'p50_ttft');
    expect(m.outcome).toBe('unchanged');
    expect(m.reason).toBe('beyond_usual_range');
    expect(m.suspicious).toBe(true);
    expect(m.noise?.jump_share).toBe(0.1);
    expect(m.note).toMatch(/one head run off its own history in 10% of real runs \(another node\)/);
    expect(d.verdict.verdict).toBe('NEUTRAL');
  });

  it('when every run ran on one known node: a REGRESSION (its own spread decides)', () => {
    const d = compareReports(
      bases(() => 'gpu-node-1'),
      run(1, 'gpu-node-1', { ttft: 1.2 }),
    );
    const m = metric(d, 'p50_ttft');
    expect(m.outcome).toBe('regressed');
    expect(m.reason).toBe('beyond_cell_noise');
    expect(m.noise?.jump_share).toBeUndefined();
    expect(d.verdict.verdict).toBe('REGRESSION');
  });

  it('base runs on one node, the head on another: SUSPICIOUS', () => {
    const d = compareReports(
      bases(() => 'gpu-node-1'),
      run(1, 'gpu-node-2', { ttft: 1.2 }),
    );
    expect(metric(d, 'p50_ttft').outcome).toBe('unchanged');
    expect(metric(d, 'p50_ttft').suspicious).toBe(true);
  });

  it('confirmed by a second head run: a REGRESSION', () => {
    const d = compareReports(
      bases(() => null),
      [run(1.001, null, { ttft: 1.2 }), run(0.999, null, { ttft: 1.2 })],
    );
    const m = metric(d, 'p50_ttft');
    expect(m.n_head_runs).toBe(2);
    expect(m.outcome).toBe('regressed');
  });

  it('a share calibrated on the team’s own runs (jump_on_one_node) holds on one node too: SUSPICIOUS', () => {
    const d = compareReports(
      bases(() => 'gpu-node-1'),
      run(1, 'gpu-node-1', { ttft: 1.2 }),
      { noisePrior: { ttft: { ...DEFAULT_NOISE_PRIOR.ttft, jump_share: 0.1, jump_on_one_node: true } } },
    );
    expect(metric(d, 'p50_ttft').outcome).toBe('unchanged');
    expect(metric(d, 'p50_ttft').noise?.jump_share).toBe(0.1);
  });

  it('with the jump share set to 0 (compare.noise_prior): a REGRESSION', () => {
    const { jump_share: _, ...ttft } = DEFAULT_NOISE_PRIOR.ttft;
    const d = compareReports(
      bases(() => null),
      run(1, null, { ttft: 1.2 }),
      { noisePrior: { ttft: { ...ttft, jump_share: 0 } } },
    );
    expect(metric(d, 'p50_ttft').outcome).toBe('regressed');
  });
});

describe('one head run, five tight base runs: −8% throughput in one cell', () => {
  it('throughput has no jump share: a REGRESSION wherever the runs ran', () => {
    const d = compareReports(
      bases(() => null),
      run(1, null, { tput: 0.92 }),
    );
    expect(metric(d, 'tput_per_gpu').outcome).toBe('regressed');
    expect(d.verdict.verdict).toBe('REGRESSION');
  });
});
