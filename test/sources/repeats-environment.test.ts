/**
 * Issue 22 items 5 and 6 on the source side: a rerun (`_rerun`, `_retry3`, `run=N`, `run2/`) keys
 * like its original and stays a separate cell (`topology.repeat`, src/core/cells/identity.ts
 * mergeKey); a vllm bench sweep's server settings are configuration; the GPUs of each side of a
 * multi-node deployment are identity; the runner, host and image go to `environment`.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { validateContract } from '../../src/schemas/validate.js';
import { identityKey } from '../../src/core/cells/identity.js';
import type { Cell, Report } from '../../src/core/types.js';
import { configLabel, repeatOfPath, stripRepeat, sweepConfig } from '../../src/sources/lib/path-facts.js';
import { clusterOfRunner, environmentFromRecord, environmentOf } from '../../src/sources/lib/environment.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ig-repeats-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function dir(name: string, files: Record<string, string>): string {
  const root = path.join(tmp, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

async function analyze(root: string): Promise<Report> {
  const r = await analyzeResultsDir({
    resultsDir: root,
    outputDir: path.join(root, '..', `${path.basename(root)}-out`),
    now: new Date('2026-01-01T00:00:00Z'),
    cwd: root,
  });
  expect(validateContract('inferguard-analyze/v1', r.report)).toEqual({ ok: true });
  return r.report;
}

/** A vLLM `--save-result` object (key order as vLLM writes it). */
function vllmResult(o: Record<string, unknown>): string {
  return JSON.stringify({
    date: '20250101-000000',
    backend: 'vllm',
    model_id: 'meta-llama/Llama-3.1-8B-Instruct',
    num_prompts: 640,
    request_rate: 'inf',
    max_concurrency: 64,
    duration: 100,
    completed: 640,
    total_input_tokens: 640000,
    total_output_tokens: 64000,
    request_throughput: 6.4,
    output_throughput: 640,
    total_token_throughput: 7040,
    mean_ttft_ms: 100,
    median_ttft_ms: 90,
    p99_ttft_ms: 400,
    mean_tpot_ms: 20,
    median_tpot_ms: 19,
    p99_tpot_ms: 30,
    ...o,
  });
}

const key = (c: Cell): string => identityKey(c, c.topology);
const disagree = (r: Report): boolean =>
  r.findings.some((f) => (f.evidence as { kind?: string }).kind === 'conflicting_copies');

