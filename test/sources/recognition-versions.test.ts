/**
 * Newer producer versions the README lists (issue 23, "Recognition rejects formats README lists"),
 * from test/fixtures/sources/versions/ (see its PROVENANCE.md: built from each writer's code):
 * - SGLang bench_serving lines with a 41 KB `server_info` before `duration` and `completed`
 *   (recognition reads files up to WHOLE_READ_BYTES whole, and scans larger ones' keys);
 * - vLLM nightly-suite `serving_*_qps_*.json` without `completed`/`duration` (rate from the name);
 * - aiperf's profile_export_aiperf.json with its metric blocks at the top level (aiperf#343 on),
 *   with and without 0.11.0's `schema_version`.
 * Expected values are written by hand from the fixture values.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { createIngestContext, scanResultsDir } from '../../src/io/ingest-context.js';
import { defaultConfig } from '../../src/core/config-defaults.js';
import { recognizeFiles } from '../../src/sources/lib/recognize.js';
import { SOURCE_ADAPTERS } from '../../src/sources/index.js';
import { describeHead, HEAD_BYTES, TopKeyScanner, WHOLE_READ_BYTES } from '../../src/sources/lib/head.js';
import { validateContract } from '../../src/schemas/validate.js';
import type { Report } from '../../src/core/types.js';

const VERSIONS = path.resolve(import.meta.dirname, '../fixtures/sources/versions');
const tmp = mkdtempSync(path.join(tmpdir(), 'ig-versions-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const enc = new TextEncoder();

/** A copy of one fixture folder (the report is written next to the root, never into the fixtures). */
function fixture(name: string): string {
  const root = path.join(tmp, name);
  cpSync(path.join(VERSIONS, name), root, { recursive: true });
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

async function recognition(root: string) {
  const scan = await scanResultsDir(root);
  const ctx = createIngestContext(root, scan.files, defaultConfig().thresholds);
  return { ctx, rec: recognizeFiles(ctx, SOURCE_ADAPTERS) };
}

const close = (v: unknown, want: number): void => {
  expect(typeof v).toBe('number');
  expect(v as number).toBeCloseTo(want, 9);
};

describe('SGLang bench_serving with server_info before the metrics', () => {
  const FILE = 'sglang_1206_200_1024_256.jsonl';

  it('the fixture really puts completed past the old 16 KiB head', () => {
    const first = readFileSync(path.join(VERSIONS, 'sglang-server-info', FILE), 'utf8').split('\n')[0] as string;
    expect(first.indexOf('"server_info"')).toBeLessThan(HEAD_BYTES);
    expect(first.indexOf('"completed"')).toBeGreaterThan(HEAD_BYTES);
    // what the 16 KiB head alone shows: no completed, no duration
    const cut = describeHead(enc.encode(first).subarray(0, HEAD_BYTES), true);
    expect(cut.keys).not.toContain('completed');
  });

  it('recognition sees every top-level key; text stays the head', async () => {
    const { ctx, rec } = await recognition(fixture('sglang-server-info'));
    const h = ctx.head!(FILE);
    expect(h.shape).toBe('jsonl');
    expect(h.keys).toEqual(expect.arrayContaining(['server_info', 'duration', 'completed', 'mean_e2e_latency_ms']));
    expect(h.keys.indexOf('server_info')).toBeLessThan(h.keys.indexOf('duration'));
    expect(h.text.length).toBeLessThanOrEqual(HEAD_BYTES);
    expect(h.truncated).toBe(true);
    expect(rec.get(FILE)?.adapter).toBe('sglang-bench-serving');
  });

  it('reads both lines: model and tp from server_info, metrics in seconds', async () => {
    const r = await analyze(fixture('sglang-server-info'));
    expect(r.cells).toHaveLength(2);
    const c32 = r.cells.find((c) => c.concurrency === 32)!;
    const c64 = r.cells.find((c) => c.concurrency === 64)!;
    expect(c32.source_variant).toBe('sglang-bench-serving');
    expect([c32.model, c32.framework, c32.isl, c32.osl]).toEqual([
      'meta-llama/Llama-3.1-8B-Instruct',
      'sglang',
      1024,
      256,
    ]);
    expect(c32.topology.tp).toBe(1);
    close(c32.metrics.mean_ttft, 0.12);
    close(c32.metrics.p50_ttft, 0.115);
    close(c32.metrics.p99_ttft, 0.22);
    close(c32.metrics.duration_seconds, 50);
    close(c32.metrics.output_tput_tps, 1024);
    close(c32.metrics.input_tput_tps, 4096); // 200 × 1024 / 50
    close(c32.metrics.total_tput_tps, 5120);
    expect(c32.completion.num_requests_successful).toBe(200);
    close(c64.metrics.mean_ttft, 0.18);
    close(c64.metrics.output_tput_tps, 1280);
  });

  it('a line larger than WHOLE_READ_BYTES: a streaming scan finds the keys', async () => {
    const line = readFileSync(path.join(VERSIONS, 'sglang-server-info', FILE), 'utf8').split('\n')[0] as string;
    const v = JSON.parse(line.replace('Infinity', '"inf"')) as Record<string, unknown>;
    // 5 MB of server_info (e.g. a long per-rank state dump), then the results
    const big = { ...v, server_info: { ...(v.server_info as object), blob: 'x'.repeat(5 * 1024 * 1024) } };
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(WHOLE_READ_BYTES);
    const root = path.join(tmp, 'sglang-big');
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'big.jsonl'), `${text}\n`);
    const { ctx, rec } = await recognition(root);
    const h = ctx.head!('big.jsonl');
    expect(h.keys).toEqual(Object.keys(big));
    expect(h.text.length).toBeLessThanOrEqual(HEAD_BYTES);
    expect(rec.get('big.jsonl')?.adapter).toBe('sglang-bench-serving');
  });
});

