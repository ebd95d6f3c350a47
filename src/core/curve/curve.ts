/**
 * Curves of sweep families (cells sharing identity except concurrency, ascending by concurrency)
 * and the step detectors the curve rules share: TTFT cliff, throughput plateau, TPOT degradation.
 * `buildCrossRun` turns the families and the findings along them into the report's `cross_run`
 * block: per family the curve, the knee (highest concurrency before the first TTFT cliff), the
 * SLO goodput view when SLOs are configured, and the next measurements the evidence points to.
 * Descriptive only: the next measurements say which points to measure and why, never which
 * configuration to change.
 */
import type { Family } from '../findings/types.js';
import type { Thresholds } from '../thresholds.js';
import { roundStable } from '../parse.js';
import { commonTail, tailStat, type TailStat } from './tail.js';
import type { Cell, CrossRun, CrossRunFamily, CrossRunPoint, FindingCode, Severity } from '../types.js';

/** A finite number metric of a cell, else null. */
export function metricOf(cell: Cell, key: string): number | null {
  const v = cell.metrics[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Every file path a cell names in its artifacts (sorted, unique). */
export function cellFiles(cell: Cell): string[] {
  const out = new Set<string>();
  for (const v of Object.values(cell.artifacts)) {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) for (const p of v) if (typeof p === 'string') out.add(p);
  }
  return [...out].sort();
}

/** Rounded for evidence, so float noise never changes report bytes. */
export function r(n: number): number {
  return roundStable(n);
}

/**
 * Threshold comparisons tolerate float noise (1e-9), so a value that is exactly at a threshold in
 * decimal (0.9 − 0.8 vs 0.10, 1.2 / 1.0 − 1 vs 0.20) compares as equal.
 */
export const THRESHOLD_EPS = 1e-9;
/** `value ≥ threshold`, tolerant of float noise. */
export function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - THRESHOLD_EPS;
}
/** `value < threshold`, tolerant of float noise (a value equal to it in decimal is not below). */
export function below(value: number, threshold: number): boolean {
  return value < threshold - THRESHOLD_EPS;
}

/** Cells of a family that measured something: not `failed` (zero successful requests). */
export function usablePoints(family: Family): Cell[] {
  return family.cells.filter((c) => c.completion.status !== 'failed' && c.concurrency !== null);
}

/** Whether a cell has a point on a latency/throughput curve (eval-only cells have none). */
export function hasCurveMetric(c: Cell): boolean {
  return (
    tailStat(c, 'ttft') !== null ||
    tailStat(c, 'tpot') !== null ||
    ['tput_per_gpu', 'total_tput_tps', 'output_tput_tps'].some((k) => metricOf(c, k) !== null)
  );
}

/** Points a TTFT cliff needs: one step, or more when `min_family_points` asks for it. */
export function cliffMinPoints(t: Thresholds): number {
  return Math.max(2, t.min_family_points);
}

/** Points a plateau needs: two consecutive steps (three points), or more when configured. */
export function plateauMinPoints(t: Thresholds): number {
  return Math.max(3, t.min_family_points);
}

/** Throughput metric preference orders (first metric present on both points of a step wins). */
export const TPUT_TOTAL_FIRST = ['total_tput_tps', 'tput_per_gpu', 'output_tput_tps'] as const;
export const TPUT_PER_GPU_FIRST = ['tput_per_gpu', 'total_tput_tps', 'output_tput_tps'] as const;
export const TPUT_OUTPUT_FIRST = ['output_tput_tps', 'output_tput_per_gpu', 'total_tput_tps', 'tput_per_gpu'] as const;

export interface ThroughputStep {
  metric: string;
  from: number;
  to: number;
  /** Relative change (to − from) / from. */
  gain: number;
}

/** Throughput change of a step on the first metric of `order` present (and > 0 at `lo`) on both cells. */
export function throughputStep(lo: Cell, hi: Cell, order: readonly string[]): ThroughputStep | null {
  for (const m of order) {
    const a = metricOf(lo, m);
    const b = metricOf(hi, m);
    if (a !== null && b !== null && a > 0) return { metric: m, from: a, to: b, gain: (b - a) / a };
  }
  return null;
}

