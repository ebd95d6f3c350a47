import { cellFiles, concLabel, detectPlateaus, r, type FlatStep, stepEvidence } from '../curve.js';
import type { Cell, Finding } from '../types.js';
import type { FindingRule } from './types.js';

/**
 * throughput_plateau (info; warning when ≥ 2 consecutive steps): a concurrency step where
 * throughput (per GPU) grows < `plateau_max_gain` (0.05) while p99 TTFT or TPOT worsens ≥
 * `plateau_min_latency_worsening` (0.10): more load, little more throughput, worse latency.
 * Consecutive flat steps form ONE finding, placed on the cell where the plateau starts (the lower
 * end of its first step). Needs `min_family_points` points with throughput.
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
        const gains = p.steps.map((s) => `${s.tput.gain >= 0 ? '+' : ''}${(s.tput.gain * 100).toFixed(1)}%`).join(', ');
        out.push({
          code: 'throughput_plateau',
          severity: p.severity,
          message: `Throughput plateaus from ${concLabel(first.lo)} to ${concLabel(last.hi)}: ${first.tput.metric} ${first.tput.from.toFixed(0)} → ${last.tput.to.toFixed(0)} (steps ${gains}, each < ${(t.plateau_max_gain * 100).toFixed(0)}%) while latency worsens up to ${(Math.max(...p.steps.map((s) => s.latencyWorsening)) * 100).toFixed(0)}%.`,
          cell_id: first.lo.cell_id,
          evidence: {
            family: fam.label,
            from_concurrency: first.lo.concurrency,
            to_concurrency: last.hi.concurrency,
            flat_steps: p.steps.length,
            steps: p.steps.map((s) => ({
              ...stepEvidence(s.lo, s.hi),
              throughput_metric: s.tput.metric,
              throughput_from: r(s.tput.from),
              throughput_to: r(s.tput.to),
              throughput_gain: r(s.tput.gain),
              latency_metric: s.latencyMetric,
              latency_from_s: r(s.latencyFromS),
              latency_to_s: r(s.latencyToS),
              latency_worsening: r(s.latencyWorsening),
            })),
            threshold_name: 'plateau_max_gain',
            threshold: t.plateau_max_gain,
            thresholds: {
              plateau_max_gain: t.plateau_max_gain,
              plateau_min_latency_worsening: t.plateau_min_latency_worsening,
              min_family_points: t.min_family_points,
              warning_consecutive_steps: 2,
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
