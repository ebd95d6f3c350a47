/**
 * inference-perf lifecycle reports (src/sources/inference-perf.ts). Expected values are read by hand
 * from test/fixtures/real/inference-perf/ (the maintainers' KubeCon NA 2025 demo results, see
 * PROVENANCE.md) and from the small reports built here after inference_perf/reportgen/base.py.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { NoReportError } from '../../src/io/config-file.js';
import { mapInferencePerfReport, sniffInferencePerf } from '../../src/sources/inference-perf.js';
import { describeHead } from '../../src/sources/lib/head.js';
import type { Cell, Finding } from '../../src/core/types.js';

const REAL = path.resolve(import.meta.dirname, '../fixtures/real/inference-perf/v0.2-kubecon-vllm-rate-sweep');
const out = mkdtempSync(path.join(tmpdir(), 'ig-inference-perf-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function analyze(dir: string): Promise<{ cells: Cell[]; findings: Finding[]; manifest: unknown[] }> {
  const r = await analyzeResultsDir({
    resultsDir: dir,
    outputDir: path.join(out, `${path.basename(dir)}-out`),
    now: new Date('2026-01-01T00:00:00Z'),
    cwd: dir,
  });
  return { cells: r.report.cells, findings: r.report.findings, manifest: r.report.artifact_manifest };
}

/** A stage report as base.py writes it (v0.4+: configurable percentiles, `median` for 50). */
function stage(load: Record<string, unknown>, successes: number, failures: number): string {
  const dist = (m: number) => ({ mean: m, min: m / 2, max: m * 2, median: m, p90: m * 1.5, p99: m * 1.9 });
  return JSON.stringify({
    benchmark_time_seconds: 30.5,
    load_summary: { count: successes + failures, ...load },
    successes: {
      count: successes,
      latency: {
        request_latency: dist(2),
        normalized_time_per_output_token: dist(0.02),
        time_per_output_token: dist(0.01),
        time_to_first_token: dist(0.2),
        inter_token_latency: dist(0.009),
      },
      throughput: {
        input_tokens_per_sec: 900,
        output_tokens_per_sec: 300,
        total_tokens_per_sec: 1200,
        requests_per_sec: 3,
      },
    },
    failures: { count: failures, request_latency: failures > 0 ? dist(5) : null },
  });
}

