/**
 * compareReports: two inferguard-analyze/v1 reports in, one inferguard-report-diff/v1 document
 * out (pure, deterministic). Cells are matched by identity (match.ts); each matched pair gets
 * per-metric comparisons (catalogue.ts) decided by a rank test or bootstrap when per-request
 * samples exist on both sides, by noise bands when only aggregates exist, and by the eval
 * standard error for eval scores; p-values are adjusted with Benjamini-Hochberg across every
 * test of the compare. Statistics and ordering are documented in docs/COMPARE.md.
 */
import { IDENTITY_FIELDS, type Cell, type Identity, type Report, type SampleSketch } from '../types.js';
import { baselineFindings } from '../findings/index.js';
import { evalAllowance, lowerIsBetter } from '../findings/eval-regression.js';
import { compareFindings } from '../findings/order.js';
import { DEFAULT_THRESHOLDS } from '../thresholds.js';
import { metricInfo } from '../metrics.js';
import { COMPARE_METRICS, evalScoreNames, type MetricDef } from './catalogue.js';
import { cellFamilyKey, cellKey, matchCells, type CellPair } from './match.js';
import { compareCurves } from './curves.js';
import { resolveSettings } from './options.js';
import {
  adjustRunTests,
  decideRunTest,
  effectiveTestCount,
  groupRuns,
  crossCellThreshold,
  runCentre,
  runChange,
  runLevelDef,
  runStatistic,
  spreadsByKey,
  type RunStatistic,
  type RunTest,
} from './runs.js';
import {
  benjaminiHochberg,
  bootstrapDifference,
  hash32,
  mannWhitney,
  mulberry32,
  statOfSorted,
  type MannWhitneyResult,
} from './stats.js';
import {
  CELL_STATUSES,
  REPORT_DIFF_SCHEMA_VERSION,
  type CellDiff,
  type CellStatus,
  type CompareOptions,
  type CompareSettings,
  type MetricComparison,
  type RegressionVerdict,
  type ReportDiff,
  type ReportRef,
  type RunTotals,
} from './types.js';

export * from './types.js';
export { compareCurves, paretoFrontier, type CurveVerdict, type CurvePoint, type CurveSide } from './curves.js';
export { compareFindings, mergeFindings } from '../findings/order.js';
export { matchCells, configDifferences } from './match.js';
export { resolveSettings, compareOptionsFromConfig, DEFAULT_NOISE_BANDS } from './options.js';
export {
  mannWhitney,
  benjaminiHochberg,
  bootstrapDifference,
  erfc,
  twoSidedNormalP,
  mulberry32,
  hash32,
} from './stats.js';

/** A statistical test awaiting its BH-adjusted q-value. */
interface PendingTest {
  p: number;
  q: number;
}

/** A comparison whose outcome is decided after BH. */
interface PendingStat {
  comparison: MetricComparison;
  test: PendingTest;
  /** Sign of the shift the test saw: +1 head larger, −1 smaller, 0 none. */
  testSign: number;
  /** Relative effect that must reach min_effect_size. */
  effect: number | null;
  intervalExcludesZero: boolean;
  /**
   * Whether the metric's own delta must point the same way. Not for the rank test: it judges the
   * whole distribution, and a p99 from 200 samples can move against a real shift by chance.
   */
  metricMustAgree: boolean;
}

function rel(base: number | null, head: number | null): number | null {
  if (base === null || head === null || base === 0) return null;
  return (head - base) / Math.abs(base);
}

function worseSign(direction: MetricComparison['direction']): number {
  return direction === 'lower_is_better' ? 1 : direction === 'higher_is_better' ? -1 : 0;
}

function round(v: number | null, digits = 12): number | null {
  if (v === null || !Number.isFinite(v)) return null;
  return Number(v.toPrecision(digits));
}

/**
 * A sketch fit for testing: finite values, sorted ascending (a report from another tool may
 * break either), at least `min` samples. Returns a cleaned copy only when needed.
 */
function cleanSketch(s: SampleSketch | undefined, min: number): SampleSketch | undefined {
  if (!s || !Array.isArray(s.values) || s.values.length === 0) return undefined;
  let ok = true;
  for (let i = 0; i < s.values.length; i++) {
    const v = s.values[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || (i > 0 && v < (s.values[i - 1] as number))) {
      ok = false;
      break;
    }
  }
  const values = ok
    ? s.values
    : s.values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((x, y) => x - y);
  const n = ok && typeof s.n === 'number' && Number.isInteger(s.n) && s.n >= values.length ? s.n : values.length;
  if (values.length === 0 || n < min) return undefined;
  return ok ? s : { n, values };
}

