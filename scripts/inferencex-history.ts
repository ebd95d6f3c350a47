/**
 * `npx tsx scripts/inferencex-history.ts [--data DIR] [--json OUT]`: compare replayed on
 * InferenceX's own published CI history (issue 22), the noisy case beside the quiet one of
 * scripts/bench-verdicts-real.ts (one node, back-to-back runs).
 *
 * Input: the InferenceX dashboard's per-date history (`benchmarks-history.json` of
 * SemiAnalysisAI/InferenceX-app's Cypress API fixtures; two published versions, merged, identical
 * where they overlap) and the engine image each configuration had on main at each date
 * (`images.json`, derived from SemiAnalysisAI/InferenceX's config history by
 * `--derive-images <git dir>`). Provenance and where the files come from:
 * test/fixtures/real-history/inferencex-app/PROVENANCE.md.
 *
 * One report per config-sweep and date: a sweep is one engine configuration (hardware,
 * framework, precision, speculative decoding, disaggregation and the prefill/decode topology) at
 * one isl/osl; its cells are the concurrencies of that date, built exactly as
 * bench-verdicts-real.ts builds a run (`reportOf`), with the metrics the InferenceX adapter reads
 * from an aggregate (`latencyMetrics`, per-GPU throughputs). Compares, over consecutive dates of
 * a sweep, on the concurrencies both sides measured:
 * - one base run: the previous date;
 * - 3–5 base runs: the nearest preceding dates (5, else 4, else 3) that share a concurrency
 *   with the head.
 * Printed: the share of compares with an overall REGRESSION / IMPROVEMENT / any SUSPICIOUS, for
 * all pairs and split by whether the engine image stayed the same over the dates compared (the
 * A/A number), and every REGRESSION/IMPROVEMENT comparison with its metric, cell, relative change
 * and how the same metric moved in every other cell of that engine configuration between the same
 * dates (the whole configuration moved: a likely real change; one cell: likely noise).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { compareReports, type ReportDiff } from '../src/core/compare/index.js';
import type { Report } from '../src/core/types.js';
import { latencyMetrics } from '../src/sources/inferencex-common.js';
import { reportOf, type RealRun } from './bench-verdicts-real.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where PROVENANCE.md lives; the data files are looked for here, then in shared/. */
export const HISTORY_DIR = path.join(ROOT, 'test', 'fixtures', 'real-history', 'inferencex-app');
const SHARED_DIR = path.join(ROOT, '..', 'shared', 'fixtures', 'real-history', 'inferencex-app');

/** The two published versions of the history, newest first (folder = upstream commit, short). */
export const HISTORY_FILES = ['528c4146/benchmarks-history.json', 'cac6246e/benchmarks-history.json'] as const;
export const IMAGES_FILE = 'images.json';
export const COMMITS_FILE = 'main-commits.json';

/** One row of /api/v1/benchmarks/history: one concurrency of one configuration on one date. */
export interface HistoryRow {
  hardware: string;
  framework: string;
  model: string;
  precision: string;
  spec_method: string;
  disagg: boolean;
  is_multinode: boolean;
  prefill_tp: number;
  prefill_ep: number;
  prefill_dp_attention: boolean;
  prefill_num_workers: number;
  decode_tp: number;
  decode_ep: number;
  decode_dp_attention: boolean;
  decode_num_workers: number;
  num_prefill_gpu: number;
  num_decode_gpu: number;
  isl: number;
  osl: number;
  conc: number;
  metrics: Record<string, number>;
  workers?: { role: string; hosts: string[] }[];
  date: string;
  run_url: string;
}

/** An engine image a configuration key had on main from `from` (commit time, ISO) on. */
export interface ImageSpan {
  key: string;
  image: string;
  from: string;
  commit: string;
}

/** A first-parent commit of InferenceX's default branch (UTC time). */
export interface MainCommit {
  commit: string;
  time: string;
  subject: string;
}

