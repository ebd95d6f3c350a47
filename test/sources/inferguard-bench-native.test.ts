import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import type { CellFragment } from '../../src/core/types.js';
import { createIngestContext, scanResultsDir } from '../../src/io/ingest-context.js';
import { nativeBenchAdapter } from '../../src/sources/inferguard-bench-native.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sources/inferguard-bench-native');

async function run(caseName: string) {
  const root = path.join(FIXTURES, caseName);
  const scan = await scanResultsDir(root);
  const ctx = createIngestContext(root, scan.files, { ...DEFAULT_THRESHOLDS });
  const result = await nativeBenchAdapter.collect(ctx);
  const claimed = scan.files.filter((f) => ctx.isClaimed(f.path)).map((f) => f.path);
  return { result, claimed, files: scan.files.map((f) => f.path) };
}

function only(frags: CellFragment[]): CellFragment {
  expect(frags).toHaveLength(1);
  return frags[0] as CellFragment;
}

const REQUIRED = ['config.json', 'metrics.jsonl', 'requests.jsonl', 'run.json', 'summary.json'];

/**
 * Expected values from the fixture files. Percentiles were computed outside this code base
 * (numpy "linear" = R type 7 over the metrics.jsonl values, see the fixture README numbers);
 * counts, sessions and identity are read off summary.json / config.json / metrics.jsonl by hand.
 */
const CASES = [
  {
    name: 'replay',
    dir: 'replay-20260518T101500Z',
    id: 'replay-20260518T101500Z',
    concurrency: null,
    levels: [4, 8, 16],
    total: 36,
    successful: 36,
    sessions: [4, 4],
    duration: 58.63616758071002,
    outTps: 176.8191958611367,
    rps: 0.6139555411845025,
    ttftN: 36,
    p50Ttft: 1.8493744875986453,
    p99Ttft: 2.846720370366425,
    p99E2el: 16.598675852450867,
    p50Tpot: 0.024942329702719774,
    span: 57.836167580710026,
  },
  {
    name: 'kv-stress',
    dir: 'kv-stress-20260518T103000Z',
    id: 'kv-stress-20260518T103000Z',
    concurrency: 8,
    levels: [8],
    total: 8,
    successful: 8,
    sessions: [3, 3],
    duration: 15.569504977142788,
    outTps: 156.20278252714908,
    rps: 0.5138249425235166,
    ttftN: 8,
    p50Ttft: 2.6579269393621474,
    p99Ttft: 3.083142177448517,
    p99E2el: 14.71936082169287,
    p50Tpot: 0.024936124133196347,
    span: 14.769504977142788,
  },
] as const;

