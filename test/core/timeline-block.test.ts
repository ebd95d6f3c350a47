import { describe, expect, it } from 'vitest';
import { buildTimelineBlock, detectLiveTtftCliff } from '../../src/core/timeline/timeline-block.js';
import { TimelineSamples } from '../../src/core/timeline/timeline-samples.js';
import { sample, snap, timelineCell } from '../helpers/cells.js';

const T0 = 1_779_000_000;
const live = (ttfts: (number | null)[], findingAt: number | null) =>
  ttfts.map((t, i) =>
    sample(i, T0 + 30 * i, {
      prefill: snap('prefill', { ttft_avg_seconds: t }),
      findings:
        i === findingAt
          ? [{ code: 'kv_transfer_errors_present', severity: 'warning', message: 'x', evidence: {} }]
          : [],
    }),
  );

describe('timeline block: lead time to a TTFT cliff', () => {
  it('first live finding at +30 s, live TTFT 1.0 → 2.0 s (2×) at +90 s: lead time 60 s', () => {
    const b = buildTimelineBlock(timelineCell(live([1.0, 1.1, 1.5, 2.0, 2.2], 1)), {
      thresholds: { ttft_cliff_ratio: 2 },
      curveTtftCliff: true,
    });
    expect(b).toMatchObject({
      sample_count: 5,
      first_finding_at: new Date((T0 + 30) * 1000).toISOString(),
      live_ttft_cliff_at: new Date((T0 + 90) * 1000).toISOString(),
      lead_time_s: 60,
      curve_ttft_cliff: true,
      finding_counts_by_code: { kv_transfer_errors_present: 1 },
    });
  });

  it('near-miss: live TTFT reaches 1.99× → no cliff, no lead time', () => {
    const b = buildTimelineBlock(timelineCell(live([1.0, 1.5, 1.99], 0)));
    expect(b).toMatchObject({ live_ttft_cliff_at: null, lead_time_s: null });
  });

  it('the reference is the first sample with a live TTFT; samples without one are skipped', () => {
    expect(detectLiveTtftCliff(TimelineSamples.from(live([null, 0.5, 0.9, 1.0], null)), 2)?.line).toBe(4);
  });
});
