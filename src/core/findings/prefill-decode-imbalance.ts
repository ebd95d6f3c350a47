import { roundStable } from '../parse.js';
import { TimelineHits, timelineFinding, timelineGroups } from '../timeline/timeline-block.js';
import { COL_DECODE_RUNNING, COL_PREFILL_RUNNING } from '../timeline/timeline-samples.js';
import type { Finding } from '../types.js';
import type { FindingRule } from './types.js';

/**
 * prefill_decode_imbalance (warning), re-derived from the live timeline: the ratio of running
 * requests prefill/decode lies outside [`imbalance_ratio_low`, `imbalance_ratio_high`] (0.5–2.0)
 * in ≥ `imbalance_min_samples` (3) samples. Samples where either count is missing, or both are 0,
 * say nothing; decode 0 with prefill running counts as outside. Disaggregated decode pools
 * normally hold most running requests, so this fires on healthy disagg runs too:
 * the finding reports the counts and the ratio range, once per timeline, merged with the carried one.
 */
export const prefillDecodeImbalance: FindingRule = {
  code: 'prefill_decode_imbalance',
  evaluate({ cells, thresholds: t }) {
    const out: Finding[] = [];
    for (const g of timelineGroups(cells)) {
      const s = g.samples;
      const hits = new TimelineHits(s);
      const ratios: number[] = [];
      let decodeIdle = 0;
      let judged = 0;
      for (let i = 0; i < s.length; i++) {
        const p = s.num(COL_PREFILL_RUNNING, i);
        const d = s.num(COL_DECODE_RUNNING, i);
        if (p === null || d === null || (p === 0 && d === 0)) continue;
        judged++;
        if (d === 0) {
          decodeIdle++;
          hits.add(i);
          continue;
        }
        const ratio = p / d;
        if (ratio < t.imbalance_ratio_low || ratio > t.imbalance_ratio_high) {
          hits.add(i);
          ratios.push(ratio);
        }
      }
      if (hits.count < t.imbalance_min_samples) continue;
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
