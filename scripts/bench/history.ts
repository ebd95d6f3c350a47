/**
 * The history case of `npm run bench` (issue 22 item 8): `compare` of a head sweep against one
 * base run, and against a base-branch history of N base runs of the same sweep (a folder of N
 * report.json files, `--base <folder>`), each as a whole process: wall time, peak RSS and peak
 * heap (`--trace-gc`). The ratios N runs / 1 run are the figures of merit (target: peak RSS at
 * most 2× that of one base run for 30 runs of a 2,000-cell sweep).
 *
 * The history is the analyzed base sweep written N times, each copy a run of its own: an older
 * `generated_at` per copy (copy 0 newest, so it is the preferred run of the folder), and every
 * number of `metrics` and of each cell's per-request `samples` multiplied by a seeded run factor
 * of ~1% (so the runs differ as real repeats do and compare works on a spread, not on copies).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rng } from './generate.js';
import { measureNode, median, type Run } from './measure.js';

export interface HistorySide {
  base_reports: number;
  wall_s: number | null;
  rss_mb: number | null;
  heap_mb: number | null;
  runs_s: number[];
  exit_code: number | null;
  /** The CLI's `base runs:` line (what it read). */
  base_line: string | null;
}

export interface HistoryResult {
  cells: number;
  runs: number;
  report_mb: number;
  one: HistorySide;
  many: HistorySide;
  /** many / one. */
  rss_ratio: number | null;
  heap_ratio: number | null;
  wall_ratio: number | null;
  /** The target line (peak RSS ratio ≤ 2×; judged in full mode only), filled in by bench.ts. */
  target?: string;
}

/** Gaussian by Box–Muller from the seeded uniform. */
function gauss(u: () => number): number {
  const a = Math.max(u(), 1e-12);
  return Math.sqrt(-2 * Math.log(a)) * Math.cos(2 * Math.PI * u());
}

/** Writes `runs` copies of the base report into `dir` (run-00.json newest); returns the first copy's path. */
export function writeHistory(baseReport: string, dir: string, runs: number, seed = 22): string {
  mkdirSync(dir, { recursive: true });
  const report = JSON.parse(readFileSync(baseReport, 'utf8')) as {
    generated_at: string;
    cells: { metrics?: Record<string, unknown>; samples?: Record<string, { values?: number[] }> }[];
  };
  const metrics = report.cells.map((c) => ({ ...(c.metrics ?? {}) }));
  const samples = report.cells.map((c) =>
    Object.fromEntries(Object.entries(c.samples ?? {}).map(([k, s]) => [k, [...(s.values ?? [])]])),
  );
  const t0 = Date.parse(report.generated_at) || Date.parse('2026-01-01T00:00:00Z');
  const u = rng(seed);
  for (let i = 0; i < runs; i++) {
    report.generated_at = new Date(t0 - i * 86_400_000).toISOString();
    report.cells.forEach((c, j) => {
      const f = Math.exp(0.01 * gauss(u));
      const m = metrics[j] as Record<string, unknown>;
      for (const [k, v] of Object.entries(m))
        if (c.metrics && typeof v === 'number' && !Number.isInteger(v)) c.metrics[k] = v * f;
      for (const [k, vs] of Object.entries(samples[j] as Record<string, number[]>)) {
        const s = c.samples?.[k];
        if (s) s.values = vs.map((v) => v * f);
      }
    });
    writeFileSync(path.join(dir, `run-${String(i).padStart(2, '0')}.json`), JSON.stringify(report));
  }
  return path.join(dir, 'run-00.json');
}

/**
 * Measures compare against one base run and against the `runs`-run history, interleaved run by
 * run (`repeats` each, medians reported). `cli` is the node arguments that start the CLI.
 */
export async function historyScenario(o: {
  work: string;
  cli: string[];
  baseReport: string;
  headReport: string;
  cells: number;
  runs: number;
  repeats: number;
  log: (s: string) => void;
}): Promise<HistoryResult> {
  const dir = path.join(o.work, 'history');
  const first = writeHistory(o.baseReport, dir, o.runs);
  const reportMb = Math.round(readFileSync(first).length / 1048576);
  const compare = (base: string, out: string): Promise<Run> =>
    measureNode(
      [
        ...o.cli,
        'compare',
        '--base',
        base,
        '--head',
        o.headReport,
        '--output-dir',
        path.join(o.work, out),
        '--fail-on',
        'never',
      ],
      { cwd: o.work, heap: true },
    );
  const one: Run[] = [];
  const many: Run[] = [];
  for (let i = 0; i < o.repeats; i++) {
    one.push(await compare(first, 'history-one-out'));
    many.push(await compare(dir, 'history-many-out'));
  }
  const side = (rs: Run[], reports: number): HistorySide => {
    const ok = rs.every((r) => r.code !== null && r.code <= 2);
    const pick = (f: (r: Run) => number | null): number | null => {
      const xs = rs.map(f).filter((x): x is number => x !== null);
      return ok && xs.length > 0 ? median(xs) : null;
    };
    const last = rs[rs.length - 1] as Run;
    return {
      base_reports: reports,
      wall_s: ok ? median(rs.map((r) => r.wall_ms)) / 1000 : null,
      rss_mb: pick((r) => r.peak_rss_mb),
      heap_mb: pick((r) => r.peak_heap_mb),
      runs_s: rs.map((r) => Math.round(r.wall_ms) / 1000),
      exit_code: last.code,
      base_line:
        /^base runs: .*$/m.exec(last.stdout)?.[0] ?? (ok ? null : last.stderr.trim().split('\n').pop() ?? null),
    };
  };
  const a = side(one, 1);
  const b = side(many, o.runs);
  const ratio = (x: number | null, y: number | null): number | null => (x !== null && y !== null && x > 0 ? y / x : null);
  const result: HistoryResult = {
    cells: o.cells,
    runs: o.runs,
    report_mb: reportMb,
    one: a,
    many: b,
    rss_ratio: ratio(a.rss_mb, b.rss_mb),
    heap_ratio: ratio(a.heap_mb, b.heap_mb),
    wall_ratio: ratio(a.wall_s, b.wall_s),
  };
  o.log(
    `bench: history: 1 run ${a.wall_s?.toFixed(2) ?? '–'} s / ${a.rss_mb?.toFixed(0) ?? '–'} MB RSS / ${a.heap_mb?.toFixed(0) ?? '–'} MB heap; ${o.runs} runs ${b.wall_s?.toFixed(2) ?? '–'} s / ${b.rss_mb?.toFixed(0) ?? '–'} MB / ${b.heap_mb?.toFixed(0) ?? '–'} MB (RSS ×${result.rss_ratio?.toFixed(2) ?? '–'})`,
  );
  return result;
}
