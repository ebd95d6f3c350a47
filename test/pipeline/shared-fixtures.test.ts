/**
 * The whole analyzer over every shared fixture folder (copied to test/fixtures/shared, see
 * FIXTURES.md there): cell counts, completion and findings written by hand from the fixture
 * README and the data, never snapshots of our own output. Every report validates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { validateContract } from '../../src/schemas/validate.js';
import type { Cell, Report } from '../../src/core/types.js';

const FIX = path.resolve(import.meta.dirname, '../fixtures/shared');
const out = mkdtempSync(path.join(tmpdir(), 'ig-shared-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function analyze(name: string): Promise<Report> {
  const r = await analyzeResultsDir({
    resultsDir: path.join(FIX, name),
    outputDir: path.join(out, name),
    now: new Date('2026-05-20T00:00:00Z'),
    cwd: FIX,
  });
  expect(validateContract('inferguard-analyze/v1', r.report)).toEqual({ ok: true });
  return r.report;
}

const byConc = (cells: Cell[]) => [...cells].sort((a, b) => (a.concurrency ?? 0) - (b.concurrency ?? 0));

describe('inferencex-static: two H200 sweeps', async () => {
  const r = await analyze('inferencex-static');
  const sglang = byConc(r.cells.filter((c) => c.framework === 'sglang'));
  const vllm = byConc(r.cells.filter((c) => c.framework === 'vllm'));

  it('has 10 cells: the bmk_ and power_audit_ copies of sweep B merge', () => {
    expect(r.cells).toHaveLength(10);
    expect(sglang.map((c) => c.concurrency)).toEqual([4, 8, 16, 32, 64]);
    expect(vllm.map((c) => c.concurrency)).toEqual([4, 8, 16, 32, 64]);
  });

  it('sweep A (agg only) has unknown completion', () => {
    expect(sglang.every((c) => c.completion.status === 'unknown' && c.completion.num_requests_total === null)).toBe(
      true,
    );
  });

  it('sweep B completion comes from the raw twins: 40/40 … 636/640', () => {
    expect(vllm.map((c) => [c.completion.num_requests_successful, c.completion.num_requests_total])).toEqual([
      [40, 40],
      [80, 80],
      [160, 160],
      [320, 320],
      [636, 640],
    ]);
    expect(vllm[4]!.completion.status).toBe('partial');
  });

  it('metrics are in seconds and tokens/s per GPU', () => {
    expect(vllm[4]!.metrics.p99_ttft as number).toBeCloseTo(18.557, 2);
    expect(vllm.map((c) => Math.round(c.metrics.tput_per_gpu as number))).toEqual([176, 305, 453, 467, 450]);
    expect(sglang.map((c) => Math.round(c.metrics.tput_per_gpu as number))).toEqual([190, 330, 532, 800, 1084]);
  });

  it('99.4% completion is above the 95% line: no partial_run', () => {
    expect(r.findings.some((f) => f.code === 'partial_run')).toBe(false);
    expect(r.findings.some((f) => f.code === 'invalid_run_no_successful_requests')).toBe(false);
  });
});

describe('inferencex-srt-slurm: GB200 disaggregated', async () => {
  const r = await analyze('inferencex-srt-slurm');

  it('has 3 cells (job 1 c256 and c512, job 2 c1), raw files under LOGS/ are not eval cells', () => {
    expect(byConc(r.cells).map((c) => c.concurrency)).toEqual([1, 256, 512]);
    expect(r.cells.every((c) => c.source_format === 'inferencex-srt-slurm')).toBe(true);
  });

  it('job 1 counts from the raw twins; job 2 unknown', () => {
    const [c1, c256, c512] = byConc(r.cells);
    expect(c256!.completion).toMatchObject({
      num_requests_total: 2560,
      num_requests_successful: 2560,
      status: 'complete',
    });
    expect(c512!.completion).toMatchObject({
      num_requests_total: 5120,
      num_requests_successful: 5120,
      status: 'complete',
    });
    expect(c1!.completion.status).toBe('unknown');
    expect(c256!.topology.gpus).toBe(40);
    expect(c1!.topology.gpus).toBe(16);
    expect(Math.round(c256!.metrics.tput_per_gpu as number)).toBe(1824);
    expect(Math.round(c256!.metrics.output_tput_per_gpu as number)).toBe(253);
    expect(Math.round(c256!.metrics.input_tput_per_gpu as number)).toBe(8108);
  });
});

describe('agentx-trace-replay: v0.1 CSVs + aggregate form one cell each', async () => {
  const r = await analyze('agentx-trace-replay');
  const cells = byConc(r.cells);

  it('three cells, one per concurrency, completion from the CSV', () => {
    expect(cells.map((c) => c.concurrency)).toEqual([8, 16, 32]);
    expect(cells.map((c) => [c.completion.num_requests_successful, c.completion.num_requests_total])).toEqual([
      [303, 303],
      [562, 562],
      [854, 857],
    ]);
    expect(cells.map((c) => [c.completion.sessions_completed, c.completion.sessions_total])).toEqual([
      [8, 8],
      [16, 16],
      [32, 32],
    ]);
  });

  it('server counters are differenced, not summed and not the warmup-inflated last row', () => {
    expect(cells.map((c) => Number((c.metrics.server_gpu_cache_hit_rate as number).toFixed(3)))).toEqual([
      0.888, 0.821, 0.669,
    ]);
    expect(cells[2]!.metrics.preemptions).toBe(14);
    expect(cells[2]!.metrics.kv_cache_usage_max as number).toBeCloseTo(0.986, 3);
  });

  it('no false metrics_unavailable for the paired server CSV', () => {
    expect(r.findings.some((f) => f.code === 'metrics_unavailable')).toBe(false);
  });
});

describe('agentx-aiperf: completion from request accounting', async () => {
  const r = await analyze('agentx-aiperf');
  const cells = byConc(r.cells);

  it('c4 168/168 and c8 331/332 (not 331/340)', () => {
    expect(
      cells.map((c) => [c.concurrency, c.completion.num_requests_successful, c.completion.num_requests_total]),
    ).toEqual([
      [4, 168, 168],
      [8, 331, 332],
    ]);
  });

  it('missing server metrics export is a metrics_unavailable warning per cell', () => {
    const mu = r.findings.filter((f) => f.code === 'metrics_unavailable');
    expect(mu.length).toBeGreaterThanOrEqual(1);
    expect(mu.every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('eval', async () => {
  const r = await analyze('eval');

  it('two cells with nested gsm8k scores; the failed conc512 file is ignored', () => {
    expect(r.cells).toHaveLength(2);
    const dsr1 = r.cells.find((c) => c.model === 'deepseek-ai/DeepSeek-R1-0528')!;
    const dsv4 = r.cells.find((c) => c.model === 'deepseek-ai/DeepSeek-V4-Pro')!;
    expect(dsr1.metrics.eval_gsm8k_exact_match_strict).toBeCloseTo(0.98, 6);
    expect(dsv4.concurrency).toBe(256);
    expect(dsv4.metrics.eval_gsm8k_exact_match_strict as number).toBeCloseTo(0.933, 3);
    expect(JSON.stringify(r.cells)).not.toContain('0.32');
  });
});

describe('inferguard-bench-native', async () => {
  const r = await analyze('inferguard-bench-native');

  it('two runs keyed by run_id, completion from request_counts, sessions from metrics.jsonl', () => {
    const replay = r.cells.find((c) => c.cell_id === 'replay-20260518T101500Z')!;
    const kv = r.cells.find((c) => c.cell_id === 'kv-stress-20260518T103000Z')!;
    expect(replay.completion).toMatchObject({
      num_requests_total: 36,
      num_requests_successful: 36,
      sessions_total: 4,
      sessions_completed: 4,
    });
    expect(replay.concurrency).toBeNull();
    expect(kv.concurrency).toBe(8);
    expect(kv.completion).toMatchObject({ num_requests_total: 8, num_requests_successful: 8 });
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('inferencex-collected: the collector array duplicates nothing', async () => {
  const r = await analyze('inferencex-collected');

  it('15 agg_bmk rows become 15 cells; the 2 eval rows join their benchmark cells (mixed)', () => {
    expect(r.cells).toHaveLength(15);
    const mixed = r.cells.filter((c) => c.source_format === 'mixed');
    // agg_eval_all rows: dsr1 sglang h200 c64 and dsv4 dynamo-vllm gb200 1p4d c256 (same identity as two bmk rows).
    expect(mixed.map((c) => [c.framework, c.concurrency]).sort()).toEqual([
      ['dynamo-vllm', 256],
      ['sglang', 64],
    ]);
    expect(mixed.every((c) => typeof c.metrics.eval_gsm8k_score === 'number')).toBe(true);
    expect(r.cells.filter((c) => c.source_format === 'agentx-trace-replay')).toHaveLength(2);
  });
});

describe('inferguard-timeline: campaign layout', async () => {
  const r = await analyze('inferguard-timeline');

  it('the low-latency raw lines give endpoint_unreachable (critical), once', () => {
    const crit = r.findings.filter((f) => f.code === 'endpoint_unreachable');
    expect(crit).toHaveLength(1);
    expect(crit[0]!.severity).toBe('critical');
  });

  it('carried live findings are deduplicated: one per code per timeline', () => {
    expect(r.findings.filter((f) => f.code === 'prefill_decode_imbalance')).toHaveLength(1);
    expect(r.findings.filter((f) => f.code === 'kv_transfer_errors_present')).toHaveLength(1);
    const imb = r.findings.find((f) => f.code === 'prefill_decode_imbalance')!;
    expect(imb.evidence.samples).toBe(24);
  });

  it('timeline blocks count samples', () => {
    const withTimeline = r.cells.filter((c) => c.timeline);
    expect(withTimeline.map((c) => (c.timeline as { sample_count: number }).sample_count).sort()).toEqual([24, 24, 3]);
  });
});

/**
 * The exact findings of each fixture (code@concurrency), from the fixture README and the rules of
 * ANALYZER.md applied to the data by hand:
 * - sweep B: p99 TTFT 2.61 → 18.56 s (7.1×, ≥ 2×2.0 so critical) c32→c64 while tput/GPU −3.5%;
 *   plateau from c16 (steps +3.0% and −3.5%, two flat steps → warning); p99 TPOT 44.0 → 86.8 ms
 *   (1.97×) at c32 and 86.8 → 164.9 ms (1.90×) at c64, both ≥ 1.5× → tpot_degradation twice.
 * - AgentX: c32 KV usage p95 96.6% ≥ 95% with 14 preemptions → kv_pressure; GPU hit 0.821 vs 0.955
 *   theoretical (c16) and 0.669 vs 0.942 (c32) below the 0.10 gap → prefix_cache_regression twice.
 * - aiperf: no server metrics export → metrics_unavailable per cell.
 * - timeline: one finding per code per timeline.
 */