describe('repeat markers in names', () => {
  it('strips a rerun marker from a segment and keeps it as the repeat', () => {
    expect(stripRepeat('glm47_conc16_rerun')).toEqual({ seg: 'glm47_conc16', repeat: 'rerun' });
    expect(stripRepeat('glm47_conc16_rerun2')).toEqual({ seg: 'glm47_conc16', repeat: 'rerun2' });
    expect(stripRepeat('glm47-conc16-retry_3')).toEqual({ seg: 'glm47-conc16', repeat: 'retry3' });
    expect(stripRepeat('results_retry')).toEqual({ seg: 'results', repeat: 'retry' });
    expect(stripRepeat('run=0')).toEqual({ seg: '', repeat: 0 });
    expect(stripRepeat('run1')).toEqual({ seg: '', repeat: 1 });
    expect(stripRepeat('run_2')).toEqual({ seg: '', repeat: 2 });
    expect(stripRepeat('rerun')).toEqual({ seg: '', repeat: 'rerun' });
    expect(stripRepeat('llama_conc8_run3')).toEqual({ seg: 'llama_conc8', repeat: 3 });
    // SGLang nightly CI: the run number before the timestamp every file carries.
    expect(stripRepeat('sglang_serving_benchmark_concurrency_16_run1_20251023_021053')).toEqual({
      seg: 'sglang_serving_benchmark_concurrency_16_20251023_021053',
      repeat: 1,
    });
    expect(stripRepeat('bench_run2_7')).toEqual({ seg: 'bench_7', repeat: 2 });
    expect(stripRepeat('dry_run_20251023')).toEqual({ seg: 'dry_run_20251023', repeat: null });
    // not markers
    for (const s of ['runner', 'dry_run', 'trunk1', 'glm47_conc16', 'h200-cw_00', 'prerun']) {
      expect(stripRepeat(s)).toEqual({ seg: s, repeat: null });
    }
  });

  it('reads the markers of a whole path, folders included', () => {
    expect(repeatOfPath('bench/run2/result.json')).toEqual({ repeat: 2, dir: 'bench', path: 'bench/result.json' });
    expect(repeatOfPath('run1/glm_conc16.json')).toEqual({ repeat: 1, dir: '', path: 'glm_conc16.json' });
    expect(repeatOfPath('x/glm_conc16_rerun.json')).toEqual({ repeat: 'rerun', dir: 'x', path: 'x/glm_conc16.json' });
    expect(repeatOfPath('run2/glm_conc16_retry.json').repeat).toBe('2/retry');
    expect(repeatOfPath('exp/SERVE--max_num_seqs=4/run=1.json')).toEqual({
      repeat: 1,
      dir: 'exp/SERVE--max_num_seqs=4',
      path: 'exp/SERVE--max_num_seqs=4/.json',
    });
    expect(repeatOfPath('x/glm_conc16.json')).toEqual({ repeat: null, dir: 'x', path: 'x/glm_conc16.json' });
  });

  it('labels a rerun like its original', () => {
    const orig = configLabel('x/minimax_m25_vllm_dep8_isl1024_osl128_conc16.json');
    expect(orig).toBe('minimax_m25_vllm_dep8');
    expect(configLabel('x/minimax_m25_vllm_dep8_isl1024_osl128_conc16_rerun.json')).toBe(orig);
    expect(configLabel('x/minimax_m25_vllm_dep8_isl1024_osl128_conc16_rerun2.json')).toBe(orig);
    expect(configLabel('x/minimax_m25_vllm_dep8_isl1024_osl128_conc16_retry3.json')).toBe(orig);
    // a run folder's file labels from the stem as before; a bare `run=0` stem has no label
    expect(configLabel('run2/glm47_conc16.json')).toBe('glm47');
    expect(configLabel('exp/SERVE--max_num_seqs=4-BENCH--max_concurrency=2/run=0.json')).toBeNull();
  });
});

describe('vllm bench sweep folders', () => {
  it('parses the serve and bench parameters of a combination folder', () => {
    expect(sweepConfig('exp/SERVE--max_num_seqs=4-BENCH--max_concurrency=2-num_prompts=8/run=0.json')).toEqual({
      server: 'max_num_seqs=4',
      bench: null,
    });
    expect(
      sweepConfig(
        'e/SERVE--max_num_seqs=64-max_num_batched_tokens=2048-BENCH--max_concurrency=8-random_range_ratio=0.5/run=1.json',
      ),
    ).toEqual({ server: 'max_num_batched_tokens=2048,max_num_seqs=64', bench: 'random_range_ratio=0.5' });
    expect(sweepConfig('e/BENCH--max_concurrency=8/run=0.json')).toEqual({ server: null, bench: null });
    expect(sweepConfig('e/SERVE--tuned-BENCH--max_concurrency=8/run=0.json')).toEqual({ server: 'tuned', bench: null });
    expect(sweepConfig('e/SERVE--model=meta-llama_Llama-3/run=0.json').server).toBe('model=meta-llama_Llama-3');
    expect(sweepConfig('e/glm_conc16.json')).toEqual({ server: null, bench: null });
  });

  it('keys server settings, pools run=N as repeats and leaves the warmup out', async () => {
    const comb = (seqs: number, conc: number): string =>
      `exp/SERVE--max_num_seqs=${seqs}-BENCH--max_concurrency=${conc}-num_prompts=${conc * 4}`;
    const r = await analyze(
      dir('sweep', {
        [`${comb(4, 2)}/run=0.json`]: vllmResult({ max_concurrency: 2, mean_ttft_ms: 100 }),
        [`${comb(4, 2)}/run=1.json`]: vllmResult({ max_concurrency: 2, mean_ttft_ms: 104 }),
        [`${comb(4, 2)}/warmup.json`]: vllmResult({ max_concurrency: 2, num_prompts: 2, completed: 2 }),
        [`${comb(4, 4)}/run=0.json`]: vllmResult({ max_concurrency: 4, mean_ttft_ms: 120 }),
        [`${comb(8, 2)}/run=0.json`]: vllmResult({ max_concurrency: 2, mean_ttft_ms: 90 }),
      }),
    );
    expect(r.cells).toHaveLength(4);
    expect(disagree(r)).toBe(false);
    const at = (seqs: string, conc: number): Cell[] =>
      r.cells.filter((c) => c.topology.server_config === seqs && c.concurrency === conc);
    const runs = at('max_num_seqs=4', 2);
    expect(runs.map((c) => c.topology.repeat).sort()).toEqual([0, 1]);
    expect(key(runs[0] as Cell)).toBe(key(runs[1] as Cell));
    expect(key(at('max_num_seqs=8', 2)[0] as Cell)).not.toBe(key(runs[0] as Cell));
    for (const c of r.cells) expect(c.topology.config_label).toBeUndefined();
    const warm = r.artifact_manifest.find((m) => m.path.endsWith('warmup.json'));
    expect(warm?.adapter ?? null).toBeNull();
  });
});

