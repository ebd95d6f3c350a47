/**
 * Runs as the unit of evidence (docs/COMPARE.md "Verdicts whose unit is the run").
 *
 * A compare may get several base reports (the base-branch history, newest or merge-base first)
 * and several head reports; within one report, cells sharing an identity key are repeated runs
 * of that cell (repetition folders, shards). Every run gives one run-level value per metric:
 * ln of the metric, or, for a latency series with per-request samples in every run, ln of the
 * samples' geometric mean (p50 and p99 of a series share it, as they share the rank test).
 *
 * With ≥ `min_base_runs` base runs a metric is decided by a t-based prediction interval on the
 * log values: the head runs' mean against the base runs' mean, with the run-to-run spread pooled
 * over every cell of the compare for that statistic (so 5 runs of a 10-cell sweep give 40
 * degrees of freedom). One-sided p-values, per direction (worse, better), are adjusted over all
 * run-level tests by Bonferroni with the effective number of tests (Galwey's M_eff, from the
 * correlation of the base runs' deviations), so correlated statistics count once. With fewer base runs the per-request test or band
 * decides, and a change must also exceed the metric kind's run-noise floor.
 */
import { cellKey } from './match.js';
import { COMPARE_METRICS, type MetricDef } from './catalogue.js';
import {
  bonferroniEffective,
  effectiveTests,
  pooledSpread,
  studentTQuantileUpper,
  studentTUpper,
} from './run-stats.js';
import type { Cell, Report, SampleSketch } from '../types.js';
import type { CompareSettings, MetricComparison } from './types.js';

/** Cells per identity key, in run order (report order, then cell_id). */
export function groupRuns(reports: readonly Report[]): Map<string, Cell[]> {
  const out = new Map<string, Cell[]>();
  for (const r of reports) {
    const cells = [...(Array.isArray(r.cells) ? r.cells : [])].sort((a, b) =>
      a.cell_id < b.cell_id ? -1 : a.cell_id > b.cell_id ? 1 : 0,
    );
    for (const c of cells) {
      const k = cellKey(c);
      const list = out.get(k);
      if (list) list.push(c);
      else out.set(k, [c]);
    }
  }
  return out;
}

/** Metrics decided at run level (kinds with a multiplicative run-to-run spread). */
export function runLevelDef(def: MetricDef): boolean {
  return def.band !== null && (def.kind === 'latency' || def.kind === 'throughput' || def.kind === 'cost');
}

function logMean(s: SampleSketch | undefined, min: number): number | null {
  if (!s || !Array.isArray(s.values) || s.values.length === 0 || Math.max(s.n, s.values.length) < min) return null;
  let sum = 0;
  for (const v of s.values) {
    if (!(typeof v === 'number' && v > 0 && Number.isFinite(v))) return null;
    sum += Math.log(v);
  }
  return sum / s.values.length;
}

export interface RunStatistic {
  /** Pooling key: `loc:<series>` for a samples' log-mean, else the metric name. */
  key: string;
  base: number[];
  head: number[];
}

/** The run-level statistic of one metric for one matched key, or null when a run lacks it. */
export function runStatistic(
  def: MetricDef,
  baseRuns: readonly Cell[],
  headRuns: readonly Cell[],
  minSamples: number,
): RunStatistic | null {
  if (def.sample) {
    const sk = def.sample.key;
    const b = baseRuns.map((c) => logMean(c.samples?.[sk], minSamples));
    const h = headRuns.map((c) => logMean(c.samples?.[sk], minSamples));
    if (b.every((x) => x !== null) && h.every((x) => x !== null))
      return { key: `loc:${sk}`, base: b as number[], head: h as number[] };
  }
  const val = (c: Cell): number | null => {
    const v = def.get(c);
    return v !== null && v > 0 ? Math.log(v) : null;
  };
  const b = baseRuns.map(val);
  const h = headRuns.map(val);
  if (b.some((x) => x === null) || h.some((x) => x === null)) return null;
  return { key: def.metric, base: b as number[], head: h as number[] };
}

