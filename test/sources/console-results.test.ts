/**
 * Console result blocks of `vllm bench serve` / `sglang.bench_serving` (issue 23): the writers'
 * block grammar (vllm/benchmarks/serve.py, python/sglang/bench_serving.py), one cell per block,
 * the load point per block, and truncated blocks as findings (never a crash, never a silent skip).
 * Expected values are written by hand from the block text.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import { NoReportError } from '../../src/io/config-file.js';
import { validateContract } from '../../src/schemas/validate.js';
import { describeHead } from '../../src/sources/lib/head.js';
import { blockMetrics, invocationArgs, parseConsoleBlocks, sniffConsole } from '../../src/sources/console-results.js';
import type { Cell, Report } from '../../src/core/types.js';
import type { FileEntry } from '../../src/sources/types.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ig-console-'));
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

const row = (label: string, value: string | number): string => `${label.padEnd(40)} ${String(value).padEnd(10)}`;

/** A block as vLLM's `vllm bench serve` prints it (serve.py: `{:<40} {:<10}` rows, 50-wide rules). */
function vllmBlock(o: {
  conc?: number;
  rate?: number;
  ok: number;
  failed: number;
  ttft: number[];
  tpot: number[];
}): string {
  return [
    '============ Serving Benchmark Result ============',
    row('Successful requests:', o.ok),
    row('Failed requests:', o.failed),
    ...(o.conc !== undefined ? [row('Maximum request concurrency:', o.conc)] : []),
    ...(o.rate !== undefined ? [row('Request rate configured (RPS):', o.rate.toFixed(2))] : []),
    row('Benchmark duration (s):', '59.21'),
    row('Total input tokens:', 1024000),
    row('Total generated tokens:', 128000),
    row('Request throughput (req/s):', '16.89'),
    row('Output token throughput (tok/s):', '2161.79'),
    row('Peak output token throughput (tok/s):', '2688.00'),
    row('Total Token throughput (tok/s):', '19455.83'),
    '---------------Time to First Token----------------',
    row('Mean TTFT (ms):', o.ttft[0] as number),
    row('Median TTFT (ms):', o.ttft[1] as number),
    row('P99 TTFT (ms):', o.ttft[2] as number),
    '-----Time per Output Token (excl. 1st token)------',
    row('Mean TPOT (ms):', o.tpot[0] as number),
    row('Median TPOT (ms):', o.tpot[1] as number),
    row('P99 TPOT (ms):', o.tpot[2] as number),
    '---------------Inter-token Latency----------------',
    row('Mean ITL (ms):', '27.10'),
    row('Median ITL (ms):', '25.00'),
    row('P99 ITL (ms):', '80.00'),
    '----------------End-to-end Latency----------------',
    row('Mean E2EL (ms):', '3500.00'),
    row('Median E2EL (ms):', '3400.00'),
    row('P99 E2EL (ms):', '5200.00'),
    '==================================================',
  ].join('\n');
}

const NS_LINE =
  "Namespace(backend='vllm', base_url=None, host='127.0.0.1', port=8000, endpoint='/v1/completions', dataset_name='random', model='meta-llama/Llama-3.1-8B-Instruct', num_prompts=1000, random_input_len=1024, random_output_len=128, request_rate=inf, max_concurrency=None)";

const cellWith = (cells: Cell[], conc: number | null): Cell => {
  const c = cells.find((x) => x.concurrency === conc);
  expect(c).toBeDefined();
  return c as Cell;
};

