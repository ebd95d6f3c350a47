/**
 * Phase metrics per cell (report.json `phase_metrics`), from per-request sample sketches: for each
 * latency series (ttft, tpot, itl, e2el) and each phase, mean, std (population), p50, p90, p99,
 * min, max, IQR (p75 − p25) and coefficient of variation (std / mean × 100), as scalar metrics
 * `<phase>_<series>_<stat>_s` (`_cov_pct` for CoV, `_n` for the true sample count).
 *
 * Phases: `measurement` is `cell.samples`. A `warmup` phase exists only when the source marked
 * warmup requests and kept them apart (`cell.warmup_samples`, same shape); benchmark clients
 * in our formats drop warmup requests, so most cells have the measurement phase only.
 * Sketches hold at most SAMPLE_SKETCH_SIZE evenly spaced order statistics, so statistics of a
 * large cell are computed over the sketch (percentiles exactly as stats.ts defines them).
 * Descriptive only.
 */
import { roundStable } from '../parse.js';
import { percentileSorted, summarizeSorted } from '../stats.js';
import type { Cell, CellSamples, Metrics, SampleSketch } from '../types.js';

export const PHASE_SERIES = ['ttft', 'tpot', 'itl', 'e2el'] as const;

export interface PhaseStats {
  n: number;
  mean: number;
  std: number;
  p50: number;
  p90: number;
  p99: number;
  min: number;
  max: number;
  iqr: number;
  /** Coefficient of variation in percent; null when the mean is 0. */
  cov_pct: number | null;
}

/** Statistics of one sketch; null when it holds no value. */
export function phaseStats(sketch: SampleSketch): PhaseStats | null {
  const v = sketch.values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const s = summarizeSorted(v);
  const mean = s.mean as number;
  const std = s.std as number;
  return {
    n: Math.max(sketch.n, v.length),
    mean,
    std,
    p50: s.p50 as number,
    p90: s.p90 as number,
    p99: s.p99 as number,
    min: s.min as number,
    max: s.max as number,
    iqr: (percentileSorted(v, 75) as number) - (percentileSorted(v, 25) as number),
    cov_pct: mean === 0 ? null : (std / mean) * 100,
  };
}

function put(out: Metrics, phase: string, samples: CellSamples | undefined): void {
  if (!samples) return;
  for (const series of PHASE_SERIES) {
    const sk = samples[`${series}_s`];
    if (!sk) continue;
    const st = phaseStats(sk);
    if (!st) continue;
    const p = `${phase}_${series}`;
    out[`${p}_n`] = st.n;
    for (const k of ['mean', 'std', 'p50', 'p90', 'p99', 'min', 'max', 'iqr'] as const)
      out[`${p}_${k}_s`] = roundStable(st[k]);
    out[`${p}_cov_pct`] = st.cov_pct === null ? null : roundStable(st.cov_pct);
  }
}

/** Phase metrics of a cell (empty when it has no samples). Keys sorted. */
export function computePhaseMetrics(cell: Pick<Cell, 'samples'> & { warmup_samples?: unknown }): Metrics {
  const out: Metrics = {};
  put(out, 'warmup', isSamples(cell.warmup_samples) ? cell.warmup_samples : undefined);
  put(out, 'measurement', cell.samples);
  const sorted: Metrics = {};
  for (const k of Object.keys(out).sort()) sorted[k] = out[k] as Metrics[string];
  return sorted;
}

function isSamples(v: unknown): v is CellSamples {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