describe('reruns keep the identity key and stay separate cells', () => {
  it('a `_rerun` file next to its original', async () => {
    const r = await analyze(
      dir('rerun-suffix', {
        'glm47_conc16.json': vllmResult({ max_concurrency: 16, mean_ttft_ms: 100 }),
        'glm47_conc16_rerun.json': vllmResult({ max_concurrency: 16, mean_ttft_ms: 130 }),
        'glm47_conc16_rerun2.json': vllmResult({ max_concurrency: 16, mean_ttft_ms: 90 }),
      }),
    );
    expect(r.cells).toHaveLength(3);
    expect(disagree(r)).toBe(false);
    expect(new Set(r.cells.map(key)).size).toBe(1);
    expect(r.cells.map((c) => String(c.topology.repeat ?? null)).sort()).toEqual(['null', 'rerun', 'rerun2']);
    expect(new Set(r.cells.map((c) => c.topology.config_label))).toEqual(new Set(['glm47']));
  });

  it('run1/run2 folders of identity-less results share the fallback identity', async () => {
    const bare = (ttft: number): string =>
      JSON.stringify({ completed: 10, num_prompts: 10, duration: 5, mean_ttft_ms: ttft, output_throughput: 50 });
    const r = await analyze(
      dir('run-folders', {
        'run1/result.json': bare(100),
        'run_2/result.json': bare(120),
        'run3/result.json': bare(90),
      }),
    );
    expect(r.cells).toHaveLength(3);
    expect(disagree(r)).toBe(false);
    expect(new Set(r.cells.map(key)).size).toBe(1);
    expect(r.cells.map((c) => c.topology.repeat).sort()).toEqual([1, 2, 3]);
  });

  it('a later JSONL line repeating an earlier one is a repeat of the same key', async () => {
    const line = (ttft: number): string => vllmResult({ max_concurrency: 8, mean_ttft_ms: ttft });
    const r = await analyze(dir('jsonl', { 'append.jsonl': `${line(100)}\n${line(110)}\n${line(95)}\n` }));
    expect(r.cells).toHaveLength(3);
    expect(new Set(r.cells.map(key)).size).toBe(1);
    expect(r.cells.map((c) => String(c.topology.repeat ?? null)).sort()).toEqual(['2', '3', 'null']);
  });

  it('two files of different configurations stay apart (dep8 vs tep8)', async () => {
    const r = await analyze(
      dir('labels', {
        'm_vllm_dep8_conc16.json': vllmResult({ max_concurrency: 16 }),
        'm_vllm_tep8_conc16_rerun.json': vllmResult({ max_concurrency: 16, mean_ttft_ms: 300 }),
      }),
    );
    expect(new Set(r.cells.map(key)).size).toBe(2);
  });
});

