import { roundStable } from '../parse.js';
import { snapNumber, timelineFinding, timelineGroups } from '../timeline-block.js';
import type { Finding, TimelineSample } from '../types.js';
import type { FindingRule } from './types.js';

/**
 * prefill_decode_imbalance (warning), re-derived from the live timeline: the ratio of running
 * requests prefill/decode lies outside [`imbalance_ratio_low`, `imbalance_ratio_high`] (0.5–2.0)
 * in ≥ `imbalance_min_samples` (3) samples. Samples where either count is missing, or both are 0,
 * say nothing; decode 0 with prefill running counts as outside. Disaggregated decode pools
 * normally hold most running requests (INPUTS.md §8), so this fires on healthy disagg runs too:
 * the finding reports the counts and the ratio range, once per timeline, merged with the carried one.
 */
export const prefillDecodeImbalance: FindingRule = {
  code: 'prefill_decode_imbalance',
  evaluate({ cells, thresholds: t }) {
    const out: Finding[] = [];
    for (const g of timelineGroups(cells)) {
      const hits: TimelineSample[] = [];
      const ratios: number[] = [];
      let decodeIdle = 0;
      let judged = 0;
      for (const s of g.samples) {
        const p = snapNumber(s, 'prefill', 'requests_running');
        const d = snapNumber(s, 'decode', 'requests_running');
        if (p === null || d === null || (p === 0 && d === 0)) continue;
        judged++;
        if (d === 0) {
          decodeIdle++;
          hits.push(s);
          continue;
        }
        const ratio = p / d;
        if (ratio < t.imbalance_ratio_low || ratio > t.imbalance_ratio_high) {
          hits.push(s);
          ratios.push(ratio);
        }
      }
      if (hits.length < t.imbalance_min_samples) continue;
      ratios.sort((a, b) => a - b);
      const lo = ratios[0] ?? null;
      const hi = ratios[ratios.length - 1] ?? null;
      const range = lo !== null && hi !== null ? `ratio ${lo.toFixed(3)}–${hi.toFixed(3)}` : 'decode idle';
      out.push(
        timelineFinding(g, {
          code: 'prefill_decode_imbalance',
          severity: 'warning',
          hits,
          what: `running requests prefill/decode outside [${t.imbalance_ratio_low}, ${t.imbalance_ratio_high}] (${range}${decodeIdle > 0 && lo !== null ? `, decode idle in ${decodeIdle}` : ''})`,
          threshold_name: 'imbalance_min_samples',
          threshold: t.imbalance_min_samples,
          extra: {
            judged_samples: judged,
            ratio_min: lo === null ? null : roundStable(lo),
            ratio_max: hi === null ? null : roundStable(hi),
            decode_idle_samples: decodeIdle,
            thresholds: {
              imbalance_ratio_low: t.imbalance_ratio_low,
              imbalance_ratio_high: t.imbalance_ratio_high,
              imbalance_min_samples: t.imbalance_min_samples,
            },
          },
        }),
      );
    }
    return out;
  },
};
