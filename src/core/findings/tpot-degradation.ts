import { cellFiles, concLabel, detectTpotDegradation, r, stepEvidence } from '../curve/curve.js';
import { formatMetric } from '../metrics.js';
import { commonTail } from '../curve/tail.js';
import type { Finding } from '../types.js';
import type { FindingRule } from './types.js';

/**
 * tpot_degradation (warning): tail TPOT (p99, else p95, else p90; named in message and evidence)
 * grows ≥ `tpot_degradation_ratio` (1.5) vs the previous point of the family (pairwise, so two
 * points suffice). Each token of every running request gets slower: decode is sharing the GPU
 * with more work than it keeps up with. The finding sits on the upper cell.
 *
 * vs the baseline: the tail TPOT the base and head cells share grew ≥ `tpot_degradation_ratio`
 * vs the matched baseline cell (one finding per pair, in compare.json).
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
          message: `${s.stat} TPOT grows ${s.ratio.toFixed(2)}× from ${formatMetric(`${s.stat}_tpot`, s.fromS)} at ${concLabel(s.lo)} to ${formatMetric(`${s.stat}_tpot`, s.toS)} at ${concLabel(s.hi)} (threshold ${t.tpot_degradation_ratio}×).`,
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
  vsBaseline(pairs, t) {
    const ratio = t.tpot_degradation_ratio;
    const out: Finding[] = [];
    for (const { base, head } of pairs) {
      const tpot = commonTail(base, head, 'tpot');
      if (tpot === null || !(tpot.from > 0) || tpot.to / tpot.from < ratio) continue;
      const { from: tb, to: th } = tpot;
      out.push({
        code: 'tpot_degradation',
        severity: 'warning',
        message: `${tpot.stat} TPOT grew ${(th / tb).toFixed(2)}× vs the baseline cell (${formatMetric(tpot.key, tb)} → ${formatMetric(tpot.key, th)}; threshold ${ratio}×).`,
        cell_id: head.cell_id,
        evidence: {
          metric: tpot.key,
          tail_stat: tpot.stat,
          base: tb,
          head: th,
          ratio: Number((th / tb).toPrecision(6)),
          threshold: ratio,
          threshold_name: 'tpot_degradation_ratio',
          base_cell_id: base.cell_id,
        },
      });
    }
    return out;
  },
};
