/**
 * `inferguard calibrate`: from A/A runs or a base-branch history (several reports of the same
 * sweep), the observed run-to-run spread per metric and the run-noise floor and noise band it
 * recommends (docs/COMPARE.md "Calibration"). Pure: reports in, a result and a YAML snippet out.
 *
 * Spread: per metric, the sd of ln(value) across the runs of each cell, pooled over cells
 * (Σ(k−1) degrees of freedom), so ≈ the relative run-to-run sd. A one-run comparison differs by
 * √2 × that; the floor recommended is Z_FLOOR · √2 · spread (Z_FLOOR = 2.8: about 0.25% of A/A
 * cell-metrics per side beyond it under normal noise), rounded up to 0.5%, and never below the
 * minimum effect size. Latency tail percentiles (p90 and above) also give the `latency_tail` floor
 * (what compare applies to an aggregate tail percentile with fewer than min_base_runs base runs).
 */
import { COMPARE_METRICS } from './catalogue.js';
import { DEFAULT_MIN_EFFECT_SIZE } from './options.js';
import { groupRuns, runLevelDef } from './runs.js';
import { pooledSpread } from './run-stats.js';
import type { Report } from '../types.js';

export const Z_FLOOR = 2.8;
const TAIL = /^p(9\d|100)_/;

export interface MetricSpread {
  metric: string;
  kind: string;
  /** Pooled sd of ln values (≈ relative run-to-run sd). */
  spread: number;
  df: number;
  cells: number;
  /** Recommended run-noise floor (relative). */
  floor: number;
}

export interface Calibration {
  reports: number;
  /** Cells measured in at least two of the reports. */
  cells: number;
  metrics: MetricSpread[];
  /** Per kind (latency, throughput, cost): pooled spread and recommended floor. */
  kinds: MetricSpread[];
}

function recommend(spread: number): number {
  const f = Z_FLOOR * Math.SQRT2 * spread;
  return Math.max(DEFAULT_MIN_EFFECT_SIZE, Math.ceil(f * 200 - 1e-9) / 200);
}

export function calibrate(reports: readonly Report[]): Calibration {
  const groups = [...groupRuns(reports).values()].filter((g) => g.length >= 2);
  const metrics: MetricSpread[] = [];
  const byKind = new Map<string, number[][]>();
  for (const def of COMPARE_METRICS) {
    if (!runLevelDef(def)) continue;
    const vals: number[][] = [];
    for (const g of groups) {
      const xs = g
        .map((c) => def.get(c))
        .filter((v): v is number => v !== null && v > 0)
        .map(Math.log);
      if (xs.length >= 2) vals.push(xs);
    }
    const p = pooledSpread(vals);
    if (!p) continue;
    metrics.push({
      metric: def.metric,
      kind: def.kind,
      spread: p.sd,
      df: p.df,
      cells: vals.length,
      floor: recommend(p.sd),
    });
    // Tail percentiles (p90 and above) also pool into `latency_tail`, the floor of aggregate tails.
    for (const kind of def.kind === 'latency' && TAIL.test(def.metric) ? [def.kind, 'latency_tail'] : [def.kind]) {
      const k = byKind.get(kind) ?? [];
      k.push(...vals);
      byKind.set(kind, k);
    }
  }
  const kinds: MetricSpread[] = [];
  for (const [kind, vals] of [...byKind].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const p = pooledSpread(vals);
    if (p) kinds.push({ metric: kind, kind, spread: p.sd, df: p.df, cells: vals.length, floor: recommend(p.sd) });
  }
  return { reports: reports.length, cells: groups.length, metrics, kinds };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/**
 * The `compare` section the calibration recommends, as YAML for the --config file: the kind
 * floors and bands, plus a per-metric entry where a metric is clearly noisier (floor > 1.25× its
 * kind's).
 */
export function calibrationSnippet(c: Calibration): string {
  const lines = [
    `# inferguard calibrate: ${c.reports} report(s), ${c.cells} cell(s) measured in ≥ 2 of them.`,
    `# Run-to-run spread = pooled sd of ln(value) per cell; floor = ${Z_FLOOR} × √2 × spread (rounded up to 0.5%).`,
    'compare:',
  ];
  const extra = c.metrics.filter((m) => {
    const k = c.kinds.find((x) => x.kind === m.kind);
    return k !== undefined && m.floor > 1.25 * k.floor;
  });
  for (const section of ['run_noise_floor', 'noise_bands'] as const) {
    lines.push(`  ${section}:`);
    for (const k of c.kinds)
      if (section === 'run_noise_floor' || k.kind !== 'latency_tail')
        lines.push(`    ${k.kind}: ${k.floor}   # spread ${pct(k.spread)}, ${k.df} df`);
    for (const m of extra) lines.push(`    ${m.metric}: ${m.floor}   # spread ${pct(m.spread)}, ${m.df} df`);
  }
  lines.push('# Per metric (not written above unless noisier than its kind):');
  for (const m of c.metrics)
    lines.push(`#   ${m.metric}: spread ${pct(m.spread)} over ${m.cells} cell(s) (${m.df} df) → floor ${pct(m.floor)}`);
  return `${lines.join('\n')}\n`;
}
