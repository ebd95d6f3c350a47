import { TimelineHits, timelineFinding, timelineGroups } from '../timeline/timeline-block.js';
import { KV_BYTE_COUNTERS, SNAPSHOT_ROLES, colCounter, type TimelineSamples } from '../timeline/timeline-samples.js';
import type { Finding } from '../types.js';
import type { FindingRule } from './types.js';

/** Every byte counter column (sent/recv per role). */
const COUNTER_COLS = SNAPSHOT_ROLES.flatMap((_, r) => KV_BYTE_COUNTERS.map((__, c) => colCounter(r, c)));

/** Row i exposes at least one byte counter. */
function hasCounter(s: TimelineSamples, i: number): boolean {
  for (const col of COUNTER_COLS) if (s.num(col, i) !== null) return true;
  return false;
}

/** At least one counter is present in both rows, and every counter present in both is unchanged. */
function flatSince(s: TimelineSamples, prev: number, i: number): boolean {
  let shared = 0;
  for (const col of COUNTER_COLS) {
    const a = s.num(col, i);
    const b = s.num(col, prev);
    if (a === null || b === null) continue;
    if (a !== b) return false;
    shared++;
  }
  return shared > 0;
}

/**
 * kv_transfer_stall (warning), re-derived from the live timeline: the KV-transfer byte counters
 * (sent/recv, every endpoint exposing them) stay unchanged across ≥ `kv_transfer_stall_min_samples`
 * (3) consecutive samples while requests are running. A window breaks on growth, a reset
 * (decrease), no running request, or no counter present in both samples: a run without transfer
 * counters (not disaggregated) never stalls. One finding per timeline, merged with the carried one.
 */
export const kvTransferStall: FindingRule = {
  code: 'kv_transfer_stall',
  evaluate({ cells, thresholds: t }) {
    const out: Finding[] = [];
    for (const g of timelineGroups(cells)) {
      const s = g.samples;
      const hits = new TimelineHits(s);
      // The current window: consecutive rows [start, end); windows are disjoint and in time order.
      let start = 0;
      let end = 0;
      let prevActive = false;
      let longest = 0;
      const close = (): void => {
        const len = end - start;
        if (len >= t.kv_transfer_stall_min_samples) for (let i = start; i < end; i++) hits.add(i);
        longest = Math.max(longest, len);
        start = end;
      };
      for (let i = 0; i < s.length; i++) {
        const active = s.running(i) && hasCounter(s, i);
        if (!active) {
          close();
          start = end = i + 1;
          prevActive = false;
          continue;
        }
        const flat = prevActive && flatSince(s, i - 1, i);
        if (flat) end = i + 1;
        else {
          close();
          start = i;
          end = i + 1;
        }
        prevActive = true;
      }
      close();
      if (hits.count === 0) continue;
      out.push(
        timelineFinding(g, {
          code: 'kv_transfer_stall',
          severity: 'warning',
          hits,
          what: `KV-transfer byte counters flat while requests run (longest flat window ${longest} samples, threshold ${t.kv_transfer_stall_min_samples})`,
          threshold_name: 'kv_transfer_stall_min_samples',
          threshold: t.kv_transfer_stall_min_samples,
          extra: { longest_flat_window_samples: longest },
        }),
      );
    }
    return out;
  },
};
