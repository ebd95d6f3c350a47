/**
 * The real A/A table of `npm run bench:verdicts`: compare replayed on real repeated runs, not on a
 * model of them. The runs are test/fixtures/real-repeats/runs.jsonl (PROVENANCE.md there: SGLang's
 * nightly CI, michael-amd/sglang-ci branch `log`, three back-to-back runs a night of one engine
 * image on one node; cold prefix-cache first passes left out). Runs of one configuration and
 * engine image are A/A repeats of each other, across nights too (the server restarted between
 * nights, as between CI jobs).
 *
 * Each run becomes a report (one cell per concurrency or request rate, the InferenceX-like
 * aggregate layout: the metrics the logs print, nothing made up). Compares:
 * - one base run: every ordered pair of runs of a group (head ≠ base);
 * - ≥ 3 base runs: every run as head against the group's other runs from other nights (up to 5,
 *   the nearest first), when there are at least 3.
 * Rows: the share of compares with overall REGRESSION / IMPROVEMENT, and with any SUSPICIOUS.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareReports, type ReportDiff } from '../src/core/compare/index.js';
import type { Cell, Report } from '../src/core/types.js';
import { makeCell, makeReport } from '../test/helpers/reports.js';

interface RealCell {
  concurrency: number | null;
  request_rate: number | null;
  isl: number | null;
  osl: number | null;
  requests: number | null;
  metrics: Record<string, number>;
}

export interface RealRun {
  series: string;
  run: string;
  environment: string | null;
  date: string | null;
  cells: RealCell[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REAL_RUNS = path.join(root, 'test', 'fixtures', 'real-repeats', 'runs.jsonl');

export function loadRealRuns(file = REAL_RUNS): RealRun[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as RealRun);
}

/** The configuration a run repeats: its series without the night (the image and workload stay). */
export function groupKey(r: RealRun): string {
  return r.series.replace(/-(\d{8})_/, '_');
}

function cellOf(c: RealCell, environment: string | null): Cell {
  const cell = makeCell({
    cell_id: pointOf(c),
    concurrency: c.concurrency,
    isl: c.isl,
    osl: c.osl,
    hardware: 'mi300x',
    framework: 'sglang',
    topology: c.request_rate !== null ? { request_rate: c.request_rate } : {},
    completion: {
      num_requests_total: c.requests,
      num_requests_successful: c.requests,
      success_rate: c.requests !== null ? 1 : null,
      status: 'complete',
    },
  });
  cell.metrics = { ...c.metrics };
  if (environment !== null) cell.environment = { cluster: null, host: environment, image: null, runner: null };
  return cell;
}

function pointOf(c: RealCell): string {
  return c.concurrency !== null ? `c${c.concurrency}` : `rr${c.request_rate}`;
}

/**
 * A run as a report, keeping only the load points in `points` (the points every compared run
 * measured: the dataset leaves out cold first passes, and a point missing on one side would be
 * a completion regression, not run-to-run noise).
 */
export function reportOf(r: RealRun, points?: ReadonlySet<string>): Report {
  return makeReport(r.cells.filter((c) => !points || points.has(pointOf(c))).map((c) => cellOf(c, r.environment)));
}

function common(runs: readonly RealRun[]): Set<string> {
  const sets = runs.map((r) => new Set(r.cells.map(pointOf)));
  return new Set([...(sets[0] ?? [])].filter((p) => sets.every((s) => s.has(p))));
}

export interface RealRow {
  name: string;
  baseRuns: string;
  compares: number;
  regression: number;
  improvement: number;
  suspicious: number;
  /** The metrics behind the REGRESSION / IMPROVEMENT verdicts, for reading the row. */
  verdicts: string[];
}

function tally(name: string, baseRuns: string, diffs: readonly ReportDiff[]): RealRow {
  const n = Math.max(1, diffs.length);
  const verdicts: string[] = [];
  for (const d of diffs)
    for (const c of d.verdict.comparisons)
      if (c.outcome === 'regressed' || c.outcome === 'improved')
        verdicts.push(`${c.cell_id ?? '?'} ${c.metric} ${c.outcome} (${c.reason ?? c.method})`);
  return {
    name,
    baseRuns,
    compares: diffs.length,
    regression: diffs.filter((d) => d.verdict.verdict === 'REGRESSION').length / n,
    improvement: diffs.filter((d) => d.verdict.verdict === 'IMPROVEMENT').length / n,
    suspicious: diffs.filter((d) => (d.verdict.suspicious ?? []).length > 0).length / n,
    verdicts,
  };
}

/** Every A/A compare of the real runs, with one base run and with ≥ 3. */
export function realRows(runs: readonly RealRun[] = loadRealRuns()): RealRow[] {
  const groups = new Map<string, RealRun[]>();
  for (const r of runs) {
    const k = groupKey(r);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const one: ReportDiff[] = [];
  const many: ReportDiff[] = [];
  for (const list of groups.values()) {
    list.forEach((head, i) => {
      list.forEach((base, j) => {
        if (i === j) return;
        const pts = common([head, base]);
        if (pts.size > 0) one.push(compareReports(reportOf(base, pts), reportOf(head, pts)));
      });
      // Other nights, nearest first (by date, then run).
      const others = list
        .map((r, j) => ({ r, j }))
        .filter(({ r }) => r.date !== head.date)
        .sort(
          (a, b) =>
            Math.abs(Date.parse(a.r.date ?? '') - Date.parse(head.date ?? '')) -
              Math.abs(Date.parse(b.r.date ?? '') - Date.parse(head.date ?? '')) || (a.r.run < b.r.run ? -1 : 1),
        )
        .slice(0, 5);
      const pts = common([head, ...others.map(({ r }) => r)]);
      if (others.length >= 3 && pts.size > 0)
        many.push(
          compareReports(
            others.map(({ r }) => reportOf(r, pts)),
            reportOf(head, pts),
          ),
        );
    });
  }
  return [
    tally('A/A real repeated runs (SGLang nightly CI)', '1', one),
    tally('A/A real repeated runs (SGLang nightly CI)', '3–5', many),
  ];
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** The table, and the verdicts behind any false alarm (A/A: every verdict is one). */
export function realTable(log: (s: string) => void = () => {}): { lines: string[]; met: number; targets: number } {
  const lines = [
    '| Real A/A (test/fixtures/real-repeats) | Base runs | Compares | REGRESSION / IMPROVEMENT | any SUSPICIOUS | Target |',
    '|---|---|---|---|---|---|',
  ];
  for (const l of lines) log(l);
  let met = 0;
  const rows = realRows();
  for (const r of rows) {
    const ok = r.regression <= 0.05 && r.improvement <= 0.05;
    if (ok) met++;
    const line = `| ${r.name} | ${r.baseRuns} | ${r.compares} | ${pct(r.regression)} / ${pct(r.improvement)} | ${pct(r.suspicious)} | ≤ 5% ${ok ? '✅' : '❌'} |`;
    lines.push(line);
    log(line);
  }
  for (const r of rows) for (const v of r.verdicts.slice(0, 10)) log(`  false alarm (${r.baseRuns} base): ${v}`);
  return { lines, met, targets: rows.length };
}