/** Unit and direction of an eval score, from the metric catalogue. */
function evalMetricInfo(name: string): Pick<MetricDef, 'kind' | 'unit' | 'direction'> {
  const info = metricInfo(name);
  return { kind: 'eval', unit: info?.unit ?? 'score', direction: info?.direction ?? 'higher_is_better' };
}

function baseComparison(
  def: Pick<MetricDef, 'metric' | 'kind' | 'unit' | 'direction'>,
  b: number | null,
  h: number | null,
): MetricComparison {
  return {
    metric: def.metric,
    kind: def.kind,
    unit: def.unit,
    direction: def.direction,
    base: round(b),
    head: round(h),
    delta: b !== null && h !== null ? round(h - b) : null,
    relative_delta: round(rel(b, h)),
    method: 'none',
    outcome: 'insufficient_data',
    p_value: null,
    q_value: null,
    interval: null,
    effect_size: null,
    threshold: null,
    n_base: null,
    n_head: null,
    confidence: null,
    note: '',
  };
}

/** Float tolerance of band and floor edges: 0.9 − 0.8 is at a 0.1 band. */
const BAND_EPS = 1e-9;

function bandConfidence(excess: number, band: number): number {
  // Heuristic (docs/COMPARE.md): 0.5 at the band edge, 1 at twice the band.
  if (band <= 0) return 1;
  return round(Math.min(1, 0.5 + (0.5 * (excess - band)) / band), 6) as number;
}

function pctText(x: number): string {
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}

/** Noise-band decision on aggregates. */
function decideBand(c: MetricComparison, band: number, bandName: string, absolute: boolean): void {
  c.method = 'noise_band';
  c.threshold = { name: `noise_bands.${bandName}`, value: band, basis: absolute ? 'absolute' : 'relative' };
  const x = absolute ? c.delta : c.relative_delta;
  if (x === null) {
    if (c.base === 0 && c.head === 0) {
      c.outcome = 'unchanged';
      c.note = 'zero on both sides';
    } else {
      c.outcome = 'insufficient_data';
      c.note = 'base is zero: no relative change';
    }
    return;
  }
  const ws = worseSign(c.direction);
  // Inclusive: a change equal to the band (within float noise, 1e-9) is beyond it.
  if (Math.abs(x) >= band - BAND_EPS && ws !== 0) {
    c.outcome = Math.sign(x) === ws ? 'regressed' : 'improved';
    c.confidence = bandConfidence(Math.abs(x), band);
    c.note = absolute
      ? `${(x * 100).toFixed(1)} points, at or beyond the ±${(band * 100).toFixed(1)}-point band`
      : `${pctText(x)}, at or beyond the ±${(band * 100).toFixed(1)}% band`;
  } else {
    c.outcome = 'unchanged';
    c.note = 'within the noise band';
  }
}

function median(s: SampleSketch): number {
  return statOfSorted(s.values, { kind: 'percentile', p: 50 }) as number;
}

/**
 * Relative location shift of head vs base, the effect size that gates a rank-test verdict:
 * the geometric-mean ratio exp(mean ln head − mean ln base) − 1 when every value is positive
 * (latencies are multiplicative; the log-mean is about 1.6× as efficient as the median for
 * log-normal data and insensitive to a few outliers), else the median ratio − 1.
 */
export function locationShift(base: SampleSketch, head: SampleSketch): number | null {
  const logMean = (xs: readonly number[]): number | null => {
    let s = 0;
    for (const x of xs) {
      if (!(x > 0)) return null;
      s += Math.log(x);
    }
    return s / xs.length;
  };
  const lb = logMean(base.values);
  const lh = logMean(head.values);
  if (lb !== null && lh !== null) return Math.exp(lh - lb) - 1;
  const mb = median(base);
  return mb !== 0 ? (median(head) - mb) / Math.abs(mb) : null;
}

interface CellWork {
  pair: CellPair;
  comparisons: MetricComparison[];
  stats: PendingStat[];
  /** The catalogue entry behind each metric comparison (eval scores have none). */
  defs: Map<MetricComparison, MetricDef>;
  /** Every run of the cell: base (preferred report first) and head. */
  runs: CellRuns;
  /** Decided by the base runs' prediction interval. */
  runLevel: boolean;
}

export interface CellRuns {
  base: Cell[];
  head: Cell[];
}

/** Requests behind a cell's latency and throughput numbers: the largest sample n, else the successful count. */
function requestCount(c: Cell): number | null {
  let n: number | null = null;
  for (const s of Object.values(c.samples ?? {})) {
    const k = s && typeof s.n === 'number' ? Math.max(s.n, Array.isArray(s.values) ? s.values.length : 0) : null;
    if (k !== null && (n === null || k > n)) n = k;
  }
  if (n !== null) return n;
  const ok = c.completion?.num_requests_successful;
  return typeof ok === 'number' && Number.isFinite(ok) ? ok : null;
}

