/**
 * ray-project/llmperf summaries run per concurrency and kept the users' way
 * (src/sources/llmperf.ts): concurrency from `num_concurrent_requests`, else the folder / file
 * name; a wrapper object keyed by concurrency gives one cell per key. No public wrapped example
 * was found, so the summaries are built from llmperf's writer (token_benchmark_ray.py
 * `metadata_summary`: `results_<metric>_s_{mean,quantiles_pNN}`, `results_num_requests_started`,
 * `results_num_completed_requests`, `results_num_completed_requests_per_min`); values hand-written.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { sniffLlmperf } from '../../src/sources/llmperf.js';
import { describeHead } from '../../src/sources/lib/head.js';
import type { Cell, Report } from '../../src/core/types.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ig-llmperf-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(p: string, text: string): void {
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
}

async function analyze(dir: string): Promise<Report> {
  const r = await analyzeResultsDir({
    resultsDir: dir,
    outputDir: path.join(tmp, 'out', path.basename(dir)),
    now: new Date('2026-01-01T00:00:00Z'),
    cwd: dir,
  });
  return r.report;
}

/** A summary as token_benchmark_ray.py writes it; `ttft` scales the latencies, `conc` the concurrency key. */
function summary(ttft: number, conc: number | null, done = 40): Record<string, unknown> {
  const s: Record<string, unknown> = {
    version: '2023-08-31',
    name: 'meta-llama-Llama-3-1-8B-Instruct_550_150_summary',
    model: 'meta-llama/Llama-3.1-8B-Instruct',
    mean_input_tokens: 550,
    stddev_input_tokens: 0,
    mean_output_tokens: 150,
    stddev_output_tokens: 0,
  };
  if (conc !== null) s.num_concurrent_requests = conc;
  for (const [k, v] of [
    ['ttft_s', ttft],
    ['inter_token_latency_s', 0.02],
    ['end_to_end_latency_s', ttft + 3],
  ] as const) {
    s[`results_${k}_quantiles_p50`] = v;
    s[`results_${k}_quantiles_p90`] = v * 1.5;
    s[`results_${k}_quantiles_p99`] = v * 2;
    s[`results_${k}_mean`] = v * 1.1;
  }
  s.results_mean_output_throughput_token_per_s = 100 / ttft;
  s.results_num_requests_started = done;
  s.results_num_completed_requests = done;
  s.results_num_completed_requests_per_min = 120;
  return s;
}

describe('llmperf per-concurrency results', () => {
  it('a summary without num_concurrent_requests is recognised; the folder gives the concurrency', async () => {
    const root = path.join(tmp, 'folders');
    for (const c of [8, 16]) {
      write(
        path.join(root, `concurrency_${c}`, 'meta-llama-Llama-3-1-8B-Instruct_550_150_summary.json'),
        JSON.stringify(summary(c / 10, null)),
      );
    }
    const report = await analyze(root);
    expect(report.cells.map((c) => c.concurrency).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([8, 16]);
    const c8 = report.cells.find((c) => c.concurrency === 8) as Cell;
    expect(c8.source_variant).toBe('llmperf');
    expect([c8.model, c8.isl, c8.osl]).toEqual(['meta-llama/Llama-3.1-8B-Instruct', 550, 150]);
    expect(c8.metrics.p50_ttft).toBeCloseTo(0.8, 12);
    expect(c8.metrics.p99_ttft).toBeCloseTo(1.6, 12);
    expect(c8.metrics.mean_e2el).toBeCloseTo(4.18, 12);
    expect(c8.metrics.request_throughput_rps).toBeCloseTo(2, 12);
    expect(c8.completion.num_requests_successful).toBe(40);
  });

  it('num_concurrent_requests wins over the folder name', async () => {
    const root = path.join(tmp, 'own-key');
    write(path.join(root, 'concurrency_8', 'x_550_150_summary.json'), JSON.stringify(summary(0.5, 32)));
    const report = await analyze(root);
    expect(report.cells.map((c) => c.concurrency)).toEqual([32]);
  });

  it('a wrapper keyed by concurrency: one cell per key; the summary key wins; a non-summary value is a finding', async () => {
    const root = path.join(tmp, 'wrapper');
    const wrapped = {
      '8': summary(0.4, null),
      '16': summary(0.9, null, 38),
      c32: summary(2, 32),
      '64': { error: 'CUDA out of memory' },
    };
    write(path.join(root, 'llmperf_sweep.json'), JSON.stringify(wrapped, null, 2));
    const head = describeHead(Buffer.from(JSON.stringify(wrapped)), false);
    expect(
      sniffLlmperf({ path: 'llmperf_sweep.json', dir: '', name: 'llmperf_sweep.json' } as never, () => head),
    ).toMatchObject({ kind: 'llmperf_summary_wrapper' });
    const report = await analyze(root);
    const byConc = new Map(report.cells.map((c) => [c.concurrency, c]));
    expect([...byConc.keys()].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([8, 16, 32]);
    expect(byConc.get(8)?.metrics.p90_ttft).toBeCloseTo(0.6, 12);
    expect(byConc.get(16)?.metrics.p99_e2el).toBeCloseTo(7.8, 12);
    expect(byConc.get(16)?.completion.num_requests_successful).toBe(38);
    expect(byConc.get(32)?.metrics.output_tput_tps).toBeCloseTo(50, 12);
    const f = report.findings.find((x) => x.code === 'metrics_unavailable' && x.message.includes('llmperf_sweep.json'));
    expect(f?.message).toContain('"64"');
  });

  it('a truncated wrapper is a finding naming the file, no crash', async () => {
    const root = path.join(tmp, 'wrapper-truncated');
    const text = JSON.stringify({ '8': summary(0.4, 8), '16': summary(0.9, 16) }, null, 2);
    write(path.join(root, 'good', 'concurrency_4', 'x_550_150_summary.json'), JSON.stringify(summary(0.3, 4)));
    write(path.join(root, 'llmperf_sweep.json'), text.slice(0, Math.floor(text.length * 0.7)));
    const report = await analyze(root);
    expect(report.cells.map((c) => c.concurrency)).toEqual([4]);
    const f = report.findings.find((x) => x.code === 'missing_required_artifact');
    expect(f?.severity).toBe('critical');
    expect(JSON.stringify(f)).toContain('llmperf_sweep.json');
  });

  it('a wrapper whose keys are not concurrencies is not claimed as one', () => {
    const head = describeHead(Buffer.from(JSON.stringify({ run_a: summary(0.4, 8) })), false);
    expect(sniffLlmperf({ path: 'x.json', dir: '', name: 'x.json' } as never, () => head)).toBeNull();
  });
});
