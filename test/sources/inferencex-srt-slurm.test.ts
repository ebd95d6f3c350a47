/**
 * InferenceX multi-node srt-slurm adapter. Fixtures (test/fixtures/sources/inferencex-srt-slurm/):
 * - `jobs/`: copy of shared/fixtures/inferencex-srt-slurm. Expected values from fixtures/README.md
 *   and read off the files with Python (json.load): job 1 c256 raw completed 2560 / num_prompts
 *   2560, total_token_throughput 72974.93704180632, output_throughput 8108.32633797848; agg
 *   tput_per_gpu 1824.3734260451579 (= 72974.937… / 40), output_tput_per_gpu 253.3851980618275
 *   (= 8108.326… / 32 decode GPUs), input_tput_per_gpu 8108.32633797848 (= (72974.937… −
 *   8108.326…) / 8 prefill GPUs), p99_ttft 2.109825805689899; c512 5120/5120. Job 2: c1, agg only,
 *   1p1d = 8 + 8 GPUs, tput_per_gpu 66.85589975583646.
 * - `logs-joins/`: job 1's power_audit_ folder with its aggs and only the LOGS/ raw copies.
 * - `logs-only/`: job 1's bmk_ aggs, and a power_audit_ folder holding only the LOGS/ raw copies.
 * - `broken/`: job 2's agg truncated to 600 bytes; job 1's LOGS c512 copy emptied.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeFragments } from '../../src/core/cells/merge.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import type { Cell, CellFragment } from '../../src/core/types.js';
import { deriveCellMetrics } from '../../src/core/cells/derived.js';
import { createIngestContext, scanResultsDir } from '../../src/io/ingest-context.js';
import { evalAdapter } from '../../src/sources/eval.js';
import { inferencexSrtSlurmAdapter } from '../../src/sources/inferencex-srt-slurm.js';
import { inferencexStaticAdapter } from '../../src/sources/inferencex-static.js';
import type { AdapterResult, IngestContext } from '../../src/sources/types.js';

const FIX = path.join(import.meta.dirname, '../fixtures/sources');

async function run(name: string): Promise<{ r: AdapterResult; ctx: IngestContext; files: string[] }> {
  const root = path.join(FIX, name);
  const { files } = await scanResultsDir(root);
  const ctx = createIngestContext(root, files, { ...DEFAULT_THRESHOLDS });
  const r = await inferencexSrtSlurmAdapter.collect(ctx);
  return { r, ctx, files: files.map((f) => f.path) };
}

const RF1 =
  'dsv4_8k1k_fp4_dynamo-vllm_prefill-tp8-pp1-dcp1-pcp1-ep8-dptrue-nw1_decode-tp8-pp1-dcp1-pcp1-ep1-dpfalse-nw4_disagg-true_spec-none_conc256x512_gb200-nv_1';
const RF2 =
  'dsv4_8k1k_fp4_dynamo-vllm_prefill-tp8-pp1-dcp1-pcp1-ep8-dptrue-nw1_decode-tp8-pp1-dcp1-pcp1-ep1-dpfalse-nw1_disagg-true_spec-none_conc1_gb200-nv_0';
const SUB = 'sa-bench_isl_8192_osl_1024';
const point1 = (conc: number): string => `${RF1}_${SUB}_conc${conc}_gpus_40_ctx_8_gen_32`;
const PA = `power_audit_${RF1}`;
const LOGS = (conc: number): string => `${PA}/LOGS/${SUB}/results_concurrency_${conc}_gpus_40_ctx_8_gen_32.json`;
const TARBALL = `multinode_server_logs_${RF1}/multinode_server_logs.tar.gz`;

function frag(r: AdapterResult, dir: string, conc: number): CellFragment {
  const f = r.fragments.find((x) => x.dir === dir && x.identity.concurrency === conc);
  if (!f) throw new Error(`no fragment ${dir} c${conc}`);
  return f;
}

describe('inferencex-srt-slurm: GB200 jobs', () => {
  it('5 fragments: job 2 c1 (bmk_), job 1 c256/c512 in bmk_ and power_audit_ (LOGS copies not counted again)', async () => {
    const { r } = await run('inferencex-srt-slurm/jobs');
    expect(r.fragments.map((f) => `${f.dir.slice(0, 5)}:${f.identity.concurrency}`).sort()).toEqual([
      'bmk_d:1',
      'bmk_d:256',
      'bmk_d:512',
      'power:256',
      'power:512',
    ]);
    expect(
      r.fragments.every((f) => f.source_format === 'inferencex-srt-slurm' && f.identity.is_multinode === true),
    ).toBe(true);
    expect(r.findings).toEqual([]);
  });

  const table = [
    {
      conc: 256,
      total: 2560,
      tpg: 1824.3734260451579,
      out: 253.3851980618275,
      inp: 8108.32633797848,
      abs: 72974.93704180632,
      p99: 2.109825805689899,
    },
    {
      conc: 512,
      total: 5120,
      tpg: 2502.294023171579,
      out: 347.54083655160815,
      inp: 11121.30676965146,
      abs: 100091.76092686315,
      p99: 3.5379781394184815,
    },
  ];
  it.each(table)('job 1 c$conc: $total/$total from the root raw twin, one cell with its LOGS copy', async (t) => {
    const { r } = await run('inferencex-srt-slurm/jobs');
    const f = frag(r, PA, t.conc);
    expect(f.counts).toMatchObject({
      total: t.total,
      successful: t.total,
      source: `${PA}/${point1(t.conc)}.json`,
      basis: 'raw completed / num_prompts',
    });
    expect(f.artifacts.raw).toEqual([LOGS(t.conc), `${PA}/${point1(t.conc)}.json`]);
    expect(f.files).toContain(LOGS(t.conc));
    expect(f.metrics.tput_per_gpu).toBe(t.tpg);
    expect(f.metrics.output_tput_per_gpu).toBe(t.out);
    expect(f.metrics.input_tput_per_gpu).toBe(t.inp);
    expect(f.metrics.total_tput_tps).toBe(t.abs);
    expect(f.metrics.p99_ttft).toBe(t.p99);
    expect(f.artifacts.logs).toBe(TARBALL);
  });

  it('c256 topology: 1 prefill worker tp8 ep8 DP-attention + 4 decode workers tp8 = 8 + 32 = 40 GPUs', async () => {
    const { r } = await run('inferencex-srt-slurm/jobs');
    const f = frag(r, `bmk_${RF1}`, 256);
    expect(f.topology).toMatchObject({
      prefill_tp: 8,
      prefill_pp: 1,
      prefill_ep: 8,
      prefill_dp_attention: true,
      prefill_num_workers: 1,
      decode_tp: 8,
      decode_ep: 1,
      decode_dp_attention: false,
      decode_num_workers: 4,
      num_prefill_gpu: 8,
      num_decode_gpu: 32,
      gpus: 40,
      spec_decoding: 'none',
      kv_p2p_transfer: 'nixl',
      router: 'dynamo-router 1.2.0.dev20260426',
    });
    expect(f.topology.tp).toBeUndefined();
    expect(f.identity).toEqual({
      hardware: 'gb200',
      model: 'deepseek-ai/DeepSeek-V4-Pro',
      framework: 'dynamo-vllm',
      precision: 'fp4',
      scenario_type: null,
      is_multinode: true,
      recipe_name: null,
      isl: 8192,
      osl: 1024,
      concurrency: 256,
    });
    // bmk_ copy: no raw, so the absolutes are per-GPU × their own denominators
    const m = derived(f);
    expect(m.output_tput_tps as number).toBeCloseTo(253.3851980618275 * 32, 9);
    expect(m.input_tput_tps as number).toBeCloseTo(8108.32633797848 * 8, 9);
    expect(m.total_tput_tps as number).toBeCloseTo(72974.93704180632, 8);
  });

  it('job 2 (c1, agg only): completion unknown, 16 GPUs, no logs', async () => {
    const { r } = await run('inferencex-srt-slurm/jobs');
    const f = frag(r, `bmk_${RF2}`, 1);
    expect(f.counts).toMatchObject({ total: null, successful: null, source: null });
    expect(f.topology).toMatchObject({ gpus: 16, num_prefill_gpu: 8, num_decode_gpu: 8, decode_num_workers: 1 });
    expect(f.metrics.tput_per_gpu).toBe(66.85589975583646);
    expect(f.artifacts.logs).toBeUndefined();
  });

  it('merges into 3 cells: c256 2560/2560 complete, c512 5120/5120, c1 unknown', async () => {
    const { r } = await run('inferencex-srt-slurm/jobs');
    const cells = mergeFragments(r.fragments)
      .cells.map((c) => c.cell)
      .sort((a, b) => (a.concurrency ?? 0) - (b.concurrency ?? 0));
    expect(
      cells.map((c) => [
        c.concurrency,
        c.completion.status,
        c.completion.num_requests_successful,
        c.completion.num_requests_total,
      ]),
    ).toEqual([
      [1, 'unknown', null, null],
      [256, 'complete', 2560, 2560],
      [512, 'complete', 5120, 5120],
    ]);
    expect(Math.round(cells[1]?.metrics.output_tput_per_gpu as number)).toBe(253);
    expect(Math.round(cells[1]?.metrics.input_tput_per_gpu as number)).toBe(8108);
    expect(cells[1]?.topology.gpus).toBe(40);
  });

  it('claims every file: tarball as server_logs (listed, not parsed), LOGS raws as raw_result; static and eval take nothing', async () => {
    const { r, ctx, files } = await run('inferencex-srt-slurm/jobs');
    expect(files.filter((p) => !ctx.isClaimed(p))).toEqual([]);
    const kinds = new Map(r.manifest.map((m) => [m.path, `${m.kind}|${m.required}|${m.present}`]));
    expect(kinds.get(TARBALL)).toBe('server_logs|false|true');
    expect(kinds.get(LOGS(256))).toBe('raw_result|true|true');
    expect(kinds.get(`${PA}/${point1(512)}.json`)).toBe('raw_result|true|true');
    expect(kinds.get(`${PA}/power_validation_${point1(512)}.json`)).toBe('power_validation|false|true');
    expect(kinds.get(`bmk_${RF2}/agg_${RF2}_${SUB}_conc1_gpus_16_ctx_8_gen_8.json`)).toBe('aggregate|true|true');
    expect(r.manifest).toHaveLength(12);
    expect((await inferencexStaticAdapter.collect(ctx)).fragments).toEqual([]);
    expect((await evalAdapter.collect(ctx)).fragments).toEqual([]);
  });
});

describe('inferencex-srt-slurm: raw copies under LOGS/', () => {
  it('LOGS copies join the aggs of their folder when the root twins are absent', async () => {
    const { r } = await run('inferencex-srt-slurm/logs-joins');
    expect(r.fragments).toHaveLength(2);
    const f = frag(r, PA, 256);
    expect(f.counts).toMatchObject({ total: 2560, successful: 2560, source: LOGS(256) });
    expect(f.files).toEqual([LOGS(256), `${PA}/agg_${point1(256)}.json`]);
    expect(f.metrics.output_tput_per_gpu).toBe(253.3851980618275);
  });

  it('LOGS only: a raw-only fragment per point (RF + subdir fallback) that merges with the bmk_ agg', async () => {
    const { r } = await run('inferencex-srt-slurm/logs-only');
    expect(r.fragments).toHaveLength(4);
    const raw = frag(r, PA, 256);
    expect(raw.files).toEqual([LOGS(256)]);
    expect(raw.identity).toEqual(frag(r, `bmk_${RF1}`, 256).identity);
    expect(raw.topology).toMatchObject({
      num_prefill_gpu: 8,
      num_decode_gpu: 32,
      gpus: 40,
      prefill_ep: 8,
      decode_num_workers: 4,
    });
    // per-GPU from the raw with the three denominators: 72974.937…/40, 8108.326…/32, 64866.61…/8
    const rm = derived(raw);
    expect(rm.tput_per_gpu as number).toBeCloseTo(1824.3734260451579, 9);
    expect(rm.output_tput_per_gpu as number).toBeCloseTo(253.3851980618275, 9);
    expect(rm.input_tput_per_gpu as number).toBeCloseTo(8108.32633797848, 9);
    const merged = mergeFragments(r.fragments);
    expect(merged.findings).toEqual([]);
    expect(merged.cells).toHaveLength(2);
    const c256 = merged.cells.find((c) => c.cell.concurrency === 256)?.cell;
    expect(c256?.completion).toMatchObject({
      num_requests_total: 2560,
      num_requests_successful: 2560,
      status: 'complete',
    });
  });
});

describe('inferencex-srt-slurm: broken inputs', () => {
  it('truncated job 2 agg (only source) → critical missing_required_artifact with line/column', async () => {
    const { r, ctx } = await run('inferencex-srt-slurm/broken');
    const file = `bmk_${RF2}/agg_${RF2}_${SUB}_conc1_gpus_16_ctx_8_gen_8.json`;
    const f = r.findings.find((x) => x.evidence.file === file);
    expect(f).toMatchObject({ code: 'missing_required_artifact', severity: 'critical' });
    expect(f?.message).toContain(file);
    expect(f?.message).toMatch(/truncated\) at line \d+, column \d+/);
    expect(ctx.isClaimed(file)).toBe(true);
    expect(r.fragments.some((x) => x.identity.concurrency === 1)).toBe(false);
  });

  it('empty LOGS copy with a readable root twin → warning, counts from the twin', async () => {
    const { r } = await run('inferencex-srt-slurm/broken');
    const f = r.findings.find((x) => x.evidence.file === LOGS(512));
    expect(f).toMatchObject({ code: 'metrics_unavailable', severity: 'warning' });
    expect(f?.evidence.used_instead).toBe(`${PA}/${point1(512)}.json`);
    expect(r.findings).toHaveLength(2);
    expect(frag(r, PA, 512).counts).toMatchObject({ total: 5120, successful: 5120 });
  });
});

describe('inferencex-srt-slurm: collected agg_bmk.json rows', () => {
  it('takes the 3 multi-node non-agentic rows (7, 12, 13); leaves the agentic rows 0, 1', async () => {
    const { r, ctx } = await run('inferencex-collected/results');
    expect(r.fragments.map((f) => [f.extras?.row_index, f.identity.concurrency])).toEqual([
      [7, 1],
      [12, 256],
      [13, 512],
    ]);
    expect(ctx.isClaimed('results_bmk/agg_bmk.json')).toBe(true);
    const c256 = r.fragments[1] as CellFragment;
    expect(c256.topology.gpus).toBe(40);
    expect(c256.counts.total).toBeNull();
  });

  it('rows merge with the job folders: still 3 cells', async () => {
    const jobs = await run('inferencex-srt-slurm/jobs');
    const rows = await run('inferencex-collected/results');
    const merged = mergeFragments([...jobs.r.fragments, ...rows.r.fragments]);
    expect(merged.findings).toEqual([]);
    expect(merged.cells).toHaveLength(3);
  });
});

/** A fragment's metrics as its cell shows them: per-GPU ↔ absolute derived after the merge (core/cells/derived.ts). */
function derived(f: CellFragment): CellFragment['metrics'] {
  const cell = {
    metrics: { ...f.metrics },
    topology: f.topology,
    is_multinode: f.identity.is_multinode,
  } as unknown as Cell;
  deriveCellMetrics(cell);
  return cell.metrics;
}
