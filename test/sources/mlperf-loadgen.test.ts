/**
 * MLPerf loadgen logs (issue 23): `mlperf_log_summary.txt` as loadgen/results.cc
 * `PerformanceSummary::LogSummary` prints it, `mlperf_log_detail.txt` `:::MLLOG` lines, latencies
 * in ns → s, the load point per scenario, INVALID → a finding naming the file and the failed
 * constraint lines, a cut summary → a finding (never a crash, never a silent skip).
 * Expected values are written by hand from the fixture text.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { NoReportError } from '../../src/io/config-file.js';
import { validateContract } from '../../src/schemas/validate.js';
import { describeHead } from '../../src/sources/lib/head.js';
import { loadgenMetrics, parseDetail, parseSummary, sniffMlperf } from '../../src/sources/mlperf-loadgen.js';
import type { Report } from '../../src/core/types.js';
import type { FileEntry } from '../../src/sources/types.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ig-mlperf-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const REAL = path.resolve(
  import.meta.dirname,
  '../fixtures/real/mlperf/amd-mi300x-llama2-70b-v4.1/closed/AMD/results/8xMI300X_2xEPYC-9374F/llama2-70b-99',
);
const SERVER = readFileSync(path.join(REAL, 'Server/performance/run_1/mlperf_log_summary.txt'), 'utf8');

function dir(name: string, files: Record<string, string>): string {
  const root = path.join(tmp, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

async function analyze(root: string, outputDir = path.join(root, '..', `${path.basename(root)}-out`)): Promise<Report> {
  const r = await analyzeResultsDir({
    resultsDir: root,
    outputDir,
    now: new Date('2026-01-01T00:00:00Z'),
    cwd: root,
  });
  expect(validateContract('inferguard-analyze/v1', r.report)).toEqual({ ok: true });
  return r.report;
}

/** The real Server summary as loadgen prints an INVALID run (results.cc: constraint lines, Recommendations). */
const INVALID = SERVER.replace('Result is : VALID', 'Result is : INVALID')
  .replace('  Performance constraints satisfied : Yes', '  Performance constraints satisfied : NO')
  .replace(
    '  Early stopping satisfied: Yes',
    '  Early stopping satisfied: NO\nRecommendations:\n * Reduce target QPS to improve latency.',
  );

