/**
 * guidellm reports, all three generations (src/sources/guidellm.ts). Expected values are read by
 * hand from the fixture files in test/fixtures/real/guidellm/ (the 2025 report is the real asset
 * vllm-project/guidellm ships; versions 1 and 2 are built from the writer code, see PROVENANCE.md).
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { NoReportError } from '../../src/io/config-file.js';
import { loadPoint, mapGuidellmBenchmark, sniffGuidellm } from '../../src/sources/guidellm.js';
import { describeHead } from '../../src/sources/lib/head.js';
import { configLabel } from '../../src/sources/lib/path-facts.js';
import type { Cell } from '../../src/core/types.js';

const REAL = path.resolve(import.meta.dirname, '../fixtures/real/guidellm');
const out = mkdtempSync(path.join(tmpdir(), 'ig-guidellm-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function cells(dir: string): Promise<{ cells: Cell[]; codes: string[] }> {
  const r = await analyzeResultsDir({
    resultsDir: dir,
    outputDir: path.join(out, path.basename(dir)),
    now: new Date('2026-01-01T00:00:00Z'),
    cwd: dir,
  });
  return { cells: r.report.cells, codes: r.report.findings.map((f) => f.code) };
}

describe('guidellm adapter', () => {
  it('2025 YAML report: synchronous = concurrency 1, ms -> s, incomplete not successful', async () => {
    const { cells: cs } = await cells(path.join(REAL, 'v0.3-yaml-synchronous'));
    expect(cs).toHaveLength(1);
    const c = cs[0] as Cell;
    expect(c.source_variant).toBe('guidellm');
    expect(c.model).toBe('example_model');
    expect(c.concurrency).toBe(1);
    expect([c.isl, c.osl]).toEqual([256, 128]);
    expect(c.completion.num_requests_successful).toBe(46);
    expect(c.completion.num_requests_total).toBe(47);
    expect(c.metrics.p50_ttft).toBeCloseTo(0.01638054847717285, 12); // median 16.38054847717285 ms
    expect(c.metrics.p99_itl).toBeCloseTo(0.005258346167136365, 12);
    expect(c.metrics.mean_e2el).toBeCloseTo(0.6444743664368339, 12); // request_latency is seconds
    expect(c.metrics.output_tput_tps).toBeCloseTo(198.13346751788123, 9);
  });

  it('2025 JSON report gives the same cell as its YAML twin', async () => {
    const { cells: cs } = await cells(path.join(REAL, 'v0.3-json-synchronous'));
    expect(cs).toHaveLength(1);
    expect(cs[0]?.metrics.p99_ttft).toBeCloseTo(0.021281957626342773, 12);
    expect(cs[0]?.completion.num_requests_total).toBe(47);
  });

  it('version 1 (0.5): one cell per benchmark, throughput is request rate inf, constant keyed by rate', async () => {
    const { cells: cs, codes } = await cells(path.join(REAL, 'v0.5-json-sweep'));
    expect(cs).toHaveLength(3);
    expect(codes).not.toContain('metrics_unavailable');
    const sync = cs.find((c) => c.topology.guidellm_strategy === 'synchronous');
    const tput = cs.find((c) => c.topology.guidellm_strategy === 'throughput');
    const rate = cs.find((c) => c.topology.guidellm_strategy === 'constant');
    expect(sync?.concurrency).toBe(1);
    expect(sync?.metrics.p50_ttft).toBeCloseTo(0.0208, 12);
    expect(tput?.concurrency).toBeNull();
    expect(tput?.topology.request_rate).toBe('inf');
    expect([tput?.completion.num_requests_successful, tput?.completion.num_requests_total]).toEqual([1900, 1976]);
    expect(tput?.metrics.p99_ttft).toBeCloseTo(7.0205, 12);
    expect(rate?.topology.request_rate).toBe(3.5);
    expect(rate?.metrics.p99_e2el).toBeCloseTo(1.31, 12);
  });

  it('version 2 (0.7+): concurrent streams are the concurrency, poisson keyed by rate', async () => {
    const { cells: cs } = await cells(path.join(REAL, 'v0.7-json-v2-concurrent-poisson'));
    expect(cs.map((c) => c.concurrency).sort()).toEqual([16, 8, null].sort());
    const c8 = cs.find((c) => c.concurrency === 8);
    expect(c8?.model).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(c8?.metrics.p50_itl).toBeCloseTo(0.00761, 12);
    expect(c8?.completion.num_requests_successful).toBe(480);
    const p = cs.find((c) => c.topology.guidellm_strategy === 'poisson');
    expect(p?.topology.request_rate).toBe(5);
    expect(p?.completion.num_requests_total).toBe(300);
  });

  it('load points of every strategy', () => {
    expect(loadPoint({ type_: 'synchronous' })).toEqual({ kind: 'synchronous', concurrency: 1, rate: null });
    expect(loadPoint({ type_: 'concurrent', streams: 32 })).toEqual({
      kind: 'concurrent',
      concurrency: 32,
      rate: null,
    });
    expect(loadPoint({ type_: 'constant', rate: 2.5 })).toEqual({ kind: 'constant', concurrency: null, rate: 2.5 });
    expect(loadPoint({ type_: 'throughput' })).toEqual({ kind: 'throughput', concurrency: null, rate: 'inf' });
    expect(mapGuidellmBenchmark({}, { type_: 'generative_benchmark' })).toBeNull();
  });

  it('sniffs JSON and YAML reports, not other files', () => {
    const f = (name: string) => ({ path: name, name, dir: '', size: 0 }) as never;
    const head = (t: string) => () => describeHead(new TextEncoder().encode(t), false);
    expect(sniffGuidellm(f('b.json'), head('{"benchmarks": [{"type_": "generative_benchmark"}]}'))?.claim).toBe(true);
    expect(sniffGuidellm(f('b.yaml'), head('---\nbenchmarks:\n- type_: generative_benchmark\n'))?.claim).toBe(true);
    expect(sniffGuidellm(f('b.json'), head('{"benchmarks": [{"name": "x"}]}'))).toBeNull();
    expect(sniffGuidellm(f('b.yaml'), head('benchmarks:\n- name: x\n'))).toBeNull();
  });

  it('a truncated or garbage guidellm file is a finding naming the file, not a crash', async () => {
    const dir = path.join(out, 'bad');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'benchmarks.json'),
      '{"metadata": {"version": 2, "guidellm_version": "0.7.3"}, "benchmarks": [{"type_": "generative_benchmark", "metrics": {"request_tot',
    );
    writeFileSync(
      path.join(dir, 'benchmarks.yaml'),
      'benchmarks:\n- type_: generative_benchmark\n  metrics: [unclosed\n',
    );
    let message = '';
    try {
      await analyzeResultsDir({ resultsDir: dir, outputDir: path.join(out, 'bad-out'), now: new Date(0), cwd: dir });
    } catch (e) {
      if (!(e instanceof NoReportError)) throw e;
      message = [e.message, ...e.details].join('\n');
    }
    expect(message).toContain('benchmarks.json');
    expect(message).toContain('benchmarks.yaml');
  });
});

describe('guidellm data spec in its JSON form, YAML report names', () => {
  it('lengths from `{"prompt_tokens":256,"output_tokens":128}` (v0.5 args.data, as nirjhar17/guidellm-pd-disaggregation writes it)', () => {
    const report = { metadata: { version: 1 }, args: { data: ['{"prompt_tokens":256,"output_tokens":128}'] } };
    const p = mapGuidellmBenchmark(report, { config: { strategy: { type_: 'synchronous' } }, metrics: {} });
    expect(p?.identity).toMatchObject({ isl: 256, osl: 128, concurrency: 1 });
  });

  it('a .yaml report name labels without its extension, like .json', () => {
    expect(configLabel('runs/benchmark-results.yaml')).toBe('benchmark_results');
    expect(configLabel('runs/benchmark-results.json')).toBe('benchmark_results');
  });
});