describe('console result blocks: parsing', () => {
  it('reads the real SGLang CI block by hand (ms → s; Max request concurrency; Namespace args)', () => {
    const file = path.resolve(
      import.meta.dirname,
      '../fixtures/real/console/sglang-ci-dsv3-mi300x-concurrency/online_benchmark_log/mi30x/DeepSeek-V3-0324/v0.5.3.post3-rocm630-mi30x-20251022_DeepSeek-V3-0324_FP8_online/sglang_serving_benchmark_concurrency_16_run1_20251023_021053.log',
    );
    const blocks = parseConsoleBlocks(readFileSync(file, 'utf8'));
    expect(blocks).toHaveLength(1);
    const b = blocks[0]!;
    expect(b.closed).toBe(true);
    expect(b.line).toBe(12);
    expect(b.fields.get('Max request concurrency')).toBe('16');
    expect(b.fields.get('Traffic request rate')).toBe('inf');
    expect(b.args.model).toBe('/mnt/raid/models/huggingface/deepseek-ai/DeepSeek-V3-0324');
    expect(b.args.random_input_len).toBe('3200');
    const m = blockMetrics(b.fields);
    expect(m.request_throughput_rps).toBe(0.68);
    expect(m.output_tput_tps).toBe(542.86);
    expect(m.total_tput_tps).toBe(2714.28);
    expect(m.mean_e2el).toBeCloseTo(23.57395, 9);
    expect(m.p50_ttft).toBeCloseTo(1.95453, 9);
    expect(m.p99_ttft).toBeCloseTo(2.68756, 9);
    expect(m.p95_itl).toBeCloseTo(0.02654, 9);
    expect(m.mean_tpot).toBeUndefined(); // this SGLang version prints no TPOT
  });

  it('reads vLLM labels: E2EL, TPOT, Total Token throughput', () => {
    const b = parseConsoleBlocks(
      vllmBlock({ conc: 8, ok: 100, failed: 0, ttft: [40, 35, 90], tpot: [12, 11.5, 20] }),
    )[0]!;
    const m = blockMetrics(b.fields);
    expect(m.mean_ttft).toBeCloseTo(0.04, 12);
    expect(m.p99_tpot).toBeCloseTo(0.02, 12);
    expect(m.p50_e2el).toBeCloseTo(3.4, 12);
    expect(m.p99_itl).toBeCloseTo(0.08, 12);
    expect(m.total_tput_tps).toBe(19455.83);
    // not printed by vLLM: total input tokens / duration (vllm-bench-serve's completeThroughputs)
    expect(m.input_tput_tps).toBeCloseTo(1024000 / 59.21, 9);
  });
});

describe('console result blocks: pasted into markdown, quoted or commented (issue 23)', () => {
  /** The real SGLang CI log (fixtures/real/console), its block cut out as people paste it. */
  const REAL = path.resolve(
    import.meta.dirname,
    '../fixtures/real/console/sglang-ci-dsv3-mi300x-concurrency/online_benchmark_log/mi30x/DeepSeek-V3-0324/v0.5.3.post3-rocm630-mi30x-20251022_DeepSeek-V3-0324_FP8_online/sglang_serving_benchmark_concurrency_16_run1_20251023_021053.log',
  );
  const realBlock = (): string[] => {
    const lines = readFileSync(REAL, 'utf8').split('\n');
    const start = lines.findIndex((l) => /Serving Benchmark Result/.test(l));
    const end = lines.findIndex((l, i) => i > start && /^=+\s*$/.test(l.trimEnd()));
    return lines.slice(start, end + 1);
  };
  const plain = blockMetrics(parseConsoleBlocks(readFileSync(REAL, 'utf8'))[0]!.fields);

  it('a block under a markdown heading, in a fence, in a quote or in comments reads as the plain log', () => {
    const block = realBlock();
    expect(block.length).toBeGreaterThan(20);
    const variants: Record<string, string> = {
      fenced: ['# concurrency 16', '', '```', ...block, '```', ''].join('\n'),
      quoted: ['Results:', ...block.map((l) => `> ${l}`), ''].join('\n'),
      commented: ['# run 1', ...block.map((l) => `# ${l}`), ''].join('\n'),
    };
    for (const [name, text] of Object.entries(variants)) {
      const blocks = parseConsoleBlocks(text);
      expect(blocks, name).toHaveLength(1);
      expect(blocks[0]!.closed, name).toBe(true);
      expect(blocks[0]!.fields.get('Max request concurrency'), name).toBe('16');
      expect(blockMetrics(blocks[0]!.fields), name).toEqual(plain);
    }
    // by hand from the block: 0.68 req/s, median TTFT 1954.53 ms
    expect(plain.request_throughput_rps).toBe(0.68);
    expect(plain.p50_ttft).toBeCloseTo(1.95453, 9);
  });

  it('claims a markdown page with a measured block; declines one whose block is a layout example', () => {
    const md = (name: string): FileEntry => ({ path: name, name, dir: '', size: 10, mtimeMs: 0 });
    const head = (text: string) => () => describeHead(new TextEncoder().encode(text), false);
    const block = realBlock();
    expect(sniffConsole(md('results.md'), head(['# request rate: 4', '', ...block].join('\n')))).toMatchObject({
      claim: true,
    });
    const layout = block.map((l) => l.replace(/^(Successful requests:\s+)\S+/, '$1[TODO]'));
    const v = sniffConsole(md('README.md'), head(layout.join('\n')));
    expect(v).toMatchObject({ claim: false });
    expect(v?.why).toContain('no number on a Successful requests line');
    expect(sniffConsole(md('NOTES.md'), head('# Notes\nnothing here\n'))).toBeNull();
  });

  it('analyze reads a markdown results page: one cell per block at its load point', async () => {
    const block = realBlock();
    const page = [
      '# concurrency 16',
      '',
      '```',
      ...block,
      '```',
      '',
      '# concurrency 32 (same block, quoted)',
      '',
      ...block.map((l) => `> ${l.replace(/^(Max request concurrency:\s+)16/, '$132')}`),
      '',
    ].join('\n');
    const report = await analyze(dir('md-page', { 'results.md': page }));
    expect(report.cells.map((c) => c.concurrency).sort()).toEqual([16, 32]);
    for (const c of report.cells) {
      expect(c.source_variant).toBe('console-results');
      expect(c.metrics.p50_ttft).toBeCloseTo(1.95453, 9);
      expect(c.topology.config_label).toBe('results');
    }
  });
});