describe('multi-node deployments', () => {
  it('num_prefill_gpu / num_decode_gpu are identity: 8+48 and 8+32 are two cells', () => {
    const cell = (nd: number): Cell =>
      ({
        hardware: 'gb200',
        model: 'deepseek-ai/DeepSeek-R1',
        framework: 'dynamo-sglang',
        precision: 'fp4',
        scenario_type: null,
        is_multinode: true,
        recipe_name: null,
        isl: 8192,
        osl: 1024,
        concurrency: 1024,
        topology: {
          prefill_tp: 4,
          prefill_ep: 4,
          prefill_num_workers: 2,
          decode_tp: 8,
          decode_ep: 8,
          decode_num_workers: 4,
          num_prefill_gpu: 8,
          num_decode_gpu: nd,
          gpus: 8 + nd,
          spec_decoding: 'none',
        },
      }) as unknown as Cell;
    expect(key(cell(48))).not.toBe(key(cell(32)));
    expect(key(cell(48))).toBe(key(cell(48)));
  });

  it('a row without the GPU counts (eval collector) keys by workers × tp, a stated count wins', () => {
    const base = {
      hardware: 'gb200',
      is_multinode: true,
      concurrency: 256,
      topology: { prefill_tp: 8, prefill_num_workers: 1, decode_tp: 8, decode_num_workers: 4 },
    };
    const stated = { ...base, topology: { ...base.topology, num_prefill_gpu: 8, num_decode_gpu: 32 } };
    const other = { ...base, topology: { ...base.topology, num_prefill_gpu: 8, num_decode_gpu: 48 } };
    const k = (c: object): string => identityKey(c as Cell, (c as Cell).topology);
    expect(k(base)).toBe(k(stated));
    expect(k(base)).not.toBe(k(other));
  });
});

describe('environment', () => {
  it('names the cluster of an InferenceX runner', () => {
    expect(clusterOfRunner('h200-cw_00')).toBe('cw');
    expect(clusterOfRunner('h200-nb_1')).toBe('nb');
    expect(clusterOfRunner('gb200-nv_1')).toBe('nv');
    expect(clusterOfRunner('mi355x-amds_02')).toBe('amds');
    expect(clusterOfRunner('h200')).toBeNull();
    expect(clusterOfRunner(null)).toBeNull();
  });

  it('is null when nothing is known, keys sorted otherwise', () => {
    expect(environmentOf({})).toBeNull();
    expect(environmentOf({ runner: ' ', image: '' })).toBeNull();
    const e = environmentOf({ runner: 'h200-cw_00', image: 'vllm/vllm-openai:v0.11.0' });
    expect(e).toEqual({ cluster: 'cw', host: null, image: 'vllm/vllm-openai:v0.11.0', runner: 'h200-cw_00' });
    expect(Object.keys(e ?? {})).toEqual(['cluster', 'host', 'image', 'runner']);
    expect(environmentFromRecord({ hostname: 'node-7', host: '127.0.0.1', runner: 'ci-3' })).toEqual({
      runner: 'ci-3',
      host: 'node-7',
      image: null,
    });
  });

  it('a result file that names its host and image gives the cell an environment, not an identity', async () => {
    const r = await analyze(
      dir('env-vllm', {
        'a/glm_conc16.json': vllmResult({ max_concurrency: 16, hostname: 'gpu-node-01', image: 'vllm:v1' }),
        'b/glm_conc16.json': vllmResult({ max_concurrency: 16, hostname: 'gpu-node-02', image: 'vllm:v1' }),
        'c/glm_conc16.json': vllmResult({ max_concurrency: 16, hostname: 'gpu-node-03', mean_ttft_ms: 150 }),
      }),
    );
    // runs on two machines are two runs (no "two artifacts disagree"); c/ is a third run
    expect(disagree(r)).toBe(false);
    const envs = r.cells.map((c) => c.environment?.host).sort();
    expect(envs).toEqual(['gpu-node-01', 'gpu-node-02', 'gpu-node-03']);
    expect(new Set(r.cells.map(key)).size).toBe(1);
  });

  it('InferenceX cells carry the runner of their folder and the aggregate image', async () => {
    const root = path.join(tmp, 'env-ix');
    cpSync(path.resolve(import.meta.dirname, '../fixtures/shared/inferencex-srt-slurm'), root, { recursive: true });
    const r = await analyze(root);
    expect(r.cells.length).toBeGreaterThan(0);
    for (const c of r.cells) {
      expect(c.environment?.runner).toMatch(/^gb200-nv_\d$/);
      expect(c.environment?.cluster).toBe('nv');
      expect(typeof c.environment?.image).toBe('string');
    }
  });
});
