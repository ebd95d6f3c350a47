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
import type { Cell, Report } from '../types.js';
import { fitScale, fitVarianceLaw } from './moderate.js';
import { fitJumpShare, type JumpFit, type JumpWindow } from './jump-fit.js';
import {
  DEFAULT_NOISE_PRIOR,
  LOAD_REGIMES,
  NOISE_FAMILIES,
  loadRegime,
  noiseFamily,
  type LoadRegime,
  type NoiseFamily,
  type NoisePriorRow,
} from './noise-prior.js';

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
  /**
   * The noise law per family fitted to the history's repeated runs (families with ≥
   * MODERATE_MIN_CELLS cells; compare's `noise_prior` rows), with the cells behind each.
   */
  prior: { family: NoiseFamily; row: NoisePriorRow; cells: number; jump?: JumpFit }[];
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

/**
 * The reports oldest first: by `generated_at` when every report has one (a stable sort), else as
 * given. The jump windows need each cell's runs in time order.
 */
function chronological(reports: readonly Report[]): Report[] {
  const at = reports.map((r) => (typeof r.generated_at === 'string' ? Date.parse(r.generated_at) : NaN));
  if (at.some((t) => !Number.isFinite(t))) return [...reports];
  return reports
    .map((r, i) => ({ r, t: at[i] as number, i }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.r);
}

export function calibrate(reports: readonly Report[]): Calibration {
  const groups = [...groupRuns(chronological(reports)).values()].filter((g) => g.length >= 2);
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
  return { prior: fitPrior(groups), reports: reports.length, cells: groups.length, metrics, kinds };
}

/**
 * The noise law of each family from the history (the same law compare's run level uses,
 * noise-prior.ts): per cell and metric of the family the variance of ln value over its runs;
 * ν and the scale fitted to them all (moderate.ts; with fewer than 8 cells the shipped ν and the
 * scale for it, from ≥ 3 cells), the scale of each load regime with ≥ 3 cells
 * rescaled by its median variance against the family's. σ_max stays the shipped one: a history
 * rarely shows the extremes. The jump share is fitted too (jump-fit.ts) when the history has
 * enough windows of ≥ 2 runs and the next one, and then holds on one node as well; else the
 * shipped share stays.
 */
function fitPrior(groups: readonly Cell[][]): Calibration['prior'] {
  const byFamily = new Map<
    NoiseFamily,
    { v: number[]; df: number[]; regime: LoadRegime[]; runs: (number | null)[][] }
  >();
  // One metric per family and cell (tput_per_gpu and output_tput_per_gpu, TPOT and ITL move as one).
  const seen = new Set<string>();
  for (const def of COMPARE_METRICS) {
    if (!runLevelDef(def)) continue;
    const family = noiseFamily(def.metric, def.kind);
    if (!family) continue;
    for (const [gi, g] of groups.entries()) {
      if (seen.has(`${family}|${gi}`)) continue;
      const ln = g.map((c) => {
        const v = def.get(c);
        return v !== null && v > 0 ? Math.log(v) : null;
      });
      const xs = ln.filter((x): x is number => x !== null);
      if (xs.length < 2) continue;
      const m = xs.reduce((a, x) => a + x, 0) / xs.length;
      const v = xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
      if (!(v > 0)) continue;
      seen.add(`${family}|${gi}`);
      const f = byFamily.get(family) ?? { v: [], df: [], regime: [], runs: [] };
      f.v.push(v);
      f.df.push(xs.length - 1);
      f.regime.push(loadRegime((g[0] as Cell).concurrency));
      f.runs.push(ln);
      byFamily.set(family, f);
    }
  }
  const out: Calibration['prior'] = [];
  const median = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    const k = s.length >> 1;
    return s.length % 2 === 1 ? (s[k] as number) : ((s[k - 1] as number) + (s[k] as number)) / 2;
  };
  for (const family of NOISE_FAMILIES) {
    const f = byFamily.get(family);
    if (!f || f.v.length < 3) continue;
    // Enough cells: ν and the scale; fewer: the shipped ν, the scale from these runs.
    const full = fitVarianceLaw(f.v, f.df);
    const nu = full?.nu0 ?? DEFAULT_NOISE_PRIOR[family].nu;
    const s = full?.scale ?? fitScale(f.v, f.df, nu);
    if (s === null) continue;
    const fit = { nu0: nu, scale: s, cells: f.v.length };
    const all = median(f.v);
    const round = (x: number): number => Number(x.toPrecision(3));
    const scale = Object.fromEntries(
      LOAD_REGIMES.map((r) => {
        const vs = f.v.filter((_, i) => f.regime[i] === r);
        return [r, round(vs.length >= 3 && all > 0 ? fit.scale * Math.sqrt(median(vs) / all) : fit.scale)];
      }),
    ) as Record<LoadRegime, number>;
    const jump = fitJumpShare(jumpWindows(f.runs, f.regime, fit.nu0, scale));
    const row: NoisePriorRow = { nu: round(fit.nu0), scale };
    if (jump) {
      row.jump_share = round(jump.share);
      row.jump_on_one_node = true;
    }
    out.push({ family, row, cells: fit.cells, ...(jump ? { jump } : {}) });
  }
  return out;
}