/** The folder holding the data files: `--data`, else $INFERENCEX_HISTORY_DIR, else this repository's fixture folder, else shared/. */
export function dataDir(explicit?: string): string {
  const env = process.env.INFERENCEX_HISTORY_DIR;
  const candidates = explicit !== undefined ? [explicit] : env ? [env] : [HISTORY_DIR, SHARED_DIR];
  for (const d of candidates) if (existsSync(path.join(d, HISTORY_FILES[0]))) return d;
  throw new Error(
    `inferencex-history: ${HISTORY_FILES[0]} not found in ${candidates.join(' or ')}; ` +
      `see test/fixtures/real-history/inferencex-app/PROVENANCE.md for where the files come from (or pass --data DIR)`,
  );
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (e) {
    throw new Error(`inferencex-history: ${file}: ${(e as Error).message}`);
  }
}

/** The engine configuration: identity without isl/osl and concurrency. */
export function configOf(r: HistoryRow): string {
  const side = (p: 'prefill' | 'decode'): string =>
    `tp${r[`${p}_tp`]} ep${r[`${p}_ep`]}${r[`${p}_dp_attention`] ? ' dpa' : ''}${r.disagg ? ` ×${r[`${p}_num_workers`]}` : ''}`;
  const topo = r.disagg
    ? `P(${side('prefill')}, ${r.num_prefill_gpu} GPUs) D(${side('decode')}, ${r.num_decode_gpu} GPUs)`
    : `${side('decode')}, ${r.num_decode_gpu} GPUs`;
  return `${r.model} ${r.precision} ${r.hardware} ${r.framework}${r.spec_method !== 'none' ? ` ${r.spec_method}` : ''} ${topo}`;
}

/** A sweep: one engine configuration at one isl/osl (its cells: the concurrencies). */
export function sweepOf(r: HistoryRow): string {
  return `${configOf(r)} ${r.isl}/${r.osl}`;
}

/** Frameworks whose config key spells them otherwise (AMD's disaggregated SGLang on MoRI). */
const FRAMEWORK_KEY: Record<string, string> = { 'mori-sglang': 'sglang-disagg' };

/** InferenceX's config key (`configs/*-master.yaml`) of a row: `<model>-<precision>-<hardware>-<framework>[-mtp]`. */
export function configKeys(r: HistoryRow): string[] {
  const plain = `${r.model}-${r.precision}-${r.hardware}-${FRAMEWORK_KEY[r.framework] ?? r.framework}`;
  return r.spec_method !== 'none' ? [`${plain}-${r.spec_method}`, plain] : [plain];
}

const rowKey = (r: HistoryRow): string => `${sweepOf(r)} c${r.conc} ${r.date}`;

/**
 * Every row of the published versions, merged: a row in several versions must be identical in all
 * (else an error naming the row); the newest version's order first.
 */
export function loadHistory(dir: string): HistoryRow[] {
  const seen = new Map<string, { row: HistoryRow; file: string }>();
  for (const f of HISTORY_FILES) {
    const file = path.join(dir, f);
    const rows = readJson(file);
    if (!Array.isArray(rows)) throw new Error(`inferencex-history: ${file}: not a JSON array`);
    rows.forEach((row: HistoryRow, i) => {
      if (typeof row?.date !== 'string' || typeof row.conc !== 'number' || typeof row.metrics !== 'object')
        throw new Error(`inferencex-history: ${file}: row ${i} has no date, conc or metrics`);
      const k = rowKey(row);
      const prev = seen.get(k);
      if (prev === undefined) seen.set(k, { row, file: f });
      else if (JSON.stringify(prev.row.metrics) !== JSON.stringify(row.metrics) || prev.row.run_url !== row.run_url)
        throw new Error(`inferencex-history: ${f} row ${i} (${k}) differs from the same row in ${prev.file}`);
    });
  }
  return [...seen.values()].map((v) => v.row);
}

/** The metrics the InferenceX adapter reads from an aggregate: latencies (s), interactivity, per-GPU throughput. */
export function metricsOf(m: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = { ...latencyMetrics(m) } as Record<string, number>;
  for (const k of ['tput_per_gpu', 'output_tput_per_gpu', 'input_tput_per_gpu'])
    if (typeof m[k] === 'number' && Number.isFinite(m[k])) out[k] = m[k];
  return out;
}

