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
 * L is the run effect of that run and cell, N(0, σ_run) (node, thermals, batch alignment), plus in
 * the "shared run effect" rows one N(0, σ_shared) per run that every cell of the run shares (the
 * node: the case of the run-effect decomposition, src/core/compare/run-effects.ts);
 * throughput = c · 256 / mean(E2EL) · exp(N(0, 0.5%)) (Little's law at fixed concurrency: the run
 * effect reaches throughput through E2EL), per GPU over 8 GPUs. Regressions: the head's TTFT of one cell × 1.10 or × 1.15
 * (p99 TTFT +10% / +15%), or its throughput × 0.90.
 *
 * Layouts, as the adapters write cells:
 * - AgentX (aiperf): samples ttft/itl/e2el, TPOT = ITL (same values), p50/p99 of each,
 *   tput_per_gpu, output_tput_per_gpu.
 * - native (inferguard bench): samples ttft/tpot/e2el, output_tput_tps only (no per-GPU).
 * - InferenceX: aggregates only (p50/p99 of ttft/tpot/itl/e2el from the same requests,
 *   tput_per_gpu, output_tput_per_gpu), no samples.
 *
 * This is the simple model. The second, heavy-tailed model (issue 22: per-cell and per-metric noise
 * levels fitted to real A/A pairs, tenfold deployment spread, concurrency dependence, bimodal
 * cells, a shared node effect) is scripts/bench-verdicts-heavy.ts, printed as a second table.
 * `BENCH_MODEL=simple|heavy|real|both` (default both: all three) chooses the tables; `BENCH_ONLY=<regex>`
 * filters rows; `BENCH_MODEL=history` (only on request: its files are not committed) replays
 * InferenceX's published CI history (scripts/inferencex-history.ts); `BENCH_MODEL_CHECK=1` prints the
 * heavy model's self-check first. A full default run (all three, every row, 200 PRs) writes the tables into docs/COMPARE.md between its markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareReports, type CompareOptions, type ReportDiff } from '../src/core/compare/index.js';
import { mulberry32 } from '../src/core/compare/stats.js';
import { percentileSorted, sketchSorted } from '../src/core/stats.js';
import type { Cell, Report, SampleSketch } from '../src/core/types.js';
import { makeCell, makeReport, normal } from '../test/helpers/reports.js';
import { realTable } from './bench-verdicts-real.js';
import { formatModelCheck, modelCheck, runHeavyTable } from './bench-verdicts-heavy.js';
import { historyTable } from './inferencex-history.js';

export type Layout = 'agentx' | 'native' | 'inferencex';
export const LAYOUTS: readonly Layout[] = ['agentx', 'native', 'inferencex'];

