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
import { evalAllowance } from '../findings/eval-regression.js';
import { compareFindings } from '../findings/order.js';
import { DEFAULT_THRESHOLDS } from '../thresholds.js';
import { metricInfo } from '../metrics.js';
import { COMPARE_METRICS, evalScoreNames, type MetricDef } from './catalogue.js';
import { cellFamilyKey, cellKey, matchCells, type CellPair } from './match.js';
import { resolveSettings } from './options.js';
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
  if (Math.abs(x) > band && ws !== 0) {
    c.outcome = Math.sign(x) === ws ? 'regressed' : 'improved';
    c.confidence = bandConfidence(Math.abs(x), band);
    c.note = absolute
      ? `${(x * 100).toFixed(1)} points, beyond the ±${(band * 100).toFixed(1)}-point band`
      : `${pctText(x)}, beyond the ±${(band * 100).toFixed(1)}% band`;
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
}

function compareMetrics(pair: CellPair, settings: CompareSettings, tests: PendingTest[]): CellWork {
  const base = pair.base as Cell;
  const head = pair.head as Cell;
  const work: CellWork = { pair, comparisons: [], stats: [] };
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
    const c = baseComparison(def, b, h);
    work.comparisons.push(c);
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
    if (statistical && def.sample) {
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
    decideBand(c, settings.noise_bands[bandName] ?? 0, bandName, def.band === 'success_rate');
  }

  // Eval scores: a drop beyond the standard error of the difference, else eval_regression_min_drop.
  for (const name of evalScoreNames(base, head)) {
    const b = typeof base.metrics[name] === 'number' ? (base.metrics[name] as number) : null;
    const h = typeof head.metrics[name] === 'number' ? (head.metrics[name] as number) : null;
    const c = baseComparison({ metric: name, ...evalMetricInfo(name) }, b, h);
    work.comparisons.push(c);
    if (b === null || h === null) {
      c.note = `missing in the ${b === null ? 'base' : 'head'} cell`;
      continue;
    }
    const allowance = evalAllowance(base, head, name, settings.eval_min_drop);
    const { se, threshold } = allowance;
    c.method = 'eval_stderr';
    c.threshold = { name: allowance.thresholdName, value: round(threshold) as number, basis: 'absolute' };
    const d = h - b;
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

/**
 * Compares a head report against a base report.
 *
 * @param base the baseline report (inferguard-analyze/v1), e.g. from the target branch.
 * @param head the report of the change under test.
 * @param opts statistics and noise-band settings (defaults in options.ts).
 * @returns the inferguard-report-diff/v1 document: one CellDiff per matched, new, missing or
 *   incomparable cell, an overall verdict, and the baseline findings of the rules (findings/). Reports without
 *   cells give an empty diff with verdict INSUFFICIENT_DATA. Never throws on odd metric values:
 *   non-finite numbers count as missing.
 */
export function compareReports(base: Report, head: Report, opts: CompareOptions = {}): ReportDiff {
  const settings = resolveSettings(opts);
  const pairs = matchCells(Array.isArray(base.cells) ? base.cells : [], Array.isArray(head.cells) ? head.cells : []);
  const tests: PendingTest[] = [];
  const works = new Map<CellPair, CellWork>();
  for (const pair of pairs) if (pair.kind === 'matched') works.set(pair, compareMetrics(pair, settings, tests));
  const qs = benjaminiHochberg(tests.map((t) => t.p));
  tests.forEach((t, i) => {
    t.q = qs[i] as number;
  });
  for (const w of works.values()) for (const s of w.stats) finishStat(s, settings);

  const cells: CellDiff[] = [];
  // Baseline findings come from the rules (one home per code), over compare's matched pairs.
  const matched = pairs
    .filter((p) => p.kind === 'matched')
    .map((p) => ({ base: p.base as Cell, head: p.head as Cell }));
  const findings = baselineFindings(matched, { ...DEFAULT_THRESHOLDS, ...opts.thresholds });
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
    if (pair.kind === 'matched') {
      const w = works.get(pair) as CellWork;
      const v = cellVerdict(w.comparisons);
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

  return {
    schema_version: REPORT_DIFF_SCHEMA_VERSION,
    base: refOf(base),
    head: refOf(head),
    settings,
    counts: { ...counts, total: cells.length, tests: tests.length },
    verdict: overallVerdict(cells, counts),
    cells,
    findings,
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
  const compared = counts.regressed + counts.improved + counts.unchanged;
  const tail = `${counts.new} new, ${counts.missing} missing, ${counts.incomparable} incomparable, ${counts.insufficient_data} with insufficient data`;
  const summary = `${compared} cell(s) compared: ${counts.regressed} regressed, ${counts.improved} improved, ${counts.unchanged} unchanged; ${tail}.`;
  let verdict: RegressionVerdict['verdict'];
  let confidence: number;
  if (counts.regressed > 0) {
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
