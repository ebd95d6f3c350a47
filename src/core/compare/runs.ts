/**
 * Runs as the unit of evidence (docs/COMPARE.md "Verdicts whose unit is the run").
 *
 * A compare may get several base reports (the base-branch history, newest or merge-base first)
 * and several head reports; within one report, cells sharing an identity key are repeated runs
 * of that cell (repetition folders, shards). Every run gives one run-level value per metric:
 * ln of the metric, or, for a latency series with per-request samples in every run, ln of the
 * samples' geometric mean, else (prediction-interval regime) ln of the aggregate p50 (p50 and p99
 * of a series share it, as they share the rank test).
 *
 * With ≥ `min_base_runs` base runs a metric is decided by a t-based prediction interval on the
 * log values: the head runs' mean against the base runs' mean, with the run-to-run spread pooled
 * over every cell of the compare for that statistic (so 5 runs of a 10-cell sweep give 40
 * degrees of freedom), one-sided per direction, behind a cell gate (run-gate.ts) with
 * Bonferroni over the tested cells. With fewer base runs the per-request test or band decides,
 * and a change must also exceed the run-noise floor and stand out of the other cells' changes.
 */
import { cellKey } from './match.js';
import { COMPARE_METRICS, type MetricDef } from './catalogue.js';
import { pooledSpread, studentTQuantileUpper, studentTUpper } from './run-stats.js';
import { cellGates } from './run-gate.js';
import type { Cell, Report, SampleSketch } from '../types.js';
import type { CompareSettings, MetricComparison } from './types.js';
import { formatP, pctText, worseSign } from './numbers.js';

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
  /**
   * Pooling key: `loc:<series>` for a samples' log-mean, `med:<series>` for an aggregate series'
   * median (shared by its percentiles), else the metric name.
   */
  key: string;
  base: number[];
  head: number[];
  /** +1 when larger is worse (latency, cost), −1 when larger is better (throughput), 0 neither. */
  sign: number;
}

const SERIES_PERCENTILE = /^p(\d+)_(ttft|tpot|itl|e2el)$/;

/**
 * The run-level statistic of one metric for one matched key, or null when a run lacks it.
 * A latency series with per-request samples in every run gives ln of their geometric mean; with
 * `shareLocation` (the prediction-interval regime), an aggregate-only percentile of a series whose
 * p50 every run has gives ln p50: the series' location, as the geometric mean is for samples. A
 * run's tail percentile from autocorrelated requests is right-skewed (skewness 0.43 of ln p99 at
 * AR(1) 0.9 against 0.0 of ln p50), which a t interval at Bonferroni levels does not allow for.
 */
export function runStatistic(
  def: MetricDef,
  baseRuns: readonly Cell[],
  headRuns: readonly Cell[],
  minSamples: number,
  shareLocation = false,
): RunStatistic | null {
  const sign = worseSign(def.direction);
  if (def.sample) {
    const sk = def.sample.key;
    const b = baseRuns.map((c) => logMean(c.samples?.[sk], minSamples));
    const h = headRuns.map((c) => logMean(c.samples?.[sk], minSamples));
    if (b.every((x) => x !== null) && h.every((x) => x !== null)) return { key: `loc:${sk}`, base: b, head: h, sign };
  }
  const logOf =
    (name: string) =>
    (c: Cell): number | null => {
      const v = c.metrics?.[name];
      return typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.log(v) : null;
    };
  const series = SERIES_PERCENTILE.exec(def.metric);
  if (shareLocation && series) {
    const med = logOf(`p50_${series[2] as string}`);
    const b = baseRuns.map(med);
    const h = headRuns.map(med);
    if (b.every((x) => x !== null) && h.every((x) => x !== null))
      return { key: `med:${series[2] as string}`, base: b, head: h, sign };
  }
  const val = (c: Cell): number | null => {
    const v = def.get(c);
    return v !== null && v > 0 ? Math.log(v) : null;
  };
  const b = baseRuns.map(val);
  const h = headRuns.map(val);
  if (b.some((x) => x === null) || h.some((x) => x === null)) return null;
  return { key: def.metric, base: b as number[], head: h as number[], sign };
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
  /** Filled by adjustRunTests: one-sided p and adjusted q for "worse" and for "better". */
  pWorse: number;
  pBetter: number;
  qWorse: number;
  qBetter: number;
  t: number;
  sd: number;
  df: number;
  se: number;
  d: number;
  /** The cell gate's p-value (run-gate.ts cellGates), on the per-cell scale. */
  gate?: number;
}

