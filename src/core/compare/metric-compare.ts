/**
 * Per-metric comparisons of one matched cell pair (compareReports, index.ts): each catalogue
 * metric (catalogue.ts) is decided by a rank test or bootstrap when per-request samples exist on
 * both sides, by a noise band when only aggregates exist, and eval scores by their standard
 * error. Tests wait for the Benjamini-Hochberg q of the whole compare (finishStat). Statistics
 * are documented in docs/COMPARE.md.
 */
import type { Cell, SampleSketch } from '../types.js';
import { evalAllowance, lowerIsBetter } from '../findings/eval-regression.js';
import { metricInfo } from '../metrics.js';
import { COMPARE_METRICS, evalScoreNames, type MetricDef } from './catalogue.js';
import { cellKey, type CellPair } from './match.js';
import { bootstrapDifference, hash32, mannWhitney, mulberry32, statOfSorted, type MannWhitneyResult } from './stats.js';
import type { CompareSettings, MetricComparison } from './types.js';
import { BAND_EPS, formatP, pctText, rel, round, worseSign } from './numbers.js';

export interface PendingTest {
  p: number;
  q: number;
}

/** A comparison whose outcome is decided after BH. */
export interface PendingStat {
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

function bandConfidence(excess: number, band: number): number {
  // Heuristic (docs/COMPARE.md): 0.5 at the band edge, 1 at twice the band.
  if (band <= 0) return 1;
  return round(Math.min(1, 0.5 + (0.5 * (excess - band)) / band), 6) as number;
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

export interface CellWork {
  pair: CellPair;
  comparisons: MetricComparison[];
  stats: PendingStat[];
  /** The catalogue entry behind each metric comparison (eval scores have none). */
  defs: Map<MetricComparison, MetricDef>;
  /** Every run of the cell: base (preferred report first) and head. */
  runs: CellRuns;
  /** Decided with ≥ min_base_runs base runs (the cell's own runs and the noise law). */
  runLevel: boolean;
}

export interface CellRuns {
  base: Cell[];
  head: Cell[];
  /**
   * Which run of the sweep each run is (runs.ts `groupRuns`: report index and repeat within the
   * report), aligned with `base` / `head`: the runs of different cells that share an id ran
   * together, so they share that run's (node) effect (run-effects.ts). Absent: no alignment known.
   */
  ids?: { base: string[]; head: string[] };
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

/** What compareMetrics knows of one matched pair while it walks the catalogue. */
interface CellContext {
  base: Cell;
  head: Cell;
  settings: CompareSettings;
  tests: PendingTest[];
  work: CellWork;
  key: string;
  /** Request counts (null: unknown) and whether either side is below min_samples. */
  nb: number | null;
  nh: number | null;
  fewRequests: boolean;
  currencyDiffers: boolean;
  /** One rank test per sample series (p50 and p99 of a series share it). */
  mwCache: Map<string, { test: PendingTest; mw: MannWhitneyResult; effect: number | null } | null>;
  /**
   * Catalogue metrics seen so far that both cells have (a value, or samples it is computed from):
   * what a later `fallbackFor` entry asks (the catalogue lists a fallback after what it stands in for).
   */
  present: Set<string>;
}

/** Every catalogue metric and eval score of a matched pair, compared (outcomes of tests pending BH). */
export function compareMetrics(
  pair: CellPair,
  settings: CompareSettings,
  tests: PendingTest[],
  runs: CellRuns,
): CellWork {
  const base = pair.base as Cell;
  const head = pair.head as Cell;
  const nb = requestCount(base);
  const nh = requestCount(head);
  const ctx: CellContext = {
    base,
    head,
    settings,
    tests,
    work: { pair, comparisons: [], stats: [], defs: new Map(), runs, runLevel: false },
    key: cellKey(head),
    nb,
    nh,
    fewRequests: (nb !== null && nb < settings.min_samples) || (nh !== null && nh < settings.min_samples),
    currencyDiffers: !!(base.cost && head.cost && base.cost.currency !== head.cost.currency),
    mwCache: new Map(),
    present: new Set(),
  };
  for (const def of COMPARE_METRICS) compareCatalogueMetric(ctx, def);
  compareEvalScores(ctx);
  return ctx.work;
}

/** One catalogue metric: skipped, informational, incomparable, per-request test or noise band. */
function compareCatalogueMetric(ctx: CellContext, def: MetricDef): void {
  const { base, head, settings, work } = ctx;
  const bs = def.sample ? cleanSketch(base.samples?.[def.sample.key], settings.min_samples) : undefined;
  const hs = def.sample ? cleanSketch(head.samples?.[def.sample.key], settings.min_samples) : undefined;
  const statistical = !!def.sample && bs !== undefined && hs !== undefined;
  let b = def.get(base);
  let h = def.get(head);
  if (statistical && def.sample) {
    b ??= statOfSorted(bs.values, def.sample.stat);
    h ??= statOfSorted(hs.values, def.sample.stat);
  }
  if ((b !== null || bs !== undefined) && (h !== null || hs !== undefined)) ctx.present.add(def.metric);
  if (b === null && h === null) return;
  if (def.fallbackFor && def.fallbackFor.some((m) => ctx.present.has(m))) return;
  const c = baseComparison(def, b, h);
  work.comparisons.push(c);
  work.defs.set(c, def);
  c.n_base_runs = work.runs.base.length;
  c.n_head_runs = work.runs.head.length;
  if (def.kind === 'cost' && ctx.currencyDiffers) {
    c.outcome = 'incomparable';
    c.reason = 'currency_differs';
    c.note = `currency differs (${String(base.cost?.currency)} vs ${String(head.cost?.currency)})`;
    return;
  }
  if (def.band === null) {
    c.method = 'informational';
    c.outcome = b === null || h === null ? 'insufficient_data' : 'informational';
    c.reason = b === null || h === null ? 'missing_on_one_side' : 'informational';
    c.note = b === null || h === null ? 'missing on one side' : 'informational: depends on run length';
    return;
  }
  if (b === null || h === null) {
    c.reason = 'missing_on_one_side';
    c.note = `missing in the ${b === null ? 'base' : 'head'} cell`;
    return;
  }
  if (def.metric.endsWith('_tpot') && tpotIsItl(base, def.metric) && tpotIsItl(head, def.metric)) {
    c.method = 'informational';
    c.outcome = 'informational';
    c.reason = 'tpot_is_itl';
    c.note = `same per-request values as ${def.metric.replace(/_tpot$/, '_itl')} (TPOT = ITL in this source): decided once, there`;
    return;
  }
  if (ctx.fewRequests && def.kind !== 'completion') {
    c.reason = 'below_min_samples';
    c.note = `below min_samples ${settings.min_samples} requests (base ${ctx.nb ?? '?'}, head ${ctx.nh ?? '?'}): too few to decide`;
    return;
  }
  if (statistical && def.sample) {
    decideSampled(ctx, c, def, def.sample, bs, hs);
    return;
  }
  const bandName = settings.noise_bands[def.metric] !== undefined ? def.metric : def.band;
  c.basis = 'noise_band';
  decideBand(c, settings.noise_bands[bandName] ?? 0, bandName, def.band === 'success_rate');
}

/** A metric with per-request samples on both sides: bootstrap of its statistic, or the series' rank test. */
function decideSampled(
  ctx: CellContext,
  c: MetricComparison,
  def: MetricDef,
  sample: NonNullable<MetricDef['sample']>,
  sb: SampleSketch,
  sh: SampleSketch,
): void {
  const { settings } = ctx;
  c.basis = 'per_request';
  c.n_base = Math.max(sb.n, sb.values.length);
  c.n_head = Math.max(sh.n, sh.values.length);
  c.threshold = { name: 'min_effect_size', value: settings.min_effect_size, basis: 'relative' };
  if (settings.method === 'bootstrap') {
    c.method = 'bootstrap_quantile';
    const rng = mulberry32((settings.seed ^ hash32(`${ctx.key}\u0000${def.metric}`)) >>> 0);
    const r = bootstrapDifference(sb, sh, sample.stat, settings.bootstrap_iterations, settings.alpha, rng);
    if (!r) return;
    const baseStat = statOfSorted(sb.values, sample.stat) as number;
    const test: PendingTest = { p: r.p_value, q: 1 };
    ctx.tests.push(test);
    c.p_value = round(r.p_value);
    c.interval = [round(r.interval[0]) as number, round(r.interval[1]) as number];
    const effect = baseStat !== 0 ? r.difference / Math.abs(baseStat) : null;
    c.effect_size = round(effect);
    ctx.work.stats.push({
      comparison: c,
      test,
      testSign: Math.sign(r.difference),
      effect,
      intervalExcludesZero: r.interval[0] > 0 || r.interval[1] < 0,
      metricMustAgree: true,
    });
    return;
  }
  c.method = 'mann_whitney_u';
  const sk = sample.key;
  if (!ctx.mwCache.has(sk)) {
    const mw = mannWhitney(sb, sh);
    if (mw) {
      const test: PendingTest = { p: mw.p_value, q: 1 };
      ctx.tests.push(test);
      ctx.mwCache.set(sk, { test, mw, effect: locationShift(sb, sh) });
    } else ctx.mwCache.set(sk, null);
  }
  const t = ctx.mwCache.get(sk);
  if (!t) return;
  c.p_value = round(t.mw.p_value);
  c.effect_size = round(t.effect);
  ctx.work.stats.push({
    comparison: c,
    test: t.test,
    testSign: Math.sign(t.mw.auc - 0.5),
    effect: t.effect,
    intervalExcludesZero: true,
    metricMustAgree: false,
  });
}

/** Eval scores: a drop beyond the standard error of the difference, else eval_regression_min_drop. */
function compareEvalScores(ctx: CellContext): void {
  const { base, head, settings, work } = ctx;
  for (const name of evalScoreNames(base, head)) {
    const b = typeof base.metrics[name] === 'number' ? base.metrics[name] : null;
    const h = typeof head.metrics[name] === 'number' ? head.metrics[name] : null;
    const lower = lowerIsBetter(base, name) || lowerIsBetter(head, name);
    const info = evalMetricInfo(name);
    const c = baseComparison({ metric: name, ...info, ...(lower ? { direction: 'lower_is_better' } : {}) }, b, h);
    work.comparisons.push(c);
    c.basis = 'eval_stderr';
    c.n_base_runs = 1;
    c.n_head_runs = 1;
    if (b === null || h === null) {
      c.reason = 'missing_on_one_side';
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
}

export function finishStat(s: PendingStat, settings: CompareSettings): void {
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