describe('mlperf summary: parsing', () => {
  it('reads the real v4.1 Server summary by hand (ns → s, TTFT / TPOT, target_qps)', () => {
    const run = parseSummary(SERVER);
    expect(run.fields.get('Scenario')).toBe('Server');
    expect(run.fields.get('Result is')).toBe('VALID');
    expect(run.fields.get('target_qps')).toBe('73.5');
    expect(run.failed).toEqual([]);
    const m = loadgenMetrics(run.fields);
    expect(m.request_throughput_rps).toBe(71.74);
    expect(m.output_tput_tps).toBe(21028.23);
    expect(m.mean_e2el).toBeCloseTo(42.835428215, 12);
    expect(m.p90_e2el).toBeCloseTo(78.701426662, 12);
    expect(m.mean_ttft).toBeCloseTo(1.00632967, 12);
    expect(m.p95_ttft).toBeCloseTo(1.411787782, 12);
    expect(m.mean_tpot).toBeCloseTo(0.143097185, 12); // "Mean Time to Output Token" (loadgen 4.x label)
    expect(m.p50_tpot).toBeCloseTo(0.143943044, 12);
    expect(m.p99_tpot).toBeCloseTo(0.197873909, 12);
    expect(Object.keys(m).some((k) => k.startsWith('p97') || k.startsWith('p99.9'))).toBe(false);
  });

  it('reads the loadgen 5+/6 label (Time per Output Token) and older SingleStream lines', () => {
    const m = loadgenMetrics(
      parseSummary(SERVER.replace('Mean Time to Output Token', 'Mean Time per Output Token')).fields,
    );
    expect(m.mean_tpot).toBeCloseTo(0.143097185, 12);
    const ss = parseSummary(
      [
        'MLPerf Results Summary',
        'Scenario : SingleStream',
        'Mode     : PerformanceOnly',
        '90.0th percentile latency (ns) : 50798000',
        'Result is : VALID',
        'QPS w/ loadgen overhead         : 20.88',
        'Mean latency (ns)               : 47877956',
        '90.00 percentile latency (ns)   : 50798000',
      ].join('\n'),
    );
    const sm = loadgenMetrics(ss.fields);
    expect(sm.request_throughput_rps).toBe(20.88);
    expect(sm.p90_e2el).toBeCloseTo(0.050798, 12);
  });

  it('collects the failed constraint lines and recommendations of an INVALID run', () => {
    expect(parseSummary(INVALID).failed).toEqual([
      'Performance constraints satisfied : NO',
      'Early stopping satisfied: NO',
      '* Reduce target QPS to improve latency.',
    ]);
  });

  it('reads a detail log (:::MLLOG lines) into the same fields', () => {
    const line = (key: string, value: unknown): string =>
      `:::MLLOG {"key": "${key}", "value": ${JSON.stringify(value)}, "time_ms": 1.0, "namespace": "mlperf::logging", "event_type": "POINT_IN_TIME", "metadata": {"is_error": false, "is_warning": false, "file": "results.cc", "line_no": 1, "pid": 1, "tid": 1}}`;
    const run = parseDetail(
      [
        line('effective_scenario', 'Server'),
        line('effective_target_qps', 73.5),
        line('result_validity', 'INVALID'),
        line('result_min_duration_met', false),
        line('result_completed_samples_per_sec', 71.74),
        line('result_99.00_percentile_latency_ns', 139059448725),
        line('result_first_token_99.00_percentile_latency_ns', 1604171041),
        line('result_time_per_output_token_99.00_percentile_ns', 197873909),
        ':::MLLOG {"key": "result_mean_lat', // a cut line: skipped
      ].join('\n'),
    );
    expect(run.fields.get('Scenario')).toBe('Server');
    expect(run.failed).toEqual(['Min duration satisfied : NO (result_min_duration_met false)']);
    const m = loadgenMetrics(run.fields);
    expect(m.request_throughput_rps).toBe(71.74);
    expect(m.p99_e2el).toBeCloseTo(139.059448725, 12);
    expect(m.p99_ttft).toBeCloseTo(1.604171041, 12);
    expect(m.p99_tpot).toBeCloseTo(0.197873909, 12);
  });
});

describe('mlperf summary: recognition', () => {
  const entry = (p: string): FileEntry => ({
    path: p,
    name: path.posix.basename(p),
    dir: path.posix.dirname(p).replace(/^\.$/, ''),
    size: 10,
    mtimeMs: 0,
  });
  const head = (text: string) => () => describeHead(new TextEncoder().encode(text), false);
  it('claims summaries, declines AccuracyOnly runs and banner-less summaries, saying why', () => {
    expect(sniffMlperf(entry('r/mlperf_log_summary.txt'), head(SERVER), () => false)).toMatchObject({ claim: true });
    const acc = sniffMlperf(
      entry('r/mlperf_log_summary.txt'),
      head(SERVER.replace('PerformanceOnly', 'AccuracyOnly')),
      () => false,
    );
    expect(acc).toMatchObject({ claim: false });
    expect(acc?.why).toContain('AccuracyOnly');
    expect(sniffMlperf(entry('r/mlperf_log_summary.txt'), head('nothing'), () => false)).toMatchObject({
      claim: false,
    });
    expect(sniffMlperf(entry('r/notes.txt'), head('nothing'), () => false)).toBeNull();
  });
});

