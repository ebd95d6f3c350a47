/**
 * Current AgentX (aiperf, nested v3 aggregate) adapter. Expected values:
 * - `multinode/` (copy of shared/fixtures/agentx-aiperf plus the collected results_bmk/agg_bmk.json):
 *   fixtures/README.md (c4 168/168, c8 331/332) and the aggregates; p99 recomputed with Python
 *   (numpy.percentile, linear) over profiling records without error in profile_export.jsonl; it
 *   equals profile_export_aiperf.json `time_to_first_token.p99` (1267.8397112777313 ms at c8).
 * - `single/`, `jsonl-only/`: six hand-written jsonl lines, worked out below.
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

const FIX = path.join(import.meta.dirname, '../fixtures/sources/agentx-aiperf');

async function run(name: string): Promise<{ r: AdapterResult; ctx: IngestContext }> {
  const root = path.join(FIX, name);
  const { files } = await scanResultsDir(root);
  const ctx = createIngestContext(root, files, { ...DEFAULT_THRESHOLDS });
  const r = await agentxAiperfAdapter.collect(ctx);
  return { r, ctx };
}

const RF =
  'dsv4_p1x8_d0x8_conc4x8_kvdram-hicache_fp8_dynamo-sglang_prefill-tp8-pp1-dcp1-pcp1-ep1-dpfalse-nw1_decode-tp8-pp1-dcp1-pcp1-ep1-dpfalse-nw0_disagg-false_spec-mtp_conc4x8_h200-dgxc-slurm_12';

function perCell(r: AdapterResult, conc: number): CellFragment {
  const f = r.fragments.find((x) => x.identity.concurrency === conc && x.dir === `bmk_agentic_${RF}`);
  if (!f) throw new Error(`no per-cell fragment for conc ${conc}`);
  return f;
}

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

describe('agentx-aiperf: multi-node aggregated worker (c4, c8)', () => {
  const table = [
    // total = records_total − records_warmup_dropped; successful = records_profiled
    { conc: 4, total: 168, ok: 168, p99Ttft: 1.4606999974743955, p95Ttft: 0.79022, p99E2el: 26.5739097666741 },
    { conc: 8, total: 332, ok: 331, p99Ttft: 1.2678397112777313, p95Ttft: 0.71314, p99E2el: 29.683010149002037 },
  ];

  it.each(table)('c$conc: completion from request accounting, p99 from the jsonl', async (t) => {
    const { r } = await run('multinode');
    const f = perCell(r, t.conc);
    expect(f.source_format).toBe('agentx-trace-replay');
    expect(f.source_variant).toBe('aiperf-v3');
    expect(f.counts).toMatchObject({ total: t.total, successful: t.ok, sessions_total: null });
    expect(f.counts.basis).toContain('records_warmup_dropped');
    expect(f.metrics.p99_ttft).toBeCloseTo(t.p99Ttft, 12);
    expect(f.metrics.p99_e2el).toBeCloseTo(t.p99E2el, 9);
    // mean/p50/p90/p95 stay the aggregate's (rounded to 5 decimals there)
    expect(f.metrics.p95_ttft).toBe(t.p95Ttft);
    expect(f.metrics.ttft_n).toBe(t.ok);
    expect(f.samples?.ttft_s?.n).toBe(t.ok);
    expect(f.extras?.latency_tail_stat).toBe('p99');
    expect(f.files).toEqual([
      `agentic_${RF}/conc_${t.conc}/aiperf_artifacts/profile_export.jsonl`,
      `agentic_${RF}/conc_${t.conc}/aiperf_artifacts/profile_export_aiperf.json`,
      `bmk_agentic_${RF}/${RF}_conc${t.conc}.json`,
    ]);
  });

  it('c8: the naive 331/340 is not used', async () => {
    const { r } = await run('multinode');
    const f = perCell(r, 8);
    expect((f.counts.successful as number) / (f.counts.total as number)).toBeCloseTo(331 / 332, 12);
    // profile_export_aiperf.json: time_to_first_token.p99 = 1267.8397112777313 ms
    expect(f.metrics.p99_ttft).toBeCloseTo(1.2678397112777313, 12);
  });

  it('identity and topology: cluster:h200-dgxc, one aggregated worker of 8 GPUs', async () => {
    const { r } = await run('multinode');
    const f = perCell(r, 4);
    expect(f.identity).toEqual({
      hardware: 'h200-dgxc',
      model: 'deepseek-ai/DeepSeek-V4-Pro',
      framework: 'dynamo-sglang',
      precision: 'fp8',
      scenario_type: 'agentic-coding',
      is_multinode: true,
      recipe_name: null,
      isl: null,
      osl: null,
      concurrency: 4,
    });
    expect(f.topology).toMatchObject({
      prefill_num_workers: 1,
      prefill_tp: 8,
      decode_num_workers: 0,
      decode_tp: 0,
      num_prefill_gpu: 8,
      num_decode_gpu: 0,
      gpus: 8,
      spec_decoding: 'mtp',
      offloading: 'dram',
      kv_offload_backend: 'hicache',
      prefill_dp_attention: false,
    });
    expect(f.topology.tp).toBeUndefined();
    // aggregate per-GPU throughput, absolute throughput
    expect(f.metrics.tput_per_gpu).toBe(3992.2216);
    expect(f.metrics.output_tput_tps).toBe(170.14382);
    expect(f.metrics.gpus).toBe(8);
    // 168 profiled / 410.7525 s
    expect(f.metrics.request_throughput_rps).toBeCloseTo(168 / 410.7525, 12);
  });

  it('server_metrics.present false: metrics_unavailable naming server_metrics_export.json', async () => {
    const { r } = await run('multinode');
    const f = perCell(r, 8);
    const expected = `agentic_${RF}/conc_8/aiperf_artifacts/server_metrics_export.json`;
    expect(f.findings).toEqual([
      expect.objectContaining({
        code: 'metrics_unavailable',
        severity: 'warning',
        evidence: expect.objectContaining({ kind: 'server_metrics_missing', expected }),
      }),
    ]);
    expect(f.findings[0]?.message).toContain(expected);
    expect(f.metrics.server_gpu_cache_hit_rate).toBeUndefined();
    expect(r.manifest).toContainEqual(expect.objectContaining({ path: expected, present: false }));
  });

  it('collected rows merge with the per-cell fragments: 2 cells, no conflicts, no repeated findings', async () => {
    const { r, ctx } = await run('multinode');
    const rows = r.fragments.filter((f) => f.files[0] === 'results_bmk/agg_bmk.json');
    expect(rows.map((f) => [f.identity.concurrency, f.extras?.row_index])).toEqual([
      [8, 0],
      [4, 1],
    ]);
    for (const f of rows) expect(f.findings).toEqual([]);
    expect(ctx.isClaimed('results_bmk/agg_bmk.json')).toBe(true);
    const merged = mergeFragments(r.fragments);
    expect(merged.findings).toEqual([]);
    expect(merged.cells).toHaveLength(2);
    const c8 = merged.cells.find((c) => c.cell.concurrency === 8);
    expect(c8?.fragments).toHaveLength(2);
    expect(c8?.cell.completion).toMatchObject({ num_requests_total: 332, num_requests_successful: 331 });
    expect(c8?.cell.metrics.p99_ttft).toBeCloseTo(1.2678397112777313, 12);
    expect(c8?.cell.findings).toHaveLength(1);
  });

  it('claims the raw and aggregate files; the other adapter makes no v0.1 cell of them', async () => {
    const { ctx } = await run('multinode');
    const tr = await agentxTraceReplayAdapter.collect(ctx);
    expect(tr.fragments).toEqual([]);
    for (const f of ctx.files) expect(ctx.isClaimed(f.path), f.path).toBe(true);
  });

  it('is deterministic', async () => {
    const a = (await run('multinode')).r;
    const b = (await run('multinode')).r;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('agentx-aiperf: other layouts', () => {
  it('collected array alone: one fragment per agentic row, server warning kept', async () => {
    const { r } = await run('collected');
    expect(r.fragments).toHaveLength(2);
    const c8 = r.fragments.find((f) => f.identity.concurrency === 8) as CellFragment;
    expect(c8.dir).toBe('results_bmk');
    // the row's image is where it ran (issue 22 item 5), not identity
    expect(c8.extras).toEqual({
      row_index: 0,
      latency_tail_stat: 'p95',
      environment: {
        cluster: null,
        host: null,
        image: 'lmsysorg/sglang:nightly-dev-cu13-20260720-b3570a45',
        runner: null,
      },
    });
    expect(c8.counts).toMatchObject({ total: 332, successful: 331, source: 'results_bmk/agg_bmk.json' });
    expect(c8.metrics.p99_ttft).toBeUndefined();
    expect(c8.findings.map((f) => f.evidence.kind)).toEqual(['server_metrics_missing']);
  });

  it('aggregate-only: counts from accounting, missing jsonl is a warning, p95 is the tail', async () => {
    const { r } = await run('aggregate-only');
    expect(r.fragments).toHaveLength(1);
    const f = r.fragments[0] as CellFragment;
    expect(f.counts).toMatchObject({ total: 332, successful: 331 });
    const expected = `agentic_${RF}/conc_8/aiperf_artifacts/profile_export.jsonl`;
    const miss = f.findings.find((x) => x.code === 'missing_required_artifact');
    expect(miss).toMatchObject({ severity: 'warning', evidence: expect.objectContaining({ expected }) });
    expect(miss?.message).toContain('p95 is the tail statistic');
    expect(f.metrics.p99_ttft).toBeUndefined();
    expect(f.metrics.p95_ttft).toBe(0.71314);
    expect(f.extras?.latency_tail_stat).toBe('p95');
    expect(f.samples).toBeUndefined();
    expect(r.manifest).toContainEqual(expect.objectContaining({ path: expected, present: false, required: true }));
  });

  /*
   * profile_export.jsonl (single/ and jsonl-only/), ttft/latency/itl in ms:
   *   line 1 warmup                               → excluded
   *   line 2 ok  100 / 1000 / 10  isl 100 osl 50  start 1.0e9 end 2.0e9 ns
   *   line 3 `{"metadata": ...` (cut)             → bad line, skipped
   *   line 4 ok  200 / 2000 / 20  isl 200 osl 60  start 1.5e9 end 3.5e9
   *   line 5 error TimeoutError                   → failure
   *   line 6 ok  300 / 3000 / 30  isl 300 osl 70  start 2.0e9 end 5.0e9
   *   line 7 empty                                → ignored
   * non-warmup 4, successful 3; ttft s [0.1, 0.2, 0.3]: mean 0.2, p50 0.2, p99 (h=1.98) 0.298;
   * e2el p99 2.98; itl p99 0.0298; tokens in 600, out 180; duration (5e9 − 1e9) ns = 4 s.
   */
  it('single: single-node join, bad jsonl line named, server metrics mapped', async () => {
    const { r, ctx } = await run('single');
    expect(r.fragments).toHaveLength(1);
    const f = r.fragments[0] as CellFragment;
    expect(f.identity).toMatchObject({ hardware: 'h100', concurrency: 4, is_multinode: false });
    expect(f.topology).toMatchObject({ tp: 4, pp: 1, pcp_size: 1, dp_attention: false, offloading: 'none', gpus: 4 });
    // request_accounting: records_total 5 − warmup 1 = 4, profiled 3
    expect(f.counts).toMatchObject({ total: 4, successful: 3 });
    const m = cellMetrics(f);
    expect(m.p99_ttft).toBeCloseTo(0.298, 12);
    expect(m.p99_e2el).toBeCloseTo(2.98, 12);
    expect(m.p99_tpot).toBeCloseTo(0.0298, 12);
    expect(m.p99_intvty).toBeCloseTo(1 / 0.0298, 9);
    expect(m.p95_ttft).toBe(0.29);
    expect(m.mean_ttft).toBe(0.2);
    expect(m.total_input_tokens).toBe(600);
    expect(m.total_output_tokens).toBe(180);
    expect(m.tput_per_gpu).toBe(262.5);
    expect(m.request_throughput_rps).toBeCloseTo(0.3, 12);
    expect(m.server_gpu_cache_hit_rate).toBe(0.8);
    expect(m.server_cpu_cache_hit_rate).toBe(0.25);
    expect(m.kv_offload_bytes_gpu_to_cpu).toBeNull();
    expect(m.gpu_kv_cache_usage).toBeCloseTo(0.75, 12);
    expect(m.server_requests_completed).toBe(3);
    const bad = f.findings.find((x) => x.evidence.kind === 'bad_lines');
    expect(bad).toMatchObject({
      code: 'metrics_unavailable',
      severity: 'warning',
      evidence: {
        file: 'agentic_tm_rfa/aiperf_artifacts/profile_export.jsonl',
        line: 3,
        lines: [3],
        bad_line_count: 1,
        records_kept: 5,
      },
    });
    expect(bad?.message).toContain('agentic_tm_rfa/aiperf_artifacts/profile_export.jsonl');
    expect(f.findings.map((x) => x.evidence.kind)).toEqual(['bad_lines']);
    expect(f.artifacts.server_metrics).toBe('agentic_tm_rfa/aiperf_artifacts/server_metrics_export.json');
    for (const file of ctx.files) expect(ctx.isClaimed(file.path), file.path).toBe(true);
  });

  it('jsonl-only: counts and full ladders from the jsonl, identity unknown', async () => {
    const { r } = await run('jsonl-only');
    expect(r.fragments).toHaveLength(1);
    const f = r.fragments[0] as CellFragment;
    expect(f.dir).toBe('agentic_tm_rfb/conc_16');
    expect(f.identity.concurrency).toBe(16);
    expect(f.identity.hardware).toBeNull();
    expect(f.counts).toMatchObject({
      total: 4,
      successful: 3,
      source: 'agentic_tm_rfb/conc_16/aiperf_artifacts/profile_export.jsonl',
    });
    const m = f.metrics;
    expect(m.mean_ttft).toBeCloseTo(0.2, 12);
    expect(m.p50_ttft).toBeCloseTo(0.2, 12);
    expect(m.p99_ttft).toBeCloseTo(0.298, 12);
    expect(m.duration_seconds).toBeCloseTo(4, 12);
    expect(m.input_tput_tps).toBeCloseTo(150, 12);
    expect(m.output_tput_tps).toBeCloseTo(45, 12);
    expect(m.total_tput_tps).toBeCloseTo(195, 12);
    expect(m.request_throughput_rps).toBeCloseTo(0.75, 12);
    // profile_export_aiperf.json: theoretical_prefix_cache_hit 50 %
    expect(m.theoretical_cache_hit_rate).toBeCloseTo(0.5, 12);
    expect(f.findings.map((x) => x.evidence.kind).sort()).toEqual(['aggregate_missing', 'bad_lines']);
  });
});