/**
 * Spread per statistic key: the within-cell sd of the ln values pooled over every cell (base runs
 * ≥ 2, head runs ≥ 2). Not moderated across statistics: an empirical-Bayes prior fitted to a
 * handful of unlike statistics (limma's squeezeVar) pulled the noisiest one (TTFT) toward the
 * others and doubled A/A false alarms under autocorrelation (2.5% → 5%, InferenceX, AR(1) 0.9).
 */
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
 * t statistics, one-sided p per direction, and q for every run-level test, cell by cell. With C
 * tested cells and a = alpha / C: a statistic's q = min(1, C · max(p, g)), g the cell's gate
 * (cellGates: Hotelling's T² and the correlated maximum, each at a / 2), so q ≤ alpha exactly
 * when the cell as a whole differs from its base runs at level a and the statistic's own
 * one-sided test rejects at a.
 */
export function adjustRunTests(
  cells: readonly RunTest[][],
  spreads: Map<string, { sd: number; df: number }>,
  alpha: number,
): void {
  for (const t of cells.flat()) {
    const sp = spreads.get(t.stat.key) as { sd: number; df: number };
    const mb = t.stat.base.reduce((a, x) => a + x, 0) / t.stat.base.length;
    const mh = t.stat.head.reduce((a, x) => a + x, 0) / t.stat.head.length;
    t.d = mh - mb;
    t.sd = sp.sd;
    t.df = sp.df;
    t.se = sp.sd * Math.sqrt(1 / t.stat.base.length + 1 / t.stat.head.length);
    t.t = t.se > 0 ? t.d / t.se : t.d === 0 ? 0 : Math.sign(t.d) * Infinity;
    const up = studentTUpper(t.t, t.df);
    const ws = t.stat.sign;
    t.pWorse = ws >= 0 ? up : 1 - up;
    t.pBetter = ws >= 0 ? 1 - up : up;
  }
  const gates = cellGates(
    cells.map((list) => ({
      stats: list.map((t) => t.stat),
      d: list.map((t) => t.d),
      pTwo: list.map((t) => Math.min(1, 2 * Math.min(t.pWorse, t.pBetter))),
    })),
    alpha,
  );
  const c = cells.length;
  cells.forEach((list, i) => {
    const g = gates[i] as number;
    for (const t of list) {
      t.gate = g;
      t.qWorse = Math.min(1, c * Math.max(t.pWorse, g));
      t.qBetter = Math.min(1, c * Math.max(t.pBetter, g));
    }
  });
}

function round(v: number, digits = 12): number {
  return Number(v.toPrecision(digits));
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
  const what = t.stat.key.startsWith('loc:')
    ? 'run geometric mean'
    : t.stat.key.startsWith('med:')
      ? 'run median'
      : 'run value';
  const ws = worseSign(c.direction);
  const rule = `${k} base run(s), spread ${(t.sd * 100).toFixed(1)}% (${t.df} df)`;
  const p = worse ? t.pWorse : t.pBetter;
  const gateHolds = t.gate !== undefined && t.gate > p && q > alpha;
  if (q > alpha) {
    c.outcome = 'unchanged';
    c.confidence = null;
    c.note = gateHolds
      ? `the cell's statistics together are within their base runs' spread (cell gate, ${rule}; ${what} ${pctText(effect)}, q ${formatP(q)} > ${alpha})`
      : `within the base runs' prediction interval (${rule}; ${what} ${pctText(effect)}, q ${formatP(q)} > ${alpha})`;
  } else if (Math.abs(effect) < settings.min_effect_size) {
    c.outcome = 'unchanged';
    c.confidence = null;
    c.note = `outside the prediction interval (${rule}) but ${what} ${pctText(effect)} is below the minimum effect ${(settings.min_effect_size * 100).toFixed(1)}%`;
  } else if (ws === 0) {
    c.outcome = 'unchanged';
  } else {
    c.outcome = worse ? 'regressed' : 'improved';
    c.confidence = round(1 - q, 6);
    c.note = `outside the base runs' prediction interval (${rule}): ${what} ${pctText(effect)}, q ${formatP(q)} ≤ ${alpha}`;
  }
}

export { COMPARE_METRICS };

export { crossCellThreshold } from './cross-cell.js';

const TAIL_PERCENTILE = /^p(9\d|100)_/;

/**
 * The run-noise floor that applies to a comparison (fewer than min_base_runs base runs): the
 * metric's own (`run_noise_floor.<metric>`), else for a tail percentile (p90 and above) decided
 * on aggregates the `latency_tail` floor — a run's aggregate p99 moves more run to run than its
 * median or a samples' location — else its kind's.
 */
export function runNoiseFloorName(c: MetricComparison, floors: Readonly<Record<string, number>>): string {
  if (floors[c.metric] !== undefined) return c.metric;
  if (
    c.kind === 'latency' &&
    c.method === 'noise_band' &&
    TAIL_PERCENTILE.test(c.metric) &&
    floors.latency_tail !== undefined
  )
    return 'latency_tail';
  return c.kind;
}

/** Mean ln-change head vs base of a run statistic. */
export function runChange(s: RunStatistic): number {
  return s.head.reduce((a, x) => a + x, 0) / s.head.length - s.base.reduce((a, x) => a + x, 0) / s.base.length;
}
