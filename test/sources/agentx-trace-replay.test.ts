/**
 * AgentX v0.1 trace replay adapter. Expected values:
 * - `sweep/` (copy of shared/fixtures/agentx-trace-replay): fixtures/README.md table, plus exact
 *   values recomputed independently with Python (csv.DictReader + numpy.percentile, linear) over
 *   the CSVs: successful rows with value > 0, counters last − first of metrics_server_metrics.csv.
 *   The aggregate's own latency numbers match those exactly (same data, same percentile rule).
 * - small cases (`bom-crlf/`, `truncated/`, ...): five hand-written rows, worked out in comments.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeFragments } from '../../src/core/cells/merge.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import type { Cell, CellFragment } from '../../src/core/types.js';
import { deriveCellMetrics } from '../../src/core/cells/derived.js';
import { createIngestContext, scanResultsDir } from '../../src/io/ingest-context.js';
import { agentxAiperfAdapter } from '../../src/sources/agentx-aiperf.js';
import { agentxTraceReplayAdapter } from '../../src/sources/agentx-trace-replay.js';
import type { AdapterResult, IngestContext } from '../../src/sources/types.js';

const FIX = path.join(import.meta.dirname, '../fixtures/sources/agentx-trace-replay');

async function run(name: string): Promise<{ r: AdapterResult; ctx: IngestContext }> {
  const root = path.join(FIX, name);
  const { files } = await scanResultsDir(root);
  const ctx = createIngestContext(root, files, { ...DEFAULT_THRESHOLDS });
  const r = await agentxTraceReplayAdapter.collect(ctx);
  return { r, ctx };
}

function byConc(r: AdapterResult, conc: number): CellFragment {
  const f = r.fragments.find((x) => x.identity.concurrency === conc);
  if (!f) throw new Error(`no fragment for conc ${conc}`);
  return f;
}

const RF = (c: number, runner: string): string =>
  `dsv4_tp8_conc${c}_offloadcpu_fp8_vllm_tp8-ep1-dpafalse_disagg-false_spec-none_conc${c}_${runner}`;

/** The fragment's metrics as its cell shows them: per-GPU and interactivity derived (src/core/cells/derived.ts). */
function cellMetrics(f: CellFragment): Cell['metrics'] {
  const cell = {
    metrics: { ...f.metrics },
    topology: f.topology,
    is_multinode: f.identity.is_multinode,
  } as unknown as Cell;
  deriveCellMetrics(cell);
  return cell.metrics;
}