describe('findings per fixture: exactly these and nothing else', () => {
  const cases: [string, string[]][] = [
    [
      'inferencex-static',
      [
        'critical:ttft_cliff@64',
        'warning:throughput_plateau@16',
        'warning:tpot_degradation@32',
        'warning:tpot_degradation@64',
      ],
    ],
    ['inferencex-srt-slurm', []],
    [
      'agentx-trace-replay',
      ['warning:kv_pressure@32', 'warning:prefix_cache_regression@16', 'warning:prefix_cache_regression@32'],
    ],
    ['agentx-aiperf', ['warning:metrics_unavailable@4', 'warning:metrics_unavailable@8']],
    ['eval', []],
    ['inferguard-bench-native', []],
    [
      'inferguard-timeline',
      [
        'critical:endpoint_unreachable@1',
        'warning:kv_transfer_errors_present@256',
        'warning:prefill_decode_imbalance@256',
      ],
    ],
  ];
  it.each(cases)('%s', async (name, expected) => {
    const r = await analyze(name);
    const conc = new Map(r.cells.map((c) => [c.cell_id, c.concurrency]));
    const got = r.findings
      .map((f) => `${f.severity}:${f.code}@${f.cell_id === null ? '-' : conc.get(f.cell_id)}`)
      .sort();
    expect(got).toEqual([...expected].sort());
  });
});