/** A sweep's runs, one per date, oldest first (the RealRun shape of bench-verdicts-real.ts). */
export function runsOf(rows: readonly HistoryRow[]): Map<string, RealRun[]> {
  const bySweep = new Map<string, Map<string, HistoryRow[]>>();
  for (const r of rows) {
    const s = sweepOf(r);
    const dates = bySweep.get(s) ?? new Map<string, HistoryRow[]>();
    dates.set(r.date, [...(dates.get(r.date) ?? []), r]);
    bySweep.set(s, dates);
  }
  const out = new Map<string, RealRun[]>();
  for (const [s, dates] of [...bySweep].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const runs = [...dates]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([date, rs]): RealRun => {
        const hosts = [...new Set(rs.flatMap((r) => (r.workers ?? []).flatMap((w) => w.hosts)))].sort();
        return {
          series: s,
          run: date,
          date,
          environment: hosts.length > 0 ? hosts.join(',') : null,
          cells: [...rs]
            .sort((a, b) => a.conc - b.conc)
            .map((r) => ({
              concurrency: r.conc,
              request_rate: null,
              isl: r.isl,
              osl: r.osl,
              requests: null,
              metrics: metricsOf(r.metrics),
            })),
        };
      });
    out.set(s, runs);
  }
  return out;
}

/** reportOf with the row's own identity (the same on both sides; reportOf's defaults are SGLang/MI300X). */
function reportFor(run: RealRun, row: HistoryRow, points: ReadonlySet<string>): Report {
  const rep = reportOf(run, points);
  for (const c of rep.cells) {
    c.hardware = row.hardware;
    c.framework = row.framework;
    c.precision = row.precision;
    c.model = row.model;
    c.is_multinode = row.is_multinode;
  }
  return rep;
}

const pointsOf = (r: RealRun): Set<string> => new Set(r.cells.map((c) => `c${c.concurrency}`));
function common(runs: readonly RealRun[]): Set<string> {
  const [first, ...rest] = runs.map(pointsOf);
  return new Set([...(first ?? [])].filter((p) => rest.every((s) => s.has(p))));
}

// ---------------------------------------------------------------------------------------------
// engine images

/** The image of a config key at a time: the last span starting at or before it. */
function imageAt(spans: readonly ImageSpan[], key: string, t: string): string | null {
  let img: string | null = null;
  for (const s of spans) if (s.key === key && s.from <= t) img = s.image;
  return img;
}

/**
 * Whether a row's engine image on main stayed one image from the first base date's start to the
 * head date's end: `same`, `changed` (the images it had), or `unknown` (no config key found).
 */
export function imageStatus(
  spans: readonly ImageSpan[],
  row: HistoryRow,
  firstDate: string,
  lastDate: string,
): { status: 'same' | 'changed' | 'unknown'; images: string[] } {
  const key = configKeys(row).find((k) => spans.some((s) => s.key === k));
  if (key === undefined) return { status: 'unknown', images: [] };
  const start = `${firstDate}T00:00:00Z`;
  const end = `${lastDate}T23:59:59Z`;
  const imgs = new Set<string>();
  const first = imageAt(spans, key, start);
  if (first !== null) imgs.add(first);
  for (const s of spans) if (s.key === key && s.from > start && s.from <= end) imgs.add(s.image);
  if (imgs.size === 0) return { status: 'unknown', images: [] };
  return { status: imgs.size === 1 ? 'same' : 'changed', images: [...imgs] };
}

const CONFIG_FILE = /^(\.github\/)?configs\/(deprecated\/)?[^/]*master\.yaml$/;

/**
 * images.json from a clone of SemiAnalysisAI/InferenceX: for every first-parent commit of its
 * default branch that touched a `*master.yaml` config, each `<model>-…` key's `image`, kept where
 * it changed. Times are UTC commit times (the merge into main).
 */