describe('console result blocks: the command pasted above the block (issue 23)', () => {
  const vllmNoLoad = (): string =>
    vllmBlock({ ok: 10, failed: 0, ttft: [2111.51, 2244.91, 3346.14], tpot: [43.77, 43.65, 45.56] });

  it('reads --flag value pairs across continuation lines; a flag alone is true; argparse prefixes expand', () => {
    expect(
      invocationArgs(
        "python3 -m sglang.bench_serving --backend sglang --dataset-name random --random-input 4096 --num-prompt 300 --request-rate=2 --save-result --output-file 'out dir/x.jsonl'",
      ),
    ).toEqual({
      _command: 'true',
      backend: 'sglang',
      dataset_name: 'random',
      random_input_len: '4096',
      num_prompts: '300',
      request_rate: '2',
      save_result: 'true',
      output_file: 'out dir/x.jsonl',
    });
  });

  it('a vLLM block under its pasted command: model, lengths, total from the flags; no --request-rate = rate inf', () => {
    const text = [
      'python /home/u/vllm/benchmarks/benchmark_serving.py --backend vllm \\',
      "--port 8081 --endpoint='/v1/completions' --model Qwen2-7B-Instruct --dataset-name random \\",
      '--num-prompts 10 \\',
      '--random-input-len 1024 \\',
      '--random-output-len 1024',
      '',
      vllmNoLoad(),
      '',
    ].join('\n');
    const b = parseConsoleBlocks(text)[0]!;
    expect(b.args).toMatchObject({ model: 'Qwen2-7B-Instruct', num_prompts: '10', random_input_len: '1024' });
  });

  it('analyze: the pasted command and the lines vLLM prints before its progress bar give the load point', async () => {
    const md = [
      '```',
      'python benchmarks/benchmark_serving.py --backend vllm --model Qwen2-7B-Instruct --dataset-name random \\',
      '--num-prompts 10 --random-input-len 1024 --random-output-len 1024',
      vllmNoLoad(),
      '```',
      '',
      '```',
      'vllm bench serve --model Qwen2-7B-Instruct --dataset-name random --num-prompts 10 --random-input-len 1024 --random-output-len 1024 --max-concurrency 32',
      'Traffic request rate: inf',
      'Burstiness factor: 1.0 (Poisson process)',
      'Maximum request concurrency: 32',
      vllmNoLoad(),
      '```',
      '',
    ].join('\n');
    const report = await analyze(dir('pasted-commands', { 'results.md': md }));
    expect(report.cells).toHaveLength(2);
    const inf = report.cells.find((c) => c.concurrency === null)!;
    const c32 = report.cells.find((c) => c.concurrency === 32)!;
    for (const c of [inf, c32]) {
      expect([c.model, c.framework, c.isl, c.osl]).toEqual(['Qwen2-7B-Instruct', 'vllm', 1024, 1024]);
      expect(c.completion.num_requests_total).toBe(10);
      expect(c.metrics.mean_ttft).toBeCloseTo(2.11151, 9);
    }
    expect(inf.topology.request_rate).toBe('inf');
  });
});

describe('console result blocks: recognition', () => {
  const entry = (name: string): FileEntry => ({ path: name, name, dir: '', size: 10, mtimeMs: 0 });
  const head =
    (text: string, truncated = false) =>
    () =>
      describeHead(new TextEncoder().encode(text), truncated);

  it('claims a log with the banner, declines other text logs saying why', () => {
    expect(
      sniffConsole(entry('run.log'), head(`x\n${vllmBlock({ ok: 1, failed: 0, ttft: [1, 1, 1], tpot: [1, 1, 1] })}`)),
    ).toMatchObject({
      claim: true,
    });
    const v = sniffConsole(entry('server.log'), head('INFO: Started server process\nINFO: Uvicorn running\n'));
    expect(v).toMatchObject({ claim: false });
    expect(v?.why).toContain("'Serving Benchmark Result'");
    expect(sniffConsole(entry('data.json'), head('{"a": 1}'))).toBeNull();
  });

  it('claims a long client log whose head shows the invocation (the block comes later)', () => {
    expect(
      sniffConsole(entry('client.log'), head(`Executing: python3 -m sglang.bench_serving --backend sglang\n`, true)),
    ).toMatchObject({
      claim: true,
    });
  });
});