describe('nativeBenchAdapter on the InferGuard fixtures', () => {
  for (const c of CASES) {
    it(`${c.name}: identity, counts, sessions, throughput, latency`, async () => {
      const { result, claimed } = await run(c.name);
      const f = only(result.fragments);
      expect(f.source_format).toBe('inferguard-bench-native');
      expect(f.explicit_id).toBe(c.id);
      expect(f.dir).toBe(c.dir);
      expect(f.identity).toEqual({
        hardware: 'h200', // topology.runner_type "h200" (hw is null)
        model: 'deepseek-ai/DeepSeek-V4-Pro',
        framework: 'vllm',
        precision: 'fp8',
        scenario_type: null,
        is_multinode: false, // "false" string
        recipe_name: null,
        isl: null,
        osl: null,
        concurrency: c.concurrency,
      });
      // String topology values parsed: tp "8" -> 8, ep_size "1" -> ep 1, dp_attention "false" -> false.
      expect(f.topology.tp).toBe(8);
      expect(f.topology.ep).toBe(1);
      expect(f.topology.dp_attention).toBe(false);
      expect(f.topology.gpus).toBe(8);
      expect(f.topology.spec_decoding).toBe('none');
      expect(f.topology.image).toBe('vllm/vllm-openai:deepseekv4-cu129');
      if (c.levels.length > 1) expect(f.topology.concurrency_levels).toEqual(c.levels);
      else expect(f.topology.concurrency_levels).toBeUndefined();
      expect(f.counts.total).toBe(c.total);
      expect(f.counts.successful).toBe(c.successful);
      expect([f.counts.sessions_total, f.counts.sessions_completed]).toEqual(c.sessions);
      expect(f.counts.source).toBe(`${c.dir}/summary.json`);
      expect(f.metrics.duration_seconds).toBe(c.duration);
      expect(f.metrics.output_tput_tps).toBe(c.outTps);
      expect(f.metrics.request_throughput_rps).toBe(c.rps);
      expect(f.metrics.ttft_n).toBe(c.ttftN);
      expect(f.metrics.p50_ttft).toBeCloseTo(c.p50Ttft, 12);
      expect(f.metrics.p99_ttft).toBeCloseTo(c.p99Ttft, 12);
      expect(f.metrics.p99_e2el).toBeCloseTo(c.p99E2el, 12);
      expect(f.metrics.p50_tpot).toBeCloseTo(c.p50Tpot, 12);
      expect(f.samples?.ttft_s?.n).toBe(c.ttftN);
      expect(f.samples?.e2el_s?.values).toHaveLength(c.ttftN);
      expect(f.extras?.metrics_span_seconds as number).toBeCloseTo(c.span, 9);
      expect(f.extras?.phases).toEqual({ measurement: c.total, warmup: 0 });
      const levels = f.extras?.levels as { concurrency: number; total: number; success: number }[];
      expect(levels.map((l) => l.concurrency)).toEqual(c.levels);
      // replay: 12 per level; kv-stress: its single level holds all 8.
      expect(levels.map((l) => l.success).reduce((a, b) => a + b, 0)).toBe(c.successful);
      expect(f.findings).toEqual([]);
      expect(result.findings).toEqual([]);
      // All five required files plus report.md consumed and listed present.
      expect(claimed).toEqual([...REQUIRED, 'report.md'].map((n) => `${c.dir}/${n}`).sort());
      expect(result.manifest.filter((m) => m.required && m.present)).toHaveLength(5);
      expect(result.manifest.every((m) => m.present)).toBe(true);
    });
  }

  it('a hand-made run: warmup rows excluded, failed rows kept out of latency, sessions by last turn', async () => {
    const { result } = await run('warmup-two-levels');
    const f = only(result.fragments);
    expect(f.explicit_id).toBe('replay-handmade');
    // hw "B200-TRT" (runner_type null) -> lower case, -trt stripped; "SGLang" -> sglang; "FP4" -> fp4.
    expect(f.identity.hardware).toBe('b200');
    expect(f.identity.framework).toBe('sglang');
    expect(f.identity.precision).toBe('fp4');
    expect(f.identity.concurrency).toBeNull();
    expect(f.topology).toMatchObject({
      tp: 4,
      ep: 2,
      dp_attention: true,
      offloading: 'cpu',
      spec_decoding: 'mtp',
      gpus: 4,
      concurrency_levels: [2, 4],
    });
    expect(f.topology.pp).toBeUndefined(); // null in config.json: absent, never 0
    expect(f.counts).toMatchObject({ total: 4, successful: 3 });
    // s1: last turn (1) succeeded; s2: last turn (1) failed; warmup session "w" not counted.
    expect(f.counts.sessions_total).toBe(2);
    expect(f.counts.sessions_completed).toBe(1);
    expect(f.extras?.phases).toEqual({ measurement: 4, warmup: 1 });
    // Span over measurement rows: max end 111 - min start 100 (the warmup row spans 0..100).
    expect(f.extras?.metrics_span_seconds).toBe(11);
    // ttft of successful measurement rows [1, 2, 3]: p50 2, p90 = 2 + 0.8·1 = 2.8, p99 = 2 + 0.98 = 2.98.
    expect(f.metrics.p50_ttft).toBe(2);
    expect(f.metrics.p90_ttft).toBeCloseTo(2.8, 12);
    expect(f.metrics.p99_ttft).toBeCloseTo(2.98, 12);
    expect(f.metrics.mean_ttft).toBe(2);
    // e2el [5, 6, 9]: p90 = 6 + 0.8·3 = 8.4, p95 = 6 + 0.9·3 = 8.7.
    expect(f.metrics.p90_e2el).toBeCloseTo(8.4, 12);
    expect(f.metrics.p95_e2el).toBeCloseTo(8.7, 12);
    // tpot: (5-1)/(5-1) = 1, (6-2)/(3-1) = 2; the row with 1 output token has none.
    expect(f.metrics.tpot_n).toBe(2);
    expect(f.metrics.p50_tpot).toBe(1.5);
    expect(f.samples?.tpot_s).toEqual({ n: 2, values: [1, 2] });
    // Levels sorted by concurrency although summary.json lists 4 before 2.
    expect((f.extras?.levels as { concurrency: number }[]).map((l) => l.concurrency)).toEqual([2, 4]);
    expect(f.metrics.total_output_tokens).toBe(9);
    expect(f.artifacts.report_md).toBeUndefined();
  });

  it('missing requests.jsonl: critical missing_required_artifact naming it, manifest row present:false', async () => {
    const { result, claimed } = await run('missing-requests');
    const f = only(result.fragments);
    const p = 'kv-stress-20260518T103000Z/requests.jsonl';
    expect(f.findings).toHaveLength(1);
    expect(f.findings[0]).toMatchObject({ code: 'missing_required_artifact', severity: 'critical', cell_id: null });
    expect(f.findings[0]?.evidence.file).toBe(p);
    expect(f.findings[0]?.message).toContain('requests.jsonl');
    expect(result.manifest.find((m) => m.path === p)).toEqual({
      path: p,
      kind: 'native_requests',
      cell_id: null,
      required: true,
      present: false,
    });
    expect(claimed).not.toContain(p);
    // The rest of the run is still analysed.
    expect(f.counts.total).toBe(8);
    expect(f.metrics.ttft_n).toBe(8);
  });

  it('bad metrics.jsonl lines: one metrics_unavailable warning with count and line numbers, the rest is kept', async () => {
    const { result } = await run('bad-jsonl-line');
    const f = only(result.fragments);
    // Line 3 is cut mid-object and line 9 is a JSON array: 2 bad lines, 7 of 8 rows used.
    expect(f.findings).toHaveLength(1);
    const w = f.findings[0];
    expect(w).toMatchObject({ code: 'metrics_unavailable', severity: 'warning' });
    expect(w?.evidence).toMatchObject({
      file: 'kv-stress-20260518T103000Z/metrics.jsonl',
      bad_lines: 2,
      first_lines: [3, 9],
      rows_used: 7,
    });
    expect(w?.message).toContain('kv-stress-20260518T103000Z/metrics.jsonl');
    expect(w?.message).toContain('line 3, 9');
    expect(f.metrics.ttft_n).toBe(7);
    // Sorted ttft of the 7 remaining rows; the 4th (index 3) is the median.
    expect(f.metrics.p50_ttft).toBe(2.6751711421858726);
    // Session kvcast-sess-00 lost its turn-2 row, its turn 1 succeeded: still 3/3.
    expect([f.counts.sessions_total, f.counts.sessions_completed]).toEqual([3, 3]);
  });

  it('a summary.json of another schema is not ours: no fragment, nothing claimed', async () => {
    const { result, claimed } = await run('foreign-summary');
    expect(result.fragments).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.manifest).toEqual([]);
    expect(claimed).toEqual([]);
  });

  it('is deterministic', async () => {
    const a = await run('replay');
    const b = await run('replay');
    expect(JSON.stringify(a.result)).toBe(JSON.stringify(b.result));
  });
});

