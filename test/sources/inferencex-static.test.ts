/**
 * InferenceX single-node adapter. Fixtures (test/fixtures/sources/inferencex-static/):
 * - `sweeps/`: copy of shared/fixtures/inferencex-static. Expected values from fixtures/README.md
 *   and read off the files with Python (json.load): sweep B raw `completed`/`num_prompts`
 *   40/40, 80/80, 160/160, 320/320, 636/640; c64 agg `p99_ttft` 18.557246958361603 s (raw
 *   `p99_ttft_ms` 18557.246958361604); agg `tput_per_gpu` 176.00, 305.24, 453.14, 466.52, 450.41;
 *   c64 raw `total_token_throughput` 3603.3065339004706, `output_throughput` 399.748103863418,
 *   `duration` 1462.2508383422305.
 * - `zero-success/`: the c64 raw edited to completed 0, every `_ms` stat 0.0, throughputs 0.0,
 *   no aggregate (the transformer cannot write one); its sidecar edited to completed 0.
 * - `broken/`: hand-made bad inputs, one per folder (see the table below).
 * - `key-forms/`: a hand-written raw (no agg) using `<metric>_<stat>_ms`, `p99.9_`, a seconds key
 *   without `_ms` (`median_itl`), and `e2e_latency_p99_ms`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeFragments } from '../../src/core/cells/merge.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import type { Cell, CellFragment } from '../../src/core/types.js';
import { deriveCellMetrics } from '../../src/core/cells/derived.js';
import { createIngestContext, scanResultsDir } from '../../src/io/ingest-context.js';
import { inferencexSrtSlurmAdapter } from '../../src/sources/inferencex-srt-slurm.js';
import { inferencexStaticAdapter } from '../../src/sources/inferencex-static.js';
import fc from 'fast-check';
import { toNumber } from '../../src/core/parse.js';
import { hardwareFromRunner, latencyMetrics, parseRf, parseStatKey } from '../../src/sources/inferencex-common.js';
import type { AdapterResult, IngestContext } from '../../src/sources/types.js';

const FIX = path.join(import.meta.dirname, '../fixtures/sources');

async function run(name: string): Promise<{ r: AdapterResult; ctx: IngestContext; files: string[] }> {
  const root = path.join(FIX, name);
  const { files } = await scanResultsDir(root);
  const ctx = createIngestContext(root, files, { ...DEFAULT_THRESHOLDS });
  const r = await inferencexStaticAdapter.collect(ctx);
  return { r, ctx, files: files.map((f) => f.path) };
}

const RF_B = (conc: number, runner: string): string =>
  `dsr1_8k1k_fp8_vllm_tp8-pp1-dcp1-pcp1-ep1-dpafalse_disagg-false_spec-none_conc${conc}_${runner}_recipe-3f9c1e7a52b04d88`;
const RUNNER_B: Record<number, string> = {
  4: 'h200-cw_01',
  8: 'h200-nb_0',
  16: 'h200-cw_00',
  32: 'h200-nb_1',
  64: 'h200-cw_01',
};
const RF_A = (conc: number, runner: string): string =>
  `dsr1_8k1k_fp8_sglang_tp8-pp1-dcp1-pcp1-ep1-dpafalse_disagg-false_spec-none_conc${conc}_${runner}`;

const byDir = (r: AdapterResult, dir: string): CellFragment => {
  const f = r.fragments.find((x) => x.dir === dir);
  if (!f) throw new Error(`no fragment in ${dir}`);
  return f;
};

describe('inferencex-static: the two H200 sweeps', () => {
  it('15 fragments: 5 sweep A bmk_, 5 sweep B bmk_, 5 sweep B power_audit_ (raw + agg + sidecar joined)', async () => {
    const { r } = await run('inferencex-static/sweeps');
    expect(r.fragments).toHaveLength(15);
    expect(r.fragments.every((f) => f.source_format === 'inferencex-static')).toBe(true);
    expect(r.fragments.filter((f) => f.dir.startsWith('power_audit_'))).toHaveLength(5);
    expect(r.findings).toEqual([]);
  });

  const sweepB = [
    // conc, completed, num_prompts, agg tput_per_gpu (rounded), agg p99_ttft (s)
    { conc: 4, ok: 40, total: 40, tpg: 176, p99: 1.0762099148632993 },
    { conc: 8, ok: 80, total: 80, tpg: 305, p99: 1.1653001902916218 },
    { conc: 16, ok: 160, total: 160, tpg: 453, p99: 1.7639949191843374 },
    { conc: 32, ok: 320, total: 320, tpg: 467, p99: 2.611934957702657 },
    { conc: 64, ok: 636, total: 640, tpg: 450, p99: 18.557246958361603 },
  ];
  it.each(sweepB)('sweep B c$conc: counts $ok/$total from the raw twin, metrics from the agg', async (t) => {
    const { r } = await run('inferencex-static/sweeps');
    const rf = RF_B(t.conc, RUNNER_B[t.conc] as string);
    const f = byDir(r, `power_audit_${rf}`);
    expect(f.counts).toEqual({
      total: t.total,
      successful: t.ok,
      sessions_total: null,
      sessions_completed: null,
      source: `power_audit_${rf}/${rf}.json`,
      basis: 'raw completed / num_prompts',
    });
    expect(f.metrics.p99_ttft).toBe(t.p99);
    expect(Math.round(f.metrics.tput_per_gpu as number)).toBe(t.tpg);
    // sorted: agg_… < dsr1_… < power_validation_…
    expect(f.files).toEqual([
      `power_audit_${rf}/agg_${rf}.json`,
      `power_audit_${rf}/${rf}.json`,
      `power_audit_${rf}/power_validation_${rf}.json`,
    ]);
    expect(f.artifacts).toEqual({
      aggregate: `power_audit_${rf}/agg_${rf}.json`,
      power_validation: `power_audit_${rf}/power_validation_${rf}.json`,
      raw: `power_audit_${rf}/${rf}.json`,
    });
    // the bmk_ copy has the same metrics and no counts
    const bmk = byDir(r, `bmk_${rf}`);
    expect(bmk.counts.total).toBeNull();
    expect(bmk.metrics.p99_ttft).toBe(t.p99);
  });

  it('c64: absolute throughputs and duration from the raw; names canonical; std_intvty dropped; p99.9 kept as p999', async () => {
    const { r } = await run('inferencex-static/sweeps');
    const rf = RF_B(64, 'h200-cw_01');
    const m = byDir(r, `power_audit_${rf}`).metrics;
    expect(m.total_tput_tps).toBe(3603.3065339004706);
    expect(m.output_tput_tps).toBe(399.748103863418);
    expect(m.input_tput_tps).toBeCloseTo(3603.3065339004706 - 399.748103863418, 9);
    expect(m.duration_seconds).toBe(1462.2508383422305);
    expect(m.request_throughput_rps).toBe(0.4349458952754235);
    expect(m.total_input_tokens).toBe(4684406);
    expect(m.total_output_tokens).toBe(584532);
    // agg median_ttft 5.505151561263379 → p50_ttft; p99.9_ttft 22.044604249535897 → p999_ttft
    expect(m.p50_ttft).toBe(5.505151561263379);
    expect(m.p999_ttft).toBe(22.044604249535897);
    // agg p99_intvty 6.064733611784594 = 1000 / raw p99_tpot_ms 164.8877038979693
    expect(m.p99_intvty).toBe(6.064733611784594);
    expect(m.mean_tpot).toBe(0.13818523422483983);
    expect(m.std_intvty).toBeUndefined();
    expect(m.median_ttft).toBeUndefined();
    expect(Object.keys(m).some((k) => k.includes('.'))).toBe(false);
    expect(m.power_valid).toBe(false);
  });

  it('identity and topology from the aggregate (dp_attention string → boolean, gpus = tp×pp×pcp)', async () => {
    const { r } = await run('inferencex-static/sweeps');
    const f = byDir(r, `bmk_${RF_A(16, 'h200-nb_0')}`);
    expect(f.identity).toEqual({
      hardware: 'h200',
      model: 'deepseek-ai/DeepSeek-R1-0528',
      framework: 'sglang',
      precision: 'fp8',
      scenario_type: null,
      is_multinode: false,
      recipe_name: null,
      isl: 8192,
      osl: 1024,
      concurrency: 16,
    });
    expect(f.topology).toMatchObject({
      tp: 8,
      pp: 1,
      dcp_size: 1,
      pcp_size: 1,
      ep: 1,
      dp_attention: false,
      spec_decoding: 'none',
      gpus: 8,
    });
    expect(f.explicit_id).toBeNull();
    expect(Math.round(f.metrics.tput_per_gpu as number)).toBe(532);
  });

  it('sweep A + B merge into 10 cells: sweep A unknown completion, c64 636/640', async () => {
    const { r } = await run('inferencex-static/sweeps');
    const cells = mergeFragments(r.fragments).cells.map((c) => c.cell);
    expect(cells).toHaveLength(10);
    const a = cells.filter((c) => c.framework === 'sglang').sort((x, y) => (x.concurrency ?? 0) - (y.concurrency ?? 0));
    const b = cells.filter((c) => c.framework === 'vllm').sort((x, y) => (x.concurrency ?? 0) - (y.concurrency ?? 0));
    expect(a.map((c) => c.completion.status)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(a.map((c) => Math.round(c.metrics.tput_per_gpu as number))).toEqual([190, 330, 532, 800, 1084]);
    expect(b.map((c) => [c.completion.num_requests_successful, c.completion.num_requests_total])).toEqual([
      [40, 40],
      [80, 80],
      [160, 160],
      [320, 320],
      [636, 640],
    ]);
  });

  it('claims every file, manifest has the right kinds, and srt-slurm sees nothing here', async () => {
    const { r, ctx, files } = await run('inferencex-static/sweeps');
    expect(files.filter((p) => !ctx.isClaimed(p))).toEqual([]);
    const kinds = new Map(r.manifest.map((m) => [m.path, `${m.kind}|${m.required}|${m.present}`]));
    const rf = RF_B(8, 'h200-nb_0');
    expect(kinds.get(`power_audit_${rf}/${rf}.json`)).toBe('raw_result|true|true');
    expect(kinds.get(`power_audit_${rf}/agg_${rf}.json`)).toBe('aggregate|true|true');
    expect(kinds.get(`power_audit_${rf}/power_validation_${rf}.json`)).toBe('power_validation|false|true');
    expect(r.manifest).toHaveLength(25);
    const srt = await inferencexSrtSlurmAdapter.collect(ctx);
    expect(srt.fragments).toEqual([]);
  });

  it('is deterministic', async () => {
    const a = await run('inferencex-static/sweeps');
    const b = await run('inferencex-static/sweeps');
    expect(JSON.stringify(a.r)).toBe(JSON.stringify(b.r));
  });
});

describe('inferencex-static: zero-success cell (raw file, no aggregate)', () => {
  it('still gives a fragment: 0/640, no latency metrics, identity from raw + RF', async () => {
    const { r } = await run('inferencex-static/zero-success');
    expect(r.fragments).toHaveLength(1);
    const rf = RF_B(64, 'h200-cw_01');
    const f = r.fragments[0] as CellFragment;
    expect(f.dir).toBe(`power_audit_${rf}`);
    expect(f.counts).toMatchObject({ total: 640, successful: 0, source: `power_audit_${rf}/${rf}.json` });
    // every stat in the file is 0.0: not a measurement
    for (const k of [
      'p99_ttft',
      'mean_ttft',
      'p50_tpot',
      'p99_itl',
      'mean_e2el',
      'p999_ttft',
      'mean_intvty',
      'std_ttft',
    ]) {
      expect(f.metrics[k]).toBeUndefined();
    }
    expect(f.metrics.duration_seconds).toBe(1462.2508383422305);
    // the RF is the fallback: runner h200-cw_01 → h200, _8k1k_ → 8192/1024, tp8-…-dpafalse
    expect(f.identity).toEqual({
      hardware: 'h200',
      model: 'deepseek-ai/DeepSeek-R1-0528',
      framework: 'vllm',
      precision: 'fp8',
      scenario_type: null,
      is_multinode: false,
      recipe_name: null,
      isl: 8192,
      osl: 1024,
      concurrency: 64,
    });
    expect(f.topology).toMatchObject({
      tp: 8,
      pp: 1,
      dcp_size: 1,
      pcp_size: 1,
      ep: 1,
      dp_attention: false,
      spec_decoding: 'none',
      gpus: 8,
    });
    expect(f.artifacts.power_validation).toBe(`power_audit_${rf}/power_validation_${rf}.json`);
    const cell = mergeFragments(r.fragments).cells[0]?.cell;
    expect(cell?.completion.status).toBe('failed');
  });
});

describe('inferencex-static: broken inputs become findings, never a crash', () => {
  const rfA4 = RF_A(4, 'h200-cw_00');
  const rf8 = RF_B(8, 'h200-nb_0');
  const rf16 = RF_B(16, 'h200-cw_00');
  const rf32 = RF_B(32, 'h200-nb_1');
  const rf4 = RF_B(4, 'h200-cw_01');
  const rf64 = RF_B(64, 'h200-cw_01');

  const table = [
    {
      what: 'truncated agg, only source of the cell',
      file: `bmk_${rfA4}/agg_${rfA4}.json`,
      code: 'missing_required_artifact',
      severity: 'critical',
      contains: ['is not valid JSON (truncated)', 'line 20, column 7'],
    },
    {
      what: 'empty agg with a readable power_audit_ copy',
      file: `bmk_${rf8}/agg_${rf8}.json`,
      code: 'metrics_unavailable',
      severity: 'warning',
      contains: ['is empty', `power_audit_${rf8}/agg_${rf8}.json`],
    },
    {
      what: 'truncated power sidecar',
      file: `power_audit_${rf16}/power_validation_${rf16}.json`,
      code: 'metrics_unavailable',
      severity: 'warning',
      contains: ['not valid JSON (truncated)', 'line 1, column'],
    },
    {
      what: 'truncated raw next to a readable agg',
      file: `power_audit_${rf64}/${rf64}.json`,
      code: 'metrics_unavailable',
      severity: 'warning',
      contains: ['not valid JSON (truncated)', `power_audit_${rf64}/agg_${rf64}.json`],
    },
  ];

  it.each(table)('$what → $severity $code naming the file', async (t) => {
    const { r } = await run('inferencex-static/broken');
    const f = r.findings.find((x) => x.evidence.file === t.file);
    expect(f).toBeDefined();
    expect(f?.code).toBe(t.code);
    expect(f?.severity).toBe(t.severity);
    expect(f?.message).toContain(t.file);
    for (const c of t.contains) expect(f?.message).toContain(c);
  });

  it('exactly those four findings; the unreadable files are claimed and listed', async () => {
    const { r, ctx } = await run('inferencex-static/broken');
    expect(r.findings).toHaveLength(4);
    for (const t of table) expect(ctx.isClaimed(t.file)).toBe(true);
    expect(r.manifest.find((m) => m.path === `bmk_${rfA4}/agg_${rfA4}.json`)).toMatchObject({
      kind: 'aggregate',
      required: true,
      present: true,
    });
  });

  it('the cell of a truncated agg with no other source gives no fragment', async () => {
    const { r } = await run('inferencex-static/broken');
    expect(r.fragments.some((f) => f.dir === `bmk_${rfA4}`)).toBe(false);
    expect(r.fragments.some((f) => f.dir === `bmk_${rf8}`)).toBe(false);
    expect(byDir(r, `power_audit_${rf8}`).counts).toMatchObject({ total: 80, successful: 80 });
  });

  it('agg + sidecar without raw: completed 320 from the sidecar, total unknown; the missing raw is listed absent', async () => {
    const { r } = await run('inferencex-static/broken');
    const f = byDir(r, `power_audit_${rf32}`);
    expect(f.counts).toMatchObject({
      total: null,
      successful: 320,
      source: `power_audit_${rf32}/power_validation_${rf32}.json`,
    });
    expect(f.counts.basis).toContain('power_validation');
    // sidecar benchmark_window.reported_duration_s 712.377077029572
    expect(f.metrics.duration_seconds).toBe(712.377077029572);
    expect(r.manifest).toContainEqual({
      path: `power_audit_${rf32}/${rf32}.json`,
      kind: 'raw_result',
      cell_id: null,
      required: false,
      present: false,
    });
  });

  it('truncated raw next to an agg: completed 636 from the sidecar, metrics from the agg', async () => {
    const { r } = await run('inferencex-static/broken');
    const f = byDir(r, `power_audit_${rf64}`);
    expect(f.counts).toMatchObject({ total: null, successful: 636 });
    expect(f.metrics.p99_ttft).toBe(18.557246958361603);
  });

  it('a rate above 1 (41 of 40) keeps the counts and warns, naming the raw file', async () => {
    const { r } = await run('inferencex-static/broken');
    const f = byDir(r, `power_audit_${rf4}`);
    expect(f.counts).toMatchObject({ total: 40, successful: 41 });
    expect(f.findings).toHaveLength(1);
    expect(f.findings[0]).toMatchObject({ code: 'metrics_unavailable', severity: 'warning' });
    expect(f.findings[0]?.message).toContain(`power_audit_${rf4}/${rf4}.json`);
    expect(f.findings[0]?.evidence).toMatchObject({ completed: 41, num_prompts: 40 });
  });

  it('the power sidecar that failed is not used: counts stay from the raw', async () => {
    const { r } = await run('inferencex-static/broken');
    const f = byDir(r, `power_audit_${rf16}`);
    expect(f.counts).toMatchObject({ total: 160, successful: 160 });
    expect(f.artifacts.power_validation).toBeUndefined();
  });

  it('an agg_*.json with unrecognised content is not ours: left unclaimed', async () => {
    const { r, ctx } = await run('inferencex-static/broken');
    expect(ctx.isClaimed('misc/agg_notes.json')).toBe(false);
    expect(r.manifest.some((m) => m.path === 'misc/agg_notes.json')).toBe(false);
  });
});

describe('inferencex-static: raw key forms', () => {
  it('maps <metric>_<stat>_ms, p99.9_, e2e_latency and second-valued keys; per-GPU from the raw', async () => {
    const { r } = await run('inferencex-static/key-forms');
    expect(r.fragments).toHaveLength(1);
    const f = r.fragments[0] as CellFragment;
    expect(derived(f)).toMatchObject({
      mean_ttft: 0.25, // ttft_mean_ms 250
      p50_ttft: 0.2, // ttft_p50_ms 200
      p99_ttft: 0.9,
      p999_ttft: 0.95, // p99.9_ttft_ms 950
      mean_tpot: 0.02,
      p99_tpot: 0.04,
      p99_e2el: 45, // e2e_latency_p99_ms 45000
      p50_itl: 0.018, // median_itl, already seconds
      std_e2el: 1,
      mean_intvty: 50, // 1 / 0.02 s
      p99_intvty: 25, // 1 / 0.04 s
      total_tput_tps: 769.12,
      output_tput_tps: 389.12,
      // tp4 × pp2 × pcp1 = 8 GPUs: 769.12 / 8, 389.12 / 8, (769.12 − 389.12) / 8
      tput_per_gpu: 96.14,
      output_tput_per_gpu: 48.64,
    });
    expect(derived(f).input_tput_per_gpu as number).toBeCloseTo(47.5, 12);
    expect(f.counts).toMatchObject({ total: 20, successful: 19 });
    expect(f.identity).toMatchObject({
      hardware: 'b200',
      framework: 'trt',
      precision: 'bf16',
      isl: 1024,
      osl: 1024,
      concurrency: 2,
      model: 'org/Model-X',
    });
    expect(f.topology).toMatchObject({ tp: 4, pp: 2, ep: 4, dp_attention: true, spec_decoding: 'mtp', gpus: 8 });
    expect(f.extras?.request_rate).toBe('inf');
  });
});

describe('inferencex-static: collected agg_bmk.json rows', () => {
  it('takes the 10 single-node rows as fragments (extras.row_index), claims the array, leaves agg_eval_all alone', async () => {
    const { r, ctx } = await run('inferencex-collected/results');
    // rows 2–6, 8–11, 14 are single-node, non-agentic (hw h200, is_multinode false)
    expect(r.fragments.map((f) => f.extras?.row_index)).toEqual([2, 3, 4, 5, 6, 8, 9, 10, 11, 14]);
    expect(r.fragments.every((f) => f.dir === 'results_bmk' && f.files[0] === 'results_bmk/agg_bmk.json')).toBe(true);
    expect(r.fragments.every((f) => f.artifacts.collected_aggregate === 'results_bmk/agg_bmk.json')).toBe(true);
    expect(ctx.isClaimed('results_bmk/agg_bmk.json')).toBe(true);
    expect(ctx.isClaimed('eval_results_all/agg_eval_all.json')).toBe(false);
    expect(r.manifest).toEqual([
      { path: 'results_bmk/agg_bmk.json', kind: 'collected_aggregate', cell_id: null, required: false, present: true },
    ]);
  });

  it('rows merge with their bmk_/power_audit_ copies: still 10 cells, counts from the raws', async () => {
    const sweeps = await run('inferencex-static/sweeps');
    const rows = await run('inferencex-collected/results');
    const merged = mergeFragments([...sweeps.r.fragments, ...rows.r.fragments]);
    expect(merged.findings).toEqual([]);
    expect(merged.cells).toHaveLength(10);
    const c64 = merged.cells.find((c) => c.cell.framework === 'vllm' && c.cell.concurrency === 64);
    expect(c64?.fragments).toHaveLength(3);
    expect(c64?.cell.completion).toMatchObject({ num_requests_successful: 636, num_requests_total: 640 });
  });
});

describe('inferencex-common: names', () => {
  it('parses static and multi-node RFs; runner → hardware', () => {
    const s = parseRf(RF_B(64, 'h200-cw_01'));
    expect(s).toMatchObject({
      multinode: false,
      modelPrefix: 'dsr1',
      isl: 8192,
      osl: 1024,
      framework: 'vllm',
      precision: 'fp8',
      concs: [64],
      runner: 'h200-cw_01',
      hardware: 'h200',
      recipePrefix: '3f9c1e7a52b04d88',
    });
    const m = parseRf(
      'dsv4_8k1k_fp4_dynamo-vllm_prefill-tp8-pp1-dcp1-pcp1-ep8-dptrue-nw1_decode-tp8-pp1-dcp1-pcp1-ep1-dpfalse-nw4_disagg-true_spec-none_conc256x512_gb200-nv_1',
    );
    expect(m).toMatchObject({ multinode: true, framework: 'dynamo-vllm', concs: [256, 512], hardware: 'gb200' });
    expect(m?.topology).toMatchObject({
      prefill_tp: 8,
      prefill_ep: 8,
      prefill_dp_attention: true,
      prefill_num_workers: 1,
      decode_num_workers: 4,
      decode_dp_attention: false,
    });
    expect(parseRf('not_an_rf')).toBeNull();
    expect(hardwareFromRunner('mi355x-amds_02')).toBe('mi355x');
  });

  it('parses both stat key orders', () => {
    expect(parseStatKey('median_ttft_ms')).toEqual({ stat: 'p50', base: 'ttft', ms: true });
    expect(parseStatKey('ttft_p50_ms')).toEqual({ stat: 'p50', base: 'ttft', ms: true });
    expect(parseStatKey('p99.9_itl')).toEqual({ stat: 'p999', base: 'itl', ms: false });
    expect(parseStatKey('e2e_latency_p99_ms')).toEqual({ stat: 'p99', base: 'e2el', ms: true });
    expect(parseStatKey('output_throughput')).toBeNull();
  });

  it('latencyMetrics (memoised key names) equals the plain per-key mapping, order included', () => {
    const reference = (obj: Record<string, unknown>): Record<string, unknown> => {
      const m: Record<string, unknown> = {};
      for (const [key, raw] of Object.entries(obj)) {
        const p = parseStatKey(key);
        if (p === null) continue;
        if (p.base === 'intvty' && (p.stat === 'std' || p.stat === 'p999' || p.stat === 'p95' || p.ms)) continue;
        const v = toNumber(raw);
        if (v === null) continue;
        m[`${p.stat}_${p.base}`] = p.ms ? v / 1000 : v;
      }
      return m;
    };
    const stats = ['mean', 'median', 'p50', 'p90', 'p95', 'p99.9', 'p999', 'p99', 'std', 'min'];
    const bases = ['ttft', 'tpot', 'itl', 'e2el', 'e2e_latency', 'e2e', 'intvty', 'constructor', 'x'];
    const key = fc.oneof(
      fc
        .tuple(fc.constantFrom(...stats), fc.constantFrom(...bases), fc.boolean(), fc.boolean())
        .map(([st, b, swap, ms]) => `${swap ? `${b}_${st}` : `${st}_${b}`}${ms ? '_ms' : ''}`),
      fc.string(),
    );
    const value = fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(null), fc.constant('1.5'));
    fc.assert(
      fc.property(fc.dictionary(key, value), (obj) => {
        const got = latencyMetrics(obj);
        const want = reference(obj);
        expect(got).toEqual(want);
        expect(Object.keys(got)).toEqual(Object.keys(want));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('parseStatKey is memoised: a repeated key gives the same answer', () => {
    for (const k of ['median_ttft_ms', 'ttft_p50_ms', 'p99.9_itl', 'output_throughput', 'std_intvty', 'mean_e2e']) {
      const first = parseStatKey(k);
      expect(parseStatKey(k)).toEqual(first);
      expect(parseStatKey(k)).toBe(first);
    }
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