function sameSketch(a: SampleSketch | undefined, b: SampleSketch | undefined): boolean {
  if (!a || !b || a.n !== b.n || a.values.length !== b.values.length) return false;
  for (let i = 0; i < a.values.length; i++) if (a.values[i] !== b.values[i]) return false;
  return true;
}

/**
 * AgentX writes TPOT = ITL from the same per-request values (samples and percentiles): in such a
 * cell pair TPOT is not a second metric. True when both cells carry TPOT identical to ITL.
 */
function tpotIsItl(c: Cell, metric: string): boolean {
  const s = c.samples;
  if (s?.tpot_s && s.itl_s) return sameSketch(s.tpot_s, s.itl_s);
  const t = c.metrics?.[metric];
  const i = c.metrics?.[metric.replace(/_tpot$/, '_itl')];
  return typeof t === 'number' && typeof i === 'number' && t === i;
}

function compareMetrics(pair: CellPair, settings: CompareSettings, tests: PendingTest[], runs: CellRuns): CellWork {
  const base = pair.base as Cell;
  const head = pair.head as Cell;
  const work: CellWork = { pair, comparisons: [], stats: [], defs: new Map(), runs, runLevel: false };
  const nb = requestCount(base);
  const nh = requestCount(head);
  const fewRequests = (nb !== null && nb < settings.min_samples) || (nh !== null && nh < settings.min_samples);
  const has = (m: string): boolean => {
    const d = COMPARE_METRICS.find((x) => x.metric === m);
    return !!d && d.get(base) !== null && d.get(head) !== null;
  };
  const key = cellKey(head);
  const mwCache = new Map<string, { test: PendingTest; mw: MannWhitneyResult; effect: number | null } | null>();
  const currencyDiffers = !!(base.cost && head.cost && base.cost.currency !== head.cost.currency);

  for (const def of COMPARE_METRICS) {
    const bs = def.sample ? cleanSketch(base.samples?.[def.sample.key], settings.min_samples) : undefined;
    const hs = def.sample ? cleanSketch(head.samples?.[def.sample.key], settings.min_samples) : undefined;
    const statistical = !!def.sample && bs !== undefined && hs !== undefined;
    let b = def.get(base);
    let h = def.get(head);
    if (statistical && def.sample) {
      b ??= statOfSorted((bs as SampleSketch).values, def.sample.stat);
      h ??= statOfSorted((hs as SampleSketch).values, def.sample.stat);
    }
    if (b === null && h === null) continue;
    if (def.fallbackFor && def.fallbackFor.some(has)) continue;
    const c = baseComparison(def, b, h);
    work.comparisons.push(c);
    work.defs.set(c, def);
    c.n_base_runs = runs.base.length;
    c.n_head_runs = runs.head.length;
    if (def.kind === 'cost' && currencyDiffers) {
      c.outcome = 'incomparable';
      c.note = `currency differs (${String(base.cost?.currency)} vs ${String(head.cost?.currency)})`;
      continue;
    }
    if (def.band === null) {
      c.method = 'informational';
      c.outcome = b === null || h === null ? 'insufficient_data' : 'informational';
      c.note = b === null || h === null ? 'missing on one side' : 'informational: depends on run length';
      continue;
    }
    if (b === null || h === null) {
      c.note = `missing in the ${b === null ? 'base' : 'head'} cell`;
      continue;
    }
    if (def.metric.endsWith('_tpot') && tpotIsItl(base, def.metric) && tpotIsItl(head, def.metric)) {
      c.method = 'informational';
      c.outcome = 'informational';
      c.note = `same per-request values as ${def.metric.replace(/_tpot$/, '_itl')} (TPOT = ITL in this source): decided once, there`;
      continue;
    }
    if (fewRequests && def.kind !== 'completion') {
      c.note = `below min_samples ${settings.min_samples} requests (base ${nb ?? '?'}, head ${nh ?? '?'}): too few to decide`;
      continue;
    }
    if (statistical && def.sample) {
      c.basis = 'per_request';
      const sb = bs as SampleSketch;
      const sh = hs as SampleSketch;
      c.n_base = Math.max(sb.n, sb.values.length);
      c.n_head = Math.max(sh.n, sh.values.length);
      c.threshold = { name: 'min_effect_size', value: settings.min_effect_size, basis: 'relative' };
      if (settings.method === 'bootstrap') {
        c.method = 'bootstrap_quantile';
        const rng = mulberry32((settings.seed ^ hash32(`${key}\u0000${def.metric}`)) >>> 0);
        const r = bootstrapDifference(sb, sh, def.sample.stat, settings.bootstrap_iterations, settings.alpha, rng);
        if (!r) continue;
        const baseStat = statOfSorted(sb.values, def.sample.stat) as number;
        const test: PendingTest = { p: r.p_value, q: 1 };
        tests.push(test);
        c.p_value = round(r.p_value);
        c.interval = [round(r.interval[0]) as number, round(r.interval[1]) as number];
        const effect = baseStat !== 0 ? r.difference / Math.abs(baseStat) : null;
        c.effect_size = round(effect);
        work.stats.push({
          comparison: c,
          test,
          testSign: Math.sign(r.difference),
          effect,
          intervalExcludesZero: r.interval[0] > 0 || r.interval[1] < 0,
          metricMustAgree: true,
        });
      } else {
        c.method = 'mann_whitney_u';
        const sk = def.sample.key;
        if (!mwCache.has(sk)) {
          const mw = mannWhitney(sb, sh);
          if (mw) {
            const test: PendingTest = { p: mw.p_value, q: 1 };
            tests.push(test);
            mwCache.set(sk, { test, mw, effect: locationShift(sb, sh) });
          } else mwCache.set(sk, null);
        }
        const t = mwCache.get(sk);
        if (!t) continue;
        c.p_value = round(t.mw.p_value);
        c.effect_size = round(t.effect);
        work.stats.push({
          comparison: c,
          test: t.test,
          testSign: Math.sign(t.mw.auc - 0.5),
          effect: t.effect,
          intervalExcludesZero: true,
          metricMustAgree: false,
        });
      }
      continue;
    }
    const bandName = settings.noise_bands[def.metric] !== undefined ? def.metric : def.band;
    c.basis = 'noise_band';
    decideBand(c, settings.noise_bands[bandName] ?? 0, bandName, def.band === 'success_rate');
  }

  // Eval scores: a drop beyond the standard error of the difference, else eval_regression_min_drop.
  for (const name of evalScoreNames(base, head)) {
    const b = typeof base.metrics[name] === 'number' ? (base.metrics[name] as number) : null;
    const h = typeof head.metrics[name] === 'number' ? (head.metrics[name] as number) : null;
    const lower = lowerIsBetter(base, name) || lowerIsBetter(head, name);
    const info = evalMetricInfo(name);
    const c = baseComparison({ metric: name, ...info, ...(lower ? { direction: 'lower_is_better' } : {}) }, b, h);
    work.comparisons.push(c);
    c.basis = 'eval_stderr';
    c.n_base_runs = 1;
    c.n_head_runs = 1;
    if (b === null || h === null) {
      c.note = `missing in the ${b === null ? 'base' : 'head'} cell`;
      continue;
    }
    const allowance = evalAllowance(base, head, name, settings.eval_min_drop);
    const { se, threshold } = allowance;
    c.method = 'eval_stderr';
    c.threshold = { name: allowance.thresholdName, value: round(threshold) as number, basis: 'absolute' };
    const d = lower ? b - h : h - b;
    if (Math.abs(d) > threshold) {
      c.outcome = d < 0 ? 'regressed' : 'improved';
      c.confidence = bandConfidence(Math.abs(d), threshold);
      c.note = `${d < 0 ? 'drop' : 'gain'} of ${Math.abs(d).toFixed(4)} beyond ${se === null ? 'the minimum drop' : 'the standard error'} ${threshold.toFixed(4)}`;
    } else {
      c.outcome = 'unchanged';
      c.note = `within ${se === null ? 'the minimum drop' : 'the standard error'}`;
    }
  }
  return work;
}

