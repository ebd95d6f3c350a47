/**
 * `npm run bench:verdicts`: how often compare cries wolf under realistic run-to-run noise, and how
 * often it finds a real regression (issue 14's table and targets). Fixed seeds; every row is
 * ≥ 100 seeded PRs (pairs of base history + head).
 *
 * Noise model (stated, so the numbers can be judged). A run is one sweep of C cells
 * (concurrency 1, 2, 4, …). Per cell, N requests; per request a latent state z_t (i.i.d. N(0,1),
 * or AR(1) with coefficient φ within the run: z_t = φ z_{t−1} + √(1−φ²) ε_t, so queueing makes
 * neighbouring requests alike) and an independent one for decode:
 *   TTFT = 0.3 s · (1 + c/32) · exp(0.3 z + L),  ITL = 20 ms · (1 + c/64) · exp(0.15 w + L),
 *   E2EL = TTFT + 255 · ITL (256 output tokens), TPOT = (E2EL − TTFT) / 255.
 * L is the run effect of that run and cell, N(0, σ_run) (node, thermals, batch alignment);
 * throughput = c · 256 / mean(E2EL) · exp(L/2 + N(0, 0.87 σ_run)) (so its run effect is −L/2 + an
 * own part: σ_run in all, half shared with latency), per GPU over 8 GPUs. Regressions: the head's TTFT of one cell × 1.10 or × 1.15
 * (p99 TTFT +10% / +15%), or its throughput × 0.90.
 *
 * Layouts, as the adapters write cells:
 * - AgentX (aiperf): samples ttft/itl/e2el, TPOT = ITL (same values), p50/p99 of each,
 *   tput_per_gpu, output_tput_per_gpu.
 * - native (inferguard bench): samples ttft/tpot/e2el, output_tput_tps only (no per-GPU).
 * - InferenceX: aggregates only (p50/p99 of ttft/tpot/itl/e2el from the same requests,
 *   tput_per_gpu, output_tput_per_gpu), no samples.
 */
import { compareReports, type CompareOptions, type ReportDiff } from '../src/core/compare/index.js';
import { mulberry32 } from '../src/core/compare/stats.js';
import { percentileSorted, sketchSorted } from '../src/core/stats.js';
import type { Cell, Report, SampleSketch } from '../src/core/types.js';
import { makeCell, makeReport, normal } from '../test/helpers/reports.js';

export type Layout = 'agentx' | 'native' | 'inferencex';
export const LAYOUTS: readonly Layout[] = ['agentx', 'native', 'inferencex'];

export interface Scenario {
  cells: number;
  requests: number;
  /** Run effect σ (relative, per run and cell). */
  runSigma: number;
  /** AR(1) coefficient of per-request latencies within a run (0 = i.i.d.). */
  ar: number;
  baseRuns: number;
  /** Head change in one cell (index 0-based `shiftCell`, default the middle cell). */
  shift?: { metric: 'ttft' | 'tput'; factor: number };
  shiftCell?: number;
}

export interface RowResult {
  regression: number;
  improvement: number;
  /** Share of PRs where the shifted cell was reported REGRESSION on the shifted metric. */
  found: number;
  pairs: number;
}

const OSL = 256;
/** Per-request log-sd of TTFT and of ITL. */
export const TTFT_SIGMA = Number(process.env.BENCH_TTFT_SIGMA ?? 0.2);
export const ITL_SIGMA = Number(process.env.BENCH_ITL_SIGMA ?? 0.1);

function series(random: () => number, n: number, ar: number): Float64Array {
  const out = new Float64Array(n);
  let z = normal(random);
  const k = Math.sqrt(1 - ar * ar);
  for (let i = 0; i < n; i++) {
    if (i > 0) z = ar * z + k * normal(random);
    out[i] = z;
  }
  return out;
}

function sortedSketch(xs: Float64Array): SampleSketch {
  const s = Float64Array.from(xs).sort();
  return sketchSorted(s);
}

function pcts(s: SampleSketch, base: string, into: Record<string, number>): void {
  into[`p50_${base}`] = percentileSorted(s.values, 50) as number;
  into[`p99_${base}`] = percentileSorted(s.values, 99) as number;
}

