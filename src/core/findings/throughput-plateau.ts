import {
  cellFiles,
  concLabel,
  detectPlateaus,
  plateauMinPoints,
  r,
  type FlatStep,
  stepEvidence,
} from '../curve/curve.js';
import type { Cell, Finding } from '../types.js';
import type { FindingRule } from './types.js';

const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;

/**
 * throughput_plateau (warning): at least 2 consecutive concurrency steps (3 points) where
 * throughput (per GPU first) changes by less than `plateau_max_gain` (0.05) in either direction
 * while tail TTFT or tail TPOT (p99, else p95, else p90) worsens ≥ `plateau_min_latency_worsening`
 * (0.10): more load, no more throughput, worse latency. A decline (throughput falls by the gain
 * limit or more) is never a plateau. One finding per run of flat steps, on the cell where the
 * plateau starts (the lower end of its first step).
 */
export const throughputPlateau: FindingRule = {
  code: 'throughput_plateau',
  evaluate({ families, thresholds: t }) {
    const out: Finding[] = [];
    for (const fam of families) {
      for (const p of detectPlateaus(fam, t)) {
        const first = p.steps[0] as FlatStep;
        const last = p.steps[p.steps.length - 1] as FlatStep;
        const cells: Cell[] = [first.lo, ...p.steps.map((s) => s.hi)];
        const gains = p.steps.map((s) => pct(s.tput.gain)).join(', ');
        const worst = p.steps.reduce((a, b) => (b.latencyWorsening > a.latencyWorsening ? b : a));
        const stats = [...new Set(p.steps.map((s) => s.latencyMetric))].sort();
        out.push({
          code: 'throughput_plateau',
          severity: p.severity,
          message: `Throughput plateaus from ${concLabel(first.lo)} to ${concLabel(last.hi)}: ${first.tput.metric} ${first.tput.from.toFixed(0)} → ${last.tput.to.toFixed(0)} (steps ${gains}, each within ±${(t.plateau_max_gain * 100).toFixed(0)}%) while ${worst.latencyStat} ${worst.latencyMetric.endsWith('_ttft') ? 'TTFT' : 'TPOT'} worsens up to ${(worst.latencyWorsening * 100).toFixed(0)}%.`,
          cell_id: first.lo.cell_id,
          evidence: {
            family: fam.label,
            from_concurrency: first.lo.concurrency,
            to_concurrency: last.hi.concurrency,
            flat_steps: p.steps.length,
            latency_metrics: stats,
            steps: p.steps.map((s) => ({
              ...stepEvidence(s.lo, s.hi),
              throughput_metric: s.tput.metric,
              throughput_from: r(s.tput.from),
              throughput_to: r(s.tput.to),
              throughput_gain: r(s.tput.gain),
              latency_metric: s.latencyMetric,
              tail_stat: s.latencyStat,
              latency_from_s: r(s.latencyFromS),
              latency_to_s: r(s.latencyToS),
              latency_worsening: r(s.latencyWorsening),
            })),
            threshold_name: 'plateau_max_gain',
            threshold: t.plateau_max_gain,
            thresholds: {
              plateau_max_gain: t.plateau_max_gain,
              plateau_min_latency_worsening: t.plateau_min_latency_worsening,
              min_family_points: plateauMinPoints(t),
              min_consecutive_steps: 2,
            },
            cells: cells.map((c) => c.cell_id),
            files: [...new Set(cells.flatMap(cellFiles))].sort(),
          },
        });
      }
    }
    return out;
  },
};
