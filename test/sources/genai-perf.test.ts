/**
 * NVIDIA genai-perf flat exports (src/sources/agentx-aiperf-export.ts, aiperf's reader: one
 * adapter family). Layouts from triton-inference-server/perf_analyzer genai-perf
 * export_data/json_exporter.py and csv_exporter.py (Statistics blocks `{unit, avg, p25…p99, min,
 * max, std}` at the top level + `input_config`; CSV `Metric,avg,min,max,p99,…` then
 * `Metric,Value`, numbers formatted with thousands separators). Expected values are written by
 * hand from the files below; the real export is test/fixtures/real/genai-perf/.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { csvRecords, exportFamily, exportIdentity } from '../../src/sources/agentx-aiperf-export.js';
import { sniffAiperf } from '../../src/sources/agentx-common.js';
import { describeHead } from '../../src/sources/lib/head.js';
import type { Cell, Report } from '../../src/core/types.js';

const REAL = path.resolve(
  import.meta.dirname,
  '../fixtures/real/genai-perf/issue-298-trtllm-kserve-streaming-c100/test_c100/profile_export_genai_perf.json',
);
const tmp = mkdtempSync(path.join(tmpdir(), 'ig-genai-perf-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(p: string, text: string): void {
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
}

async function analyze(dir: string): Promise<Report> {
  const r = await analyzeResultsDir({
    resultsDir: dir,
    outputDir: path.join(tmp, 'out', path.basename(dir)),
    now: new Date('2026-01-01T00:00:00Z'),
    cwd: dir,
  });
  return r.report;
}

const block = (unit: string, avg: number, p50: number, p90: number, p99: number) => ({
  unit,
  avg,
  p25: p50 * 0.9,
  p50,
  p75: p50 * 1.1,
  p90,
  p95: (p90 + p99) / 2,
  p99,
  min: p50 * 0.5,
  max: p99 * 1.1,
  std: 1,
});

/** A config-generation (genai-perf 0.0.13+) export: model_names, perf_analyzer.stimulus, request_count. */
const configExport = {
  request_throughput: { unit: 'requests/sec', avg: 3.25 },
  request_latency: block('ms', 2400, 2350, 2900, 3100),
  time_to_first_token: block('ms', 120, 110, 180, 250),
  time_to_second_token: block('ms', 20, 19, 25, 30),
  inter_token_latency: block('ms', 15, 14.5, 18, 22),
  output_token_throughput: { unit: 'tokens/sec', avg: 812.5 },
  output_token_throughput_per_user: block('tokens/sec/user', 66, 68, 75, 80),
  output_sequence_length: block('tokens', 250, 250, 256, 256),
  input_sequence_length: block('tokens', 1000, 1000, 1000, 1000),
  request_count: { unit: 'count', avg: 96 },
  input_config: {
    model_names: ['meta-llama/Llama-3.1-8B-Instruct'],
    endpoint: { type: 'chat', service_kind: 'openai', streaming: true },
    perf_analyzer: { stimulus: { concurrency: 8 } },
    input: { synthetic_tokens: { mean: 1000, stddev: 0 }, output_tokens: { mean: 256, stddev: 0 } },
  },
};

/** csv_exporter.py's layout, numbers as exporter_utils.format_stat_value writes them. */
const CSV = [
  'Metric,avg,min,max,p99,p95,p90,p75,p50,p25',
  'Time To First Token (ms),"1,146.31",249.48,"3,485.23","3,457.97","3,349.56","3,215.06","1,330.93",640.07,286.52',
  'Time To Second Token (ms),26.05,0.00,133.51,96.12,36.56,34.88,34.35,33.55,1.78',
  'Request Latency (ms),"6,406.20","5,371.47","9,608.72","9,436.13","9,046.58","9,028.16","6,549.60","5,690.23","5,493.63"',
  'Inter Token Latency (ms),30.35,27.59,35.60,35.23,33.88,32.53,31.05,30.13,29.04',
  'Output Sequence Length (tokens),174.45,164.00,187.00,186.22,183.10,180.10,177.00,174.00,171.75',
  'Input Sequence Length (tokens),"3,000.05","2,999.00","3,001.00","3,001.00","3,001.00","3,000.00","3,000.00","3,000.00","3,000.00"',
  '',
  'Metric,Value',
  'Output Token Throughput (per sec),261.25',
  'Request Throughput (per sec),1.50',
  'Request Count (count),40.00',
  '',
].join('\n');