function runCell(random: () => number, sc: Scenario, layout: Layout, i: number, head: boolean): Cell {
  const c = 2 ** i;
  const n = sc.requests;
  const L = sc.runSigma * normal(random);
  // Throughput carries −L through mean(E2EL); with L/2 back and its own part, its run effect is
  // N(0, σ_run), half shared with latency.
  const T = L / 2 + 0.87 * sc.runSigma * normal(random);
  const shifted = head && sc.shift && i === (sc.shiftCell ?? Math.floor(sc.cells / 2));
  const ttftScale = shifted && sc.shift?.metric === 'ttft' ? sc.shift.factor : 1;
  const tputScale = shifted && sc.shift?.metric === 'tput' ? sc.shift.factor : 1;
  const z = series(random, n, sc.ar);
  const w = series(random, n, sc.ar);
  const ttft = new Float64Array(n);
  const itl = new Float64Array(n);
  const e2el = new Float64Array(n);
  const tpot = new Float64Array(n);
  const mt = 0.3 * (1 + c / 32) * ttftScale;
  const mi = 0.02 * (1 + c / 64);
  let sumE = 0;
  for (let j = 0; j < n; j++) {
    const t = mt * Math.exp(TTFT_SIGMA * (z[j] as number) + L);
    const d = mi * Math.exp(ITL_SIGMA * (w[j] as number) + L);
    ttft[j] = t;
    itl[j] = d;
    e2el[j] = t + (OSL - 1) * d;
    tpot[j] = d;
    sumE += e2el[j] as number;
  }
  const outTps = ((c * OSL) / (sumE / n)) * Math.exp(T) * tputScale;
  const metrics: Record<string, number> = {};
  const samples: Record<string, SampleSketch> = {};
  const st = sortedSketch(ttft);
  const si = sortedSketch(itl);
  const se = sortedSketch(e2el);
  const sp = layout === 'native' ? sortedSketch(tpot) : si;
  pcts(st, 'ttft', metrics);
  pcts(se, 'e2el', metrics);
  pcts(sp, 'tpot', metrics);
  if (layout !== 'native') pcts(si, 'itl', metrics);
  if (layout === 'native') {
    metrics.output_tput_tps = outTps;
    Object.assign(samples, { ttft_s: st, tpot_s: sp, e2el_s: se });
  } else {
    metrics.tput_per_gpu = (outTps * 2) / 8;
    metrics.output_tput_per_gpu = outTps / 8;
    if (layout === 'agentx')
      Object.assign(samples, { ttft_s: st, itl_s: si, tpot_s: { n: si.n, values: [...si.values] }, e2el_s: se });
  }
  const cell = makeCell({
    cell_id: `c${c}`,
    concurrency: c,
    source_format:
      layout === 'agentx' ? 'agentx-aiperf' : layout === 'native' ? 'inferguard-bench-native' : 'inferencex-static',
    completion: { num_requests_total: n, num_requests_successful: n, success_rate: 1 },
    metrics,
  });
  cell.metrics = metrics;
  if (Object.keys(samples).length > 0) cell.samples = samples;
  return cell;
}

export function sweepFor(random: () => number, sc: Scenario, layout: Layout, head: boolean): Report {
  const cells: Cell[] = [];
  for (let i = 0; i < sc.cells; i++) cells.push(runCell(random, sc, layout, i, head));
  return makeReport(cells);
}

/** One seeded PR: base history (newest first) and head. */
export function onePr(random: () => number, sc: Scenario, layout: Layout, options?: CompareOptions): ReportDiff {
  const bases: Report[] = [];
  for (let k = 0; k < sc.baseRuns; k++) bases.push(sweepFor(random, sc, layout, false));
  const head = sweepFor(random, sc, layout, true);
  return compareReports(bases, head, options);
}

function shiftFound(d: ReportDiff, sc: Scenario): boolean {
  if (!sc.shift) return false;
  const id = `c${2 ** (sc.shiftCell ?? Math.floor(sc.cells / 2))}`;
  const cell = d.cells.find((c) => c.head_cell_id === id);
  if (!cell || cell.status !== 'regressed' || !cell.verdict) return false;
  const want = sc.shift.metric === 'ttft' ? /_ttft$/ : /tput/;
  return cell.verdict.regressions.some((m) => want.test(m));
}

export function runRow(sc: Scenario, layout: Layout, pairs: number, seed: number, options?: CompareOptions): RowResult {
  const random = mulberry32(seed);
  let reg = 0;
  let imp = 0;
  let found = 0;
  for (let p = 0; p < pairs; p++) {
    const d = onePr(random, sc, layout, options);
    if (d.verdict.verdict === 'REGRESSION') reg++;
    if (d.verdict.verdict === 'IMPROVEMENT') imp++;
    if (shiftFound(d, sc)) found++;
  }
  return { regression: reg / pairs, improvement: imp / pairs, found: found / pairs, pairs };
}

export interface TableRow {
  name: string;
  scenario: Scenario;
  /** A/A: target max share of REGRESSION (and IMPROVEMENT); power: target min share found. */
  target: { kind: 'aa'; max: number } | { kind: 'power'; min: number } | null;
}

const AA = { cells: 5, requests: 1000, runSigma: 0, ar: 0 };
const PW = { cells: 10, requests: 1000, runSigma: 0, ar: 0 };

