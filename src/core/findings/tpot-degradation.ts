import { cellFiles, concLabel, detectTpotDegradation, r, stepEvidence } from '../curve.js';
import type { Finding } from '../types.js';
import type { FindingRule } from './types.js';

/**
 * tpot_degradation (warning): tail TPOT (p99, else p95, else p90; named in message and evidence)
 * grows ≥ `tpot_degradation_ratio` (1.5) vs the previous point of the family (pairwise, so two
 * points suffice). Each token of every running request gets slower: decode is sharing the GPU
 * with more work than it keeps up with. The finding sits on the upper cell. (The baseline-cell
 * comparison is compare's job.)
 */
export const tpotDegradation: FindingRule = {
  code: 'tpot_degradation',
  evaluate({ families, thresholds: t }) {
    const out: Finding[] = [];
    for (const fam of families) {
      for (const s of detectTpotDegradation(fam, t)) {
        const key = `${s.stat}_tpot`;
        out.push({
          code: 'tpot_degradation',
          severity: 'warning',
          message: `${s.stat} TPOT grows ${s.ratio.toFixed(2)}× from ${(s.fromS * 1000).toFixed(1)} ms at ${concLabel(s.lo)} to ${(s.toS * 1000).toFixed(1)} ms at ${concLabel(s.hi)} (threshold ${t.tpot_degradation_ratio}×).`,
          cell_id: s.hi.cell_id,
          evidence: {
            family: fam.label,
            ...stepEvidence(s.lo, s.hi),
            tail_stat: s.stat,
            latency_metric: key,
            [`${key}_from_s`]: r(s.fromS),
            [`${key}_to_s`]: r(s.toS),
            ratio: r(s.ratio),
            threshold_name: 'tpot_degradation_ratio',
            threshold: t.tpot_degradation_ratio,
            cells: [s.lo.cell_id, s.hi.cell_id],
            files: [...new Set([...cellFiles(s.lo), ...cellFiles(s.hi)])].sort(),
          },
        });
      }
    }
    return out;
  },
};