describe('nativeBenchAdapter: requests.jsonl and bad per-request lines', () => {
  const dir = 'kv-stress-20260518T103000Z';
  const requests = `${dir}/requests.jsonl`;
  const metricsFile = `${dir}/metrics.jsonl`;

  it('the fixtures: requests.jsonl specs joined with metrics.jsonl, no finding', async () => {
    const { result } = await run('kv-stress');
    const f = only(result.fragments);
    expect(f.findings).toEqual([]);
    // 8 specs in 3 sessions, every one issued once; token sums added up by hand from the file.
    expect(f.extras?.request_specs).toEqual({
      file: requests,
      specs: 8,
      sessions: 3,
      duplicate_request_ids: 0,
      expected_input_tokens: 8192 + 32768 * 5 + 16384 * 2,
      expected_output_tokens: 256 * 5 + 512 * 2 + 128,
      prompts_redacted: true,
      specs_not_issued: 0,
      metrics_rows_without_spec: 0,
    });
    const replay = only((await run('replay')).result.fragments);
    // 12 specs, each issued at the 3 levels (36 metrics rows); prompts not redacted.
    expect(replay.extras?.request_specs).toMatchObject({ specs: 12, sessions: 4, prompts_redacted: false });
    expect(replay.extras?.request_specs).toMatchObject({ specs_not_issued: 0, metrics_rows_without_spec: 0 });
  });

  it('bad requests.jsonl lines: one warning naming the file and lines; good and wrong-typed lines used', async () => {
    const { result } = await run('bad-request-lines');
    const f = only(result.fragments);
    const w = f.findings.find((x) => x.evidence.file === requests);
    // Line 3 truncated, 5 an array, 6 a string token count, 7 1e999, 8 no request_id, 9 a numeric
    // request_id; line 4 is blank (not a problem), line 13 repeats line 12's id.
    expect(w).toMatchObject({ code: 'metrics_unavailable', severity: 'warning' });
    expect(w?.evidence).toEqual({
      file: requests,
      bad_lines: 6,
      first_lines: [3, 5, 6, 7, 8],
      first_error: 'line 3: not valid JSON',
      rows_used: 7,
    });
    expect(w?.message).toContain(requests);
    expect(w?.message).toContain('line 3, 5, 6, 7, 8, …');
    // No content of the file is quoted (the truncated line begins with `{"request_id": "kvcast-002"`).
    expect(JSON.stringify(f.findings)).not.toContain('kvcast-trace');
    expect(f.extras?.request_specs).toEqual({
      file: requests,
      specs: 7, // lines 1, 2, 6, 7, 10, 11, 12 (13 is a duplicate)
      sessions: 3,
      duplicate_request_ids: 1,
      // line 6's input and line 7's output count are missing, line 13 is not added twice.
      expected_input_tokens: 8192 + 32768 + 32768 + 16384 + 32768 + 32768,
      expected_output_tokens: 256 + 256 + 256 + 512 + 128 + 256,
      prompts_redacted: true,
      specs_not_issued: 0,
      metrics_rows_without_spec: 1, // kvcast-002 (its spec line is the truncated one)
    });
  });

  it('kinds of bad line each get their reason', async () => {
    const { fieldProblem, parseObjectLine } = await import('../../src/sources/lib/jsonl-lines.js');
    expect(parseObjectLine('{"a": 1')).toEqual({ error: 'not valid JSON' });
    expect(parseObjectLine('null')).toEqual({ error: 'null, not a JSON object' });
    expect(parseObjectLine('"x"')).toEqual({ error: 'a string, not a JSON object' });
    const row = JSON.parse('{"big": 1e999, "neg": -1e999, "s": "1e999", "w": "fast", "n": "12", "f": 1.5, "o": {}}');
    expect(fieldProblem(row, 'big', 'number')).toBe('big is not a finite number');
    expect(fieldProblem(row, 'neg', 'number')).toBe('neg is not a finite number');
    expect(fieldProblem(row, 's', 'number')).toBe('s is not a finite number');
    expect(fieldProblem(row, 'w', 'number')).toBe('w is a string, not a number');
    expect(fieldProblem(row, 'n', 'count')).toBeNull(); // numbers may arrive as strings
    expect(fieldProblem(row, 'f', 'count')).toBe('f is not a whole number ≥ 0');
    expect(fieldProblem(row, 'o', 'string')).toBe('o is an object, not a string');
    expect(fieldProblem(row, 'absent', 'string')).toBeNull();
  });

  it('bad metrics.jsonl lines: wrong type and non-finite rows used without that field, rows without spec named', async () => {
    const { result } = await run('bad-request-lines');
    const f = only(result.fragments);
    const bad = f.findings.filter((x) => x.evidence.file === metricsFile);
    expect(bad).toHaveLength(2);
    expect(bad[0]?.evidence).toEqual({
      file: metricsFile,
      bad_lines: 3,
      first_lines: [2, 5, 9],
      first_error: 'line 2: ttft_seconds is a string, not a number',
      rows_used: 8,
    });
    expect(bad[1]).toMatchObject({ code: 'metrics_unavailable', severity: 'warning' });
    expect(bad[1]?.evidence).toEqual({
      file: metricsFile,
      requests_file: requests,
      rows_without_spec: 1,
      first_line: 3,
    });
    expect(f.findings).toHaveLength(3);
    // Line 2 lost its ttft, line 5 its latency (-1e999), so both lost tpot; line 9 is cut.
    expect([f.metrics.ttft_n, f.metrics.e2el_n, f.metrics.tpot_n]).toEqual([7, 7, 6]);
    expect([f.counts.sessions_total, f.counts.sessions_completed]).toEqual([3, 3]);
  });
});

