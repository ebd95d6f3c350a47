import { cp, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import type { CellFragment } from '../../src/core/types.js';
import { createIngestContext, scanResultsDir } from '../../src/io/ingest-context.js';
import { evalAdapter, sanitizeMetricName } from '../../src/sources/eval.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sources/eval');
const DSR1 =
  'eval_dsr1_8k1k_dsr1_8k1k_fp8_sglang_tp8-pp1-dcp1-pcp1-ep1-dpafalse_disagg-false_spec-none_conc64_h200-nb_1';
const DSV4 =
  'eval_dsv4_8k1k_fp4_dynamo-vllm_prefill-tp8-pp1-dcp1-pcp1-ep8-dptrue-nw1_decode-tp8-pp1-dcp1-pcp1-ep1-dpfalse-nw4_disagg-true_spec-none_conc256x512_gb200-nv_2';
const DSR1_RESULTS = 'results_2026-05-17T10-11-40.000000.json';

async function runAt(root: string) {
  const scan = await scanResultsDir(root);
  const ctx = createIngestContext(root, scan.files, { ...DEFAULT_THRESHOLDS });
  const result = await evalAdapter.collect(ctx);
  const claimed = scan.files.filter((f) => ctx.isClaimed(f.path)).map((f) => f.path);
  return { result, claimed };
}
const run = (c: string) => runAt(path.join(FIXTURES, c));

function eachNumber(v: unknown, out: number[] = []): number[] {
  if (typeof v === 'number') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => eachNumber(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => eachNumber(x, out));
  return out;
}

let tmp: string | null = null;
afterEach(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
  tmp = null;
});