function finishStat(s: PendingStat, settings: CompareSettings): void {
  const c = s.comparison;
  const q = s.test.q;
  c.q_value = round(q);
  const ws = worseSign(c.direction);
  const effectOk = s.effect !== null && Math.abs(s.effect) >= settings.min_effect_size;
  const effectSign = s.effect === null ? 0 : Math.sign(s.effect);
  const metricSign = c.delta === null ? 0 : Math.sign(c.delta);
  const what = c.method === 'mann_whitney_u' ? 'distribution shift' : 'shift';
  if (q > settings.alpha) {
    c.outcome = 'unchanged';
    c.note = `not significant (q ${formatP(q)} > α ${settings.alpha})`;
  } else if (!effectOk) {
    c.outcome = 'unchanged';
    c.note = `significant (q ${formatP(q)}) but ${what} ${s.effect === null ? 'unknown' : pctText(s.effect)} is below the minimum effect ${(settings.min_effect_size * 100).toFixed(1)}%`;
  } else if (effectSign !== s.testSign || (s.metricMustAgree && metricSign !== effectSign) || !s.intervalExcludesZero) {
    c.outcome = 'unchanged';
    c.note = `significant (q ${formatP(q)}) but the metric moved against the ${what}`;
  } else {
    c.outcome = effectSign === ws ? 'regressed' : 'improved';
    c.confidence = round(1 - q, 6);
    c.note = `q ${formatP(q)} ≤ α ${settings.alpha}; ${what} ${pctText(s.effect as number)}`;
  }
}