export interface Scenario {
  cells: number;
  requests: number;
  /** Run effect σ (relative, per run and cell). */
  runSigma: number;
  /** Shared run (node) effect σ: one draw per run, the same for every cell of it (default 0). */
  sharedSigma?: number;
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

/** n standard normal deviates, both Box-Muller outputs used; AR(1) with coefficient `ar`. */
function series(random: () => number, n: number, ar: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - random()));
    const t = 2 * Math.PI * random();
    out[i] = r * Math.cos(t);
    if (i + 1 < n) out[i + 1] = r * Math.sin(t);
  }
  if (ar !== 0) {
    const k = Math.sqrt(1 - ar * ar);
    for (let i = 1; i < n; i++) out[i] = ar * (out[i - 1] as number) + k * (out[i] as number);
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

/** One run of one cell, before a layout is chosen: sorted per-request sketches and throughput. */
interface RawCell {
  c: number;
  n: number;
  ttft: SampleSketch;
  itl: SampleSketch;
  e2el: SampleSketch;
  outTps: number;
}

function rawCell(random: () => number, sc: Scenario, i: number, head: boolean, shared: number): RawCell {
  const c = 2 ** i;
  const n = sc.requests;
  const L = sc.runSigma * normal(random) + shared;
  // Closed loop at fixed concurrency: throughput = c · OSL / mean(E2EL) (Little's law), so it
  // carries the run effect through E2EL; plus 0.5% of its own (ramp-up and drain).
  const T = 0.005 * normal(random);
  const shifted = head && sc.shift && i === (sc.shiftCell ?? Math.floor(sc.cells / 2));
  const ttftScale = shifted && sc.shift?.metric === 'ttft' ? sc.shift.factor : 1;
  const tputScale = shifted && sc.shift?.metric === 'tput' ? sc.shift.factor : 1;
  const z = series(random, n, sc.ar);
  const w = series(random, n, sc.ar);
  const ttft = new Float64Array(n);
  const itl = new Float64Array(n);
  const e2el = new Float64Array(n);
  const mt = 0.3 * (1 + c / 32) * ttftScale;
  const mi = 0.02 * (1 + c / 64);
  let sumE = 0;
  for (let j = 0; j < n; j++) {
    const t = mt * Math.exp(TTFT_SIGMA * (z[j] as number) + L);
    const d = mi * Math.exp(ITL_SIGMA * (w[j] as number) + L);
    ttft[j] = t;
    itl[j] = d;
    e2el[j] = t + (OSL - 1) * d;
    sumE += e2el[j] as number;
  }
  return {
    c,
    n,
    ttft: sortedSketch(ttft),
    itl: sortedSketch(itl),
    e2el: sortedSketch(e2el),
    outTps: ((c * OSL) / (sumE / n)) * Math.exp(T) * tputScale,
  };
}

/** The cell an adapter of `layout` would write for a raw run (TPOT per request = ITL here). */
function layoutCell(r: RawCell, layout: Layout): Cell {
  const metrics: Record<string, number> = {};
  const samples: Record<string, SampleSketch> = {};
  pcts(r.ttft, 'ttft', metrics);
  pcts(r.e2el, 'e2el', metrics);
  pcts(r.itl, 'tpot', metrics);
  if (layout !== 'native') pcts(r.itl, 'itl', metrics);
  if (layout === 'native') {
    metrics.output_tput_tps = r.outTps;
    Object.assign(samples, { ttft_s: r.ttft, tpot_s: r.itl, e2el_s: r.e2el });
  } else {
    metrics.tput_per_gpu = (r.outTps * 2) / 8;
    metrics.output_tput_per_gpu = r.outTps / 8;
    if (layout === 'agentx')
      Object.assign(samples, {
        ttft_s: r.ttft,
        itl_s: r.itl,
        tpot_s: { n: r.itl.n, values: [...r.itl.values] },
        e2el_s: r.e2el,
      });
  }
  const cell = makeCell({
    cell_id: `c${r.c}`,
    concurrency: r.c,
    source_format:
      layout === 'agentx' ? 'agentx-aiperf' : layout === 'native' ? 'inferguard-bench-native' : 'inferencex-static',
    completion: { num_requests_total: r.n, num_requests_successful: r.n, success_rate: 1 },
    metrics,
  });
  cell.metrics = metrics;
  if (Object.keys(samples).length > 0) cell.samples = samples;
  return cell;
}

function rawSweep(random: () => number, sc: Scenario, head: boolean): RawCell[] {
  const out: RawCell[] = [];
  // Drawn only when the scenario has one, so the other scenarios' seeded streams are unchanged.
  const shared = sc.sharedSigma ? sc.sharedSigma * normal(random) : 0;
  for (let i = 0; i < sc.cells; i++) out.push(rawCell(random, sc, i, head, shared));
  return out;
}

function layoutReport(raw: readonly RawCell[], layout: Layout, host: string): Report {
  return makeReport(
    raw.map((r) => ({ ...layoutCell(r, layout), environment: { cluster: null, runner: null, host, image: null } })),
  );
}

/**
 * Where a run ran, as its cells' environment says. The model's runs are of one machine (a run
 * effect per run and cell, no node), except in the shared-run-effect rows, where each run lands on
 * a node of its own (that shared effect is the node's). compare reads it: runs of one known node
 * have no jump share (src/core/compare/noise-prior.ts JUMP).
 */
function hostOf(sc: Scenario, run: number | 'head'): string {
  return sc.sharedSigma ? `node-${run}` : 'node-0';
}

export function sweepFor(
  random: () => number,
  sc: Scenario,
  layout: Layout,
  head: boolean,
  run: number | 'head' = head ? 'head' : 0,
): Report {
  return layoutReport(rawSweep(random, sc, head), layout, hostOf(sc, run));
}

/** One seeded PR: base history (newest first) and head. */
export function onePr(random: () => number, sc: Scenario, layout: Layout, options?: CompareOptions): ReportDiff {
  const bases: Report[] = [];
  for (let k = 0; k < sc.baseRuns; k++) bases.push(sweepFor(random, sc, layout, false, k));
  const head = sweepFor(random, sc, layout, true, 'head');
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
  // A node effect shared by every cell of a run (the case of the run-effect decomposition), on 10
  // cells; last, so the rows above keep their seeds. No target with one base run (as for the 3%
  // run effect above): one run cannot measure a node, and 3% is 7× the law's median throughput σ.
  for (const baseRuns of [1, 5])
    rows.push({
      name: 'A/A shared run effect σ = 3% (10 cells)',
      scenario: { ...PW, sharedSigma: 0.03, baseRuns },
      target: baseRuns === 5 ? { kind: 'aa', max: 0.05 } : null,
    });
  const shared: [string, Scenario['shift']][] = [
    ['+10% p99 TTFT, shared run effect 3%', { metric: 'ttft', factor: 1.1 }],
    ['−10% throughput, shared run effect 3%', { metric: 'tput', factor: 0.9 }],
  ];
  for (const [name, shift] of shared)
    for (const baseRuns of [1, 5])
      rows.push({
        name: `${name} (1 of 10 cells)`,
        scenario: { ...PW, sharedSigma: 0.03, shift, baseRuns },
        target: baseRuns === 5 ? { kind: 'power', min: 0.9 } : null,
      });
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

/**
 * Every row pair (1 and 5 base runs) of a scenario from the same seeded PRs: each PR draws five
 * base runs and a head run once; the three layouts are written from the same requests, and the
 * one-base-run compare uses the newest of the five. Results per [layout][1 | 5 base runs].
 */
function runScenario(sc: Scenario, pairs: number, seed: number): Map<string, RowResult> {
  const random = mulberry32(seed);
  const acc = new Map<string, { reg: number; imp: number; found: number }>();
  for (let p = 0; p < pairs; p++) {
    const bases: RawCell[][] = [];
    for (let k = 0; k < 5; k++) bases.push(rawSweep(random, sc, false));
    const head = rawSweep(random, sc, true);
    for (const layout of LAYOUTS) {
      const h = layoutReport(head, layout, hostOf(sc, 'head'));
      const b = bases.map((x, k) => layoutReport(x, layout, hostOf(sc, k)));
      for (const k of [1, 5]) {
        const d = compareReports(k === 1 ? b.slice(0, 1) : b, h);
        const key = `${layout}/${k}`;
        const a = acc.get(key) ?? { reg: 0, imp: 0, found: 0 };
        if (d.verdict.verdict === 'REGRESSION') a.reg++;
        if (d.verdict.verdict === 'IMPROVEMENT') a.imp++;
        if (shiftFound(d, sc)) a.found++;
        acc.set(key, a);
      }
    }
  }
  const out = new Map<string, RowResult>();
  for (const [k, a] of acc)
    out.set(k, { regression: a.reg / pairs, improvement: a.imp / pairs, found: a.found / pairs, pairs });
  return out;
}

export function runTable(pairs: number, seed = 14, log: (s: string) => void = () => {}): TableResult {
  const lines = [`| Scenario | Base runs | AgentX | native | InferenceX | Target |`, `|---|---|---|---|---|---|`];
  let met = 0;
  let targets = 0;
  const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
  const rows = tableRows().filter((row) => !only || only.test(row.name));
  const names = [...new Set(rows.map((r) => r.name))];
  names.forEach((name, si) => {
    const pair = rows.filter((r) => r.name === name);
    const results = runScenario({ ...(pair[0] as TableRow).scenario, baseRuns: 5 }, pairs, seed + 1000 * si);
    for (const row of pair) {
      const cols: string[] = [];
      let ok = true;
      for (const layout of LAYOUTS) {
        const res = results.get(`${layout}/${row.scenario.baseRuns}`) as RowResult;
        if (row.scenario.shift) {
          cols.push(pct(res.found));
          if (row.target?.kind === 'power' && res.found < row.target.min) ok = false;
        } else {
          cols.push(`${pct(res.regression)} / ${pct(res.improvement)}`);
          if (row.target?.kind === 'aa' && (res.regression > row.target.max || res.improvement > row.target.max))
            ok = false;
        }
      }
      let target = '—';
      if (row.target) {
        targets++;
        if (ok) met++;
        target = `${row.target.kind === 'aa' ? `≤ ${pct(row.target.max)}` : `≥ ${pct(row.target.min)}`} ${ok ? '✅' : '❌'}`;
      }
      const line = `| ${row.name} | ${row.scenario.baseRuns} | ${cols.join(' | ')} | ${target} |`;
      lines.push(line);
      log(line);
    }
  });
  return { lines, met, targets };
}

const COMPARE_DOC = fileURLToPath(new URL('../docs/COMPARE.md', import.meta.url));
const DOC_START = '<!-- bench:verdicts:start -->';
const DOC_END = '<!-- bench:verdicts:end -->';

/**
 * Writes the three tables into docs/COMPARE.md between the bench markers: the i-th block of table
 * lines there (consecutive lines starting with `|`) becomes the i-th table; the prose between
 * them stays. So the documented numbers are always the last full run's.
 */
export function writeDocTables(tables: readonly (readonly string[])[], file = COMPARE_DOC): void {
  const text = readFileSync(file, 'utf8');
  const a = text.indexOf(DOC_START);
  const b = text.indexOf(DOC_END);
  if (a < 0 || b < a) throw new Error(`${file}: no ${DOC_START} … ${DOC_END} section`);
  const lines = text.slice(a + DOC_START.length, b).split('\n');
  const out: string[] = [];
  let block = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!(lines[i] as string).startsWith('|')) {
      out.push(lines[i] as string);
      continue;
    }
    while (i + 1 < lines.length && (lines[i + 1] as string).startsWith('|')) i++;
    const t = tables[block++];
    if (!t) throw new Error(`${file}: more table blocks than tables between the bench markers`);
    out.push(...t);
  }
  if (block !== tables.length) throw new Error(`${file}: ${block} table blocks for ${tables.length} tables`);
  writeFileSync(file, text.slice(0, a + DOC_START.length) + out.join('\n') + text.slice(b));
}