/** Relative worsening of a lower-is-better metric over a step ((to − from) / from), null when absent. */
export function worsening(lo: Cell, hi: Cell, key: string): { from: number; to: number; change: number } | null {
  const a = metricOf(lo, key);
  const b = metricOf(hi, key);
  if (a === null || b === null || a <= 0) return null;
  return { from: a, to: b, change: (b - a) / a };
}

/** Consecutive pairs of points with increasing concurrency. */
export function steps(points: readonly Cell[]): [Cell, Cell][] {
  const out: [Cell, Cell][] = [];
  for (let i = 1; i < points.length; i++) {
    const lo = points[i - 1] as Cell;
    const hi = points[i] as Cell;
    if ((hi.concurrency ?? 0) > (lo.concurrency ?? 0)) out.push([lo, hi]);
  }
  return out;
}

export interface CliffStep {
  lo: Cell;
  hi: Cell;
  /** Tail statistic both ends share (p99, else p95, else p90). */
  stat: TailStat;
  ttftFromS: number;
  ttftToS: number;
  ratio: number;
  tput: ThroughputStep;
  severity: Severity;
}

/**
 * TTFT cliffs of a family: steps where tail TTFT (p99, else p95, else p90, the same statistic on
 * both ends) grows ≥ `ttft_cliff_ratio` while throughput (total first) grows <
 * `ttft_cliff_max_tput_gain` (a throughput decline counts); critical at ≥ 2× the ratio. One step
 * (two usable points with tail TTFT) is enough; a step without throughput on both ends is not
 * judged (a TTFT jump that bought throughput is load, not a cliff).
 */
export function detectTtftCliffs(family: Family, t: Thresholds): CliffStep[] {
  const points = usablePoints(family).filter((c) => tailStat(c, 'ttft') !== null);
  if (points.length < cliffMinPoints(t)) return [];
  const out: CliffStep[] = [];
  for (const [lo, hi] of steps(points)) {
    const tail = commonTail(lo, hi, 'ttft');
    if (tail === null || tail.from <= 0) continue;
    const ratio = tail.to / tail.from;
    const tput = throughputStep(lo, hi, TPUT_TOTAL_FIRST);
    if (tput === null) continue;
    if (atLeast(ratio, t.ttft_cliff_ratio) && below(tput.gain, t.ttft_cliff_max_tput_gain)) {
      out.push({
        lo,
        hi,
        stat: tail.stat,
        ttftFromS: tail.from,
        ttftToS: tail.to,
        ratio,
        tput,
        severity: atLeast(ratio, 2 * t.ttft_cliff_ratio) ? 'critical' : 'warning',
      });
    }
  }
  return out;
}

export interface FlatStep {
  lo: Cell;
  hi: Cell;
  tput: ThroughputStep;
  /** The latency metric that worsened most over the step (a tail key, e.g. `p95_ttft`). */
  latencyMetric: string;
  latencyStat: TailStat;
  latencyFromS: number;
  latencyToS: number;
  latencyWorsening: number;
}

export interface Plateau {
  steps: FlatStep[];
  severity: Severity;
}

/** Kind of a throughput step for the plateau rule: |gain| < max is flat, a fall by max or more a decline. */
export function stepKind(gain: number, t: Thresholds): 'flat' | 'decline' | 'growth' {
  if (below(Math.abs(gain), t.plateau_max_gain)) return 'flat';
  return gain < 0 ? 'decline' : 'growth';
}

/** A flat step of a plateau: |throughput gain| < max while tail TTFT or TPOT worsens ≥ the minimum. */
function flatStep(lo: Cell, hi: Cell, t: Thresholds): FlatStep | null {
  const tput = throughputStep(lo, hi, TPUT_PER_GPU_FIRST);
  if (tput === null || stepKind(tput.gain, t) !== 'flat') return null;
  let best: FlatStep | null = null;
  for (const base of ['ttft', 'tpot'] as const) {
    const tail = commonTail(lo, hi, base);
    if (tail === null || tail.from <= 0) continue;
    const change = (tail.to - tail.from) / tail.from;
    if (!atLeast(change, t.plateau_min_latency_worsening)) continue;
    if (best === null || change > best.latencyWorsening) {
      best = {
        lo,
        hi,
        tput,
        latencyMetric: tail.key,
        latencyStat: tail.stat,
        latencyFromS: tail.from,
        latencyToS: tail.to,
        latencyWorsening: change,
      };
    }
  }
  return best;
}

