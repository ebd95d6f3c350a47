/**
 * Runs as the unit of evidence (docs/COMPARE.md "Noise per cell").
 *
 * A compare may get several base reports (the base-branch history, newest or merge-base first)
 * and several head reports; within one report, cells sharing an identity key are repeated runs
 * of that cell (repetition folders, shards). evidence.ts turns each metric's runs into a run
 * series and its noise evidence; this module groups runs and answers the small questions around
 * them (which metrics are run-level, the centre shown, the run-noise floor that applies).
 */
import { cellKey } from './match.js';
import type { MetricDef } from './catalogue.js';
import type { Cell, Report } from '../types.js';
import type { MetricComparison } from './types.js';

/**
 * Cells per identity key, in run order (report order, then cell_id). With `ids`, each cell's run
 * of the sweep: `<report index>/<repeat>` (the repeat: how many cells of the same key came before
 * it in that report), so the runs of different cells that ran together share an id.
 */
export function groupRuns(reports: readonly Report[], ids?: Map<Cell, string>): Map<string, Cell[]> {
  const out = new Map<string, Cell[]>();
  reports.forEach((r, ri) => {
    const cells = [...(Array.isArray(r.cells) ? r.cells : [])].sort((a, b) =>
      a.cell_id < b.cell_id ? -1 : a.cell_id > b.cell_id ? 1 : 0,
    );
    const repeats = new Map<string, number>();
    for (const c of cells) {
      const k = cellKey(c);
      const list = out.get(k);
      if (list) list.push(c);
      else out.set(k, [c]);
      if (ids) {
        const rep = repeats.get(k) ?? 0;
        repeats.set(k, rep + 1);
        ids.set(c, `${ri}/${rep}`);
      }
    }
  });
  return out;
}

/** Metrics decided at run level (kinds with a multiplicative run-to-run spread). */
export function runLevelDef(def: MetricDef): boolean {
  return def.band !== null && (def.kind === 'latency' || def.kind === 'throughput' || def.kind === 'cost');
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