describe('console result blocks: analyze', () => {
  it('one cell per block of a tee-d concurrency sweep, each at its own load point', async () => {
    const log = [
      'INFO 05-01 12:00:00 starting',
      NS_LINE,
      vllmBlock({ conc: 4, ok: 1000, failed: 0, ttft: [40, 35, 90], tpot: [12, 11.5, 20] }),
      NS_LINE,
      vllmBlock({ conc: 32, ok: 998, failed: 2, ttft: [120, 110, 300], tpot: [25, 24, 40] }),
      '',
    ].join('\n');
    const report = await analyze(dir('vllm-sweep', { 'llama8b_tp1/bench.log': log }));
    expect(report.cells).toHaveLength(2);
    const c4 = cellWith(report.cells, 4);
    expect(c4.model).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(c4.framework).toBe('vllm');
    expect(c4.isl).toBe(1024);
    expect(c4.osl).toBe(128);
    expect(c4.topology.tp).toBe(1); // from the folder name
    expect(c4.completion.num_requests_successful).toBe(1000);
    expect(c4.completion.num_requests_total).toBe(1000);
    expect(c4.metrics.p50_ttft).toBeCloseTo(0.035, 12);
    expect(c4.metrics.p99_tpot).toBeCloseTo(0.02, 12);
    const c32 = cellWith(report.cells, 32);
    expect(c32.completion.num_requests_total).toBe(1000);
    expect(c32.completion.num_requests_successful).toBe(998);
    expect(c32.metrics.p99_ttft).toBeCloseTo(0.3, 12);
    expect(c32.cell_id).not.toBe(c4.cell_id);
  });

  it('a QPS point (vLLM prints the configured rate, no concurrency) keys the request rate', async () => {
    const log = `${vllmBlock({ rate: 4, ok: 200, failed: 0, ttft: [50, 45, 100], tpot: [10, 10, 15] })}\n`;
    const report = await analyze(dir('vllm-qps', { 'qps.txt': log }));
    expect(report.cells).toHaveLength(1);
    expect(report.cells[0]!.concurrency).toBeNull();
    expect(report.cells[0]!.topology.request_rate).toBe(4);
  });

  it('a block cut before its closing rule: the cell is kept with a finding naming file and line', async () => {
    const full = vllmBlock({ conc: 8, ok: 100, failed: 0, ttft: [40, 35, 90], tpot: [12, 11.5, 20] }).split('\n');
    const cut = full.slice(0, 14).join('\n'); // ends inside the TTFT section
    const report = await analyze(dir('vllm-cut', { 'a.log': `${NS_LINE}\n${cut}` }));
    expect(report.cells).toHaveLength(1);
    const c = report.cells[0]!;
    expect(c.metrics.mean_ttft).toBeCloseTo(0.04, 12);
    expect(c.metrics.p99_ttft).toBeUndefined();
    const f = c.findings.find((x) => x.code === 'metrics_unavailable');
    expect(f?.message).toContain('a.log line 2');
    expect(f?.message).toContain('truncated');
  });

  it('a banner with nothing after it, or a client log with no block: exit 3 names each file', async () => {
    const root = dir('vllm-empty', {
      'cut.log': `${NS_LINE}\n============ Serving Benchmark Result ============\n`,
      'crashed.log': `Executing: python3 -m sglang.bench_serving --backend sglang\n${'x'.repeat(17000)}\nTraceback (most recent call last):\n`,
      'server.log': 'INFO: Uvicorn running on http://0.0.0.0:8000\n',
    });
    let err: NoReportError | null = null;
    try {
      await analyze(root);
    } catch (e) {
      err = e as NoReportError;
    }
    expect(err).toBeInstanceOf(NoReportError);
    const lines = err?.details ?? [];
    expect(lines.some((l) => l.startsWith('cut.log:') && l.includes('line 2') && l.includes('truncated'))).toBe(true);
    expect(lines.some((l) => l.startsWith('crashed.log:') && l.includes("no 'Serving Benchmark Result' block"))).toBe(
      true,
    );
    expect(lines.some((l) => l.startsWith('server.log:') && l.includes('console-results:'))).toBe(true);
  });
});