/**
 * Throughput plateaus of a family: runs of at least 2 consecutive concurrency
 * steps (3 points) where throughput (per GPU first) changes by less than `plateau_max_gain` in
 * either direction while tail TTFT or tail TPOT worsens ≥ `plateau_min_latency_worsening`. A step
 * where throughput falls by `plateau_max_gain` or more is a decline and ends a run: a decline is
 * never a plateau. A single flat step is not a plateau either.
 */
export function detectPlateaus(family: Family, t: Thresholds): Plateau[] {
  const points = usablePoints(family).filter((c) => TPUT_PER_GPU_FIRST.some((m) => metricOf(c, m) !== null));
  if (points.length < plateauMinPoints(t)) return [];
  const out: Plateau[] = [];
  let run: FlatStep[] = [];
  const flush = (): void => {
    if (run.length >= 2) out.push({ steps: run, severity: 'warning' });
    run = [];
  };
  for (const [lo, hi] of steps(points)) {
    const f = flatStep(lo, hi, t);
    if (f === null) flush();
    else run.push(f);
  }
  flush();
  return out;
}

export interface TpotStep {
  lo: Cell;
  hi: Cell;
  stat: TailStat;
  fromS: number;
  toS: number;
  ratio: number;
}

/**
 * TPOT degradation along a family: tail TPOT (p99, else p95, else p90, the same statistic on both
 * ends) grows ≥ `tpot_degradation_ratio` vs the previous point with tail TPOT. A pairwise rule
 * (like the baseline comparison it mirrors): two points suffice.
 */
export function detectTpotDegradation(family: Family, t: Thresholds): TpotStep[] {
  const points = usablePoints(family).filter((c) => tailStat(c, 'tpot') !== null);
  const out: TpotStep[] = [];
  for (const [lo, hi] of steps(points)) {
    const tail = commonTail(lo, hi, 'tpot');
    if (tail === null || tail.from <= 0) continue;
    const ratio = tail.to / tail.from;
    if (atLeast(ratio, t.tpot_degradation_ratio))
      out.push({ lo, hi, stat: tail.stat, fromS: tail.from, toS: tail.to, ratio });
  }
  return out;
}

/** Evidence naming the two cells of a concurrency step, in the order every curve rule writes it. */
export function stepEvidence(
  lo: Cell,
  hi: Cell,
): { from_cell: string; to_cell: string; from_concurrency: number | null; to_concurrency: number | null } {
  return {
    from_cell: lo.cell_id,
    to_cell: hi.cell_id,
    from_concurrency: lo.concurrency,
    to_concurrency: hi.concurrency,
  };
}

/** `c<N>` label of a cell's concurrency. */
export function concLabel(c: Cell): string {
  return c.concurrency === null ? 'c?' : `c${c.concurrency}`;
}

/** Midpoint concurrency between two points, or null when they are adjacent integers. */
export function midConcurrency(lo: number, hi: number): number | null {
  const m = Math.round((lo + hi) / 2);
  return m > lo && m < hi ? m : null;
}

// ---------------------------------------------------------------------------------------------
// cross_run

export const CURVE_CODES: readonly FindingCode[] = [
  'ttft_cliff',
  'throughput_plateau',
  'tpot_degradation',
  'kv_pressure',
  'kv_offload_thrash',
  'prefix_cache_regression',
  'partial_run',
  'invalid_run_no_successful_requests',
];

export interface NextMeasurement {
  family: string;
  /** Concurrency to measure (a new point), or the concurrency of a point to re-run. */
  concurrency: number;
  kind: 'new_point' | 're_run';
  cell_id: string | null;
  reason: string;
}

