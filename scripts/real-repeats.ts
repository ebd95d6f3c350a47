/**
 * `npx tsx scripts/real-repeats.ts`: parses the real repeated benchmark runs copied unmodified
 * under test/fixtures/real-repeats/ (provenance in its PROVENANCE.md) into
 * test/fixtures/real-repeats/runs.jsonl, and prints how much the same configuration moves from
 * one run to the next (A/A noise) per metric and load regime.
 *
 * Source: the SGLang nightly CI of michael-amd/sglang-ci (branch `log`). Every night one docker
 * image is started once on one node and the sweep of `sglang.bench_serving` runs back to back:
 * for each load (max concurrency or request rate), run 1, run 2, run 3, each in its own log file
 * with a console "Serving Benchmark Result" block. Runs of the same night are the same image,
 * model, node, workload and seed, so their differences are run-to-run noise. A series is one
 * night (one image) of one model/mode; a run line is run k of every load of that night.
 *
 * `--check` regenerates in memory and exits 1 if runs.jsonl differs (writes nothing).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURE_DIR = path.join(ROOT, 'test', 'fixtures', 'real-repeats');
export const RUNS_FILE = path.join(FIXTURE_DIR, 'runs.jsonl');

export const METRICS = [
  'output_tput_tps',
  'total_tput_tps',
  'p50_ttft',
  'p99_ttft',
  'p50_tpot',
  'p99_tpot',
  'p50_itl',
  'p99_itl',
  'p50_e2el',
  'p99_e2el',
] as const;
export type Metric = (typeof METRICS)[number];

export interface RunCell {
  concurrency: number | null;
  request_rate: number | null;
  isl: number | null;
  osl: number | null;
  requests: number | null;
  metrics: Partial<Record<Metric, number>>;
}

export interface RunLine {
  series: string;
  run: string;
  environment: string | null;
  date: string | null;
  source: string;
  cells: RunCell[];
}

/** The copied repository: michael-amd/sglang-ci, branch `log` at this commit; its files live under `sglang-ci/` here. */
const SGLANG_CI = {
  repo: 'michael-amd/sglang-ci',
  commit: 'bae09cef07dc2d3811f7386df4fb60430b31c876',
  localDir: 'sglang-ci',
} as const;

/**
 * The node of each copied night: the `Hostname:` line of that night's timing_summary_*.log in the
 * same directory of the source repository. Those files are not copied (their `Command:` line
 * embeds a signed webhook URL); PROVENANCE.md lists them.
 */
const NODE_OF_NIGHT: Readonly<Record<string, string>> = {
  'v0.5.3.post1-rocm630-mi30x-20251013_DeepSeek-V3-0324_FP8_online': 'dell300x-pla-t10-23',
  'v0.5.3.post1-rocm630-mi30x-20251014_DeepSeek-V3-0324_FP8_online': 'dell300x-pla-t10-23',
  'v0.5.3.post1-rocm630-mi30x-20251015_DeepSeek-V3-0324_FP8_online': 'dell300x-pla-t10-23',
  'v0.5.3.post2-rocm630-mi30x-20251016_DeepSeek-V3-0324_FP8_online': 'dell300x-pla-t10-23',
  'v0.5.3.post3-rocm630-mi30x-20251017_DeepSeek-V3-0324_FP8_online': 'dell300x-pla-t10-23',
  'v0.5.3.post3-rocm630-mi30x-20251018_DeepSeek-V3-0324_FP8_online': 'dell300x-pla-t10-23',
  'v0.5.3.post3-rocm630-mi30x-20251020_DeepSeek-V3-0324_FP8_online': 'dell300x-pla-t10-23',
  'v0.5.3.post3-rocm630-mi30x-20251021_DeepSeek-V3-0324_FP8_online': 'dell300x-pla-t10-23',
  'v0.5.3.post3-rocm630-mi30x-20251022_DeepSeek-V3-0324_FP8_online': 'dell300x-pla-t10-23',
  'v0.5.3.post3-rocm700-mi30x-20251018_GROK2_FP8_online': 'dell300x-pla-t10-23',
  'v0.5.4.post1-rocm700-mi35x-20251030_GROK1_MOE-I4F8_online': 'smci355-ccs-aus-m12-33',
};