describe('inference-perf adapter', () => {
  it('real 7-stage sweep: one cell per stage keyed by requested_rate, summary listed not read', async () => {
    const { cells, manifest } = await analyze(REAL);
    expect(cells).toHaveLength(7);
    expect(cells.every((c) => c.source_variant === 'inference-perf')).toBe(true);
    expect(cells.map((c) => c.topology.request_rate).sort((a, b) => Number(a) - Number(b))).toEqual([
      1, 37.97, 74.94, 111.92, 148.89, 185.86, 222.83,
    ]);
    const s3 = cells.find((c) => c.topology.inference_perf_stage === 3) as Cell;
    expect(s3.completion.num_requests_total).toBe(6715);
    expect(s3.completion.num_requests_successful).toBe(6715);
    expect(s3.metrics.p50_ttft).toBeCloseTo(0.10548265289980918, 12); // seconds already
    expect(s3.metrics.p99_ttft).toBeCloseTo(0.39746013901662075, 12);
    expect(s3.metrics.p50_e2el).toBeCloseTo(1.726592505001463, 12);
    expect(s3.metrics.p90_tpot).toBeCloseTo(0.012909350550711848, 12);
    expect(s3.metrics.p50_itl).toBeCloseTo(4.83350595459342e-5, 15);
    expect(s3.metrics.output_tput_tps).toBeCloseTo(6955.730744537778, 9);
    const entry = manifest.find((m) => (m as { path: string }).path.endsWith('summary_lifecycle_metrics.json')) as
      { kind: string; required: boolean; cell_id: string | null } | undefined;
    expect(entry?.kind).toBe('inference_perf_summary');
    expect(entry?.required).toBe(false);
  });

  it('concurrent stage keys by concurrency; failures are not successful; a lone summary is a cell', async () => {
    const dir = path.join(out, 'concurrent');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'stage_0_lifecycle_metrics.json'),
      stage({ send_duration: 29.9, requested_rate: 12.5, achieved_rate: 12.4, concurrency: 16 }, 370, 5),
    );
    const lone = path.join(out, 'lone');
    mkdirSync(lone, { recursive: true });
    writeFileSync(path.join(lone, 'summary_lifecycle_metrics.json'), stage({}, 100, 0));
    const { cells } = await analyze(dir);
    expect(cells).toHaveLength(1);
    const c = cells[0] as Cell;
    expect(c.concurrency).toBe(16);
    expect(c.topology.request_rate ?? null).toBeNull();
    expect([c.completion.num_requests_successful, c.completion.num_requests_total]).toEqual([370, 375]);
    expect(c.metrics.p50_ttft).toBe(0.2);
    expect(c.metrics.p99_e2el).toBeCloseTo(3.8, 12);
    expect(c.metrics.duration_seconds).toBe(30.5);
    const l = await analyze(lone);
    expect(l.cells).toHaveLength(1);
    expect(l.cells[0]?.completion.num_requests_total).toBe(100);
  });

  it('v0.1 distributions (p10/p50/p90, no rate) map too', () => {
    const p = mapInferencePerfReport({
      load_summary: { count: 10 },
      successes: {
        count: 9,
        latency: { time_to_first_token: { mean: 0.3, min: 0.1, p10: 0.15, p50: 0.28, p90: 0.5, max: 0.7 } },
        throughput: { output_tokens_per_sec: 50 },
      },
      failures: { count: 1, request_latency: null },
    });
    expect(p.rate).toBeNull();
    expect(p.metrics).toMatchObject({ mean_ttft: 0.3, p50_ttft: 0.28, p90_ttft: 0.5, output_tput_tps: 50 });
    expect(p.counts).toMatchObject({ total: 10, successful: 9 });
  });

  it('recognition: claims stage/summary reports, declines per-request and LoRA adapter files with a reason', () => {
    const f = (name: string) => ({ path: name, name, dir: '', size: 0 }) as never;
    const head = (t: string) => () => describeHead(new TextEncoder().encode(t), false);
    const report = head('{"load_summary": {"count": 1}, "successes": {"count": 1}, "failures": {"count": 0}}');
    expect(sniffInferencePerf(f('stage_2_lifecycle_metrics.json'), report)).toMatchObject({
      claim: true,
      kind: 'inference_perf_stage',
    });
    expect(sniffInferencePerf(f('summary_lifecycle_metrics.json'), report)).toMatchObject({
      claim: true,
      kind: 'inference_perf_summary',
    });
    expect(sniffInferencePerf(f('renamed.json'), report)).toMatchObject({ claim: true });
    expect(sniffInferencePerf(f('per_request_lifecycle_metrics.json'), head('[{"start_time": 1}]'))).toMatchObject({
      claim: false,
    });
    expect(sniffInferencePerf(f('adapter_a_stage_0_lifecycle_metrics.json'), report)).toMatchObject({ claim: false });
    expect(sniffInferencePerf(f('stage_0_lifecycle_metrics.json'), head('{"x": 1}'))).toMatchObject({ claim: false });
    expect(sniffInferencePerf(f('stage_0_prometheus_metrics.json'), head('{"latency": {}}'))).toBeNull();
    expect(sniffInferencePerf(f('other.json'), head('{"successes": {}}'))).toBeNull();
  });

  it('a truncated stage file is a critical finding naming it; the other stages are still read', async () => {
    const dir = path.join(out, 'truncated');
    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(REAL, 'stage_0_lifecycle_metrics.json'), path.join(dir, 'stage_0_lifecycle_metrics.json'));
    const text = readFileSync(path.join(REAL, 'stage_1_lifecycle_metrics.json'), 'utf8');
    writeFileSync(path.join(dir, 'stage_1_lifecycle_metrics.json'), text.slice(0, 1200));
    const { cells, findings } = await analyze(dir);
    expect(cells).toHaveLength(1);
    expect(cells[0]?.topology.request_rate).toBe(1);
    const f = findings.find((x) => x.code === 'missing_required_artifact');
    expect(f?.severity).toBe('critical');
    expect(f?.message).toContain('stage_1_lifecycle_metrics.json');
  });

  it('only a truncated report: no report, the message names the file', async () => {
    const dir = path.join(out, 'only-truncated');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'stage_0_lifecycle_metrics.json'),
      '{"load_summary": {"count": 60, "schedule_delay": {"mean"',
    );
    let message = '';
    try {
      await analyze(dir);
    } catch (e) {
      if (!(e instanceof NoReportError)) throw e;
      message = [e.message, ...e.details].join('\n');
    }
    expect(message).toContain('stage_0_lifecycle_metrics.json');
  });
});