function pointRow(c: Cell, t: Thresholds): CrossRunPoint {
  const row: CrossRunPoint = {
    cell_id: c.cell_id,
    concurrency: c.concurrency,
    tput_per_gpu: metricOf(c, 'tput_per_gpu'),
    total_tput_tps: metricOf(c, 'total_tput_tps'),
    output_tput_tps: metricOf(c, 'output_tput_tps'),
    p99_ttft_s: metricOf(c, 'p99_ttft'),
    p99_tpot_s: metricOf(c, 'p99_tpot'),
    success_rate: c.completion.success_rate,
    completion_status: c.completion.status,
  };
  // Without p99 the curve rules used p95 (else p90): name it next to its value.
  for (const base of ['ttft', 'tpot'] as const) {
    const tail = tailStat(c, base);
    if (tail !== null && tail.stat !== 'p99') {
      row[`${base}_tail_stat`] = tail.stat;
      row[`${base}_tail_s`] = tail.value;
    }
  }
  if (t.slo_ttft_p99_s !== null || t.slo_tpot_p99_s !== null) row.slo_compliant = sloCompliant(c, t);
  return row;
}

/**
 * SLO compliance of a point: every configured SLO is met (a missing metric for a configured SLO
 * means unknown, null), and the cell did not fail. Null when no SLO is configured.
 */
export function sloCompliant(c: Cell, t: Thresholds): boolean | null {
  if (t.slo_ttft_p99_s === null && t.slo_tpot_p99_s === null) return null;
  if (c.completion.status === 'failed') return false;
  const checks: [number | null, number | null][] = [
    [t.slo_ttft_p99_s, metricOf(c, 'p99_ttft')],
    [t.slo_tpot_p99_s, metricOf(c, 'p99_tpot')],
  ];
  let unknown = false;
  for (const [slo, v] of checks) {
    if (slo === null) continue;
    if (v === null) unknown = true;
    else if (v > slo) return false;
  }
  return unknown ? null : true;
}

function sevRank(s: Severity): number {
  return s === 'critical' ? 2 : s === 'warning' ? 1 : 0;
}

/**
 * The `cross_run` block: one entry per family (sorted by label, as `buildFamilies` sorts them),
 * with the curve, the findings along it, the knee, the goodput view and next measurements.
 * `cells` must already carry their findings.
 */
