/**
 * Recognition by content (issue 12): heads and keys, path facts, exclusive claims over every
 * fixture folder, and the variants of vLLM / SGLang / InferenceX files the real corpus does not
 * hold (0-of-N runs, QPS sweeps, renamed collector files, lowercase srt-slurm logs/, the older RF
 * grammar, AMD pool labels, exit-3 diagnostics).
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeHead, describeParsed, describeWhole, parseJsonLenient } from '../../src/sources/lib/head.js';
import { configLabel, pathFacts } from '../../src/sources/lib/path-facts.js';
import { recognizeFiles } from '../../src/sources/lib/recognize.js';
import { SOURCE_ADAPTERS } from '../../src/sources/index.js';
import { createIngestContext, scanResultsDir } from '../../src/io/ingest-context.js';
import { defaultConfig } from '../../src/core/config-defaults.js';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { NoReportError } from '../../src/io/config-file.js';
import { validateContract } from '../../src/schemas/validate.js';
import type { Report } from '../../src/core/types.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ig-recog-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const enc = new TextEncoder();

function dir(name: string, files: Record<string, string>): string {
  const root = path.join(tmp, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

async function analyze(root: string, extra: Record<string, unknown> = {}): Promise<Report> {
  const r = await analyzeResultsDir({
    resultsDir: root,
    outputDir: path.join(root, '..', `${path.basename(root)}-out`),
    now: new Date('2026-01-01T00:00:00Z'),
    cwd: root,
    ...extra,
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
    tokenizer_id: 'meta-llama/Llama-3.1-8B-Instruct',
    num_prompts: 640,
    request_rate: 'inf',
    burstiness: 1.0,
    max_concurrency: 64,
    duration: 100,
    completed: 640,
    total_input_tokens: 640000,
    total_output_tokens: 64000,
    request_throughput: 6.4,
    'request_goodput:': null,
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

describe('heads', () => {
  it('names shape and first keys without parsing the whole file', () => {
    const obj = describeHead(enc.encode('{"a": {"x": 1}, "b": [1, {"y": 2}], "c": "s,\\"t"}'), false);
    expect(obj.shape).toBe('json-object');
    expect(obj.keys).toEqual(['a', 'b', 'c']);
    const arr = describeHead(enc.encode('[\n {"task": "gsm8k", "score": 0.9}, {"task": "x"}]'), false);
    expect(arr.shape).toBe('json-array');
    expect(arr.keys).toEqual(['task', 'score']);
    const jsonl = describeHead(enc.encode('{"completed": 1, "rate": Infinity}\n{"completed": 2}\n'), false);
    expect(jsonl.shape).toBe('jsonl');
    expect(jsonl.keys).toEqual(['completed', 'rate']);
    expect(describeHead(enc.encode('a,b,c\n1,2,3\n'), false).shape).toBe('csv');
    expect(describeHead(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), false).shape).toBe('binary');
    // a cut head still names the keys it shows
    const cut = describeHead(enc.encode('{"completed": 640, "num_prompts": 640, "input_lens": [1, 2, 3'), true);
    expect(cut.keys).toEqual(['completed', 'num_prompts', 'input_lens']);
  });

  it('gives the same head from a parse as from the text scan (fast path for whole small files)', () => {
    const same = (text: string): void => {
      const parsed = describeParsed(text, JSON.parse(text));
      if (parsed !== null) expect(parsed).toEqual(describeWhole(enc.encode(text)));
    };
    fc.assert(
      fc.property(
        fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.jsonValue())),
        fc.boolean(),
        (v, pretty) => same(JSON.stringify(v, null, pretty ? 2 : undefined)),
      ),
      { numRuns: 400 },
    );
    // every JSON file of the test fixtures
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.json') ? [path.join(d, e.name)] : [],
      );
    let n = 0;
    for (const f of walk(path.join(import.meta.dirname, '..', 'fixtures'))) {
      let text = readFileSync(f, 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      try {
        JSON.parse(text);
      } catch {
        continue;
      }
      same(text);
      n++;
    }
    expect(n).toBeGreaterThan(100);
    // the cases the parse cannot stand in for
    expect(describeParsed('{"10": 1, "a": 2}', { 10: 1, a: 2 })).toBeNull();
    expect(describeParsed('3', 3)).toBeNull();
    expect(describeParsed('null', null)).toBeNull();
  });

  it('parses NaN and Infinity outside strings only', () => {
    expect(parseJsonLenient('{"r": Infinity, "m": NaN, "n": -Infinity, "s": "NaN Infinity"}')).toEqual({
      r: 'inf',
      m: null,
      n: '-inf',
      s: 'NaN Infinity',
    });
    expect(() => parseJsonLenient('{"r": Infinit}')).toThrow();
  });
});

describe('path facts', () => {
  it('reads every fact the issue lists from any segment', () => {
    expect(pathFacts('a/isl_1024_osl_1024/concurrency_64_req_rate_inf_gpus_16_ctx_8_gen_8.json')).toMatchObject({
      isl: 1024,
      osl: 1024,
      concurrency: 64,
      gpus: 16,
      num_prefill_gpu: 8,
      num_decode_gpu: 8,
      request_rate: 'inf',
    });
    expect(pathFacts('minimaxm2.5_8k1k_conc64.json')).toMatchObject({ isl: 8192, osl: 1024, concurrency: 64 });
    expect(pathFacts('serving_llama8B_tp8_qps_16.json')).toMatchObject({ tp: 8, request_rate: 16, concurrency: null });
    expect(pathFacts('glm47_conc16.json')).toMatchObject({ concurrency: 16, isl: null });
    // the point's numbers are not part of the configuration label; other tokens are
    expect(configLabel('x/minimax_m25_vllm_dep8_isl1024_osl128_conc16.json')).toBe('minimax_m25_vllm_dep8');
    expect(configLabel('serving_llama8B_tp8_qps_16.json')).toBe('serving_llama8b');
    expect(configLabel('m/concurrency_64_req_rate_inf_gpus_16_ctx_8_gen_8.json')).toBe('m');
  });
});

describe('exclusive claims', () => {
  const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
  const roots: string[] = [];
  const walk = (d: string, depth: number): void => {
    for (const n of readdirSync(d)) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) {
        if (depth === 1) roots.push(p);
        else walk(p, depth + 1);
      }
    }
  };
  walk(FIXTURES, 0);

  it('routes every fixture file to at most one adapter, and says why the others declined', async () => {
    let claimed = 0;
    for (const root of roots) {
      const scan = await scanResultsDir(root);
      const ctx = createIngestContext(root, scan.files, defaultConfig().thresholds);
      const rec = recognizeFiles(ctx, SOURCE_ADAPTERS);
      for (const [, r] of rec) {
        if (r.adapter !== null) claimed++;
        // every reason names an adapter other than the owner, with a sentence
        for (const d of r.declined) {
          expect(d.adapter).not.toBe(r.adapter);
          expect(d.why.length).toBeGreaterThan(5);
        }
      }
    }
    expect(claimed).toBeGreaterThan(50);
  });
});

describe('vLLM bench serve variants', () => {
  it('0 of 640 completed is the critical invalid-run finding, its zero latencies dropped', async () => {
    const root = dir('zero', {
      'run/deepseek_conc64.json': vllmResult({ completed: 0, mean_ttft_ms: 0, p99_ttft_ms: 0, output_throughput: 0 }),
    });
    const r = await analyze(root);
    expect(r.cells).toHaveLength(1);
    const c = r.cells[0]!;
    expect(c.completion).toMatchObject({ num_requests_total: 640, num_requests_successful: 0, status: 'failed' });
    expect(c.metrics.p99_ttft).toBeUndefined();
    expect(c.findings.map((f) => f.code)).toContain('invalid_run_no_successful_requests');
    expect(r.findings.find((f) => f.code === 'invalid_run_no_successful_requests')?.severity).toBe('critical');
  });

  it('a QPS sweep (max_concurrency null) stays apart by request rate, without conflict warnings', async () => {
    const files: Record<string, string> = {};
    for (const q of [1, 4, 16]) {
      files[`serving_llama8B_tp1_sharegpt_qps_${q}.json`] = vllmResult({
        max_concurrency: null,
        request_rate: q,
        p99_ttft_ms: 100 * q,
      });
    }
    files['serving_llama8B_tp1_sharegpt_qps_inf.json'] = vllmResult({ max_concurrency: null, request_rate: 'inf' });
    const r = await analyze(dir('qps', files));
    expect(r.cells).toHaveLength(4);
    expect(r.cells.map((c) => c.topology.request_rate).sort()).toEqual([1, 16, 4, 'inf']);
    expect(r.cells.every((c) => c.topology.tp === 1 && c.concurrency === null)).toBe(true);
    expect(r.findings.filter((f) => f.code === 'metrics_unavailable')).toEqual([]);
  });

  it('keys in seconds and no total_token_throughput: total = input + output', async () => {
    const o = JSON.parse(vllmResult({})) as Record<string, unknown>;
    for (const k of ['total_token_throughput', 'mean_ttft_ms', 'median_ttft_ms', 'p99_ttft_ms']) delete o[k];
    Object.assign(o, { p99_ttft: 0.4, median_ttft: 0.09, input_throughput: 6400 });
    const r = await analyze(dir('seconds', { 'isl_1024_osl_128/res.json': JSON.stringify(o) }));
    const c = r.cells[0]!;
    expect(c.metrics).toMatchObject({ p99_ttft: 0.4, p50_ttft: 0.09, total_tput_tps: 7040, input_tput_tps: 6400 });
    expect([c.isl, c.osl]).toEqual([1024, 128]);
  });

  it('an identity-less result never merges with another folder’s (fallback identity from the folder)', async () => {
    const bare = (p: number) =>
      JSON.stringify({ completed: 10, num_prompts: 10, duration: 5, mean_ttft_ms: p, request_throughput: 2 });
    const r = await analyze(dir('bare', { 'a/out.json': bare(10), 'b/out.json': bare(20) }));
    expect(r.cells).toHaveLength(2);
    expect(r.cells.map((c) => c.topology.fallback_identity).sort()).toEqual(['a', 'b']);
    expect(r.findings.filter((f) => f.evidence.kind === 'conflicting_copies')).toEqual([]);
  });

  it('the manifest names the adapter that took each file and the reasons of the others', async () => {
    const r = await analyze(dir('manifest', { 'x.json': vllmResult({}), 'notes.json': '{"completed": true}' }));
    const x = r.artifact_manifest.find((m) => m.path === 'x.json');
    expect(x?.adapter).toBe('vllm-bench-serve');
    const notes = r.artifact_manifest.find((m) => m.path === 'notes.json');
    expect(notes?.kind).toBe('unrecognized');
  });
});

describe('SGLang JSONL', () => {
  it('reads Infinity/NaN literals, one cell per line, a bad line named by number', async () => {
    const line = (rate: string, ttft: string) =>
      `{"backend": "sglang", "dataset_name": "random", "request_rate": ${rate}, "max_concurrency": null, "random_input_len": 1024, "random_output_len": 256, "duration": 10.0, "completed": 100, "total_input_tokens": 102400, "total_output_tokens": 25600, "total_output_tokens_retokenized": 25600, "request_throughput": 10.0, "input_throughput": 10240.0, "output_throughput": 2560.0, "mean_e2e_latency_ms": 900.0, "median_ttft_ms": ${ttft}, "p99_ttft_ms": NaN}`;
    const text = `${line('Infinity', '50.0')}\n${line('8.0', '40.0')}\n{"backend": "sglang", truncated\n`;
    const r = await analyze(dir('sglang', { 'sglang_1201_100_1024_256.jsonl': text }));
    expect(r.cells).toHaveLength(2);
    const inf = r.cells.find((c) => c.topology.request_rate === 'inf')!;
    expect(inf.metrics).toMatchObject({ p50_ttft: 0.05, total_tput_tps: 12800 });
    expect(inf.metrics.p99_ttft).toBeUndefined();
    expect(inf.completion.num_requests_total).toBeNull();
    expect([inf.isl, inf.osl, inf.framework]).toEqual([1024, 256, 'sglang']);
    const bad = r.findings.find((f) => f.evidence.line === 3);
    expect(bad?.message).toContain('line 3');
  });
});

describe('InferenceX and srt-slurm layouts', () => {
  const raw = (conc: number) => vllmResult({ max_concurrency: conc, num_prompts: conc * 10, completed: conc * 10 });

  it('older RF grammar without -pp-dcp-pcp: a raw-only cell keeps its RF identity', async () => {
    const rf = 'dsr1_1k1k_fp8_vllm_tp8-ep1-dpafalse_disagg-false_spec-none_conc64_mi355x-amds_02';
    const r = await analyze(dir('old-rf', { [`power_audit_${rf}/${rf}.json`]: raw(64) }));
    expect(r.cells).toHaveLength(1);
    const c = r.cells[0]!;
    expect(c.source_format).toBe('inferencex-static');
    expect(c).toMatchObject({ hardware: 'mi355x', framework: 'vllm', precision: 'fp8', isl: 1024, osl: 1024 });
    expect(c.topology).toMatchObject({ tp: 8, pp: 1, ep: 1, gpus: 8 });
  });

  it('srt-slurm’s own lowercase logs/ and bare results_concurrency_* keep GPUs and lengths from their path', async () => {
    const r = await analyze(
      dir('srt', {
        'outputs/1234/logs/sa-bench_isl_1024_osl_1024/results_concurrency_64_gpus_16_ctx_8_gen_8.json': raw(64),
        'elsewhere/isl_8192_osl_1024/results_concurrency_32_gpus_8.json': raw(32),
      }),
    );
    expect(r.cells).toHaveLength(2);
    const a = r.cells.find((c) => c.concurrency === 64)!;
    expect(a.source_format).toBe('inferencex-srt-slurm');
    expect([a.isl, a.osl]).toEqual([1024, 1024]);
    expect(a.topology).toMatchObject({ num_prefill_gpu: 8, num_decode_gpu: 8, gpus: 16 });
    const b = r.cells.find((c) => c.concurrency === 32)!;
    expect([b.isl, b.osl]).toEqual([8192, 1024]);
    expect(b.topology.gpus).toBe(8);
  });

  it('an AMD pool label (mi355x-amds) prices as the MI355X table key', async () => {
    const agg = JSON.stringify({
      hw: 'mi355x-amds',
      conc: 4,
      model: 'm',
      framework: 'vllm',
      precision: 'fp8',
      isl: 1024,
      osl: 1024,
      tp: 8,
      pp: 1,
      pcp_size: 1,
      ep: 1,
      dp_attention: 'false',
      tput_per_gpu: 100,
      output_tput_per_gpu: 50,
      input_tput_per_gpu: 50,
      is_multinode: false,
    });
    const root = dir('amd', { 'bmk_x/agg_x.json': agg });
    const prices = path.join(tmp, 'amd-prices.json');
    writeFileSync(prices, JSON.stringify({ MI355X: 3 }));
    const r = await analyze(root, { priceTable: prices });
    expect(r.cells[0]!.cost?.gpu_hour_cost).toBe(3);
  });

  it('eval collector rows under another file name are read as the collector', async () => {
    const src = path.resolve(
      import.meta.dirname,
      '../fixtures/shared/inferencex-collected/eval_results_all/agg_eval_all.json',
    );
    const root = path.join(tmp, 'collector');
    mkdirSync(root, { recursive: true });
    copyFileSync(src, path.join(root, 'eval_results.json'));
    const r = await analyze(root);
    expect(r.cells.length).toBeGreaterThan(0);
    expect(r.cells.every((c) => c.source_variant === 'inferencex-eval-collector')).toBe(true);
    expect(r.artifact_manifest.find((m) => m.path === 'eval_results.json')?.adapter).toBe('inferencex-eval-collector');
  });
});

describe('exit 3 diagnostics', () => {
  it('lists each file that looked like benchmark output and why it was not used', async () => {
    const root = dir('nothing', {
      'a.json': '{"completed": 5, "num_prompts": 5}',
      'b.jsonl': '{"x": 1}\n{"x": 2}\n',
      'c.json': '{"completed": 3, "num_prompts": 3, "duration": 1, "mean_ttft_ms": 1',
      'README.md': 'notes',
    });
    let err: NoReportError | null = null;
    try {
      await analyze(root);
    } catch (e) {
      err = e as NoReportError;
    }
    expect(err).toBeInstanceOf(NoReportError);
    const lines = err?.details ?? [];
    expect(lines.some((l) => l.startsWith('a.json: vllm-bench-serve:'))).toBe(true);
    expect(lines.some((l) => l.startsWith('b.jsonl: jsonl that no adapter recognises'))).toBe(true);
    expect(lines.some((l) => l.startsWith('c.json:') && l.includes('not valid JSON'))).toBe(true);
    expect(lines.some((l) => l.startsWith('README.md'))).toBe(false);
  });

  it('caps the list', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`f${String(i).padStart(2, '0')}.json`] = '{"completed": 1}';
    let err: NoReportError | null = null;
    try {
      await analyze(dir('many', files));
    } catch (e) {
      err = e as NoReportError;
    }
    expect(err?.details).toHaveLength(21);
    expect(err?.details[20]).toBe('… and 10 more file(s)');
  });
});