describe('genai-perf exports', () => {
  it('recognises the JSON and the CSV by name and content, not other *_genai_perf files', () => {
    const text = readFileSync(REAL, 'utf8');
    const head = describeHead(Buffer.from(text), false);
    const file = { path: 'a/profile_export_genai_perf.json', dir: 'a', name: 'profile_export_genai_perf.json' };
    expect(sniffAiperf(file as never, () => head)).toMatchObject({ kind: 'genai_perf_profile_export' });
    const csvFile = { path: 'a/my_profile_export_genai_perf.csv', dir: 'a', name: 'my_profile_export_genai_perf.csv' };
    expect(sniffAiperf(csvFile as never, () => describeHead(Buffer.from(CSV), false))).toMatchObject({
      kind: 'genai_perf_profile_export',
    });
    const other = describeHead(Buffer.from('{"hello": 1}'), false);
    expect(sniffAiperf(file as never, () => other)).toBeNull();
    expect(exportFamily('profile_export_aiperf.json')).toBe('aiperf');
    expect(exportFamily('run_genai_perf.csv')).toBe('genai-perf');
    expect(exportFamily('genai_perf.json')).toBeNull();
  });

  it('CSV: quoted thousands separators, genai-perf capitalisation, Metric,Value section', () => {
    const r = csvRecords(CSV);
    expect(r?.ttft?.avg).toBe(1146.31);
    expect(r?.ttft?.p99).toBe(3457.97);
    expect(r?.request_latency?.p50).toBe(5690.23);
    expect(r?.inter_token_latency?.p90).toBe(32.53);
    expect(r?.request_throughput?.avg).toBe(1.5);
    expect(r?.output_token_throughput?.avg).toBe(261.25);
    expect(r?.request_count?.avg).toBe(40);
  });

  it('identity of both input_config generations', () => {
    const real = exportIdentity(JSON.parse(readFileSync(REAL, 'utf8')));
    expect([real.model, real.concurrency, real.isl, real.osl]).toEqual(['ensemble', 100, 200, 500]);
    const cfg = exportIdentity(configExport);
    expect([cfg.model, cfg.concurrency, cfg.isl, cfg.osl]).toEqual(['meta-llama/Llama-3.1-8B-Instruct', 8, 1000, 256]);
  });

  it('config-generation JSON in artifacts/<model>-<service>-<backend>-concurrency<N>/, its CSV twin not read twice', async () => {
    const root = path.join(tmp, 'config-json');
    const run = path.join(root, 'artifacts', 'meta-llama_Llama-3.1-8B-Instruct-openai-chat-concurrency8');
    write(path.join(run, 'profile_export_genai_perf.json'), JSON.stringify(configExport, null, 2));
    write(path.join(run, 'profile_export_genai_perf.csv'), CSV);
    write(path.join(run, 'profile_export.json'), JSON.stringify({ experiments: [] }));
    write(path.join(run, 'inputs.json'), JSON.stringify({ data: [] }));
    const report = await analyze(root);
    expect(report.cells).toHaveLength(1);
    const c = report.cells[0] as Cell;
    expect(c.source_variant).toBe('genai-perf-export');
    expect([c.model, c.concurrency, c.isl, c.osl]).toEqual(['meta-llama/Llama-3.1-8B-Instruct', 8, 1000, 256]);
    expect(c.completion.num_requests_successful).toBe(96);
    expect(c.completion.num_requests_total).toBeNull(); // genai-perf exports no failure count
    expect(c.metrics.mean_ttft).toBeCloseTo(0.12, 12);
    expect(c.metrics.p90_ttft).toBeCloseTo(0.18, 12);
    expect(c.metrics.p99_ttft).toBeCloseTo(0.25, 12);
    expect(c.metrics.p50_itl).toBeCloseTo(0.0145, 12);
    expect(c.metrics.p99_tpot).toBeCloseTo(0.022, 12);
    expect(c.metrics.mean_e2el).toBeCloseTo(2.4, 12);
    expect(c.metrics.output_tput_tps).toBe(812.5);
    expect(c.metrics.request_throughput_rps).toBe(3.25);
    expect(report.findings.map((f) => f.code)).not.toContain('missing_required_artifact');
  });

  it('CSV only: concurrency from the folder name, values in seconds', async () => {
    const root = path.join(tmp, 'csv-only');
    write(
      path.join(root, 'artifacts', 'llama-3.1-8b-instruct-openai-chat-concurrency4', 'profile_export_genai_perf.csv'),
      CSV,
    );
    const report = await analyze(root);
    expect(report.cells).toHaveLength(1);
    const c = report.cells[0] as Cell;
    expect(c.source_variant).toBe('genai-perf-export');
    expect(c.concurrency).toBe(4);
    expect(c.metrics.mean_ttft).toBeCloseTo(1.14631, 12);
    expect(c.metrics.p99_ttft).toBeCloseTo(3.45797, 12);
    expect(c.metrics.p50_e2el).toBeCloseTo(5.69023, 12);
    expect(c.metrics.p95_itl).toBeCloseTo(0.03388, 12);
    expect(c.metrics.request_throughput_rps).toBe(1.5);
    expect(c.metrics.output_tput_tps).toBe(261.25);
    expect(c.completion.num_requests_successful).toBe(40);
  });

  it('request-rate runs: no concurrency, the rate from input_config (argparse generation)', async () => {
    const root = path.join(tmp, 'rate');
    const v = JSON.parse(readFileSync(REAL, 'utf8')) as { input_config: Record<string, unknown> };
    v.input_config.concurrency = null;
    v.input_config.request_rate = 10;
    write(
      path.join(root, 'artifacts', 'ensemble-triton-tensorrtllm-request_rate10.0', 'profile_export_genai_perf.json'),
      JSON.stringify(v),
    );
    const report = await analyze(root);
    expect(report.cells).toHaveLength(1);
    const c = report.cells[0] as Cell;
    expect(c.concurrency).toBeNull();
    expect(JSON.stringify(c)).toContain('"request_rate":10');
  });

  it('truncated JSON: a finding naming the file, no crash; the other run is still read', async () => {
    const root = path.join(tmp, 'truncated-json');
    const text = readFileSync(REAL, 'utf8');
    write(
      path.join(root, 'artifacts', 'ensemble-triton-tensorrtllm-concurrency100', 'profile_export_genai_perf.json'),
      text,
    );
    const cut = path.join('artifacts', 'ensemble-triton-tensorrtllm-concurrency200', 'profile_export_genai_perf.json');
    write(path.join(root, cut), text.slice(0, Math.floor(text.length / 2)));
    const report = await analyze(root);
    expect(report.cells).toHaveLength(1);
    const f = report.findings.find((x) => x.code === 'missing_required_artifact');
    expect(f?.severity).toBe('critical');
    expect(f?.message).toContain('genai-perf');
    expect(JSON.stringify(f?.evidence)).toContain('concurrency200');
  });

  it('truncated CSV: the rows before the cut are read; a CSV cut before any metric row is a finding', async () => {
    const root = path.join(tmp, 'truncated-csv');
    const lines = CSV.split('\n');
    write(path.join(root, 'a-concurrency1', 'profile_export_genai_perf.csv'), `${lines.slice(0, 3).join('\n')}\n"1,2`);
    write(path.join(root, 'b-concurrency2', 'profile_export_genai_perf.csv'), 'Metric,avg,min,max,p99\nTime To Fi');
    const report = await analyze(root);
    expect(report.cells).toHaveLength(1);
    const c = report.cells[0] as Cell;
    expect(c.concurrency).toBe(1);
    expect(c.metrics.p99_ttft).toBeCloseTo(3.45797, 12);
    expect(c.metrics.p99_e2el).toBeUndefined();
    const f = report.findings.find((x) => x.code === 'missing_required_artifact');
    expect(f?.message).toContain('b-concurrency2/profile_export_genai_perf.csv holds no genai-perf metric blocks');
  });
});