export function buildCrossRun(families: readonly Family[], t: Thresholds): CrossRun {
  const out = families
    .filter((fam) => fam.cells.some(hasCurveMetric))
    .map((fam): CrossRunFamily => {
      const curve = fam.cells.map((c) => pointRow(c, t));
      const ids = new Set(fam.cells.map((c) => c.cell_id));
      const findings = fam.cells
        .flatMap((c) => c.findings)
        .filter((f) => f.cell_id !== null && ids.has(f.cell_id) && CURVE_CODES.includes(f.code))
        .map((f) => ({ code: f.code, severity: f.severity, cell_id: f.cell_id, message: f.message }))
        .sort(
          (a, b) =>
            sevRank(b.severity) - sevRank(a.severity) || cmp(a.cell_id ?? '', b.cell_id ?? '') || cmp(a.code, b.code),
        );
      const cliffs = detectTtftCliffs(fam, t);
      const first = cliffs[0];
      const knee = first
        ? {
            concurrency: first.lo.concurrency,
            cell_id: first.lo.cell_id,
            basis: `highest concurrency before the first TTFT cliff (${concLabel(first.lo)}→${concLabel(first.hi)})`,
          }
        : null;
      const usable = usablePoints(fam);
      let goodput: CrossRunFamily['goodput'] = null;
      if (t.slo_ttft_p99_s !== null || t.slo_tpot_p99_s !== null) {
        const ok = usable.filter((c) => sloCompliant(c, t) === true);
        const best = ok[ok.length - 1] ?? null;
        goodput = {
          slo_ttft_p99_s: t.slo_ttft_p99_s,
          slo_tpot_p99_s: t.slo_tpot_p99_s,
          max_compliant_concurrency: best?.concurrency ?? null,
          cell_id: best?.cell_id ?? null,
          tput_per_gpu: best ? metricOf(best, 'tput_per_gpu') : null,
          compliant_points: ok.length,
          points: usable.length,
        };
      }
      return {
        key: fam.key,
        label: fam.label,
        points: fam.cells.length,
        usable_points: usable.length,
        curve_rules_applied: usable.filter((c) => tailStat(c, 'ttft') !== null).length >= cliffMinPoints(t),
        curve,
        findings,
        knee,
        ...(goodput ? { goodput } : {}),
        next_measurements: nextMeasurements(fam, t),
      };
    });
  return {
    min_family_points: t.min_family_points,
    families: out,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Which points to measure next, from the evidence along one family: the midpoint of a TTFT
 * cliff, of the step where a plateau starts and of a TPOT degradation step; the SLO boundary;
 * a re-run of points below the partial-run line or failed; one more point when a family of
 * two or more measured points is too short for the curve rules. Deduplicated by (concurrency,
 * kind), sorted by concurrency.
 */
export function nextMeasurements(fam: Family, t: Thresholds): NextMeasurement[] {
  const out = new Map<string, NextMeasurement>();
  const add = (m: NextMeasurement): void => {
    const k = `${m.kind}:${m.concurrency}`;
    const prev = out.get(k);
    if (prev) prev.reason = `${prev.reason}; ${m.reason}`;
    else out.set(k, m);
  };
  const between = (lo: Cell, hi: Cell, why: string): void => {
    const mid = midConcurrency(lo.concurrency as number, hi.concurrency as number);
    if (mid !== null) {
      add({
        family: fam.label,
        concurrency: mid,
        kind: 'new_point',
        cell_id: null,
        reason: `${why} between ${concLabel(lo)} and ${concLabel(hi)}: c${mid} locates it`,
      });
    } else {
      add({
        family: fam.label,
        concurrency: hi.concurrency as number,
        kind: 're_run',
        cell_id: hi.cell_id,
        reason: `${why} between adjacent points ${concLabel(lo)} and ${concLabel(hi)}: a repeat of ${concLabel(hi)} confirms it`,
      });
    }
  };
  for (const c of detectTtftCliffs(fam, t)) between(c.lo, c.hi, `${c.stat} TTFT rises ${c.ratio.toFixed(2)}×`);
  for (const p of detectPlateaus(fam, t)) {
    const s = p.steps[0] as FlatStep;
    const before = usablePoints(fam)
      .filter((c) => (c.concurrency ?? 0) < (s.lo.concurrency ?? 0))
      .pop();
    if (before) between(before, s.lo, `throughput stops growing from ${concLabel(s.lo)}; the last gain is`);
  }
  for (const d of detectTpotDegradation(fam, t)) between(d.lo, d.hi, `${d.stat} TPOT grows ${d.ratio.toFixed(2)}×`);
  if (t.slo_ttft_p99_s !== null || t.slo_tpot_p99_s !== null) {
    const pts = usablePoints(fam);
    for (let i = 1; i < pts.length; i++) {
      const lo = pts[i - 1] as Cell;
      const hi = pts[i] as Cell;
      if (sloCompliant(lo, t) === true && sloCompliant(hi, t) === false) between(lo, hi, 'the SLO boundary lies');
    }
  }
  for (const c of fam.cells) {
    if (c.concurrency === null) continue;
    const st = c.completion.status;
    const rate = c.completion.success_rate;
    // Below the partial-run line (or failed): the point describes a run that lost requests.
    if (st === 'failed' || (st === 'partial' && rate !== null && rate < t.partial_run_min_success)) {
      add({
        family: fam.label,
        concurrency: c.concurrency,
        kind: 're_run',
        cell_id: c.cell_id,
        reason: `${concLabel(c)} completed ${c.completion.num_requests_successful ?? '?'} of ${c.completion.num_requests_total ?? '?'} requests, so its latency and throughput describe a ${st} run`,
      });
    }
  }
  // A sweep that was started (≥ 2 measured points) but is too short for the curve rules.
  const usable = usablePoints(fam).filter(hasCurveMetric);
  if (usable.length >= 2 && usable.length < plateauMinPoints(t)) {
    const last = usable[usable.length - 1] as Cell;
    const next = (last.concurrency as number) * 2;
    add({
      family: fam.label,
      concurrency: next,
      kind: 'new_point',
      cell_id: null,
      reason: `the family has ${usable.length} usable point(s) and curve rules need ${plateauMinPoints(t)}; c${next} extends it`,
    });
  }
  return [...out.values()].sort((a, b) => a.concurrency - b.concurrency || cmp(a.kind, b.kind));
}