function main(): void {
  const pairs = Number(process.env.BENCH_PAIRS ?? 200);
  const tables: string[][] = [];
  const model = process.env.BENCH_MODEL ?? 'both';
  if (!['simple', 'heavy', 'real', 'both', 'history'].includes(model))
    throw new Error(`BENCH_MODEL must be simple, heavy, real, history or both (simple, heavy and real), not ${model}`);
  const t0 = Date.now();
  const out = (s: string): void => void process.stdout.write(`${s}\n`);
  if (process.env.BENCH_MODEL_CHECK === '1') {
    for (const l of formatModelCheck(modelCheck(1500))) out(l);
    out('');
  }
  if (model === 'simple' || model === 'both') {
    out(
      `inferguard compare: verdicts under run-to-run noise (${pairs} seeded PRs per row; A/A cells: PRs with overall REGRESSION / overall IMPROVEMENT; regression rows: PRs where the changed cell is REGRESSION on that metric)\n`,
    );
    const res = runTable(pairs, 14, out);
    tables.push(res.lines);
    out(
      `\n${res.met} of ${res.targets} targets met; ${((Date.now() - t0) / 1000).toFixed(0)} s.\n` +
        `A/A sweeps 5 cells, regression sweeps 10 cells; 1000 requests per cell (12 in the min_samples row).`,
    );
  }
  if (model === 'heavy' || model === 'both') {
    const t1 = Date.now();
    if (model === 'both') out('');
    out(
      `Heavy-tailed noise model (issue 22; scripts/bench-verdicts-heavy.ts): ${pairs} seeded PRs per row, each compared with its newest base run (1) and with five (5). ` +
        `REGRESSION / IMPROVEMENT: PRs with that overall verdict; any SUSPICIOUS: PRs with a non-empty verdict.suspicious; ` +
        `Found: PRs where a changed cell is regressed (improved) with the changed metric family among its regressions (improvements); for the family and sweep rows, at least one of their cells (and the share of their cells).\n`,
    );
    const res = runHeavyTable(pairs, 22, out);
    tables.push(res.lines);
    out(`\n${res.met} of ${res.targets} targets met; ${((Date.now() - t1) / 1000).toFixed(0)} s.`);
  }
  if (model === 'real' || model === 'both') {
    if (model === 'both') out('');
    out(
      "Real repeated runs (scripts/bench-verdicts-real.ts): every A/A compare the runs of test/fixtures/real-repeats allow; with one base run, every ordered pair of runs of one configuration and image; with 3–5, each run against the other nights' runs.\n",
    );
    const res = realTable(out);
    tables.push(res.lines);
    out(`\n${res.met} of ${res.targets} targets met.`);
  }
  if (model === 'history') {
    out(
      "InferenceX's published CI history (scripts/inferencex-history.ts; where its files come from: test/fixtures/real-history/inferencex-app/PROVENANCE.md): consecutive dates of one config-sweep, 1 base run and 3–5; same image and no commit on main is the A/A case.\n",
    );
    historyTable(out);
  }
  // A full default run (all three models, every row, 200 PRs per row) is what the docs show.
  if (model === 'both' && !process.env.BENCH_ONLY && pairs === 200) {
    writeDocTables(tables);
    out('\nWrote the three tables into docs/COMPARE.md (between the bench:verdicts markers).');
  }
}

if (process.argv[1] && /bench-verdicts\.ts$/.test(process.argv[1])) main();