export function deriveImages(gitDir: string, model = 'dsr1'): ImageSpan[] {
  const git = (...args: string[]): string =>
    execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const log = git('log', '--first-parent', '--reverse', '--format=%H %cI', '--', '.github/configs', 'configs')
    .trim()
    .split('\n');
  const current = new Map<string, string>();
  const spans: ImageSpan[] = [];
  for (const line of log) {
    const [commit, when] = line.split(' ') as [string, string];
    const files = git('ls-tree', '-r', '--name-only', commit, '.github/configs', 'configs')
      .split('\n')
      .filter((f) => CONFIG_FILE.test(f));
    const now = new Map<string, string>();
    for (const f of files) {
      let doc: unknown;
      try {
        doc = parseYaml(git('show', `${commit}:${f}`), { uniqueKeys: false });
      } catch {
        continue; // a commit with a broken YAML file: its keys keep their last image
      }
      if (doc === null || typeof doc !== 'object') continue;
      for (const [k, v] of Object.entries(doc as Record<string, unknown>))
        if (k.startsWith(`${model}-`) && v !== null && typeof v === 'object') {
          const img = (v as Record<string, unknown>).image;
          if (typeof img === 'string') now.set(k, img);
        }
    }
    const from = new Date(when).toISOString().replace('.000Z', 'Z');
    for (const [k, img] of [...now].sort()) {
      if (current.get(k) !== img) spans.push({ key: k, image: img, from, commit });
      current.set(k, img);
    }
  }
  return spans;
}

/** main-commits.json: every first-parent commit of the clone's default branch between two dates (UTC). */
export function deriveCommits(gitDir: string, since = '2025-11-01', until = '2026-07-01'): MainCommit[] {
  const out = execFileSync(
    'git',
    [
      '--git-dir',
      gitDir,
      'log',
      '--first-parent',
      '--reverse',
      `--since=${since}`,
      `--until=${until}`,
      '--format=%H%x09%cI%x09%s',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  return out
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const [commit, when, subject] = l.split('\t') as [string, string, string];
      return { commit, time: new Date(when).toISOString().replace('.000Z', 'Z'), subject };
    });
}

/**
 * Whether the InferenceX repository changed at all between the first base date's start and the
 * head date's end: with no commit on main, every nightly run in between ran the same code, config
 * and images (the strict A/A case: only the day and the node differ).
 */
export function codeChanged(commits: readonly MainCommit[], firstDate: string, lastDate: string): boolean | null {
  if (commits.length === 0) return null;
  const start = `${firstDate}T00:00:00Z`;
  const end = `${lastDate}T23:59:59Z`;
  return commits.some((c) => c.time >= start && c.time <= end);
}

// ---------------------------------------------------------------------------------------------
// replay

export interface Alarm {
  sweep: string;
  config: string;
  base: string[];
  head: string;
  cell: string;
  metric: string;
  outcome: 'regressed' | 'improved';
  relative: number | null;
  reason: string | null;
  /** The cell test's one-sided p (noise.p; a family or sweep verdict has its own test's). */
  p: number | null;
  image: 'same' | 'changed' | 'unknown';
  images: string[];
  /** Whether InferenceX's main branch had any commit between the dates (null: no commit list). */
  code_changed: boolean | null;
  /** The same metric in every other cell of the engine configuration measured on both sides. */
  others: { n: number; same_direction: number; median: number | null };
  /**
   * Other cells agree: n ≥ 2, ≥ 75 % move the same way, and their median change is at least 2 % and
   * at least a third of this one's (on the log scale).
   */
  reading: 'configuration moved' | 'one cell';
}

export interface Compare {
  sweep: string;
  base: string[];
  head: string;
  cells: number;
  verdict: string;
  suspicious: number;
  image: 'same' | 'changed' | 'unknown';
  code_changed: boolean | null;
}