describe('mlperf summary: analyze', () => {
  it('INVALID → the cell is kept with a finding naming the file and the failed constraints', async () => {
    const report = await analyze(
      dir('invalid', { 'sys/llama2-70b-99/Server/performance/run_1/mlperf_log_summary.txt': INVALID }),
    );
    expect(report.cells).toHaveLength(1);
    const c = report.cells[0]!;
    expect(c.model).toBe('llama2-70b-99');
    expect(c.topology.system).toBe('sys');
    expect(c.topology.scenario).toBe('Server');
    expect(c.topology.request_rate).toBe(73.5);
    const f = c.findings.find((x) => x.evidence.kind === 'mlperf_result_invalid');
    expect(f?.message).toContain('sys/llama2-70b-99/Server/performance/run_1/mlperf_log_summary.txt');
    expect(f?.message).toContain('Performance constraints satisfied : NO');
    expect(f?.evidence.failed_constraints).toHaveLength(3);
  });

  it('a summary next to its detail log: one cell listing both files', async () => {
    const report = await analyze(
      dir('twins', {
        'run/mlperf_log_summary.txt': SERVER,
        'run/mlperf_log_detail.txt': ':::MLLOG {"key": "effective_scenario", "value": "Server"}\n',
      }),
    );
    expect(report.cells).toHaveLength(1);
    const listed = report.artifact_manifest.filter((m) => m.cell_id === report.cells[0]!.cell_id).map((m) => m.path);
    expect(listed.sort()).toEqual(['run/mlperf_log_detail.txt', 'run/mlperf_log_summary.txt']);
    expect(report.cells[0]!.metrics.p99_ttft).toBeCloseTo(1.604171041, 12);
  });

  it('a summary cut after its banner: exit 3 names the file', async () => {
    const cut = SERVER.split('\n').slice(0, 5).join('\n');
    let err: NoReportError | null = null;
    try {
      await analyze(dir('cut', { 'mlperf_log_summary.txt': cut }));
    } catch (e) {
      err = e as NoReportError;
    }
    expect(err).toBeInstanceOf(NoReportError);
    expect(err?.details.some((l) => l.startsWith('mlperf_log_summary.txt:') && l.includes('truncated summary'))).toBe(
      true,
    );
  });
});

