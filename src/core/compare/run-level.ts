/**
 * The run-level half of compareReports (docs/COMPARE.md "Verdicts whose unit is the run"): every
 * matched cell's run statistics (runs.ts), the prediction-interval tests of the cells with
 * ≥ min_base_runs base runs, and for the others the run-noise floor and the cross-cell noise gate
 * over the per-request or band decisions of metric-compare.ts.
 */
import type { MetricDef } from './catalogue.js';
import { CrossCellNoise } from './cross-cell.js';
import type { CellRuns, CellWork } from './metric-compare.js';
import { BAND_EPS, formatP, pctText, rel, round } from './numbers.js';
import {
  adjustRunTests,
  decideRunTest,
  runCentre,
  runChange,
  runLevelDef,
  runNoiseFloorName,
  runStatistic,
  spreadsByKey,
  type RunStatistic,
  type RunTest,
} from './runs.js';
import type { CompareSettings, MetricComparison } from './types.js';

/** What the run level knows of a compare's matched cells. */
export interface RunLevelPlan {
  /** Every matched cell's statistics: all feed the pooled spreads. */
  allStats: RunStatistic[];
  /** The tests of the cells with ≥ min_base_runs base runs. */
  testsOf: Map<CellWork, RunTest[]>;
  /** Per statistic key, every cell's ln-change (the one-run cross-cell gate) and each cell's index in it. */
  changes: Map<string, { values: number[]; index: Map<CellWork, number>; noise: CrossCellNoise | null }>;
  /** The statistic behind each run-level comparison. */
  statOf: Map<MetricComparison, RunStatistic>;
  /** Distinct run statistics per cell: the one-run cross-cell gate is Bonferroni over cells × statistics. */
  statCount: Map<CellWork, number>;
}

function pendingRunTest(c: MetricComparison, stat: RunStatistic): RunTest {
  return { comparisons: [c], stat, pWorse: 1, pBetter: 1, qWorse: 1, qBetter: 1, t: 0, sd: 0, df: 0, se: 0, d: 0 };
}

/** One cell's run statistics, one test per statistic key (p50 and p99 of a series share one). */
function cellRunTests(w: CellWork, settings: CompareSettings, statOf: Map<MetricComparison, RunStatistic>): RunTest[] {
  const byKey = new Map<string, RunTest>();
  for (const c of w.comparisons) {
    const def = w.defs.get(c);
    if (!def || !runLevelDef(def) || c.method === 'informational' || c.outcome === 'incomparable') continue;
    if (c.base === null || c.head === null || c.note.startsWith('below min_samples')) continue;
    const st = runStatistic(
      def,
      w.runs.base,
      w.runs.head,
      settings.min_samples,
      w.runs.base.length >= settings.min_base_runs,
    );
    if (!st) continue;
    statOf.set(c, st);
    const t = byKey.get(st.key);
    if (t) t.comparisons.push(c);
    else byKey.set(st.key, pendingRunTest(c, st));
  }
  return [...byKey.values()];
}

/** The run statistics of every matched cell, and the cells that get a run-level test. */
export function planRunLevel(works: Iterable<CellWork>, settings: CompareSettings): RunLevelPlan {
  const plan: RunLevelPlan = {
    allStats: [],
    testsOf: new Map(),
    changes: new Map(),
    statOf: new Map(),
    statCount: new Map(),
  };
  for (const w of works) {
    const list = cellRunTests(w, settings, plan.statOf);
    plan.statCount.set(w, list.length);
    for (const t of list) {
      plan.allStats.push(t.stat);
      let ch = plan.changes.get(t.stat.key);
      if (!ch) {
        ch = { values: [], index: new Map(), noise: null };
        plan.changes.set(t.stat.key, ch);
      }
      ch.index.set(w, ch.values.length);
      ch.values.push(runChange(t.stat));
    }
    if (w.runs.base.length >= settings.min_base_runs && list.length > 0) plan.testsOf.set(w, list);
  }
  return plan;
}

/**
 * Runs the prediction-interval tests: keeps those whose statistic has a pooled spread (≥ 2 df),
 * marks their cells run-level, adjusts over the effective test count. Returns the tests.
 */
export function runRunTests(plan: RunLevelPlan, settings: CompareSettings): RunTest[] {
  const spreads = spreadsByKey(plan.allStats);
  const runTests: RunTest[] = [];
  const testedCells: RunTest[][] = [];
  for (const [w, list] of plan.testsOf) {
    const ok = list.filter((t) => (spreads.get(t.stat.key)?.df ?? 0) >= 2);
    if (ok.length === 0) {
      plan.testsOf.delete(w);
      continue;
    }
    plan.testsOf.set(w, ok);
    runTests.push(...ok);
    testedCells.push(ok);
    w.runLevel = true;
  }
  adjustRunTests(testedCells, spreads, settings.run_alpha);
  return runTests;
}

