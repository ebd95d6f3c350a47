import { toNumber } from '../parse.js';
import { snapshotsOf, timelineFinding, timelineGroups } from '../timeline-block.js';
import type { Finding, TimelineSample } from '../types.js';
import type { FindingRule } from './types.js';

const COUNTERS = ['kv_transfer_sent_bytes_total', 'kv_transfer_recv_bytes_total'] as const;

function counters(s: TimelineSample): Map<string, number> {
  const m = new Map<string, number>();
  for (const { role, snap } of snapshotsOf(s)) {
    for (const c of COUNTERS) {
      const v = toNumber(snap[c]);
      if (v !== null) m.set(`${role}.${c}`, v);
    }
  }
  return m;
}

function running(s: TimelineSample): number {
  let n = 0;
  for (const { snap } of snapshotsOf(s)) n += toNumber(snap.requests_running) ?? 0;
  return n;
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
      const stalled = new Set<TimelineSample>();
      let window: TimelineSample[] = [];
      let prevCounters: Map<string, number> | null = null;
      let longest = 0;
      const close = (): void => {
        if (window.length >= t.kv_transfer_stall_min_samples) for (const s of window) stalled.add(s);
        longest = Math.max(longest, window.length);
        window = [];
      };
      for (const s of g.samples) {
        const cur = counters(s);
        const active = running(s) > 0 && cur.size > 0;
        if (!active) {
          close();
          prevCounters = null;
          continue;
        }
        let flat = false;
        if (prevCounters !== null) {
          const shared = [...cur.keys()].filter((k) => prevCounters?.has(k));
          flat = shared.length > 0 && shared.every((k) => cur.get(k) === prevCounters?.get(k));
        }
        if (flat) window.push(s);
        else {
          close();
          window = [s];
        }
        prevCounters = cur;
      }
      close();
      if (stalled.size === 0) continue;
      const hits = g.samples.filter((s) => stalled.has(s));
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