describe('nativeBenchAdapter: a run without one successful request', () => {
  it('keeps no latency (the summary writes 0.0 percentiles, not measurements); counts and throughput stay', async () => {
    const { cp, mkdtemp, readFile, rm, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const root = await mkdtemp(path.join(os.tmpdir(), 'native-nosuccess-'));
    try {
      const src = path.join(FIXTURES, 'kv-stress');
      await cp(src, root, { recursive: true });
      const dir = path.join(root, 'kv-stress-20260518T103000Z');
      const summary = JSON.parse(await readFile(path.join(dir, 'summary.json'), 'utf8')) as Record<string, unknown>;
      summary.request_counts = { total: 8, success: 0, failed: 8, failed_rate: 1.0 };
      summary.latency_seconds = { p50: 0.0, p95: 0.0, p99: 0.0 };
      summary.ttft_seconds = { p50: 0.0, p95: 0.0, p99: 0.0 };
      await writeFile(path.join(dir, 'summary.json'), JSON.stringify(summary));
      const lines = (await readFile(path.join(dir, 'metrics.jsonl'), 'utf8')).split('\n').filter((l) => l !== '');
      const failed = lines.map((l) => JSON.stringify({ ...(JSON.parse(l) as object), success: false }));
      await writeFile(path.join(dir, 'metrics.jsonl'), `${failed.join('\n')}\n`);
      const scan = await scanResultsDir(root);
      const ctx = createIngestContext(root, scan.files, { ...DEFAULT_THRESHOLDS });
      const f = only((await nativeBenchAdapter.collect(ctx)).fragments);
      expect(f.counts).toMatchObject({ total: 8, successful: 0 });
      expect(Object.keys(f.metrics).filter((k) => /_(ttft|tpot|itl|e2el|intvty)$/.test(k))).toEqual([]);
      expect(f.metrics.output_tput_tps).toBe(156.20278252714908);
      expect(f.samples).toBeUndefined();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