/** Decides a cell's run-level comparisons: by its tests, else by the floor and the cross-cell gate. */
export function decideRunLevel(w: CellWork, plan: RunLevelPlan, settings: CompareSettings): void {
  const tested = new Set<MetricComparison>();
  for (const t of plan.testsOf.get(w) ?? [])
    for (const c of t.comparisons) {
      showCentres(c, w.defs.get(c) as MetricDef, w.runs);
      decideRunTest(t, c, settings, settings.run_alpha);
      tested.add(c);
    }
  for (const c of w.comparisons) {
    if (tested.has(c)) continue;
    const def = w.defs.get(c);
    if (!def || !runLevelDef(def)) continue;
    applyFloor(c, settings);
    crossCellGate(c, w, plan, settings);
  }
}

/** The cross-cell threshold is capped at this multiple of the applicable run-noise floor. */
const CROSS_CELL_CAP = 3;

/** A one-run change must also stand out of the other cells' changes of the same statistic. */
function crossCellGate(c: MetricComparison, w: CellWork, plan: RunLevelPlan, settings: CompareSettings): void {
  const st = plan.statOf.get(c);
  if (!st || (c.outcome !== 'regressed' && c.outcome !== 'improved')) return;
  const ch = plan.changes.get(st.key);
  const at = ch?.index.get(w);
  if (!ch || at === undefined) return;
  ch.noise ??= new CrossCellNoise(ch.values);
  const floorName = runNoiseFloorName(c, settings.run_noise_floor);
  // The observed spread may count up to 3× the floor, for samples as for aggregates: within a
  // run, queueing makes neighbouring requests alike (AR(1) 0.9 leaves ~5% effective samples), so
  // a per-request test knows no more of the run-to-run noise than a band does.
  const cap = Math.log(1 + CROSS_CELL_CAP * (settings.run_noise_floor[floorName] ?? 0));
  // α / (C · m): Bonferroni over the C cells and the cell's m distinct statistics.
  const raw = ch.noise.thresholdWithout(at, settings.run_alpha / Math.max(1, plan.statCount.get(w) ?? 1));
  // Capped: heterogeneous real changes across cells must not hide a large one.
  const thr = raw === null ? null : Math.min(raw, cap);
  const d = runChange(st);
  if (thr !== null && Math.abs(d) < thr) {
    c.outcome = 'unchanged';
    c.confidence = null;
    c.threshold = { name: 'cross_cell_noise', value: round(Math.exp(thr) - 1, 6) as number, basis: 'relative' };
    c.note = `within run-to-run noise: ${pctText(Math.exp(d) - 1)} does not stand out of the other ${ch.values.length - 1} cells' changes of this one-run comparison (needs ±${((Math.exp(thr) - 1) * 100).toFixed(1)}%)`;
  }
}

/** Applies the run-noise floor to a per-request or band decision (fewer than min_base_runs base runs). */
export function applyFloor(c: MetricComparison, settings: CompareSettings): void {
  if (c.outcome !== 'regressed' && c.outcome !== 'improved') return;
  const name = runNoiseFloorName(c, settings.run_noise_floor);
  const floor = settings.run_noise_floor[name];
  if (floor === undefined) return;
  const effect = c.method === 'noise_band' ? c.relative_delta : c.effect_size;
  if (effect === null) return;
  const runs = c.n_base_runs ?? 1;
  if (Math.abs(effect) >= floor - BAND_EPS) {
    c.note = `${c.note}; at or beyond the run-noise floor ${(floor * 100).toFixed(1)}% (${runs} base run${runs === 1 ? '' : 's'})`;
    if (c.threshold === null || c.threshold.value < floor)
      c.threshold = { name: `run_noise_floor.${name}`, value: floor, basis: 'relative' };
    return;
  }
  c.outcome = 'unchanged';
  c.confidence = null;
  c.threshold = { name: `run_noise_floor.${name}`, value: floor, basis: 'relative' };
  c.note = `within run-to-run noise: ${pctText(effect)} is below the run-noise floor ${(floor * 100).toFixed(1)}% (run_noise_floor.${name}; ${runs} base run${runs === 1 ? '' : 's'}, ${(c.q_value !== null ? `q ${formatP(c.q_value)}` : c.note.split(',')[0]) ?? ''})`;
}

/** Shows the run-level centres (geometric means over runs) as base / head when there are several runs. */
function showCentres(c: MetricComparison, def: MetricDef, runs: CellRuns): void {
  if (runs.base.length < 2 && runs.head.length < 2) return;
  const b = runCentre(def, runs.base);
  const h = runCentre(def, runs.head);
  if (b === null || h === null) return;
  c.base = round(b);
  c.head = round(h);
  c.delta = round(h - b);
  c.relative_delta = round(rel(b, h));
}
