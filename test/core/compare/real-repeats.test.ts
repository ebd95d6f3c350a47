/**
 * The real A/A repeats (test/fixtures/real-repeats/, PROVENANCE.md there): runs.jsonl is what
 * scripts/real-repeats.ts makes of the raw logs, and a few values read off the raw logs by hand
 * come out of the parser as written (ms → s).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRuns, RUNS_FILE, summarize, toJsonl, type RunCell, type RunLine } from '../../../scripts/real-repeats.js';

const runs = buildRuns();
const withCold = buildRuns({ includeColdFirstPasses: true });

const DS = 'sglang-ci/mi30x/DeepSeek-V3-0324';
const DS_WORKLOAD = 'random-3200-800-rr1.0-seed1';

function run(all: readonly RunLine[], series: string, id: string): RunLine {
  const found = all.find((r) => r.series === series && r.run === id);
  if (found === undefined) throw new Error(`no run ${series} ${id}`);
  return found;
}

function cell(r: RunLine, load: { concurrency?: number; request_rate?: number }): RunCell {
  const found = r.cells.find(
    (c) => c.concurrency === (load.concurrency ?? null) && c.request_rate === (load.request_rate ?? null),
  );
  if (found === undefined) throw new Error(`no cell ${JSON.stringify(load)} in ${r.series} ${r.run}`);
  return found;
}

describe('real repeats: runs.jsonl', () => {
  it('is what the script makes of the raw logs', () => {
    expect(toJsonl(runs)).toBe(readFileSync(RUNS_FILE, 'utf8'));
  });

  it('has 11 series (one per night), ordered by series then run, every line with cells', () => {
    expect(new Set(runs.map((r) => r.series)).size).toBe(11);
    expect(runs).toHaveLength(32);
    const keys = runs.map((r) => `${r.series}\u0000${r.run}`);
    expect([...keys].sort()).toEqual(keys);
    for (const r of runs) expect(r.cells.length).toBeGreaterThan(0);
  });

  it('DeepSeek-V3-0324 2025-10-13 image, concurrency 4, run 2 (read by hand)', () => {
    const r = run(
      runs,
      `${DS}/v0.5.3.post1-rocm630-mi30x-20251013_DeepSeek-V3-0324_FP8_online/${DS_WORKLOAD}`,
      '2025-10-14/run2',
    );
    expect(r.environment).toBe('dell300x-pla-t10-23');
    expect(r.date).toBe('2025-10-14');
    expect(r.source).toBe(
      'michael-amd/sglang-ci@bae09cef07dc2d3811f7386df4fb60430b31c876:sglang-ci/online_benchmark_log/mi30x/DeepSeek-V3-0324/' +
        'v0.5.3.post1-rocm630-mi30x-20251013_DeepSeek-V3-0324_FP8_online/sglang_serving_benchmark_concurrency_*_run2_*.log',
    );
    const c = cell(r, { concurrency: 4 });
    expect(c).toMatchObject({ request_rate: null, isl: 3200, osl: 800, requests: 128 });
    expect(Object.keys(c.metrics)).toEqual([
      'output_tput_tps',
      'total_tput_tps',
      'p50_ttft',
      'p99_ttft',
      'p50_itl',
      'p99_itl',
      'p50_e2el',
    ]);
    expect(c.metrics.output_tput_tps).toBe(191.59);
    expect(c.metrics.total_tput_tps).toBe(957.95);
    expect(c.metrics.p50_ttft).toBeCloseTo(0.18604, 12);
    expect(c.metrics.p99_ttft).toBeCloseTo(0.2093, 12);
    expect(c.metrics.p50_itl).toBeCloseTo(0.02067, 12);
    expect(c.metrics.p99_itl).toBeCloseTo(0.0212, 12);
    expect(c.metrics.p50_e2el).toBeCloseTo(16.69965, 12);
  });

  it('GROK2 on mi30x, request rate 2, run 2 (read by hand)', () => {
    const r = run(
      runs,
      'sglang-ci/mi30x/GROK2/v0.5.3.post3-rocm700-mi30x-20251018_GROK2_FP8_online/aiter/random-1024-1024-rr0.0-seed1',
      '2025-10-18/run2',
    );
    const c = cell(r, { request_rate: 2 });
    expect(c).toMatchObject({ concurrency: null, isl: 1024, osl: 1024, requests: 600 });
    expect(c.metrics.output_tput_tps).toBe(972.13);
    expect(c.metrics.total_tput_tps).toBe(1944.37);
    expect(c.metrics.p50_ttft).toBeCloseTo(0.15879, 12);
    expect(c.metrics.p99_ttft).toBeCloseTo(0.32734, 12);
    expect(c.metrics.p50_itl).toBeCloseTo(0.02036, 12);
    expect(c.metrics.p99_itl).toBeCloseTo(0.13858, 12);
    expect(c.metrics.p50_e2el).toBeCloseTo(13.48425, 12);
  });

  it('GROK1 on mi35x, request rate 8, run 3 (read by hand)', () => {
    const r = run(
      runs,
      'sglang-ci/mi35x/GROK1/v0.5.4.post1-rocm700-mi35x-20251030_GROK1_MOE-I4F8_online/aiter/random-1024-1024-rr0.0-seed1',
      '2025-10-31/run3',
    );
    expect(r.environment).toBe('smci355-ccs-aus-m12-33');
    const c = cell(r, { request_rate: 8 });
    expect(c.requests).toBe(2400);
    expect(c.metrics.output_tput_tps).toBe(2956.97);
    expect(c.metrics.total_tput_tps).toBe(5923.82);
    expect(c.metrics.p50_ttft).toBeCloseTo(0.22624, 12);
    expect(c.metrics.p99_ttft).toBeCloseTo(1.31714, 12);
    expect(c.metrics.p50_itl).toBeCloseTo(0.16951, 12);
    expect(c.metrics.p99_itl).toBeCloseTo(0.9856, 12);
    expect(c.metrics.p50_e2el).toBeCloseTo(96.10152, 12);
  });

  it('leaves out cold first passes (c=16 run 1; GROK run 1) and a run that printed no result', () => {
    const series = `${DS}/v0.5.3.post1-rocm630-mi30x-20251013_DeepSeek-V3-0324_FP8_online/${DS_WORKLOAD}`;
    const concurrencies = (r: RunLine): (number | null)[] => r.cells.map((c) => c.concurrency);
    expect(concurrencies(run(runs, series, '2025-10-14/run1'))).toEqual([1, 4, 64, 128]);
    expect(concurrencies(run(runs, series, '2025-10-14/run2'))).toEqual([1, 4, 16, 64, 128]);
    // Put back on request: the cold pass, as read by hand (median TTFT 1923.45 ms against ~313 ms warm).
    const cold = cell(run(withCold, series, '2025-10-14/run1'), { concurrency: 16 });
    expect(cold.metrics.output_tput_tps).toBe(550.85);
    expect(cold.metrics.p50_ttft).toBeCloseTo(1.92345, 12);
    expect(cold.metrics.p99_ttft).toBeCloseTo(2.6452, 12);
    // 2025-10-20 image: concurrency 128 run 1 died downloading ShareGPT before benchmarking.
    const failed = run(
      runs,
      `${DS}/v0.5.3.post3-rocm630-mi30x-20251020_DeepSeek-V3-0324_FP8_online/${DS_WORKLOAD}`,
      '2025-10-21/run1',
    );
    expect(concurrencies(failed)).toEqual([1, 4, 64]);
    // GROK1 on mi35x: every rate's run 1 is a first pass, so no run-1 line at all.
    expect(runs.filter((r) => r.series.includes('mi35x/GROK1')).map((r) => r.run)).toEqual([
      '2025-10-31/run2',
      '2025-10-31/run3',
    ]);
  });

  it('summarizes every regime it has cells for', () => {
    const rows = summarize(runs);
    const p50ttft = rows.filter((r) => r.metric === 'p50_ttft').map((r) => [r.regime, r.cells]);
    expect(p50ttft).toEqual([
      ['c<=8', 18],
      ['8<c<128', 18],
      ['c>=128', 9],
      ['rate', 9],
    ]);
  });
});
