/**
 * The June-2026 InferenceX AgentX layout (aiperf v0.2/v0.3 generation, InferenceX
 * utils/process_agentic_result.py at 1b234994): a flat aggregate `<RF>.json` (mean/p75/p90/p95,
 * no p99, num_requests_* without error records) beside `agentic_<RF>/aiperf_artifacts/` with
 * profile_export.jsonl, and no trace_replay CSVs. A clean run must give one cell per RF and no
 * warnings, also with --strict; the pre-v0.1 `bmk_agentic_<RF>/agg_<RF>.json` object is read too.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ig-agentx-flat-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const rf = (c: number) =>
  `dsv4_tp8_conc${c}_offloadcpu_fp8_vllm_tp8-ep1-dpafalse_disagg-false_spec-none_conc${c}_b200-nb_0`;

function write(p: string, text: string): void {
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
}

/** One cell: n profiling records (ttft grows with concurrency), the last `errors` of them failed. */
function cell(root: string, conc: number, n: number, errors: number): void {
  const lines: string[] = [];
  const t0 = 1_780_000_000_000_000_000;
  for (let i = 0; i < n; i++) {
    const ttft = 100 * conc + i;
    const md = { benchmark_phase: 'profiling', request_start_ns: t0 + i * 1e9, request_end_ns: t0 + (i + 2) * 1e9 };
    const metrics = {
      time_to_first_token: { value: ttft, unit: 'ms' },
      request_latency: { value: ttft + 1000, unit: 'ms' },
      inter_token_latency: { value: 20, unit: 'ms' },
      input_sequence_length: { value: 1000, unit: 'tokens' },
      output_sequence_length: { value: 50, unit: 'tokens' },
    };
    const failed = i >= n - errors;
    lines.push(
      JSON.stringify({ metadata: md, metrics: failed ? {} : metrics, error: failed ? { type: 'Timeout' } : null }),
    );
  }
  const base = path.join(root, `agentic_${rf(conc)}`, 'aiperf_artifacts');
  write(path.join(base, 'profile_export.jsonl'), `${lines.join('\n')}\n`);
  write(path.join(base, 'profile_export_aiperf.json'), JSON.stringify({ records: {} }));
  write(path.join(base, 'server_metrics_export.json'), JSON.stringify({ metrics: {} }));
  write(path.join(root, `agentic_${rf(conc)}`, 'server.log'), 'ok\n');
  const ok = n - errors;
  const agg: Record<string, unknown> = {
    hw: 'b200',
    conc,
    image: 'vllm/vllm-openai:v0.20',
    model: 'deepseek-ai/DeepSeek-V4',
    infmax_model_prefix: 'dsv4',
    framework: 'vllm',
    precision: 'fp8',
    spec_decoding: 'none',
    disagg: false,
    scenario_type: 'agentic-coding',
    is_multinode: false,
    tp: 8,
    ep: 1,
    dp_attention: 'false',
    offloading: 'cpu',
    num_requests_total: ok,
    num_requests_successful: ok,
    mean_ttft: (100 * conc) / 1000,
    p75_ttft: (100 * conc) / 1000,
    p90_ttft: (100 * conc) / 1000,
    p95_ttft: (100 * conc + 1) / 1000,
    mean_tpot: 0.02,
    p75_tpot: 0.02,
    p90_tpot: 0.02,
    p95_tpot: 0.02,
    std_tpot: 0,
    input_tput_tps: 1000 * conc,
    output_tput_tps: 50 * conc,
    total_tput_tps: 1050 * conc,
    duration_seconds: n + 1,
    tput_per_gpu: (1050 * conc) / 8,
    output_tput_per_gpu: (50 * conc) / 8,
    input_tput_per_gpu: (1000 * conc) / 8,
    server_gpu_cache_hit_rate: 0.5,
    theoretical_cache_hit_rate: 0.6,
  };
  write(path.join(root, `${rf(conc)}.json`), JSON.stringify(agg, null, 2));
}

async function analyze(root: string, strict = false) {
  const out = path.join(root, 'out');
  const code = await runCli([
    'analyze',
    root,
    '--output-dir',
    out,
    '--format',
    'json',
    ...(strict ? ['--strict'] : []),
  ]);
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  return { code, report };
}

describe('AgentX aiperf flat aggregates (June 2026)', () => {
  it('a clean 4-cell run: one cell per RF, counts from the jsonl, no findings, --strict passes', async () => {
    const root = path.join(tmp, 'clean');
    for (const c of [4, 8, 16, 32]) cell(root, c, 20, 0);
    const { code, report } = await analyze(root, true);
    expect(code).toBe(0);
    expect(report.cells).toHaveLength(4);
    expect(report.findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
    const c8 = report.cells.find((c: { concurrency: number }) => c.concurrency === 8);
    expect(c8).toMatchObject({ source_variant: 'aiperf-v3', hardware: 'b200', model: 'deepseek-ai/DeepSeek-V4' });
    expect(c8.completion).toMatchObject({ num_requests_total: 20, num_requests_successful: 20 });
    expect(c8.metrics.p95_ttft).toBeCloseTo(0.801, 9);
    // p99 from the jsonl's 20 TTFTs 800..819 ms (linear interpolation): 818.81 ms.
    expect(c8.metrics.p99_ttft).toBeCloseTo(0.81881, 9);
    expect(c8.metrics.server_gpu_cache_hit_rate).toBe(0.5);
  });

  it('errors in the jsonl make the run partial (the aggregate alone would hide them)', async () => {
    const root = path.join(tmp, 'errors');
    cell(root, 4, 20, 4);
    const { report } = await analyze(root);
    expect(report.cells).toHaveLength(1);
    expect(report.cells[0].completion).toMatchObject({ num_requests_total: 20, num_requests_successful: 16 });
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual(['partial_run']);
  });

  it('pre-v0.1 bmk_agentic_*/agg_*.json: users is the concurrency, ttlt the e2el', async () => {
    const root = path.join(tmp, 'pre');
    const agg = {
      hw: 'h200',
      users: 8,
      model: 'deepseek-ai/DeepSeek-R1',
      infmax_model_prefix: 'dsr1',
      framework: 'vllm',
      precision: 'fp8',
      scenario_type: 'agentic-coding',
      is_multinode: false,
      tp: 4,
      ep: 1,
      dp_attention: 'false',
      offload_mode: 'on',
      num_requests_total: 100,
      num_requests_successful: 98,
      mean_ttft: 0.5,
      median_ttft: 0.4,
      p90_ttft: 0.9,
      p99_ttft: 1.5,
      mean_ttlt: 10,
      p99_ttlt: 20,
      mean_itl: 0.03,
      p99_itl: 0.05,
      total_tput_tps: 4000,
      output_tput_tps: 400,
      tput_per_gpu: 1000,
      duration_seconds: 600,
    };
    write(
      path.join(root, 'bmk_agentic_dsr1_tp4_users8_offloadon', 'agg_dsr1_tp4_users8_offloadon.json'),
      JSON.stringify(agg),
    );
    const { report } = await analyze(root);
    expect(report.cells).toHaveLength(1);
    const c = report.cells[0];
    expect(c).toMatchObject({ concurrency: 8, source_variant: 'agentx-v0.1', hardware: 'h200' });
    expect(c.completion).toMatchObject({ num_requests_total: 100, num_requests_successful: 98 });
    expect(c.metrics).toMatchObject({ p99_e2el: 20, mean_e2el: 10, p99_tpot: 0.05, p99_ttft: 1.5 });
    expect(c.topology.offloading).toBe('on');
  });
});
