import { cellFiles, cliffMinPoints, concLabel, detectTtftCliffs, r, stepEvidence } from '../curve/curve.js';
import { formatMetric } from '../metrics.js';
import type { Finding } from '../types.js';
import type { FindingRule } from './types.js';

/**
 * ttft_cliff (warning; critical at ≥ 2× the ratio): in a family sorted by concurrency, a step
 * where tail TTFT (p99, else p95, else p90; the statistic is named in message and evidence) grows
 * ≥ `ttft_cliff_ratio` (2.0) while total throughput grows < `ttft_cliff_max_tput_gain` (0.10; a
 * decline counts): more load bought queueing, not throughput. One step (2 points) is enough. The
 * finding sits on the upper cell of the step.
 */
export const ttftCliff: FindingRule = {
  code: 'ttft_cliff',
  evaluate({ families, thresholds: t }) {
    const out: Finding[] = [];
    for (const fam of families) {
      for (const s of detectTtftCliffs(fam, t)) {
        const gainPct = (s.tput.gain * 100).toFixed(1);
        const key = `${s.stat}_ttft`;
        out.push({
          code: 'ttft_cliff',
          severity: s.severity,
          message: `${s.stat} TTFT rises ${s.ratio.toFixed(2)}× from ${formatMetric(`${s.stat}_ttft`, s.ttftFromS)} at ${concLabel(s.lo)} to ${formatMetric(`${s.stat}_ttft`, s.ttftToS)} at ${concLabel(s.hi)} while ${s.tput.metric} changes ${s.tput.gain >= 0 ? '+' : ''}${gainPct}% (cliff at ≥ ${t.ttft_cliff_ratio}× with < ${(t.ttft_cliff_max_tput_gain * 100).toFixed(0)}% throughput gain).`,
          cell_id: s.hi.cell_id,
          evidence: {
            family: fam.label,
            ...stepEvidence(s.lo, s.hi),
            tail_stat: s.stat,
            latency_metric: key,
            [`${key}_from_s`]: r(s.ttftFromS),
            [`${key}_to_s`]: r(s.ttftToS),
            ratio: r(s.ratio),
            throughput_metric: s.tput.metric,
            throughput_from: r(s.tput.from),
            throughput_to: r(s.tput.to),
            throughput_gain: r(s.tput.gain),
            threshold_name: 'ttft_cliff_ratio',
            threshold: t.ttft_cliff_ratio,
            thresholds: {
              ttft_cliff_ratio: t.ttft_cliff_ratio,
              ttft_cliff_max_tput_gain: t.ttft_cliff_max_tput_gain,
              critical_ratio: 2 * t.ttft_cliff_ratio,
              min_family_points: cliffMinPoints(t),
            },
            cells: [s.lo.cell_id, s.hi.cell_id],
            files: [...new Set([...cellFiles(s.lo), ...cellFiles(s.hi)])].sort(),
          },
        });
      }
    }
    return out;
  },
};