describe('mlperf: hardware and GPU count of the system (real fixtures)', () => {
  const FIX = path.resolve(import.meta.dirname, '../fixtures/real/mlperf');
  // the real fixtures are read in place; the reports go to the temp folder
  const cellsOf = async (name: string) => (await analyze(path.join(FIX, name), path.join(tmp, `${name}-out`))).cells;

  it('system folder names state them: 8 × MI300X, 8 × MI355X, 8 × MI325X, 1 × H100; per-GPU output throughput', async () => {
    const rows = [];
    for (const name of [
      'amd-mi300x-llama2-70b-v4.1',
      'amd-mi355x-v6.1-interactive-and-gpt-oss',
      'ntuhpc-amd-mi325x-llama2-70b-v5.0',
      'nvidia-h100x1-gptj-99-v3.1',
    ]) {
      for (const c of await cellsOf(name)) {
        rows.push([
          c.topology.system,
          c.model,
          c.topology.scenario,
          c.hardware,
          c.topology.gpus,
          c.metrics.output_tput_per_gpu ?? null,
        ]);
        expect(c.mlperf_system_basis).toBe('system folder name');
      }
    }
    // output_tput_per_gpu = the summary's tokens per second / GPUs, by hand
    expect(rows.sort()).toEqual(
      [
        ['8xMI300X_2xEPYC-9374F', 'llama2-70b-99', 'Offline', 'mi300x', 8, 23514.8 / 8],
        ['8xMI300X_2xEPYC-9374F', 'llama2-70b-99', 'Server', 'mi300x', 8, 21028.23 / 8],
        ['8xMI325X_2xEPYC_9575F', 'llama2-70b-99.9', 'Server', 'mi325x', 8, 30724.51 / 8],
        ['8xMI355X_2xEPYC_9575F', 'gpt-oss-120b', 'Server', 'mi355x', 8, 113240.66 / 8],
        ['8xMI355X_2xEPYC_9575F', 'llama2-70b-99.9', 'Interactive', 'mi355x', 8, 73191.51 / 8],
        ['8xMI355X_2xEPYC_9575F', 'llama2-70b-99.9', 'Server', 'mi355x', 8, 103274.69 / 8],
        // gpt-j's loadgen 3.1 summary has no token throughput: nothing per GPU
        ['DGX-H100_H100-SXM-80GBx1_TRT', 'gptj-99', 'Offline', 'h100', 1, null],
        ['DGX-H100_H100-SXM-80GBx1_TRT', 'gptj-99', 'Server', 'h100', 1, null],
      ].sort(),
    );
  });

  it('no submission layout (a local run folder): hardware and GPU count stay unknown', async () => {
    const [c] = await cellsOf('jshim-a30-llama31-8b-server-invalid');
    expect(c?.hardware).toBeNull();
    expect(c?.topology.gpus ?? null).toBeNull();
    expect(c?.metrics.output_tput_per_gpu).toBeUndefined();
  });

  it('the systems JSON wins over the folder name and is listed, not required', async () => {
    const root = dir('desc-wins', {
      'closed/AMD/results/8xMI300X_2xEPYC-9374F/llama2-70b-99/Server/performance/run_1/mlperf_log_summary.txt': SERVER,
      // the real v4.1 description with 4 accelerators per node on 2 nodes instead of 8 on 1
      'closed/AMD/systems/8xMI300X_2xEPYC-9374F.json': JSON.stringify({
        accelerator_model_name: 'AMD Instinct MI300X-NPS1-SPX-192GB-750W',
        accelerators_per_node: 4,
        number_of_nodes: 2,
        host_processor_model_name: '2xAMD EPYC 9374F',
      }),
    });
    const report = await analyze(root);
    const c = report.cells[0]!;
    expect([c.hardware, c.topology.gpus, c.metrics.output_tput_per_gpu]).toEqual(['mi300x', 8, 21028.23 / 8]);
    expect(c.mlperf_system_basis).toBe('closed/AMD/systems/8xMI300X_2xEPYC-9374F.json');
    expect(report.artifact_manifest.find((m) => m.kind === 'mlperf_system_desc')).toMatchObject({
      path: 'closed/AMD/systems/8xMI300X_2xEPYC-9374F.json',
      required: false,
    });
  });

  it('a systems JSON alone is no result: exit 3 names it as recognised but not used', async () => {
    const desc = readFileSync(
      path.join(FIX, 'redhat-l40s-openshift-v4.1-systems-json/closed/RedHat/systems/L40S-RedHat-OpenShift.json'),
      'utf8',
    );
    let err: NoReportError | null = null;
    try {
      await analyze(dir('desc-alone', { 'closed/RedHat/systems/L40S-RedHat-OpenShift.json': desc }));
    } catch (e) {
      err = e as NoReportError;
    }
    expect(err).toBeInstanceOf(NoReportError);
    expect(
      err?.details.some(
        (l) => l.startsWith('closed/RedHat/systems/L40S-RedHat-OpenShift.json:') && l.includes('mlperf_system_desc'),
      ),
    ).toBe(true);
  });

  it('a systems JSON that does not parse: a warning naming it, the folder name used instead', async () => {
    const root = dir('desc-broken', {
      'closed/AMD/results/8xMI300X_2xEPYC-9374F/llama2-70b-99/Server/performance/run_1/mlperf_log_summary.txt': SERVER,
      'closed/AMD/systems/8xMI300X_2xEPYC-9374F.json':
        '{"accelerator_model_name": "AMD MI300X", "accelerators_per_node": 2,',
    });
    const report = await analyze(root);
    const c = report.cells[0]!;
    expect([c.hardware, c.topology.gpus, c.mlperf_system_basis]).toEqual(['mi300x', 8, 'system folder name']);
    const f = report.findings.find((x) => x.evidence.kind === 'mlperf_system_desc_unreadable');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('closed/AMD/systems/8xMI300X_2xEPYC-9374F.json');
  });
});