/** Console labels of the result block → runs.jsonl metric, and whether the console value is in ms (→ s). */
const LABELS: readonly (readonly [string, Metric, boolean])[] = [
  ['Output token throughput (tok/s)', 'output_tput_tps', false],
  ['Total token throughput (tok/s)', 'total_tput_tps', false],
  ['Median TTFT (ms)', 'p50_ttft', true],
  ['P99 TTFT (ms)', 'p99_ttft', true],
  ['Median TPOT (ms)', 'p50_tpot', true],
  ['P99 TPOT (ms)', 'p99_tpot', true],
  ['Median ITL (ms)', 'p50_itl', true],
  ['P99 ITL (ms)', 'p99_itl', true],
  ['Median E2E Latency (ms)', 'p50_e2el', true],
  ['P99 E2E Latency (ms)', 'p99_e2el', true],
];

const CONCURRENCY_PREFIX = 'sglang_serving_benchmark_concurrency';

/** `<prefix>_<load>_run<k>_<yyyymmdd_hhmmss>.log`: the load is the concurrency or request rate of the sweep. */
const FILE_RE =
  /^(sglang_serving_benchmark_concurrency|sglang_client_log_[A-Za-z0-9]+_[a-z]+)_(\d+)_run(\d+)_\d{8}_\d{6}\.log$/;

/** One parsed log file: its result block, or null when the run failed before printing one. */
export interface ParsedLog {
  /** `Run started at:` as written, without the zone (one zone per night): `2025-10-14 02:28:00`. */
  startedAt: string | null;
  args: Readonly<Record<string, string>>;
  cell: RunCell | null;
}

function parseNumber(text: string, what: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) throw new Error(`${what}: not a number: ${JSON.stringify(text)}`);
  return n;
}