/** Most earlier runs a jump window holds (as compare's history: the nearest few). */
const JUMP_WINDOW_MAX = 5;

/**
 * Every window of a cell's ≥ 2 consecutive runs (up to JUMP_WINDOW_MAX) and the run after them,
 * one node or not: the share is measured under the team's own law, whose scale comes from its
 * runs (often back to back); a night later, even on the same node, may leave it (SGLang's repeats:
 * π̂ 0.08–0.13 under their calibrated law, 0 under the shipped one).
 */
function jumpWindows(
  runs: readonly (readonly (number | null)[])[],
  regimes: readonly LoadRegime[],
  nu: number,
  scale: Record<LoadRegime, number>,
): JumpWindow[] {
  const out: JumpWindow[] = [];
  runs.forEach((ln, ci) => {
    for (let i = 2; i < ln.length; i++) {
      const from = Math.max(0, i - JUMP_WINDOW_MAX);
      const base = ln.slice(from, i);
      const head = ln[i];
      if (head === null || head === undefined || base.some((x) => x === null)) continue;
      out.push({ base: base as number[], head, nu, scale: scale[regimes[ci] as LoadRegime] });
    }
  });
  return out;
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
  if (c.prior.length > 0) {
    lines.push(
      '  # The noise law per family (compare: run level), fitted to these runs; σ_max stays the shipped one, and the jump share where too few windows show it.',
    );
    lines.push('  noise_prior:');
    for (const p of c.prior) {
      const jump =
        p.row.jump_share !== undefined
          ? `, jump_share: ${p.row.jump_share}${p.row.jump_on_one_node === true ? ', jump_on_one_node: true' : ''}`
          : '';
      const why = p.jump
        ? `; jumps: π̂ ${p.jump.estimate.toFixed(3)}, LR ${p.jump.lr.toFixed(1)} over ${p.jump.windows} windows${p.jump.share === 0 ? ' (not beyond 2.71: none)' : ''}`
        : '';
      lines.push(
        `    ${p.family}: { nu: ${p.row.nu}, scale: { low: ${p.row.scale.low}, mid: ${p.row.scale.mid}, high: ${p.row.scale.high} }${jump} }   # ${p.cells} cells${why}`,
      );
    }
  }
  lines.push('# Per metric (not written above unless noisier than its kind):');
  for (const m of c.metrics)
    lines.push(`#   ${m.metric}: spread ${pct(m.spread)} over ${m.cells} cell(s) (${m.df} df) → floor ${pct(m.floor)}`);
  return `${lines.join('\n')}\n`;
}