describe('evalAdapter', () => {
  it('legacy dsr1 set: identity from meta_env (isl/osl strings), gsm8k strict 0.98 / flexible 0.98, n 100', async () => {
    const { result, claimed } = await run('dsr1-legacy');
    expect(result.fragments).toHaveLength(1);
    const f = result.fragments[0] as CellFragment;
    expect(f.source_format).toBe('eval');
    expect(f.dir).toBe(DSR1);
    expect(f.identity).toEqual({
      hardware: 'h200',
      model: 'deepseek-ai/DeepSeek-R1-0528',
      framework: 'sglang',
      precision: 'fp8',
      scenario_type: null,
      is_multinode: false,
      recipe_name: null,
      isl: 8192, // "8192"
      osl: 1024, // "1024"
      concurrency: 64,
    });
    // Single-node keys only; dp_attention is a JSON bool in meta_env; gpus = tp 8 × pp 1 × pcp 1.
    expect(f.topology).toEqual({
      tp: 8,
      pp: 1,
      dcp_size: 1,
      pcp_size: 1,
      ep: 1,
      dp_attention: false,
      spec_decoding: 'none',
      model_prefix: 'dsr1',
      gpus: 8,
    });
    expect(f.metrics).toEqual({
      eval_gsm8k_exact_match_flexible: 0.98,
      eval_gsm8k_exact_match_flexible_stderr: 0.014070529413628975,
      eval_gsm8k_exact_match_strict: 0.98,
      eval_gsm8k_exact_match_strict_stderr: 0.014070529413628975,
      eval_gsm8k_score: 0.98,
      eval_gsm8k_score_se: 0.014070529413628975,
    });
    expect(f.extras?.eval).toEqual([
      {
        task: 'gsm8k',
        score: 0.98,
        score_name: 'em_strict',
        score_key: 'exact_match,strict-match',
        score_se: 0.014070529413628975,
        higher_is_better: true,
        n_effective: 100,
        n_original: 1319,
        limit: 100,
        file: `${DSR1}/${DSR1_RESULTS}`,
      },
    ]);
    expect(f.counts).toEqual({
      total: null,
      successful: null,
      sessions_total: null,
      sessions_completed: null,
      source: null,
      basis: 'eval (no request counts)',
    });
    expect(f.artifacts.eval_samples).toBe(`${DSR1}/samples_gsm8k_2026-05-17T10-11-40.000000.jsonl`);
    expect(claimed).toEqual([
      `${DSR1}/meta_env.json`,
      `${DSR1}/${DSR1_RESULTS}`,
      `${DSR1}/samples_gsm8k_2026-05-17T10-11-40.000000.jsonl`,
    ]);
    expect(result.manifest.map((m) => m.kind).sort()).toEqual(['eval_meta', 'eval_results', 'eval_samples']);
    expect(result.findings).toEqual([]);
  });

  it('batched dsv4 set: one fragment for completed conc 256 (strict 0.933, n 60); conc 512 ignored and never scored', async () => {
    const { result } = await run('dsv4-batched');
    expect(result.fragments).toHaveLength(1);
    const f = result.fragments[0] as CellFragment;
    expect(f.identity).toMatchObject({
      hardware: 'gb200',
      framework: 'dynamo-vllm',
      precision: 'fp4',
      is_multinode: true,
      concurrency: 256,
      isl: 8192,
      osl: 1024,
    });
    // Multi-node keys; gpus = 1 prefill worker × tp8 + 4 decode workers × tp8 = 40.
    expect(f.topology).toMatchObject({
      prefill_tp: 8,
      prefill_ep: 8,
      prefill_dp_attention: true,
      prefill_num_workers: 1,
      decode_tp: 8,
      decode_ep: 1,
      decode_dp_attention: false,
      decode_num_workers: 4,
      gpus: 40,
    });
    expect(f.topology.tp).toBeUndefined();
    expect(f.metrics.eval_gsm8k_exact_match_strict).toBeCloseTo(0.9333333333333333, 15);
    const scores = f.extras?.eval as { score: number; n_effective: number; file: string }[];
    expect(scores).toHaveLength(1);
    expect(scores[0]?.n_effective).toBe(60);
    expect(scores[0]?.file).toBe(`${DSV4}/results_2026-05-18T21-40-00.000000_conc256.json`);
    const c512 = `${DSV4}/results_2026-05-18T21-55-00.000000_conc512.json`;
    const row = result.manifest.find((m) => m.path === c512);
    expect(row).toMatchObject({ kind: 'eval_results', ignored: true, present: true });
    expect(String(row?.reason)).toContain('512');
    // Its 0.3166… / 0.35 must appear nowhere as a score.
    const everyNumber = eachNumber(result.fragments);
    expect(everyNumber.some((n) => Math.abs(n - 0.3166666666666667) < 1e-9 || n === 0.35)).toBe(false);
    expect(JSON.stringify(result.fragments)).not.toContain('conc512.json');
  });

  it('a truncated results JSON still leaves its cell: meta_env identity, unscored, completion unknown, the finding on it', async () => {
    const { result, claimed } = await run('truncated-results');
    expect(result.findings).toEqual([]);
    expect(result.fragments).toHaveLength(1);
    const f = result.fragments[0] as CellFragment;
    expect(f.identity).toMatchObject({ model: 'deepseek-ai/DeepSeek-R1-0528', hardware: 'h200', concurrency: 64 });
    expect(f.counts).toMatchObject({ total: null, successful: null });
    expect(Object.keys(f.metrics)).toEqual([]);
    expect(f.findings).toHaveLength(1);
    const w = f.findings[0];
    expect(w).toMatchObject({ code: 'missing_required_artifact', severity: 'critical', cell_id: null });
    expect(w?.evidence.file).toBe(`${DSR1}/${DSR1_RESULTS}`);
    expect(w?.message).toContain(`${DSR1}/${DSR1_RESULTS}`);
    expect(w?.message).toContain('truncated');
    expect(claimed).toContain(`${DSR1}/${DSR1_RESULTS}`);
  });

  it('srt-slurm raw results_concurrency_*.json are not eval files, even inside an eval set', async () => {
    const { result, claimed } = await run('srt-slurm-raw');
    expect(result.fragments).toEqual([]);
    expect(claimed).toEqual(['eval_set/meta_env.json']);
    expect(claimed.some((p) => p.includes('results_concurrency_'))).toBe(false);
  });

  it('agg_eval_all.json: one fragment per row, hw lower-cased, dp_attention strings parsed', async () => {
    const { result, claimed } = await run('collector');
    expect(claimed).toEqual(['eval_results_all/agg_eval_all.json']);
    expect(result.fragments).toHaveLength(2);
    const [a, b] = result.fragments as [CellFragment, CellFragment];
    // Row 1: "H200", dsr1 conc 64 gsm8k 0.98.
    expect(a.identity).toMatchObject({
      hardware: 'h200',
      model: 'deepseek-ai/DeepSeek-R1-0528',
      framework: 'sglang',
      concurrency: 64,
      isl: 8192,
      is_multinode: false,
    });
    expect(a.topology).toMatchObject({ tp: 8, ep: 1, dp_attention: false, gpus: 8 });
    expect(a.metrics).toMatchObject({
      eval_gsm8k_score: 0.98,
      eval_gsm8k_em_strict: 0.98,
      eval_gsm8k_em_flexible: 0.98,
    });
    // Row 2: "GB200", dsv4 multi-node conc 256, 0.933; "prefill=true,decode=false" is not a bool but the split keys are.
    expect(b.identity).toMatchObject({ hardware: 'gb200', concurrency: 256, is_multinode: true });
    expect(b.topology).toMatchObject({ prefill_dp_attention: true, decode_dp_attention: false, gpus: 40 });
    expect(b.topology.dp_attention).toBeUndefined();
    expect(b.metrics.eval_gsm8k_score).toBeCloseTo(0.9333333333333333, 15);
    expect((b.extras?.eval as { n_effective: number }[])[0]?.n_effective).toBe(60);
  });

  it('legacy set with retries: the newest results file by mtime wins, the older is listed as ignored', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'ig-eval-'));
    await cp(path.join(FIXTURES, 'dsr1-legacy', DSR1), path.join(tmp, 'set'), { recursive: true });
    const good = await readFile(path.join(tmp, 'set', DSR1_RESULTS), 'utf8');
    // An older retry that scored 0.5: lexically LAST name, but older mtime.
    const retry = 'results_2026-05-17T99-older.json';
    await writeFile(
      path.join(tmp, 'set', retry),
      good.replaceAll('"exact_match,strict-match": 0.98', '"exact_match,strict-match": 0.5'),
    );
    await utimes(path.join(tmp, 'set', retry), 1_000_000, 1_000_000);
    await utimes(path.join(tmp, 'set', DSR1_RESULTS), 2_000_000, 2_000_000);
    let { result } = await runAt(tmp);
    expect(result.fragments).toHaveLength(1);
    expect(result.fragments[0]?.metrics.eval_gsm8k_exact_match_strict).toBe(0.98);
    expect(result.manifest.find((m) => m.path === `set/${retry}`)).toMatchObject({ ignored: true });

    // Same mtime: the lexically last name wins (the 0.5 retry).
    await utimes(path.join(tmp, 'set', retry), 2_000_000, 2_000_000);
    ({ result } = await runAt(tmp));
    expect(result.fragments[0]?.metrics.eval_gsm8k_exact_match_strict).toBe(0.5);
    expect(result.fragments[0]?.artifacts.eval_results).toBe(`set/${retry}`);
  });

  it('metric names are sanitized to [a-z0-9_]', () => {
    expect(sanitizeMetricName('eval_gpqa_diamond-cot.n-shot_Acc')).toBe('eval_gpqa_diamond_cot_n_shot_acc');
    expect(sanitizeMetricName('__a__b__')).toBe('a_b');
  });
});