describe('agentx-trace-replay: v0.1 sweep (c8, c16, c32)', () => {
  // rows / success / sessions: fixtures/README.md; p99 TTFT, out tok/s, hit rates, offload,
  // KV: README (rounded) and the Python recomputation (exact).
  const table = [
    {
      conc: 8,
      rf: RF(8, 'h200-cw_00'),
      rows: 303,
      ok: 303,
      sessions: [8, 8],
      p99Ttft: 1.4967904471800237,
      outTps: 256.10954361981186,
      gpuHit: 0.8883575447181989,
      theo: 0.9552353677590267,
      g2c: 44886747520,
      c2g: 46658455920,
      kvMax: 0.5715,
      kvP95: 0.55386,
      preemptions: 0,
      duration: 486.50666522979736,
    },
    {
      conc: 16,
      rf: RF(16, 'h200-cw_01'),
      rows: 562,
      ok: 562,
      sessions: [16, 16],
      p99Ttft: 2.286987114014184,
      outTps: 418.8897885508333,
      gpuHit: 0.8214967361105076,
      theo: 0.9552178764696211,
      g2c: 93543922608,
      c2g: 176233745312,
      kvMax: 0.8689,
      kvP95: 0.83225,
      preemptions: 0,
      duration: 501.6379146575928,
    },
    {
      conc: 32,
      rf: RF(32, 'h200-nb_0'),
      rows: 857,
      ok: 854,
      sessions: [32, 32],
      p99Ttft: 3.5395692851859213,
      outTps: 617.8873490578004,
      gpuHit: 0.6687194503751005,
      theo: 0.941867246645841,
      g2c: 171423822112,
      c2g: 454463952896,
      kvMax: 0.9862,
      kvP95: 0.96634,
      preemptions: 14,
      duration: 543.846706867218,
    },
  ];

  it('joins requests CSV, server CSV and aggregate into one fragment per cell', async () => {
    const { r } = await run('sweep');
    expect(r.fragments).toHaveLength(3);
    expect(r.findings).toEqual([]);
    for (const t of table) {
      const f = byConc(r, t.conc);
      expect(f.source_format).toBe('agentx-trace-replay');
      expect(f.source_variant).toBe('agentx-v0.1');
      expect(f.dir).toBe(`agentic_${t.rf}`);
      expect(f.files).toEqual([
        `agentic_${t.rf}/metrics_server_metrics.csv`,
        `agentic_${t.rf}/trace_replay/detailed_results.csv`,
        `bmk_agentic_${t.rf}/${t.rf}.json`,
      ]);
      expect(f.artifacts.requests_csv).toBe(`agentic_${t.rf}/trace_replay/detailed_results.csv`);
      expect(f.artifacts.server_metrics_csv).toBe(`agentic_${t.rf}/metrics_server_metrics.csv`);
      expect(f.artifacts.aggregate).toBe(`bmk_agentic_${t.rf}/${t.rf}.json`);
      expect(f.artifacts.benchmark_command).toBe(`agentic_${t.rf}/benchmark_command.txt`);
      expect(f.findings).toEqual([]);
    }
    expect(byConc(r, 16).artifacts.run_metadata).toBe(`agentic_${RF(16, 'h200-cw_01')}/agentx_run_metadata.json`);
  });

  it.each(table)('c$conc: completion from the CSV, sessions by user_id', async (t) => {
    const { r } = await run('sweep');
    const f = byConc(r, t.conc);
    expect(f.counts.total).toBe(t.rows);
    expect(f.counts.successful).toBe(t.ok);
    expect([f.counts.sessions_total, f.counts.sessions_completed]).toEqual(t.sessions);
    expect(f.counts.source).toBe(`agentic_${t.rf}/trace_replay/detailed_results.csv`);
  });

  it.each(table)('c$conc: latency, throughput and server metrics', async (t) => {
    const { r } = await run('sweep');
    const m = cellMetrics(byConc(r, t.conc));
    expect(m.p99_ttft).toBeCloseTo(t.p99Ttft, 9);
    expect(m.output_tput_tps).toBeCloseTo(t.outTps, 6);
    expect(m.duration_seconds).toBeCloseTo(t.duration, 9);
    expect(m.server_gpu_cache_hit_rate).toBeCloseTo(t.gpuHit, 9);
    expect(m.theoretical_cache_hit_rate).toBeCloseTo(t.theo, 12);
    expect(m.kv_offload_bytes_gpu_to_cpu).toBe(t.g2c);
    expect(m.kv_offload_bytes_cpu_to_gpu).toBe(t.c2g);
    expect(m.kv_cache_usage_max).toBeCloseTo(t.kvMax, 9);
    expect(m.kv_cache_usage_p95).toBeCloseTo(t.kvP95, 9);
    expect(m.preemptions).toBe(t.preemptions);
    // cpu_kv_cache_usage_pct reads 0.00 in every row: the metric does not exist.
    expect(m.cpu_kv_cache_usage_p95).toBeNull();
    expect(m.gpus).toBe(8);
    expect(m.tput_per_gpu).toBeCloseTo((m.total_tput_tps as number) / 8, 9);
    expect(m.request_throughput_rps).toBeCloseTo(t.ok / t.duration, 9);
    expect(m.p99_intvty).toBeCloseTo(1 / (m.p99_tpot as number), 9);
    expect(m.ttft_n).toBe(t.ok);
  });

  it('c32: README rounded values; server request delta is 854, not the aggregate 886', async () => {
    const { r } = await run('sweep');
    const f = byConc(r, 32);
    const m = f.metrics;
    expect(m.p99_ttft).toBeCloseTo(3.54, 2);
    expect(m.server_gpu_cache_hit_rate).toBeCloseTo(0.669, 3);
    expect(Math.round((m.kv_offload_bytes_gpu_to_cpu as number) / 1e9)).toBe(171);
    expect(Math.round((m.kv_offload_bytes_cpu_to_gpu as number) / 1e9)).toBe(454);
    expect(m.kv_cache_usage_max).toBeCloseTo(0.986, 3);
    // Δrequest_success_total = 886 − 32 (first row holds the warmup requests).
    expect(m.server_requests_completed).toBe(854);
    expect(f.samples?.ttft_s?.n).toBe(854);
    expect(f.samples?.tpot_s?.n).toBe(854);
    // the 3 failed rows (ttft 0.0) are not TTFT samples: the smallest sample is positive
    expect(f.samples?.ttft_s?.values[0]).toBeGreaterThan(0);
    // Python: mean of ttft over 854 successful rows; the aggregate's mean_ttft is the same.
    expect(m.mean_ttft).toBeCloseTo(0.8035776408682014, 12);
    expect(m.p95_ttft).toBeCloseTo(1.3504623069650408, 9);
  });

  it('identity and topology come from the aggregate', async () => {
    const { r } = await run('sweep');
    const f = byConc(r, 16);
    expect(f.identity).toEqual({
      hardware: 'h200',
      model: 'deepseek-ai/DeepSeek-V4-Pro',
      framework: 'vllm',
      precision: 'fp8',
      scenario_type: 'agentic-coding',
      is_multinode: false,
      recipe_name: null,
      isl: null,
      osl: null,
      concurrency: 16,
    });
    expect(f.topology).toMatchObject({
      tp: 8,
      ep: 1,
      dp_attention: false,
      spec_decoding: 'none',
      offloading: 'cpu',
      gpus: 8,
    });
    expect(f.explicit_id).toBeNull();
  });

  it('claims every file of the sweep and lists them in the manifest', async () => {
    const { r, ctx } = await run('sweep');
    for (const f of ctx.files) expect(ctx.isClaimed(f.path), f.path).toBe(true);
    const kinds = new Map(r.manifest.map((m) => [m.path, m]));
    const rf = RF(32, 'h200-nb_0');
    expect(kinds.get(`agentic_${rf}/trace_replay/detailed_results.csv`)).toMatchObject({
      kind: 'agentx_requests_csv',
      required: true,
      present: true,
    });
    expect(kinds.get(`agentic_${rf}/metrics_server_metrics.csv`)).toMatchObject({
      kind: 'agentx_server_metrics_csv',
      present: true,
    });
    expect(kinds.get(`agentic_${rf}/benchmark_command.txt`)).toMatchObject({
      kind: 'benchmark_command',
      present: true,
    });
    expect(r.manifest.every((m) => m.present)).toBe(true);
  });

  it('is deterministic', async () => {
    const a = (await run('sweep')).r;
    const b = (await run('sweep')).r;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('merges with the rows of a collected agg_bmk.json without conflicts', async () => {
    const sweep = (await run('sweep')).r;
    const collected = (await run('collected-v01')).r;
    expect(collected.fragments.map((f) => [f.identity.concurrency, f.extras?.row_index, f.files])).toEqual([
      [8, 0, ['results_bmk/agg_bmk.json']],
      [32, 1, ['results_bmk/agg_bmk.json']],
    ]);
    // Row counts are the aggregate's num_requests_* (857/854 at c32), never total_requests_completed (886).
    expect(collected.fragments[1]?.counts).toMatchObject({ total: 857, successful: 854 });
    const merged = mergeFragments([...sweep.fragments, ...collected.fragments]);
    expect(merged.findings).toEqual([]);
    expect(merged.cells).toHaveLength(3);
    const c32 = merged.cells.find((c) => c.cell.concurrency === 32);
    expect(c32?.fragments).toHaveLength(2);
    expect(c32?.cell.completion).toMatchObject({
      num_requests_total: 857,
      num_requests_successful: 854,
      sessions_total: 32,
      sessions_completed: 32,
    });
    expect(c32?.cell.metrics.p99_ttft).toBeCloseTo(3.5395692851859213, 12);
    expect(c32?.cell.metrics.server_gpu_cache_hit_rate).toBeCloseTo(0.6687194503751005, 12);
  });
});

/*
 * The five hand-written rows of bom-crlf/, server-absent/, flat/ (ttft, ttlt, itl, success):
 *   1 User-001 idx0 0.5  1.4  0.1 True   start 1000.0 end 1001.4  in 1000 out 10 hit 0  miss 10
 *   2 User-002 idx0 1.0  2.9  0.1 TRUE   start 1000.5 end 1003.4  in 2000 out 20 hit 5  miss 5
 *   3 User-001 idx1 0.25 0.65 0.1 true   start 1002.0 end 1002.65 in 3000 out 5  hit 10 miss 2
 *   4 User-002 idx1 0.0  0.0  0.0 False  (failed)                 in 4000 out 0  hit 8  miss 4
 *   5 User-003 idx0 2.0  2.0  0.0 True   start 1003.0 end 1005.0  in 500  out 1  hit 0  miss 4
 * total 5, successful 4; sessions: User-001 last turn ok, User-002 last turn failed, User-003 ok → 2/3.
 * ttft sorted [0.25, 0.5, 1.0, 2.0]: mean 0.9375, p50 (h=1.5) 0.75, p90 (h=2.7) 1.7, p99 (h=2.97) 1.97.
 * e2el sorted [0.65, 1.4, 2.0, 2.9]: mean 1.7375, p50 1.7. itl > 0: [0.1, 0.1, 0.1] (row 5's 0 is no sample).
 * duration 1005.0 − 1000.0 = 5 s; input 6500 → 1300 tok/s; output 36 → 7.2 tok/s; total 1307.2;
 * 4 requests / 5 s = 0.8 rps; tp 2 → tput_per_gpu 653.6. theoretical hit (successful rows) 15 / 36.
 */
describe('agentx-trace-replay: hand-written cases', () => {
  it('bom-crlf: BOM and CRLF requests CSV, CRLF server CSV with a counter reset', async () => {
    const { r } = await run('bom-crlf');
    expect(r.findings).toEqual([]);
    expect(r.fragments).toHaveLength(1);
    const f = r.fragments[0] as CellFragment;
    expect(f.findings).toEqual([]);
    expect(f.counts).toMatchObject({ total: 5, successful: 4, sessions_total: 3, sessions_completed: 2 });
    const m = cellMetrics(f);
    expect(m.mean_ttft).toBeCloseTo(0.9375, 12);
    expect(m.p50_ttft).toBeCloseTo(0.75, 12);
    expect(m.p90_ttft).toBeCloseTo(1.7, 12);
    expect(m.p99_ttft).toBeCloseTo(1.97, 12);
    expect(m.mean_e2el).toBeCloseTo(1.7375, 12);
    expect(m.p50_e2el).toBeCloseTo(1.7, 12);
    expect(m.itl_n).toBe(3);
    expect(m.mean_tpot).toBeCloseTo(0.1, 12);
    expect(m.duration_seconds).toBeCloseTo(5, 9);
    expect(m.input_tput_tps).toBeCloseTo(1300, 9);
    expect(m.output_tput_tps).toBeCloseTo(7.2, 9);
    expect(m.total_tput_tps).toBeCloseTo(1307.2, 9);
    expect(m.request_throughput_rps).toBeCloseTo(0.8, 9);
    expect(m.tput_per_gpu).toBeCloseTo(653.6, 9);
    expect(m.gpus).toBe(2);
    expect(m.theoretical_cache_hit_rate).toBeCloseTo(15 / 36, 12);
    expect(m.total_input_tokens).toBe(6500);
    expect(m.total_output_tokens).toBe(36);
    /*
     * Server rows (hits/queries, cpu hits/queries, preempt, success, g2c, c2g); row 4 is a restart:
     *   100/1000 0/0 1 5 0 0 → 400/2000 50/100 1 7 1000 0 → 700/2600 150/300 2 8 3000 500
     *   → 50/100 10/20 0 1 200 100 → 150/300 30/60 1 3 400 300
     * Δhits 300+300+50+100 = 750, Δqueries 1000+600+100+200 = 1900 → 750/1900.
     * Δcpu hits 50+100+10+20 = 180, Δcpu queries 100+200+20+40 = 360 → 0.5.
     * preemptions 0+1+0+1 = 2; requests 2+1+1+2 = 6; g2c 1000+2000+200+200 = 3400; c2g 0+500+100+200 = 800.
     * kv % [10,50,90,30,40] sorted [10,30,40,50,90]: p95 (h=3.8) 50+0.8·40 = 82 → 0.82, max 0.9.
     * cpu kv % [0,20,40,0,10] sorted [0,0,10,20,40]: p95 20+0.8·20 = 36 → 0.36 (not all zero).
     * Every one of the 12 counters drops once at row 4: 12 resets.
     */
    expect(m.server_gpu_cache_hit_rate).toBeCloseTo(750 / 1900, 12);
    expect(m.server_cpu_cache_hit_rate).toBeCloseTo(0.5, 12);
    expect(m.preemptions).toBe(2);
    expect(m.server_requests_completed).toBe(6);
    expect(m.kv_offload_bytes_gpu_to_cpu).toBe(3400);
    expect(m.kv_offload_bytes_cpu_to_gpu).toBe(800);
    expect(m.kv_cache_usage_p95).toBeCloseTo(0.82, 12);
    expect(m.kv_cache_usage_max).toBeCloseTo(0.9, 12);
    expect(m.cpu_kv_cache_usage_p95).toBeCloseTo(0.36, 12);
    expect(m.server_counter_resets).toBe(12);
    // The aggregate's last-row server value (0.123) is never used.
    expect(m.server_gpu_cache_hit_rate).not.toBeCloseTo(0.123, 3);
    expect(f.identity.hardware).toBe('h100');
  });

  it('server-absent: metrics_unavailable naming the expected server CSV', async () => {
    const { r } = await run('server-absent');
    const f = r.fragments[0] as CellFragment;
    expect(f.counts).toMatchObject({ total: 5, successful: 4 });
    expect(f.findings).toHaveLength(1);
    expect(f.findings[0]).toMatchObject({
      code: 'metrics_unavailable',
      severity: 'warning',
      evidence: { kind: 'server_metrics_missing', expected: 'agentic_tm_rf2/metrics_server_metrics.csv' },
    });
    expect(f.findings[0]?.message).toContain('agentic_tm_rf2/metrics_server_metrics.csv');
    expect(f.metrics.kv_cache_usage_p95).toBeUndefined();
    expect(f.metrics.server_gpu_cache_hit_rate).toBeUndefined();
    expect(r.manifest).toContainEqual(
      expect.objectContaining({ path: 'agentic_tm_rf2/metrics_server_metrics.csv', present: false, required: false }),
    );
  });

  it('truncated: a CSV cut inside a quoted field keeps the rows read and names the row', async () => {
    const { r } = await run('truncated');
    const f = r.fragments[0] as CellFragment;
    // rows 1 and 2 parse; row 3 is cut inside "[1002.25]
    expect(f.counts).toMatchObject({ total: 2, successful: 2 });
    expect(f.counts.basis).toContain('parse error at data row 3');
    const fi = f.findings.find((x) => x.evidence.kind === 'partial_file');
    expect(fi).toMatchObject({
      code: 'metrics_unavailable',
      severity: 'warning',
      evidence: { file: 'agentic_tm_rf3/trace_replay/detailed_results.csv', row: 3, rows_read: 2, partial: true },
    });
    expect(fi?.message).toContain('agentic_tm_rf3/trace_replay/detailed_results.csv');
    expect(fi?.evidence.reason).toMatch(/^CSV parse error after row 2: Quote Not Closed/);
    expect(f.extras?.partial_inputs).toEqual(['agentic_tm_rf3/trace_replay/detailed_results.csv']);
    // ttft of rows 1, 2: [0.5, 1.0]
    expect(f.metrics.mean_ttft).toBeCloseTo(0.75, 12);
    // the server CSV still counts
    expect(f.metrics.preemptions).toBe(2);
  });

  it('missing-columns: missing_required_artifact (critical) naming file and columns', async () => {
    const { r, ctx } = await run('missing-columns');
    expect(r.fragments).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      code: 'missing_required_artifact',
      severity: 'critical',
      evidence: { file: 'agentic_tm_rf4/trace_replay/detailed_results.csv', missing_columns: ['ttft', 'itl'] },
    });
    expect(r.findings[0]?.message).toContain('ttft, itl');
    expect(ctx.isClaimed('agentic_tm_rf4/trace_replay/detailed_results.csv')).toBe(true);
  });

  it('header-only: zero requests, identity from agentx_run_metadata.json', async () => {
    const { r } = await run('header-only');
    const f = r.fragments[0] as CellFragment;
    expect(f.counts).toMatchObject({ total: 0, successful: 0, sessions_total: null, sessions_completed: null });
    expect(f.identity.concurrency).toBe(12);
    expect(f.identity.framework).toBe('sglang');
    expect(f.identity.scenario_type).toBe('agentic-coding');
    const kinds = f.findings.map((x) => x.evidence.kind).sort();
    expect(kinds).toEqual(['aggregate_missing', 'no_data_rows', 'server_metrics_missing']);
    expect(f.metrics.p99_ttft).toBeUndefined();
    expect(f.samples).toBeUndefined();
  });

  it('empty-file: a 0-byte requests CSV is a critical finding, no cell', async () => {
    const { r } = await run('empty-file');
    expect(r.fragments).toEqual([]);
    expect(r.findings).toEqual([
      expect.objectContaining({
        code: 'missing_required_artifact',
        severity: 'critical',
        evidence: { kind: 'empty_file', file: 'agentic_tm_rf6/trace_replay/detailed_results.csv' },
      }),
    ]);
  });

  it('aggregate-only: counts from the aggregate, missing CSV is a warning that says so', async () => {
    const { r } = await run('aggregate-only');
    const rf = RF(32, 'h200-nb_0');
    expect(r.fragments).toHaveLength(1);
    const f = r.fragments[0] as CellFragment;
    expect(f.dir).toBe(`bmk_agentic_${rf}`);
    // num_requests_total / num_requests_successful, never total_requests_completed (886)
    expect(f.counts).toMatchObject({
      total: 857,
      successful: 854,
      sessions_total: null,
      source: `bmk_agentic_${rf}/${rf}.json`,
    });
    expect(f.counts.basis).toContain('aggregate');
    const miss = f.findings.find((x) => x.code === 'missing_required_artifact');
    expect(miss).toMatchObject({
      severity: 'warning',
      evidence: { expected: `agentic_${rf}/trace_replay/detailed_results.csv` },
    });
    expect(miss?.message).toContain('still carries the request counts');
    // latency from the aggregate; its server values (last row, warmup included) are not used
    expect(f.metrics.p99_ttft).toBe(3.5395692851859213);
    expect(f.metrics.p95_ttft).toBeUndefined();
    expect(f.metrics.server_gpu_cache_hit_rate).toBeUndefined();
    expect(f.metrics.output_tput_tps).toBe(617.8873490578004);
    expect(f.metrics.tput_per_gpu).toBe(10695.857033883294);
    expect(r.manifest).toContainEqual(
      expect.objectContaining({
        path: `agentic_${rf}/trace_replay/detailed_results.csv`,
        present: false,
        required: true,
      }),
    );
  });

  it('broken-aggregate: a truncated JSON in bmk_agentic_* is a critical finding naming file and line', async () => {
    const { r, ctx } = await run('broken-aggregate');
    expect(r.fragments).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      code: 'missing_required_artifact',
      severity: 'critical',
      evidence: { kind: 'unreadable_aggregate', file: 'bmk_agentic_tm_rf8/tm_rf8.json', reason: 'invalid_json' },
    });
    // the file has 5 lines and ends inside the object
    expect(r.findings[0]?.message).toContain('bmk_agentic_tm_rf8/tm_rf8.json is not valid JSON (truncated) at line 5');
    expect(ctx.isClaimed('bmk_agentic_tm_rf8/tm_rf8.json')).toBe(true);
  });

  it('flat: CSVs and aggregate downloaded into one folder still join', async () => {
    const { r } = await run('flat');
    expect(r.fragments).toHaveLength(1);
    const f = r.fragments[0] as CellFragment;
    expect(f.dir).toBe('');
    expect(f.files).toEqual(['metrics_server_metrics.csv', 'tm_rf7.json', 'trace_replay/detailed_results.csv']);
    expect(f.identity.hardware).toBe('h100');
    expect(f.counts).toMatchObject({ total: 5, successful: 4 });
    expect(f.metrics.preemptions).toBe(2);
    expect(f.findings).toEqual([]);
  });

  it('leaves aiperf aggregates and static rows to others', async () => {
    const root = path.join(import.meta.dirname, '../fixtures/sources/agentx-aiperf/collected');
    const { files } = await scanResultsDir(root);
    const ctx = createIngestContext(root, files, { ...DEFAULT_THRESHOLDS });
    const r = await agentxTraceReplayAdapter.collect(ctx);
    expect(r.fragments).toEqual([]);
    expect(ctx.isClaimed('results_bmk/agg_bmk.json')).toBe(false);
    // the aiperf adapter claims it for its rows
    await agentxAiperfAdapter.collect(ctx);
    expect(ctx.isClaimed('results_bmk/agg_bmk.json')).toBe(true);
  });
});