function formatP(p: number): string {
  if (p === 0) return '0';
  if (p < 1e-4) return p.toExponential(1);
  return p.toPrecision(2);
}

const DECIDING = new Set(['regressed', 'improved', 'unchanged']);

function cellVerdict(comparisons: MetricComparison[]): RegressionVerdict {
  const regressions = comparisons.filter((c) => c.outcome === 'regressed');
  const improvements = comparisons.filter((c) => c.outcome === 'improved');
  const bearing = comparisons.filter((c) => c.method !== 'informational' && c.outcome !== 'incomparable');
  const decided = bearing.filter((c) => DECIDING.has(c.outcome));
  const statQ = (cs: MetricComparison[]): number | null => {
    const qs = cs.map((c) => c.q_value).filter((q): q is number => q !== null);
    return qs.length > 0 ? Math.min(...qs) : null;
  };
  const maxConf = (cs: MetricComparison[]): number => Math.max(0, ...cs.map((c) => c.confidence ?? 0));
  const names = (cs: MetricComparison[]): string[] => cs.map((c) => c.metric);
  if (regressions.length > 0) {
    return {
      verdict: 'REGRESSION',
      confidence: maxConf(regressions),
      regressions: names(regressions),
      improvements: names(improvements),
      comparisons,
      p_value: statQ(regressions),
      summary: `${regressions.length} regressed (${names(regressions).join(', ')})${improvements.length > 0 ? `; ${improvements.length} improved (${names(improvements).join(', ')})` : ''}.`,
    };
  }
  if (improvements.length > 0) {
    return {
      verdict: 'IMPROVEMENT',
      confidence: maxConf(improvements),
      regressions: [],
      improvements: names(improvements),
      comparisons,
      p_value: statQ(improvements),
      summary: `${improvements.length} improved (${names(improvements).join(', ')}); nothing regressed.`,
    };
  }
  if (decided.length > 0) {
    return {
      verdict: 'NEUTRAL',
      confidence: round(decided.length / bearing.length, 6) as number,
      regressions: [],
      improvements: [],
      comparisons,
      p_value: null,
      summary: `No metric moved beyond its threshold (${decided.length} of ${bearing.length} compared).`,
    };
  }
  return {
    verdict: 'INSUFFICIENT_DATA',
    confidence: 0,
    regressions: [],
    improvements: [],
    comparisons,
    p_value: null,
    summary: 'No metric has values on both sides.',
  };
}

function identityOf(c: Cell): Identity {
  const o: Record<string, unknown> = {};
  for (const f of IDENTITY_FIELDS) o[f] = c[f] ?? null;
  return o as unknown as Identity;
}