/** The keys of the client's `Namespace(...)` line (the one after the model path was filled in), as written. */
function parseNamespace(lines: readonly string[]): Record<string, string> {
  const line = lines.find((l) => l.startsWith('Namespace('));
  if (line === undefined) return {};
  const args: Record<string, string> = {};
  for (const m of line.matchAll(/(?:\(|, )([a-z_]+)=('[^']*'|[^,)]*)/g)) {
    const key = m[1];
    const value = m[2];
    if (key !== undefined && value !== undefined) args[key] = value.replace(/^'(.*)'$/, '$1');
  }
  return args;
}

/** The `Label: value` lines between the "Serving Benchmark Result" banner and the closing rule. */
function resultBlocks(lines: readonly string[]): Map<string, string>[] {
  const blocks: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of lines) {
    if (/^=+ Serving Benchmark Result =+\s*$/.test(line)) {
      current = new Map();
      blocks.push(current);
    } else if (current !== null && /^=+\s*$/.test(line)) {
      current = null;
    } else if (current !== null) {
      const m = /^([^:]+):\s+(\S.*?)\s*$/.exec(line);
      if (m?.[1] !== undefined && m[2] !== undefined) current.set(m[1].trim(), m[2]);
    }
  }
  return blocks;
}

function cellOf(block: ReadonlyMap<string, string>, args: Readonly<Record<string, string>>, where: string): RunCell {
  const field = (label: string): string => {
    const v = block.get(label);
    if (v === undefined) throw new Error(`${where}: no "${label}" in the result block`);
    return v;
  };
  const rate = field('Traffic request rate');
  const conc = field('Max request concurrency');
  const metrics: Partial<Record<Metric, number>> = {};
  for (const [label, metric, ms] of LABELS) {
    const v = block.get(label);
    if (v === undefined) continue;
    const n = parseNumber(v, `${where}: ${label}`);
    metrics[metric] = ms ? n / 1000 : n;
  }
  const random = args.dataset_name === 'random';
  return {
    concurrency: conc === 'not set' ? null : parseNumber(conc, `${where}: concurrency`),
    request_rate: rate === 'inf' ? null : parseNumber(rate, `${where}: request rate`),
    isl: random && args.random_input_len !== undefined ? parseNumber(args.random_input_len, `${where}: isl`) : null,
    osl: random && args.random_output_len !== undefined ? parseNumber(args.random_output_len, `${where}: osl`) : null,
    requests: parseNumber(field('Successful requests'), `${where}: requests`),
    metrics,
  };
}

/** Parses one console log of `sglang.bench_serving` (CR of progress bars read as line breaks). */
export function parseLog(text: string, where: string): ParsedLog {
  const lines = text.split(/\r\n|\r|\n/);
  const started = lines
    .map((l) => /^Run started at: (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) /.exec(l)?.[1])
    .find((d) => d !== undefined);
  const args = parseNamespace(lines);
  const blocks = resultBlocks(lines);
  if (blocks.length > 1) throw new Error(`${where}: ${blocks.length} result blocks, expected at most one`);
  const block = blocks[0];
  return { startedAt: started ?? null, args, cell: block === undefined ? null : cellOf(block, args, where) };
}

/** The workload of a run: what must be equal across every run of a series (the load aside). */
function workloadId(args: Readonly<Record<string, string>>, where: string): string {
  const keys = ['dataset_name', 'random_input_len', 'random_output_len', 'random_range_ratio', 'seed', 'model'];
  const missing = keys.filter((k) => args[k] === undefined);
  if (missing.length > 0) throw new Error(`${where}: Namespace line lacks ${missing.join(', ')}`);
  return keys.map((k) => `${k}=${args[k]}`).join(' ');
}

interface FileEntry {
  night: string;
  /** Path under test/fixtures/real-repeats/. */
  rel: string;
  prefix: string;
  load: number;
  run: number;
  parsed: ParsedLog;
}

function listNightDirs(): string[] {
  const base = path.join(FIXTURE_DIR, SGLANG_CI.localDir, 'online_benchmark_log');
  const out: string[] = [];
  for (const hw of readdirSync(base).sort()) {
    for (const model of readdirSync(path.join(base, hw)).sort()) {
      for (const night of readdirSync(path.join(base, hw, model)).sort()) {
        out.push(path.posix.join(SGLANG_CI.localDir, 'online_benchmark_log', hw, model, night));
      }
    }
  }
  return out;
}

function readNight(dir: string): FileEntry[] {
  const night = path.posix.basename(dir);
  return readdirSync(path.join(FIXTURE_DIR, dir))
    .sort()
    .map((name) => {
      const m = FILE_RE.exec(name);
      if (m?.[1] === undefined || m[2] === undefined || m[3] === undefined)
        throw new Error(`${dir}/${name}: not a run log name`);
      const rel = `${dir}/${name}`;
      const parsed = parseLog(readFileSync(path.join(FIXTURE_DIR, rel), 'utf8'), rel);
      return { night, rel, prefix: m[1], load: Number(m[2]), run: Number(m[3]), parsed };
    });
}

/** The file name's load must be the block's: concurrency for the DeepSeek sweeps, request rate for GROK. */
function checkLoad(e: FileEntry): void {
  const cell = e.parsed.cell;
  if (cell === null) return;
  const load = e.prefix === CONCURRENCY_PREFIX ? cell.concurrency : cell.request_rate;
  if (load !== e.load) throw new Error(`${e.rel}: file name says load ${e.load}, result block says ${String(load)}`);
}

/**
 * Cold first passes, left out of runs.jsonl (PROVENANCE.md, "Cache state"). bench_serving's random
 * dataset with seed 1 sends the same prompts whenever it runs with the same num_prompts, and the
 * server keeps its radix (prefix) cache through the whole sweep. So the night's first run over a
 * prompt set fills the cache, and the later runs over that set are served from it: the server
 * logs (`#cached-token` of each "Prefill batch" line) show ~100% cache hits after the first pass
 * (DeepSeek-V3-0324: concurrency 16 runs 2–3 and all runs of 4 and 1, which share its 128
 * prompts; GROK: runs 2–3 of each rate, ~99.8%). Such a first pass is no A/A repeat of the other
 * runs of its cell (c=16: median TTFT 1.92 s against 0.31 s, output throughput −10%).
 * Except: DeepSeek-V3-0324's 500-prompt set (concurrency 128 and 64, 1.6 M input tokens) exceeds
 * the KV pool (971,748 tokens) and is cold (~2% hits) in every run, its first pass included.
 */
function promptSet(e: FileEntry): string {
  return `num_prompts=${e.parsed.args.num_prompts} ${workloadId(e.parsed.args, e.rel)}`;
}

const NEVER_CACHED = (e: FileEntry): boolean => e.prefix === CONCURRENCY_PREFIX && e.parsed.args.num_prompts === '500';

/** The night's cold first passes, among the runs that printed a result (by `Run started at`). */
function coldFirstPasses(night: readonly FileEntry[]): Set<FileEntry> {
  const first = new Map<string, FileEntry>();
  for (const e of night) {
    if (e.parsed.cell === null) continue;
    if (e.parsed.startedAt === null) throw new Error(`${e.rel}: no "Run started at" line`);
    const seen = first.get(promptSet(e));
    if (seen === undefined || e.parsed.startedAt < (seen.parsed.startedAt ?? '')) first.set(promptSet(e), e);
  }
  return new Set([...first.values()].filter((e) => !NEVER_CACHED(e)));
}

function compareCells(a: RunCell, b: RunCell): number {
  return (a.concurrency ?? -1) - (b.concurrency ?? -1) || (a.request_rate ?? -1) - (b.request_rate ?? -1);
}

/**
 * One run line per run number of a night: run k of every load that printed a result, cold first
 * passes left out unless asked for (a run line left with no cells is dropped).
 */
function nightRuns(dir: string, includeColdFirstPasses: boolean): RunLine[] {
  const entries = readNight(dir);
  entries.forEach(checkLoad);
  const cold = coldFirstPasses(entries);
  const ok = entries.filter((e) => e.parsed.cell !== null && (includeColdFirstPasses || !cold.has(e)));
  const workloads = new Set(ok.map((e) => workloadId(e.parsed.args, e.rel)));
  const prefixes = new Set(ok.map((e) => e.prefix));
  if (workloads.size !== 1 || prefixes.size !== 1) throw new Error(`${dir}: more than one workload or log kind`);
  const args = ok[0]?.parsed.args ?? {};
  const prefix = ok[0]?.prefix ?? '';
  const mode = /_([a-z]+)$/.exec(prefix.replace('sglang_serving_benchmark_concurrency', ''))?.[1];
  const workload = `${args.dataset_name}-${args.random_input_len}-${args.random_output_len}-rr${args.random_range_ratio}-seed${args.seed}`;
  const series = [dir.replace(/^[^/]+\/online_benchmark_log\//, 'sglang-ci/'), mode, workload]
    .filter((s) => s !== undefined)
    .join('/');
  const node = NODE_OF_NIGHT[path.posix.basename(dir)];
  if (node === undefined) throw new Error(`${dir}: no node recorded for this night`);
  const runNumbers = [...new Set(ok.map((e) => e.run))].sort((a, b) => a - b);
  return runNumbers.map((k): RunLine => {
    const mine = ok.filter((e) => e.run === k);
    const dates = mine.map((e) => e.parsed.startedAt?.slice(0, 10)).filter((d): d is string => d !== undefined);
    const date = dates.sort()[0] ?? null;
    return {
      series,
      run: `${date ?? 'undated'}/run${k}`,
      environment: node,
      date,
      source: `${SGLANG_CI.repo}@${SGLANG_CI.commit}:${dir}/${prefix}_*_run${k}_*.log`,
      cells: mine
        .map((e) => e.parsed.cell)
        .filter((c): c is RunCell => c !== null)
        .sort(compareCells),
    };
  });
}

/** Every run line of the fixtures, ordered by series, then run. */
export function buildRuns(options: { includeColdFirstPasses?: boolean } = {}): RunLine[] {
  const runs = listNightDirs().flatMap((dir) => nightRuns(dir, options.includeColdFirstPasses ?? false));
  return runs.sort((a, b) => (a.series < b.series ? -1 : a.series > b.series ? 1 : a.run < b.run ? -1 : 1));
}

/** runs.jsonl text: one JSON object per line, keys in the contract's order. */
export function toJsonl(runs: readonly RunLine[]): string {
  const line = (r: RunLine): string =>
    JSON.stringify({
      series: r.series,
      run: r.run,
      environment: r.environment,
      date: r.date,
      source: r.source,
      cells: r.cells.map((c) => ({
        concurrency: c.concurrency,
        request_rate: c.request_rate,
        isl: c.isl,
        osl: c.osl,
        requests: c.requests,
        metrics: Object.fromEntries(METRICS.filter((m) => c.metrics[m] !== undefined).map((m) => [m, c.metrics[m]])),
      })),
    });
  return runs.map(line).join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Summary

export type Regime = 'c<=8' | '8<c<128' | 'c>=128' | 'rate';
export const REGIMES: readonly Regime[] = ['c<=8', '8<c<128', 'c>=128', 'rate'];

export function regimeOf(cell: RunCell): Regime | null {
  if (cell.request_rate !== null) return 'rate';
  if (cell.concurrency === null) return null;
  return cell.concurrency <= 8 ? 'c<=8' : cell.concurrency < 128 ? '8<c<128' : 'c>=128';
}

/** Quantile of a sorted array, linear interpolation between order statistics (R type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? Number.NaN;
  return a + (h - lo) * (b - a);
}

function sortedCopy(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

/** Sample standard deviation (n − 1). */
function sd(xs: readonly number[]): number {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
}

export interface SummaryRow {
  metric: Metric;
  regime: Regime;
  /** Cells (series × load) with ≥ 2 runs. */
  cells: number;
  sigmaP50: number;
  sigmaP90: number;
  /** Pairs of runs of a cell, pooled. */
  pairs: number;
  absLnP50: number;
  absLnP95: number;
  /** |d_c| / median_c'|d_c'| over the run pairs of a series with ≥ MIN_SWEEP_CELLS cells. */
  ratios: number;
  ratioP50: number;
  ratioP90: number;
  ratioP95: number;
  ratioP99: number;
}

/** A sweep-pair needs this many cells for its median |d| to mean something. */
export const MIN_SWEEP_CELLS = 3;

const loadKey = (c: RunCell): string => JSON.stringify([c.concurrency, c.request_rate, c.isl, c.osl]);

interface Acc {
  sigmas: number[];
  absLn: number[];
  ratios: number[];
}

function accFor(accs: Map<string, Acc>, metric: Metric, regime: Regime): Acc {
  const key = `${metric} ${regime}`;
  let acc = accs.get(key);
  if (acc === undefined) {
    acc = { sigmas: [], absLn: [], ratios: [] };
    accs.set(key, acc);
  }
  return acc;
}

/** σ of ln between runs and |ln(a/b)| of every pair, per cell of one series. */
function addCellSpread(accs: Map<string, Acc>, runs: readonly RunLine[], metric: Metric): void {
  const byCell = new Map<string, { regime: Regime; values: number[] }>();
  for (const r of runs) {
    for (const c of r.cells) {
      const v = c.metrics[metric];
      const regime = regimeOf(c);
      if (v === undefined || v <= 0 || regime === null) continue;
      const entry = byCell.get(loadKey(c)) ?? { regime, values: [] };
      entry.values.push(Math.log(v));
      byCell.set(loadKey(c), entry);
    }
  }
  for (const { regime, values } of byCell.values()) {
    if (values.length < 2) continue;
    const acc = accFor(accs, metric, regime);
    acc.sigmas.push(sd(values));
    for (let i = 0; i < values.length; i++)
      for (let j = i + 1; j < values.length; j++) acc.absLn.push(Math.abs((values[j] ?? 0) - (values[i] ?? 0)));
  }
}

/** For each pair of runs of the series: each cell's |d| over the median |d| of the pair's cells. */
function addSweepRatios(accs: Map<string, Acc>, runs: readonly RunLine[], metric: Metric): void {
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      const a = new Map((runs[i]?.cells ?? []).map((c) => [loadKey(c), c]));
      const diffs: { regime: Regime; d: number }[] = [];
      for (const cb of runs[j]?.cells ?? []) {
        const ca = a.get(loadKey(cb));
        const va = ca?.metrics[metric];
        const vb = cb.metrics[metric];
        const regime = regimeOf(cb);
        if (va === undefined || vb === undefined || va <= 0 || vb <= 0 || regime === null) continue;
        diffs.push({ regime, d: Math.abs(Math.log(vb / va)) });
      }
      if (diffs.length < MIN_SWEEP_CELLS) continue;
      const med = quantile(sortedCopy(diffs.map((x) => x.d)), 0.5);
      if (!(med > 0)) continue;
      for (const { regime, d } of diffs) accFor(accs, metric, regime).ratios.push(d / med);
    }
  }
}

export function summarize(runs: readonly RunLine[]): SummaryRow[] {
  const bySeries = new Map<string, RunLine[]>();
  for (const r of runs) bySeries.set(r.series, [...(bySeries.get(r.series) ?? []), r]);
  const accs = new Map<string, Acc>();
  for (const seriesRuns of bySeries.values()) {
    for (const metric of METRICS) {
      addCellSpread(accs, seriesRuns, metric);
      addSweepRatios(accs, seriesRuns, metric);
    }
  }
  const rows: SummaryRow[] = [];
  for (const metric of METRICS) {
    for (const regime of REGIMES) {
      const acc = accs.get(`${metric} ${regime}`);
      if (acc === undefined || acc.sigmas.length === 0) continue;
      const s = sortedCopy(acc.sigmas);
      const p = sortedCopy(acc.absLn);
      const r = sortedCopy(acc.ratios);
      rows.push({
        metric,
        regime,
        cells: s.length,
        sigmaP50: quantile(s, 0.5),
        sigmaP90: quantile(s, 0.9),
        pairs: p.length,
        absLnP50: quantile(p, 0.5),
        absLnP95: quantile(p, 0.95),
        ratios: r.length,
        ratioP50: quantile(r, 0.5),
        ratioP90: quantile(r, 0.9),
        ratioP95: quantile(r, 0.95),
        ratioP99: quantile(r, 0.99),
      });
    }
  }
  return rows;
}

export function formatSummary(runs: readonly RunLine[]): string {
  const series = new Set(runs.map((r) => r.series)).size;
  const cellRuns = runs.reduce((s, r) => s + r.cells.length, 0);
  const cells = new Set(runs.flatMap((r) => r.cells.map((c) => `${r.series} ${loadKey(c)}`))).size;
  const f = (x: number, digits = 4): string => (Number.isFinite(x) ? x.toFixed(digits) : '—');
  const head =
    '| metric | regime | cells ≥2 runs | σ p50 | σ p90 | pairs | \\|ln a/b\\| p50 | \\|ln a/b\\| p95 | ratios | ratio p50 | ratio p90 | ratio p95 | ratio p99 |';
  const lines = [
    `${series} series, ${runs.length} runs, ${cells} cells (series × load), ${cellRuns} cell-runs`,
    '',
    head,
    '|' + ' --- |'.repeat(13),
    ...summarize(runs)
      .map((r) =>
        [
          r.metric,
          r.regime,
          String(r.cells),
          f(r.sigmaP50),
          f(r.sigmaP90),
          String(r.pairs),
          f(r.absLnP50),
          f(r.absLnP95),
          String(r.ratios),
          f(r.ratioP50, 2),
          f(r.ratioP90, 2),
          f(r.ratioP95, 2),
          f(r.ratioP99, 2),
        ].join(' | '),
      )
      .map((l) => `| ${l} |`),
    '',
    `σ = sample sd of ln(value) over the runs of a cell; |ln a/b| over every pair of runs of a cell; ratio = |d_c| / median |d| of the`,
    `cells of the same series, run pair and metric (pairs with ≥ ${MIN_SWEEP_CELLS} cells); quantiles interpolated (type 7).`,
  ];
  return lines.join('\n');
}

function main(): void {
  const runs = buildRuns();
  const text = toJsonl(runs);
  const withCold = buildRuns({ includeColdFirstPasses: true });
  const cellRuns = (rs: readonly RunLine[]): number => rs.reduce((s, r) => s + r.cells.length, 0);
  if (process.argv.includes('--check')) {
    const same = readFileSync(RUNS_FILE, 'utf8') === text;
    console.log(same ? 'runs.jsonl is up to date' : 'runs.jsonl differs from the raw files: run without --check');
    if (!same) process.exitCode = 1;
  } else {
    writeFileSync(RUNS_FILE, text);
    console.log(`wrote ${path.relative(ROOT, RUNS_FILE)}`);
  }
  console.log(
    `(${cellRuns(withCold) - cellRuns(runs)} cold first passes left out: see PROVENANCE.md, "Cache state")\n`,
  );
  console.log(formatSummary(runs));
  if (process.argv.includes('--with-cold')) {
    console.log('\nSensitivity, not in runs.jsonl: the same with the cold first passes put back\n');
    console.log(formatSummary(withCold));
  }
}

if (process.argv[1] !== undefined && /real-repeats\.ts$/.test(process.argv[1])) main();