describe('TopKeyScanner', () => {
  it('gives the same keys whatever the chunking', () => {
    const text = ' {"a": {"b": [1, {"c": 2}]}, "d\\"e": "x,y:{", "f": [], "g": null} trailing';
    for (const size of [1, 2, 3, 7, 100]) {
      const s = new TopKeyScanner();
      for (let i = 0; i < text.length && !s.done; i += size) s.push(text.slice(i, i + size));
      expect(s.done).toBe(true);
      expect(s.keys).toEqual(['a', 'd"e', 'f', 'g']);
    }
  });
});

describe('shapes named for the declines', () => {
  it('bracketed log lines are text, MLPerf MLLOG lines are not CSV', () => {
    const shape = (t: string) => describeHead(enc.encode(t), false).shape;
    expect(shape('[TensorRT-LLM][INFO] Engine version 0.17.0\n[TensorRT-LLM][INFO] MPI size: 1\n')).toBe('text');
    expect(shape('[12/06/2025-10:00:00] [TRT-LLM] [I] Throughput 100\n')).toBe('text');
    expect(shape(':::MLLOG {"key": "loadgen_version", "value": "5.0", "time_ms": 0.01}\n')).toBe('text');
    expect(shape('[\n  {"a": 1}\n]\n')).toBe('json-array');
    expect(shape('[1, 2]')).toBe('json-array');
    expect(shape('[]')).toBe('json-array');
    expect(shape('Metric,avg,min,max\nRequest Latency (ms),1,2,3\n')).toBe('csv');
  });
});

describe('vLLM nightly-suite results without completed/duration', () => {
  it('are recognised by their name and keys, the request rate from the name', async () => {
    const root = fixture('vllm-nightly');
    const { rec } = await recognition(root);
    expect(rec.get('serving_llama8B_tp1_sharegpt_qps_16.json')?.adapter).toBe('vllm-bench-serve');
    const r = await analyze(root);
    expect(r.cells).toHaveLength(2);
    const q16 = r.cells.find((c) => c.topology.request_rate === 16)!;
    const inf = r.cells.find((c) => c.topology.request_rate === 'inf')!;
    expect(q16.source_variant).toBe('vllm-bench-serve');
    expect(q16.model).toBe('meta-llama/Meta-Llama-3-8B-Instruct');
    close(q16.metrics.mean_ttft, 0.04);
    close(q16.metrics.p50_ttft, 0.038);
    close(q16.metrics.p99_ttft, 0.12);
    close(q16.metrics.request_throughput_rps, 8);
    close(q16.metrics.output_tput_tps, 1600);
    close(q16.metrics.total_tput_tps, 3440);
    close(q16.metrics.p99_itl, 0.04);
    expect(q16.completion.num_requests_successful).toBeNull();
    expect(q16.completion.num_requests_total).toBe(500);
    close(inf.metrics.p50_ttft, 0.898);
  });

  it('another name without completed is still not claimed', async () => {
    const root = path.join(tmp, 'vllm-other-name');
    mkdirSync(root, { recursive: true });
    cpSync(
      path.join(VERSIONS, 'vllm-nightly', 'serving_llama8B_tp1_sharegpt_qps_16.json'),
      path.join(root, 'result.json'),
    );
    const { rec } = await recognition(root);
    expect(rec.get('result.json')?.adapter ?? null).not.toBe('vllm-bench-serve');
  });
});

describe('aiperf profile_export_aiperf.json with metrics at the top level', () => {
  for (const name of ['aiperf-top-level', 'aiperf-0.11.0']) {
    it(`${name}: one cell, identity from input_config`, async () => {
      const r = await analyze(fixture(name));
      expect(r.cells).toHaveLength(1);
      const c = r.cells[0]!;
      expect(c.source_variant).toBe('aiperf-export');
      expect([c.model, c.concurrency]).toEqual(['Qwen/Qwen3-0.6B', 16]);
      close(c.metrics.mean_ttft, 0.1);
      close(c.metrics.p50_ttft, 0.095);
      close(c.metrics.p99_ttft, 0.2);
      close(c.metrics.mean_e2el, 2);
      close(c.metrics.p99_e2el, 4);
      close(c.metrics.mean_itl, 0.01);
      close(c.metrics.request_throughput_rps, 4);
      close(c.metrics.output_tput_tps, 800);
      close(c.metrics.duration_seconds, 100);
      close(c.metrics.input_tput_tps, 4000); // total_isl 400000 / 100 s
      close(c.metrics.total_tput_tps, 4800);
      expect(c.completion.num_requests_successful).toBe(400);
      expect(c.completion.num_requests_total).toBe(404);
    });
  }
});
