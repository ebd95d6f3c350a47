/**
 * trtllm-bench `--report_json` (src/sources/trtllm-bench.ts). The fixture in
 * test/fixtures/real/trtllm-bench/ is BUILT from tensorrt_llm/bench/dataclasses/reporting.py (no
 * public report file was found, see PROVENANCE.md); expected values are its numbers by hand.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { NoReportError } from '../../src/io/config-file.js';
import { mapTrtllmBenchReport, sniffTrtllmBench } from '../../src/sources/trtllm-bench.js';
import { describeHead } from '../../src/sources/lib/head.js';
import type { Cell, Finding } from '../../src/core/types.js';

const BUILT = path.resolve(import.meta.dirname, '../fixtures/real/trtllm-bench/built-pytorch-streaming');
const out = mkdtempSync(path.join(tmpdir(), 'ig-trtllm-bench-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function analyze(dir: string): Promise<{ cells: Cell[]; findings: Finding[] }> {
  const r = await analyzeResultsDir({
    resultsDir: dir,
    outputDir: path.join(out, `${path.basename(dir)}-out`),
    now: new Date('2026-01-01T00:00:00Z'),
    cwd: dir,
  });
  return { cells: r.report.cells, findings: r.report.findings };
}

describe('trtllm-bench adapter', () => {
  it('streaming PyTorch report: one cell, ms -> s, world info in topology', async () => {
    const { cells } = await analyze(BUILT);
    expect(cells).toHaveLength(1);
    const c = cells[0] as Cell;
    expect(c.source_variant).toBe('trtllm-bench');
    expect(c.model).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect([c.isl, c.osl]).toEqual([1024, 128]);
    expect(c.concurrency).toBeNull(); // --concurrency is not in the report
    expect(c.topology).toMatchObject({
      tp: 1,
      pp: 1,
      ep: 1,
      max_batch_size: 2048,
      max_num_tokens: 8192,
      backend: 'Pytorch',
    });
    expect(c.completion.num_requests_total).toBe(512);
    expect(c.completion.num_requests_successful).toBeNull();
    expect(c.metrics.p50_e2el).toBeCloseTo(7.3881, 12); // 7388.1 ms
    expect(c.metrics.p95_ttft).toBeCloseTo(0.7028, 12);
    expect(c.metrics.mean_ttft).toBeCloseTo(0.4027, 12);
    expect(c.metrics.p99_tpot).toBeCloseTo(0.0603, 12);
    expect(c.metrics.request_throughput_rps).toBeCloseTo(512 / 60, 12);
    expect(c.metrics.total_tput_tps).toBeCloseTo(9830.4, 9);
    expect(c.metrics.duration_seconds).toBeCloseTo(60, 12);
  });

  it('non-streaming TRT engine report: latency percentiles only, no TTFT/TPOT', () => {
    const p = mapTrtllmBenchReport({
      engine: {
        model: 'meta-llama/Llama-2-7b-hf',
        backend: 'TRT',
        dtype: 'float16',
        quantization: null,
        max_input_length: 2048,
      },
      world_info: { tp_size: 2, pp_size: 1, world_size: 2, max_batch_size: 256 },
      request_info: { num_requests: 1000, avg_num_concurrent_requests: 201.5 },
      performance: {
        total_latency_ms: 40000,
        avg_request_latency_ms: 5000,
        request_throughput_req_s: 25,
        system_output_throughput_tok_s: 3200,
        output_throughput_per_gpu_tok_s: 1600,
        request_latency_percentiles_ms: { p50: 4900, p95: 7000, p99: 7600, minimum: 900, maximum: 8000, average: 5000 },
      },
      dataset: { avg_isl: 128, avg_osl: 128 },
    });
    expect(p.identity).toEqual({ model: 'meta-llama/Llama-2-7b-hf', isl: 128, osl: 128 });
    expect(p.topology).toMatchObject({ tp: 2, pp: 1, gpus: 2, max_batch_size: 256, backend: 'TRT' });
    expect(p.topology.quantization).toBeUndefined();
    for (const [k, v] of Object.entries({
      p50_e2el: 4.9,
      mean_e2el: 5,
      p99_e2el: 7.6,
      output_tput_per_gpu: 1600,
      duration_seconds: 40,
    }))
      expect(p.metrics[k], k).toBeCloseTo(v, 12);
    expect(p.metrics.p50_ttft).toBeUndefined();
    expect(p.extras.avg_num_concurrent_requests).toBe(201.5);
    expect(p.extras.streaming).toBe(false);
  });

  it('recognition: claims performance + engine/world_info/request_info, declines bare performance keys', () => {
    const f = (name: string) => ({ path: name, name, dir: '', size: 0 }) as never;
    const head = (t: string) => () => describeHead(new TextEncoder().encode(t), false);
    expect(sniffTrtllmBench(f('r.json'), head('{"engine": {}, "world_info": {}, "performance": {}}'))).toMatchObject({
      claim: true,
      kind: 'trtllm_bench_report',
    });
    expect(sniffTrtllmBench(f('r.json'), head('{"performance": {"request_throughput_req_s": 1}}'))).toMatchObject({
      claim: false,
    });
    expect(sniffTrtllmBench(f('r.json'), head('{"performance": {"x": 1}}'))).toBeNull();
    expect(sniffTrtllmBench(f('r.txt'), head('{"engine": {}, "world_info": {}, "performance": {}}'))).toBeNull();
  });

  it('a truncated report is a critical finding naming the file, not a crash', async () => {
    const dir = path.join(out, 'truncated');
    mkdirSync(dir, { recursive: true });
    const text = readFileSync(path.join(BUILT, 'report.json'), 'utf8');
    const cut = text.indexOf('"request_latency_percentiles_ms"');
    writeFileSync(path.join(dir, 'report.json'), text.slice(0, cut));
    let message = '';
    try {
      const r = await analyze(dir);
      message = r.findings.map((x) => `${x.code} ${x.message}`).join('\n');
    } catch (e) {
      if (!(e instanceof NoReportError)) throw e;
      message = [e.message, ...e.details].join('\n');
    }
    expect(message).toContain('report.json');
  });
});
