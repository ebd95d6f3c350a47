import { describe, expect, it } from 'vitest';
import { classifyBottleneck } from '../../src/core/cells/bottleneck.js';
import { TimelineSamples } from '../../src/core/timeline/timeline-samples.js';
import type { Finding, Metrics } from '../../src/core/types.js';
import { makeCell, sample, snap } from '../helpers/cells.js';

const sk = (values: number[]) => ({ n: values.length, values: values.slice().sort((a, b) => a - b) });

describe('bottleneck classification (descriptive)', () => {
  it('needs per-request samples', () => {
    expect(classifyBottleneck(makeCell({ metrics: { p99_ttft: 1 } }))).toBeNull();
  });

  it.each([
    // TTFT p50 1 s of E2EL p50 31 s: share 3.2% → decode score clamp((0.968 − 0.3)/0.4) = 1; tail 1.2 → queue 0
    {
      name: 'decode-bound',
      ttft: [1, 1, 1, 1.2],
      e2el: [31, 31, 31, 31],
      metrics: {},
      primary: 'decode-bound',
      secondary: [],
    },
    // share 80% → prefill 1
    {
      name: 'prefill-bound',
      ttft: [8, 8, 8, 8],
      e2el: [10, 10, 10, 10],
      metrics: {},
      primary: 'prefill-bound',
      secondary: [],
    },
    // share 50% → prefill 0.5, decode 0.5: tie → prefill-bound (order), decode secondary
    {
      name: 'tie → order',
      ttft: [5, 5, 5, 5],
      e2el: [10, 10, 10, 10],
      metrics: {},
      primary: 'prefill-bound',
      secondary: ['decode-bound'],
    },
    // p99/p50 TTFT: p50 of [1,1,1,10] is 1, p99 = 1 + 0.97 × 9 = 9.73 → queue clamp((9.73 − 2)/3) = 1
    {
      name: 'queue-bound',
      ttft: [1, 1, 1, 10],
      e2el: [2, 2, 2, 2],
      metrics: {},
      primary: 'queue-bound',
      secondary: ['prefill-bound', 'decode-bound'],
    },
    // KV p95 0.97 → clamp((0.97 − 0.8)/0.15) = 1, with decode 1: decode comes first in the order
    {
      name: 'kv secondary',
      ttft: [1, 1, 1, 1],
      e2el: [31, 31, 31, 31],
      metrics: { kv_cache_usage_p95: 0.97, preemptions: 3 },
      primary: 'decode-bound',
      secondary: ['kv-bound'],
    },
  ])('$name', ({ ttft, e2el, metrics, primary, secondary }) => {
    const b = classifyBottleneck(
      makeCell({ metrics: metrics as Metrics, samples: { ttft_s: sk(ttft), e2el_s: sk(e2el) } }),
    )!;
    expect(b.primary).toBe(primary);
    expect(b.secondary).toEqual(secondary);
    expect(b.confidence).toBeGreaterThan(0);
    expect(b.confidence).toBeLessThanOrEqual(1);
    expect(JSON.stringify(b)).not.toMatch(/recommend|should|increase|decrease/i);
  });

  it('confidence = score × coverage: decode 1 with 2 of 3 groups (no KV metrics) = 0.6667', () => {
    const b = classifyBottleneck(makeCell({ samples: { ttft_s: sk([1, 1, 1, 1]), e2el_s: sk([31, 31, 31, 31]) } }))!;
    expect(b.confidence).toBeCloseTo(2 / 3, 9);
  });

  it('transfer-bound from live transfer findings on a disaggregated cell', () => {
    const samples = [0, 1, 2, 3].map((i) => sample(i, 1000 + i, { prefill: snap('prefill') }));
    const f: Finding = {
      code: 'kv_transfer_stall',
      severity: 'warning',
      message: 'x',
      cell_id: 'c',
      evidence: { samples: 3, total_samples: 4 },
    };
    // share 3/4 → transfer score min(1, 1.5) = 1; TTFT share 50% → prefill/decode 0.5
    const b = classifyBottleneck(
      makeCell({
        findings: [f],
        timelineData: { file: 't', samples: TimelineSamples.from(samples) },
        samples: { ttft_s: sk([5, 5]), e2el_s: sk([10, 10]) },
      }),
    )!;
    expect(b.primary).toBe('transfer-bound');
    expect(b.indicators.transfer_problem_sample_share).toBe(0.75);
  });

  it('unknown below 0.5 everywhere', () => {
    // Only TTFT samples (no E2EL): the tail p99/p50 = (1 + 0.97 × 1) / 1 = 1.97 < 2 → queue score 0 → unknown, confidence 0.
    const b = classifyBottleneck(makeCell({ samples: { ttft_s: sk([1, 1, 1, 2]) } }))!;
    expect(b.indicators.ttft_p99_over_p50).toBeCloseTo(1.97, 9);
    expect(b.primary).toBe('unknown');
    expect(b.confidence).toBe(0);
  });
});