/** Geometric mean of a metric over runs (the run-level centre shown as base / head), else null. */
export function runCentre(def: MetricDef, runs: readonly Cell[]): number | null {
  let s = 0;
  let n = 0;
  for (const c of runs) {
    const v = def.get(c);
    if (v === null || !(v > 0)) continue;
    s += Math.log(v);
    n++;
  }
  return n > 0 ? Math.exp(s / n) : null;
}

export interface RunTest {
  comparisons: MetricComparison[];
  stat: RunStatistic;
  /** Filled by adjustRunTests: one-sided p and BH q for "worse" and for "better". */
  pWorse: number;
  pBetter: number;
  qWorse: number;
  qBetter: number;
  t: number;
  sd: number;
  df: number;
  se: number;
  d: number;
}

/** Pooled spread per statistic key, from every key's base runs (≥ 2) and head runs (≥ 2). */
export function spreadsByKey(stats: readonly RunStatistic[]): Map<string, { sd: number; df: number }> {
  const groups = new Map<string, number[][]>();
  for (const s of stats) {
    const g = groups.get(s.key) ?? [];
    g.push(s.base, s.head);
    groups.set(s.key, g);
  }
  const out = new Map<string, { sd: number; df: number }>();
  for (const [k, g] of groups) {
    const p = pooledSpread(g);
    if (p) out.set(k, p);
  }
  return out;
}

/**
 * Effective number of tests per cell: Li-Ji M_eff of the correlation between the statistics'
 * base-run deviations (pooled over cells), scaled to each cell's count. Without enough runs to
 * estimate it, every test counts.
 */
export function effectiveTestCount(perCell: readonly RunStatistic[][]): number {
  const keys = [...new Set(perCell.flatMap((c) => c.map((s) => s.key)))].sort();
  const m = keys.length;
  const total = perCell.reduce((s, c) => s + c.length, 0);
  if (m <= 1) return total;
  const idx = new Map(keys.map((k, i) => [k, i]));
  const sxy = new Float64Array(m * m);
  const sxx = new Float64Array(m * m);
  const syy = new Float64Array(m * m);
  const cnt = new Float64Array(m * m);
  for (const cell of perCell) {
    const dev = cell
      .filter((s) => s.base.length >= 2)
      .map((s) => {
        const mean = s.base.reduce((a, x) => a + x, 0) / s.base.length;
        return { i: idx.get(s.key) as number, r: s.base.map((x) => x - mean) };
      });
    for (const a of dev)
      for (const b of dev)
        for (let k = 0; k < Math.min(a.r.length, b.r.length); k++) {
          const x = a.r[k] as number;
          const y = b.r[k] as number;
          const at = a.i * m + b.i;
          sxy[at] = (sxy[at] as number) + x * y;
          sxx[at] = (sxx[at] as number) + x * x;
          syy[at] = (syy[at] as number) + y * y;
          cnt[at] = (cnt[at] as number) + 1;
        }
  }
  const corr: number[][] = [];
  for (let i = 0; i < m; i++) {
    const row: number[] = [];
    for (let j = 0; j < m; j++) {
      if (i === j) {
        row.push(1);
        continue;
      }
      const at = i * m + j;
      const n = cnt[at] as number;
      const den = Math.sqrt((sxx[at] as number) * (syy[at] as number));
      // Too few paired deviations to estimate: treat as independent (conservative).
      row.push(n >= 8 && den > 0 ? (sxy[at] as number) / den : 0);
    }
    corr.push(row);
  }
  return total * (effectiveTests(corr) / m);
}