export interface Replay {
  one: Compare[];
  many: Compare[];
  alarms: { one: Alarm[]; many: Alarm[] };
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** A cell's metric value by config, date and cell (isl/osl and concurrency). */
function indexRows(rows: readonly HistoryRow[]): Map<string, Map<string, Map<string, Record<string, number>>>> {
  const idx = new Map<string, Map<string, Map<string, Record<string, number>>>>();
  for (const r of rows) {
    const c = configOf(r);
    const byDate = idx.get(c) ?? new Map<string, Map<string, Record<string, number>>>();
    const cells = byDate.get(r.date) ?? new Map<string, Record<string, number>>();
    cells.set(`${r.isl}/${r.osl} c${r.conc}`, metricsOf(r.metrics));
    byDate.set(r.date, cells);
    idx.set(c, byDate);
  }
  return idx;
}

export function replay(
  rows: readonly HistoryRow[],
  spans: readonly ImageSpan[],
  commits: readonly MainCommit[] = [],
): Replay {
  const sweeps = runsOf(rows);
  const rowOf = new Map<string, HistoryRow>();
  for (const r of rows) if (!rowOf.has(sweepOf(r))) rowOf.set(sweepOf(r), r);
  const idx = indexRows(rows);
  const out: Replay = { one: [], many: [], alarms: { one: [], many: [] } };

  const record = (
    kind: 'one' | 'many',
    sweep: string,
    bases: readonly RealRun[],
    head: RealRun,
    pts: ReadonlySet<string>,
  ): void => {
    const row = rowOf.get(sweep) as HistoryRow;
    const diff: ReportDiff = compareReports(
      bases.map((b) => reportFor(b, row, pts)),
      reportFor(head, row, pts),
    );
    const baseDates = bases.map((b) => b.date as string);
    const first = [...baseDates].sort()[0] as string;
    const img = imageStatus(spans, row, first, head.date as string);
    const code = codeChanged(commits, first, head.date as string);
    out[kind].push({
      sweep,
      base: baseDates,
      head: head.date as string,
      cells: pts.size,
      verdict: diff.verdict.verdict,
      suspicious: (diff.verdict.suspicious ?? []).length,
      image: img.status,
      code_changed: code,
    });
    if (diff.verdict.verdict !== 'REGRESSION' && diff.verdict.verdict !== 'IMPROVEMENT') return;
    const config = configOf(row);
    for (const c of diff.verdict.comparisons) {
      if (c.outcome !== 'regressed' && c.outcome !== 'improved') continue;
      const cell = `${row.isl}/${row.osl} ${c.cell_id ?? '?'}`;
      // The same metric in the other cells of this engine configuration on the same dates.
      const byDate = idx.get(config);
      const headCells = byDate?.get(head.date as string) ?? new Map<string, Record<string, number>>();
      const moves: number[] = [];
      for (const [id, hm] of headCells) {
        if (id === cell) continue;
        const h = hm[c.metric];
        const bs = baseDates.map((d) => byDate?.get(d)?.get(id)?.[c.metric]).filter((v) => typeof v === 'number');
        const b = median(bs);
        if (typeof h === 'number' && b !== null && b > 0 && h > 0) moves.push(h / b - 1);
      }
      const rel = c.relative_delta;
      const sign = Math.sign(rel ?? 0);
      const same = moves.filter((m) => Math.sign(m) === sign).length;
      const med = median(moves);
      const coherent =
        rel !== null &&
        moves.length >= 2 &&
        same / moves.length >= 0.75 &&
        med !== null &&
        Math.sign(med) === sign &&
        Math.abs(Math.log1p(med)) >= Math.max(Math.log(1.02), Math.abs(Math.log1p(Math.max(-0.999, rel))) / 3);
      out.alarms[kind].push({
        sweep,
        config,
        base: baseDates,
        head: head.date as string,
        cell,
        metric: c.metric,
        outcome: c.outcome,
        relative: rel,
        reason: c.reason ?? null,
        p: c.noise?.p ?? null,
        image: img.status,
        images: img.images,
        code_changed: code,
        others: { n: moves.length, same_direction: same, median: med },
        reading: coherent ? 'configuration moved' : 'one cell',
      });
    }
  };

  for (const [sweep, runs] of sweeps) {
    runs.forEach((head, i) => {
      if (i === 0) return;
      const prev = runs[i - 1] as RealRun;
      const pts = common([prev, head]);
      if (pts.size > 0) record('one', sweep, [prev], head, pts);
      // 3–5 preceding dates, nearest first, as many as still share a concurrency with the head.
      const before = runs.slice(0, i).reverse();
      for (let k = Math.min(5, before.length); k >= 3; k--) {
        const bases = before.slice(0, k);
        const p = common([head, ...bases]);
        if (p.size > 0) {
          record('many', sweep, bases, head, p);
          break;
        }
      }
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// printing

const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
const signed = (x: number | null): string => (x === null ? '—' : `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`);

export interface Rates {
  compares: number;
  regression: number;
  improvement: number;
  suspicious: number;
}

export function rates(list: readonly Compare[]): Rates {
  const n = Math.max(1, list.length);
  return {
    compares: list.length,
    regression: list.filter((c) => c.verdict === 'REGRESSION').length / n,
    improvement: list.filter((c) => c.verdict === 'IMPROVEMENT').length / n,
    suspicious: list.filter((c) => c.suspicious > 0).length / n,
  };
}

/** The rows of the table: which pairs of dates they count. */
export const PAIR_KINDS: readonly (readonly [string, (c: Compare) => boolean])[] = [
  ['all', () => true],
  ['same image (A/A)', (c) => c.image === 'same'],
  ['… and no commit on InferenceX main (same code)', (c) => c.image === 'same' && c.code_changed === false],
  ['changed', (c) => c.image === 'changed'],
  ['unknown', (c) => c.image === 'unknown'],
];

/** The table: rows per base-run count × pair kind. */
export function table(r: Replay): string[] {
  const lines = [
    '| InferenceX history (consecutive dates of one config-sweep) | Base runs | Engine image over the dates | Compares | REGRESSION | IMPROVEMENT | any SUSPICIOUS |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [kind, label] of [
    ['one', '1'],
    ['many', '3–5'],
  ] as const)
    for (const [name, keep] of PAIR_KINDS) {
      const list = r[kind].filter(keep);
      if (list.length === 0) continue;
      const t = rates(list);
      lines.push(
        `| InferenceX history | ${label} | ${name} | ${t.compares} | ${pct(t.regression)} | ${pct(t.improvement)} | ${pct(t.suspicious)} |`,
      );
    }
  return lines;
}

/** The metrics whose A/A spread is printed (canonical names). */
const SPREAD_METRICS = [
  'tput_per_gpu',
  'p50_ttft',
  'p99_ttft',
  'p50_tpot',
  'p99_tpot',
  'p50_itl',
  'p99_itl',
  'p50_e2el',
  'p99_e2el',
] as const;

/**
 * How far one cell moves from one date to the next of its sweep when InferenceX's main had no
 * commit in between (same code, recipes and images): per metric, quantiles of |ln(head / base)|
 * over every such cell pair. `exclude` leaves out pairs by sweep and head date.
 */
export function aaSpread(
  rows: readonly HistoryRow[],
  commits: readonly MainCommit[],
  exclude: (sweep: string, head: string) => boolean = () => false,
): { metric: string; n: number; p50: number; p90: number; p95: number; max: number }[] {
  const d = new Map<string, number[]>();
  for (const [sweep, runs] of runsOf(rows))
    runs.forEach((head, i) => {
      const base = runs[i - 1];
      if (base === undefined || exclude(sweep, head.date as string)) return;
      if (codeChanged(commits, base.date as string, head.date as string) !== false) return;
      for (const hc of head.cells) {
        const bc = base.cells.find((c) => c.concurrency === hc.concurrency);
        for (const m of SPREAD_METRICS) {
          const h = hc.metrics[m];
          const b = bc?.metrics[m];
          if (typeof h === 'number' && typeof b === 'number' && h > 0 && b > 0)
            d.set(m, [...(d.get(m) ?? []), Math.abs(Math.log(h / b))]);
        }
      }
    });
  const q = (xs: readonly number[], p: number): number => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
  return SPREAD_METRICS.filter((m) => d.has(m)).map((m) => {
    const xs = [...(d.get(m) ?? [])].sort((a, b) => a - b);
    return {
      metric: m,
      n: xs.length,
      p50: q(xs, 0.5),
      p90: q(xs, 0.9),
      p95: q(xs, 0.95),
      max: xs[xs.length - 1] ?? NaN,
    };
  });
}

/** `BENCH_MODEL=history npm run bench:verdicts`: the table on the files found by dataDir(). */
export function historyTable(log: (s: string) => void = () => {}): { lines: string[] } {
  const dir = dataDir();
  const file = (f: string): unknown[] =>
    existsSync(path.join(dir, f)) ? (readJson(path.join(dir, f)) as unknown[]) : [];
  const r = replay(loadHistory(dir), file(IMAGES_FILE) as ImageSpan[], file(COMMITS_FILE) as MainCommit[]);
  const lines = table(r);
  for (const l of lines) log(l);
  return { lines };
}

function alarmLine(a: Alarm): string {
  const o = a.others;
  return (
    `${a.outcome === 'regressed' ? 'REG' : 'IMP'} ${signed(a.relative)} ${a.metric} @ ${a.cell} | ${a.config} | ` +
    `${a.base.length === 1 ? a.base[0] : `${a.base.length} bases ${[...a.base].sort()[0]}…`} → ${a.head} | image ${a.image}${a.code_changed === false ? ', no commit' : ''}` +
    `${a.image === 'changed' ? ` (${a.images.join(' → ')})` : ''} | others: ${o.same_direction}/${o.n} same way, median ${signed(o.median)} → ${a.reading}` +
    `${a.reason !== null ? ` | ${a.reason}` : ''}`
  );
}

/** The size of an alarm: |ln(1 + relative change)|. */
const size = (a: Alarm): number => Math.abs(Math.log1p(Math.max(-0.999, a.relative ?? 0)));

function main(): void {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const deriveC = arg('--derive-commits');
  if (deriveC !== undefined) {
    const out = arg('--out') ?? path.join(dataDir(arg('--data')), COMMITS_FILE);
    const list = deriveCommits(deriveC);
    writeFileSync(out, `${JSON.stringify(list, null, 1)}\n`);
    console.log(`wrote ${list.length} commits to ${out}`);
    return;
  }
  const derive = arg('--derive-images');
  if (derive !== undefined) {
    const out = arg('--out') ?? path.join(dataDir(arg('--data')), IMAGES_FILE);
    const spans = deriveImages(derive);
    writeFileSync(out, `${JSON.stringify(spans, null, 1)}\n`);
    console.log(`wrote ${spans.length} image spans to ${out}`);
    return;
  }
  const dir = dataDir(arg('--data'));
  const rows = loadHistory(dir);
  const imagesFile = path.join(dir, IMAGES_FILE);
  const spans = existsSync(imagesFile) ? (readJson(imagesFile) as ImageSpan[]) : [];
  const commitsFile = path.join(dir, COMMITS_FILE);
  const commits = existsSync(commitsFile) ? (readJson(commitsFile) as MainCommit[]) : [];
  const r = replay(rows, spans, commits);
  console.log(
    `${rows.length} rows, ${new Set(rows.map(sweepOf)).size} config-sweeps, ${new Set(rows.map((x) => x.date)).size} dates` +
      `${spans.length === 0 ? ' (no images.json: every pair counts as image unknown)' : ''}\n`,
  );
  for (const l of table(r)) console.log(l);
  const mi355xStep = (sweep: string, head: string): boolean =>
    / mi355x sglang /.test(sweep) && (head === '2025-12-12' || head === '2025-12-13');
  for (const [label, excl] of [
    ['every such pair', undefined],
    ['without the MI355X SGLang step of 2025-12-12/13', mi355xStep],
  ] as const) {
    const rowsOut = aaSpread(rows, commits, excl);
    if (rowsOut.length === 0) continue;
    console.log(
      `\nOne cell, one date to the next, no commit on InferenceX main in between (${label}): |ln(head/base)| quantiles\n` +
        '| Metric | Cell pairs | p50 | p90 | p95 | max |\n|---|---|---|---|---|---|',
    );
    const f = (x: number): string => `${(x * 100).toFixed(1)}%`;
    for (const x of rowsOut)
      console.log(`| ${x.metric} | ${x.n} | ${f(x.p50)} | ${f(x.p90)} | ${f(x.p95)} | ${f(x.max)} |`);
  }
  for (const [kind, label] of [
    ['one', '1 base run'],
    ['many', '3–5 base runs'],
  ] as const) {
    const list = [...r.alarms[kind]].sort((a, b) => size(b) - size(a));
    const byMetric = new Map<string, number>();
    for (const a of list) byMetric.set(a.metric, (byMetric.get(a.metric) ?? 0) + 1);
    const moved = list.filter((a) => a.reading === 'configuration moved').length;
    console.log(
      `\n## ${label}: ${list.length} REGRESSION/IMPROVEMENT comparisons (${moved} where the configuration moved, ` +
        `${list.length - moved} one cell); by metric: ${[...byMetric]
          .sort((a, b) => b[1] - a[1])
          .map(([m, n]) => `${m} ${n}`)
          .join(', ')}`,
    );
    for (const a of list) console.log(`- ${alarmLine(a)}`);
  }
  const json = arg('--json');
  if (json !== undefined) writeFileSync(json, `${JSON.stringify(r, null, 1)}\n`);
}

if (process.argv[1] !== undefined && /inferencex-history\.ts$/.test(process.argv[1])) main();