/** The issue's scenarios × 1 and 5 base runs, plus the regressions. */
export function tableRows(): TableRow[] {
  const rows: TableRow[] = [];
  const aa: [string, Partial<Scenario>, boolean, boolean][] = [
    // name, overrides, target with 1 base run, target with 5 base runs
    ['A/A i.i.d.', {}, true, true],
    ['A/A 12 requests per cell (below min_samples)', { requests: 12 }, true, true],
    ['A/A run effect σ = 2%', { runSigma: 0.02 }, true, true],
    ['A/A run effect σ = 3%', { runSigma: 0.03 }, false, true],
    ['A/A AR(1) φ = 0.9', { ar: 0.9 }, true, true],
    ['A/A run effect 3% + AR(1) 0.9', { runSigma: 0.03, ar: 0.9 }, false, true],
  ];
  for (const [name, o, t1, t5] of aa)
    for (const baseRuns of [1, 5]) {
      const target = (baseRuns === 1 ? t1 : t5) ? ({ kind: 'aa', max: 0.05 } as const) : null;
      rows.push({ name, scenario: { ...AA, ...o, baseRuns }, target });
    }
  const pw: [string, Partial<Scenario>, number | null, number | null][] = [
    ['+10% p99 TTFT, i.i.d.', { shift: { metric: 'ttft', factor: 1.1 } }, 0.9, null],
    ['+10% p99 TTFT, run effect 2%', { runSigma: 0.02, shift: { metric: 'ttft', factor: 1.1 } }, null, 0.9],
    ['+15% p99 TTFT, run effect 3%', { runSigma: 0.03, shift: { metric: 'ttft', factor: 1.15 } }, null, 0.9],
    ['−10% throughput, i.i.d.', { shift: { metric: 'tput', factor: 0.9 } }, null, null],
    ['−10% throughput, run effect 2%', { runSigma: 0.02, shift: { metric: 'tput', factor: 0.9 } }, null, 0.9],
  ];
  for (const [name, o, t1, t5] of pw)
    for (const baseRuns of [1, 5]) {
      const min = baseRuns === 1 ? t1 : t5;
      rows.push({
        name: `${name} (1 of 10 cells)`,
        scenario: { ...PW, ...o, baseRuns },
        target: min !== null ? { kind: 'power', min } : null,
      });
    }
  return rows;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export interface TableResult {
  lines: string[];
  met: number;
  targets: number;
}

export function runTable(pairs: number, seed = 14, log: (s: string) => void = () => {}): TableResult {
  const lines = [`| Scenario | Base runs | AgentX | native | InferenceX | Target |`, `|---|---|---|---|---|---|`];
  let met = 0;
  let targets = 0;
  let r = 0;
  const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
  for (const row of tableRows()) {
    if (only && !only.test(`${row.name} | ${row.scenario.baseRuns}`)) {
      r++;
      continue;
    }
    const cols: string[] = [];
    let ok = true;
    LAYOUTS.forEach((layout, li) => {
      const res = runRow(row.scenario, layout, pairs, seed + 1000 * r + li);
      if (row.scenario.shift) {
        cols.push(pct(res.found));
        if (row.target?.kind === 'power' && res.found < row.target.min) ok = false;
      } else {
        cols.push(`${pct(res.regression)} / ${pct(res.improvement)}`);
        if (row.target?.kind === 'aa' && (res.regression > row.target.max || res.improvement > row.target.max))
          ok = false;
      }
    });
    let target = '—';
    if (row.target) {
      targets++;
      if (ok) met++;
      target = `${row.target.kind === 'aa' ? `≤ ${pct(row.target.max)}` : `≥ ${pct(row.target.min)}`} ${ok ? '✅' : '❌'}`;
    }
    const line = `| ${row.name} | ${row.scenario.baseRuns} | ${cols.join(' | ')} | ${target} |`;
    lines.push(line);
    log(line);
    r++;
  }
  return { lines, met, targets };
}

function main(): void {
  const pairs = Number(process.env.BENCH_PAIRS ?? 100);
  const t0 = Date.now();
  process.stdout.write(
    `inferguard compare: verdicts under run-to-run noise (${pairs} seeded PRs per row; A/A cells: PRs with overall REGRESSION / overall IMPROVEMENT; regression rows: PRs where the changed cell is REGRESSION on that metric)\n\n`,
  );
  const res = runTable(pairs, 14, (l) => process.stdout.write(`${l}\n`));
  process.stdout.write(
    `\n${res.met} of ${res.targets} targets met; ${((Date.now() - t0) / 1000).toFixed(0)} s.\n` +
      `A/A sweeps 5 cells, regression sweeps 10 cells; 1000 requests per cell (12 in the min_samples row).\n`,
  );
}

if (process.argv[1] && /bench-verdicts\.ts$/.test(process.argv[1])) main();