/** t statistics, one-sided p per direction and BH q (effective test count) for every run-level test. */
export function adjustRunTests(tests: RunTest[], spreads: Map<string, { sd: number; df: number }>, mEff: number): void {
  for (const t of tests) {
    const sp = spreads.get(t.stat.key) as { sd: number; df: number };
    const mb = t.stat.base.reduce((a, x) => a + x, 0) / t.stat.base.length;
    const mh = t.stat.head.reduce((a, x) => a + x, 0) / t.stat.head.length;
    t.d = mh - mb;
    t.sd = sp.sd;
    t.df = sp.df;
    t.se = sp.sd * Math.sqrt(1 / t.stat.base.length + 1 / t.stat.head.length);
    t.t = t.se > 0 ? t.d / t.se : t.d === 0 ? 0 : Math.sign(t.d) * Infinity;
    const up = studentTUpper(t.t, t.df);
    const ws = worseSign(t.comparisons[0]?.direction ?? 'neutral');
    t.pWorse = ws >= 0 ? up : 1 - up;
    t.pBetter = ws >= 0 ? 1 - up : up;
  }
  // Bonferroni over the effective count, not BH: BH's step-up would count the correlated
  // statistics of one moved cell (TTFT, ITL, E2EL under one run effect) as several discoveries.
  const qw = bonferroniEffective(
    tests.map((t) => t.pWorse),
    mEff,
  );
  const qb = bonferroniEffective(
    tests.map((t) => t.pBetter),
    mEff,
  );
  tests.forEach((t, i) => {
    t.qWorse = qw[i] as number;
    t.qBetter = qb[i] as number;
  });
}

function round(v: number, digits = 12): number {
  return Number(v.toPrecision(digits));
}

function pct(x: number): string {
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}

function worseSign(direction: MetricComparison['direction']): number {
  return direction === 'lower_is_better' ? 1 : direction === 'higher_is_better' ? -1 : 0;
}

function formatP(p: number): string {
  if (p === 0) return '0';
  if (p < 1e-4) return p.toExponential(1);
  return p.toPrecision(2);
}

/** Decides a comparison from its run-level test (after adjustRunTests). */
export function decideRunTest(t: RunTest, c: MetricComparison, settings: CompareSettings, alpha: number): void {
  const k = t.stat.base.length;
  const m = t.stat.head.length;
  const effect = Math.exp(t.d) - 1;
  const tc = studentTQuantileUpper(alpha, t.df);
  const worse = t.pWorse <= t.pBetter;
  const q = worse ? t.qWorse : t.qBetter;
  c.method = 'run_interval';
  c.basis = 'run_interval';
  c.p_value = round(worse ? t.pWorse : t.pBetter);
  c.q_value = round(q);
  c.effect_size = round(effect);
  c.run_spread = round(t.sd, 6);
  c.n_base_runs = k;
  c.n_head_runs = m;
  c.threshold = { name: 'min_effect_size', value: settings.min_effect_size, basis: 'relative' };
  if (c.base !== null) {
    c.interval = [round(c.base * (Math.exp(t.d - tc * t.se) - 1)), round(c.base * (Math.exp(t.d + tc * t.se) - 1))];
  }
  const what = t.stat.key.startsWith('loc:') ? 'run geometric mean' : 'run value';
  const ws = worseSign(c.direction);
  const rule = `${k} base run(s), spread ${(t.sd * 100).toFixed(1)}% (${t.df} df)`;
  if (q > alpha) {
    c.outcome = 'unchanged';
    c.confidence = null;
    c.note = `within the base runs' prediction interval (${rule}; ${what} ${pct(effect)}, q ${formatP(q)} > ${alpha})`;
  } else if (Math.abs(effect) < settings.min_effect_size) {
    c.outcome = 'unchanged';
    c.confidence = null;
    c.note = `outside the prediction interval (${rule}) but ${what} ${pct(effect)} is below the minimum effect ${(settings.min_effect_size * 100).toFixed(1)}%`;
  } else if (ws === 0) {
    c.outcome = 'unchanged';
  } else {
    c.outcome = worse ? 'regressed' : 'improved';
    c.confidence = round(1 - q, 6);
    c.note = `outside the base runs' prediction interval (${rule}): ${what} ${pct(effect)}, q ${formatP(q)} ≤ ${alpha}`;
  }
}

export { COMPARE_METRICS };

export { crossCellThreshold } from './cross-cell.js';

/** Mean ln-change head vs base of a run statistic. */
export function runChange(s: RunStatistic): number {
  return s.head.reduce((a, x) => a + x, 0) / s.head.length - s.base.reduce((a, x) => a + x, 0) / s.base.length;
}
