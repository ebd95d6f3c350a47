import { roundStable } from '../parse.js';
import { TimelineHits, timelineFinding, timelineGroups } from '../timeline/timeline-block.js';
import { COL_ERRORS_TOTAL } from '../timeline/timeline-samples.js';
import type { Finding } from '../types.js';
import type { FindingRule } from './types.js';

/**
 * kv_transfer_errors_present (warning; critical when the error counter reaches
 * `kv_transfer_errors_critical`, 100), re-derived from the live timeline: the KV-transfer error
 * counter (`kv_transfer_errors_total`, summed over endpoints that expose it) grows between
 * samples. The first sample with a value counts when it is already > 0; a counter that goes down
 * was reset, and its new value is the growth. One finding per timeline, merged with the carried
 * one.
 */
export const kvTransferErrorsPresent: FindingRule = {
  code: 'kv_transfer_errors_present',
  evaluate({ cells, thresholds: t }) {
    const out: Finding[] = [];
    for (const g of timelineGroups(cells)) {
      const s = g.samples;
      const hits = new TimelineHits(s);
      let prev: number | null = null;
      let first: number | null = null;
      let last: number | null = null;
      let max = 0;
      let growth = 0;
      for (let i = 0; i < s.length; i++) {
        // Summed over the endpoints exposing the counter, null when none does.
        const total = s.num(COL_ERRORS_TOTAL, i);
        if (total === null) continue;
        if (first === null) first = total;
        last = total;
        max = Math.max(max, total);
        const inc = prev === null || total < prev ? total : total - prev;
        if (inc > 0) {
          hits.add(i);
          growth += inc;
        }
        prev = total;
      }
      if (hits.count === 0) continue;
      out.push(
        timelineFinding(g, {
          code: 'kv_transfer_errors_present',
          severity: max >= t.kv_transfer_errors_critical ? 'critical' : 'warning',
          hits,
          what: `KV-transfer errors growing (counter ${first} → ${last}, max ${max}; critical at ${t.kv_transfer_errors_critical})`,
          threshold_name: 'kv_transfer_errors_critical',
          threshold: t.kv_transfer_errors_critical,
          extra: { errors_first: first, errors_last: last, errors_max: max, errors_growth: roundStable(growth) },
        }),
      );
    }
    return out;
  },
};