function fin(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Run-level totals: request counts summed over cells that know both counts; cost from run_summary.cost. */
export function runTotals(r: Report): RunTotals {
  let total = 0;
  let ok = 0;
  let known = 0;
  let sessions = 0;
  let sessionsKnown = 0;
  for (const c of Array.isArray(r.cells) ? r.cells : []) {
    const t = fin(c.completion?.num_requests_total);
    const s = fin(c.completion?.num_requests_successful);
    if (t !== null && s !== null) {
      total += t;
      ok += s;
      known++;
    }
    const sc = fin(c.completion?.sessions_completed);
    if (sc !== null) {
      sessions += sc;
      sessionsKnown++;
    }
  }
  const cost = r.run_summary?.cost;
  return {
    requests_total: known > 0 ? total : null,
    requests_successful: known > 0 ? ok : null,
    success_rate: known > 0 && total > 0 ? round(ok / total) : null,
    sessions_completed: sessionsKnown > 0 ? sessions : null,
    currency: typeof cost?.currency === 'string' ? cost.currency : null,
    compute_cost: fin(cost?.compute_cost),
    gpu_hours: fin(cost?.gpu_hours),
    cost_per_completed_request: fin(cost?.cost_per_completed_request),
    cost_per_million_output_tokens: fin(cost?.cost_per_million_output_tokens),
  };
}

function refOf(r: Report): ReportRef {
  return {
    generated_at: String(r.generated_at ?? ''),
    input_root: String(r.input_root ?? ''),
    inferguard_version: String(r.analyzer?.inferguard_version ?? ''),
    run_status: String(r.run_summary?.status ?? 'unknown'),
    total_cells: Array.isArray(r.cells) ? r.cells.length : 0,
    totals: runTotals(r),
  };
}

function cmpStr(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Cell order: family, concurrency (nulls first), key, head cell id, base cell id. */
export function compareCellDiffs(a: CellDiff, b: CellDiff): number {
  return (
    cmpStr(a.family, b.family) ||
    (a.identity.concurrency ?? -Infinity) - (b.identity.concurrency ?? -Infinity) ||
    cmpStr(a.key, b.key) ||
    cmpStr(a.head_cell_id, b.head_cell_id) ||
    cmpStr(a.base_cell_id, b.base_cell_id)
  );
}

/** Applies the run-noise floor to a per-request or band decision (fewer than min_base_runs base runs). */
function applyFloor(c: MetricComparison, settings: CompareSettings): void {
  if (c.outcome !== 'regressed' && c.outcome !== 'improved') return;
  const name = settings.run_noise_floor[c.metric] !== undefined ? c.metric : c.kind;
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

function toList(r: Report | readonly Report[]): readonly Report[] {
  return Array.isArray(r) ? (r as readonly Report[]) : [r as Report];
}

/**
 * Compares a head report against a base report, or against the base-branch history.
 *
 * @param base the baseline report (inferguard-analyze/v1), or several: base runs, the preferred
 *   one (merge-base, else newest) first. Its cells define the baseline sweep; the other reports
 *   add runs of the same cells.
 * @param head the report of the change under test (or several reports of repeated head runs).
 *   Within any report, cells with the same identity key are repeated runs of that cell.
 * @param opts statistics and noise-band settings (defaults in options.ts).
 * @returns the inferguard-report-diff/v1 document: one CellDiff per matched, new, missing or
 *   incomparable cell, an overall verdict, and the baseline findings of the rules (findings/). Reports without
 *   cells give an empty diff with verdict INSUFFICIENT_DATA. Never throws on odd metric values:
 *   non-finite numbers count as missing.
 */
export function compareReports(
  base: Report | readonly Report[],
  head: Report | readonly Report[],
  opts: CompareOptions = {},
): ReportDiff {
  const settings = resolveSettings(opts);
  const baseList = toList(base);
  const headList = toList(head);
  const primary = baseList[0];
  const baseRuns = groupRuns(baseList);
  const headRuns = groupRuns(headList);
  const primaryKeys = groupRuns(primary ? [primary] : []);
  const reps = (g: Map<string, Cell[]>): Cell[] => [...g.values()].map((l) => l[0] as Cell);
  const pairs = matchCells(reps(primaryKeys), reps(headRuns));
  const tests: PendingTest[] = [];
  const works = new Map<CellPair, CellWork>();
  for (const pair of pairs) {
    if (pair.kind !== 'matched') continue;
    const key = cellKey(pair.base as Cell);
    const runs: CellRuns = {
      base: baseRuns.get(key) ?? [pair.base as Cell],
      head: headRuns.get(key) ?? [pair.head as Cell],
    };
    works.set(pair, compareMetrics(pair, settings, tests, runs));
  }
  const qs = benjaminiHochberg(tests.map((t) => t.p));
  tests.forEach((t, i) => {
    t.q = qs[i] as number;
  });
  for (const w of works.values()) for (const s of w.stats) finishStat(s, settings);

  // Run level: statistics of every matched cell (all feed the pooled spreads), tests where the
  // cell has ≥ min_base_runs base runs.
  const allStats: RunStatistic[] = [];
  const runTests: RunTest[] = [];
  const testedCells: RunStatistic[][] = [];
  const testsOf = new Map<CellWork, RunTest[]>();
  // One-run cells: the ln-change of every cell per statistic, for the cross-cell noise gate.
  const changes = new Map<string, { w: CellWork; d: number }[]>();
  const statOf = new Map<MetricComparison, RunStatistic>();
  for (const w of works.values()) {
    const byKey = new Map<string, RunTest>();
    for (const c of w.comparisons) {
      const def = w.defs.get(c);
      if (!def || !runLevelDef(def) || c.method === 'informational' || c.outcome === 'incomparable') continue;
      if (c.base === null || c.head === null || c.note.startsWith('below min_samples')) continue;
      const st = runStatistic(def, w.runs.base, w.runs.head, settings.min_samples);
      if (!st) continue;
      statOf.set(c, st);
      const t = byKey.get(st.key);
      if (t) t.comparisons.push(c);
      else
        byKey.set(st.key, {
          comparisons: [c],
          stat: st,
          pWorse: 1,
          pBetter: 1,
          qWorse: 1,
          qBetter: 1,
          t: 0,
          sd: 0,
          df: 0,
          se: 0,
          d: 0,
        });
    }
    const list = [...byKey.values()];
    allStats.push(...list.map((t) => t.stat));
    for (const t of list) {
      const l = changes.get(t.stat.key) ?? [];
      l.push({ w, d: runChange(t.stat) });
      changes.set(t.stat.key, l);
    }
    if (w.runs.base.length >= settings.min_base_runs && list.length > 0) testsOf.set(w, list);
  }
  const spreads = spreadsByKey(allStats);
  for (const [w, list] of testsOf) {
    const ok = list.filter((t) => (spreads.get(t.stat.key)?.df ?? 0) >= 2);
    if (ok.length === 0) {
      testsOf.delete(w);
      continue;
    }
    testsOf.set(w, ok);
    runTests.push(...ok);
    testedCells.push(ok.map((t) => t.stat));
    w.runLevel = true;
  }
  const mEff = effectiveTestCount(testedCells);
  adjustRunTests(runTests, spreads, mEff);
  for (const w of works.values()) {
    const tested = new Set<MetricComparison>();
    for (const t of testsOf.get(w) ?? [])
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
      const st = statOf.get(c);
      if (st && (c.outcome === 'regressed' || c.outcome === 'improved')) {
        const all = changes.get(st.key) ?? [];
        const others = all.filter((x) => x.w !== w).map((x) => x.d);
        const floorName = settings.run_noise_floor[c.metric] !== undefined ? c.metric : c.kind;
        // Aggregates carry no sampling information of their own: the observed spread may count more.
        const capFactor = c.method === 'noise_band' ? 3 : 1.5;
        const cap = Math.log(1 + capFactor * (settings.run_noise_floor[floorName] ?? 0));
        const raw = crossCellThreshold(others, settings.run_alpha, all.length);
        // Capped at 1.5× the floor (3× for bands): heterogeneous real changes across cells must not hide a large one.
        const thr = raw === null ? null : Math.min(raw, cap);
        const d = runChange(st);
        if (thr !== null && Math.abs(d) < thr) {
          c.outcome = 'unchanged';
          c.confidence = null;
          c.threshold = { name: 'cross_cell_noise', value: round(Math.exp(thr) - 1, 6) as number, basis: 'relative' };
          c.note = `within run-to-run noise: ${pctText(Math.exp(d) - 1)} does not stand out of the other ${others.length} cells' changes of this one-run comparison (needs ±${((Math.exp(thr) - 1) * 100).toFixed(1)}%)`;
        }
      }
    }
  }

  const cells: CellDiff[] = [];
  // Baseline findings come from the rules (one home per code), over compare's matched pairs.
  const matched = pairs
    .filter((p) => p.kind === 'matched')
    .map((p) => ({ base: p.base as Cell, head: p.head as Cell }));
  const thresholds = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
  const findings = baselineFindings(matched, thresholds);
  // Curve changes are single-run numbers: with fewer than min_base_runs base runs they must also
  // reach the throughput run-noise floor.
  const curveEffect =
    baseList.length >= settings.min_base_runs
      ? settings.min_effect_size
      : Math.max(settings.min_effect_size, settings.run_noise_floor.throughput ?? 0);
  const curves = compareCurves(reps(primaryKeys), reps(headRuns), thresholds, curveEffect);
  for (const pair of pairs) {
    const ref = (pair.head ?? pair.base) as Cell;
    const diff: CellDiff = {
      key: cellKey(ref),
      family: cellFamilyKey(ref),
      status: pair.kind === 'matched' ? 'unchanged' : pair.kind,
      base_cell_id: pair.base?.cell_id ?? null,
      head_cell_id: pair.head?.cell_id ?? null,
      identity: identityOf(ref),
      reasons: [...pair.reasons],
      verdict: null,
    };
    if (pair.kind === 'missing')
      diff.reasons.push('measured in the base, missing from head: a completion regression of the sweep');
    if (pair.kind === 'matched') {
      const w = works.get(pair) as CellWork;
      const v = cellVerdict(w.comparisons);
      v.base_runs = w.runs.base.length;
      v.head_runs = w.runs.head.length;
      v.basis = w.runLevel ? 'run_interval' : w.runs.base.length >= 1 ? 'per_request' : 'none';
      if (w.runLevel || v.verdict !== 'INSUFFICIENT_DATA')
        v.summary = `${v.summary} (${v.base_runs} base run${v.base_runs === 1 ? '' : 's'}${w.runLevel ? ', prediction interval' : ', run-noise floor'})`;
      diff.verdict = v;
      diff.status =
        v.verdict === 'REGRESSION'
          ? 'regressed'
          : v.verdict === 'IMPROVEMENT'
            ? 'improved'
            : v.verdict === 'NEUTRAL'
              ? 'unchanged'
              : 'insufficient_data';
      if (diff.status === 'insufficient_data') {
        diff.reasons.push(
          w.comparisons.length === 0
            ? 'no compared metric is present in either cell'
            : w.comparisons.some((c) => c.note.startsWith('below min_samples'))
              ? `below min_samples (${settings.min_samples} requests per side)`
              : 'no compared metric has values on both sides',
        );
      }
    }
    cells.push(diff);
  }
  cells.sort(compareCellDiffs);
  findings.sort(compareFindings);

  const counts = Object.fromEntries(CELL_STATUSES.map((s) => [s, 0])) as Record<CellStatus, number>;
  for (const c of cells) counts[c.status]++;

  const verdict = overallVerdict(cells, counts);
  verdict.base_runs = Math.max(baseList.length > 0 ? 1 : 0, ...cells.map((c) => c.verdict?.base_runs ?? 0));
  verdict.head_runs = Math.max(headList.length > 0 ? 1 : 0, ...cells.map((c) => c.verdict?.head_runs ?? 0));
  verdict.basis = cells.some((c) => c.verdict?.basis === 'run_interval') ? 'run_interval' : 'per_request';
  return {
    schema_version: REPORT_DIFF_SCHEMA_VERSION,
    base: refOf(primary ?? ({} as Report)),
    head: refOf(headList[0] ?? ({} as Report)),
    settings,
    counts: { ...counts, total: cells.length, tests: tests.length + runTests.length },
    verdict,
    cells,
    findings,
    curves,
    runs: {
      base_reports: baseList.length,
      head_reports: headList.length,
      base: baseList.map((r) => {
        const ref = refOf(r);
        return {
          generated_at: ref.generated_at,
          input_root: ref.input_root,
          run_status: ref.run_status,
          total_cells: ref.total_cells,
        };
      }),
    },
  };
}

function overallVerdict(cells: CellDiff[], counts: Record<CellStatus, number>): RegressionVerdict {
  const regressions: string[] = [];
  const improvements: string[] = [];
  const comparisons: MetricComparison[] = [];
  const qs: number[] = [];
  const regConf: number[] = [];
  const impConf: number[] = [];
  const neutralConf: number[] = [];
  for (const c of cells) {
    const v = c.verdict;
    if (!v) continue;
    const id = c.head_cell_id ?? c.base_cell_id ?? '';
    for (const m of v.comparisons) {
      if (m.outcome !== 'regressed' && m.outcome !== 'improved') continue;
      (m.outcome === 'regressed' ? regressions : improvements).push(`${id}: ${m.metric}`);
      comparisons.push({ ...m, cell_id: id });
      if (m.outcome === 'regressed' && m.q_value !== null) qs.push(m.q_value);
    }
    if (v.verdict === 'REGRESSION') regConf.push(v.confidence);
    if (v.verdict === 'IMPROVEMENT') impConf.push(v.confidence);
    if (v.verdict === 'NEUTRAL') neutralConf.push(v.confidence);
  }
  const missing = cells.filter((c) => c.status === 'missing');
  for (const c of missing) {
    const id = c.base_cell_id ?? c.key;
    regressions.push(`${id}: missing from head`);
  }
  const compared = counts.regressed + counts.improved + counts.unchanged;
  const tail = `${counts.new} new, ${counts.missing} missing, ${counts.incomparable} incomparable, ${counts.insufficient_data} with insufficient data`;
  let summary = `${compared} cell(s) compared: ${counts.regressed} regressed, ${counts.improved} improved, ${counts.unchanged} unchanged; ${tail}.`;
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).map((c) => c.base_cell_id ?? c.key);
    summary = `Completion regression: ${missing.length} cell(s) of the base sweep missing from head (${shown.join(', ')}${missing.length > shown.length ? `, +${missing.length - shown.length} more` : ''}). ${summary}`;
  }
  let verdict: RegressionVerdict['verdict'];
  let confidence: number;
  if (counts.missing > 0) {
    verdict = 'REGRESSION';
    confidence = 1;
  } else if (counts.regressed > 0) {
    verdict = 'REGRESSION';
    confidence = Math.max(...regConf);
  } else if (counts.improved > 0) {
    verdict = 'IMPROVEMENT';
    confidence = Math.max(...impConf);
  } else if (counts.unchanged > 0) {
    verdict = 'NEUTRAL';
    confidence = round(neutralConf.reduce((s, x) => s + x, 0) / neutralConf.length, 6) as number;
  } else {
    verdict = 'INSUFFICIENT_DATA';
    confidence = 0;
  }
  return {
    verdict,
    confidence,
    regressions,
    improvements,
    comparisons,
    p_value: qs.length > 0 ? Math.min(...qs) : null,
    summary,
  };
}
