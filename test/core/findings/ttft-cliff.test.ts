import { describe, expect, it } from 'vitest';
import { ttftCliff } from '../../../src/core/findings/ttft-cliff.js';
import { makeContext, makeSweep } from '../../helpers/cells.js';
import { SWEEP_A, SWEEP_B } from './sweep-b.js';

const pts = (ttft: number[], tput: number[]) =>
  ttft.map((t, i) => ({ conc: 2 ** (i + 2), metrics: { p99_ttft: t, tput_per_gpu: tput[i] as number } }));

describe('ttft_cliff', () => {
  it('fires on sweep B between c32 and c64, critical (18.557/2.612 = 7.10× ≥ 2×2.0; tput 466.5→450.4 = −3.5%)', () => {
    const f = ttftCliff.evaluate(makeContext(makeSweep(SWEEP_B)));
    expect(f).toHaveLength(1);
    expect(f[0]?.cell_id).toBe('sweep/conc64');
    expect(f[0]?.severity).toBe('critical');
    expect(f[0]?.evidence.ratio).toBeCloseTo(18.557246958361603 / 2.611934957702657, 6);
    expect(f[0]?.evidence.throughput_gain).toBeCloseTo(450.41331673755883 / 466.5215385449636 - 1, 6);
    expect(f[0]?.evidence.threshold_name).toBe('ttft_cliff_ratio');
    expect(f[0]?.evidence.files).toEqual(['sweep/conc32/agg.json', 'sweep/conc64/agg.json']);
    expect(f[0]?.message).toMatch(/7\.10×.*2\.61 s at c32.*18\.56 s at c64/);
  });

  it('stays silent on sweep A (largest TTFT step 1.757/1.016 = 1.73×)', () => {
    expect(ttftCliff.evaluate(makeContext(makeSweep(SWEEP_A)))).toEqual([]);
  });

  it.each([
    // ratio 2.0 exactly with +5% tput: fires (≥), warning (< 4.0)
    { name: 'ratio 2.0, gain 5%', ttft: [1, 1.1, 2.2], tput: [100, 200, 210], fires: 'warning' },
    // ratio 4.0 exactly: critical
    { name: 'ratio 4.0, gain 0%', ttft: [1, 1.1, 4.4], tput: [100, 200, 200], fires: 'critical' },
    // near-miss: ratio 1.99
    { name: 'ratio 1.99', ttft: [1, 1.1, 2.189], tput: [100, 200, 200], fires: null },
    // near-miss: TTFT triples but throughput grows 10% (the jump bought throughput)
    { name: 'gain 10%', ttft: [1, 1.1, 3.3], tput: [100, 200, 220], fires: null },
  ])('$name', ({ ttft, tput, fires }) => {
    const f = ttftCliff.evaluate(makeContext(makeSweep(pts(ttft, tput))));
    if (fires === null) expect(f).toEqual([]);
    else {
      expect(f).toHaveLength(1);
      expect(f[0]?.severity).toBe(fires);
      expect(f[0]?.cell_id).toBe('sweep/conc16');
    }
  });

  it('one step (two points) is enough; a larger min_family_points raises it', () => {
    const two = makeSweep(pts([1, 5], [100, 100]));
    expect(ttftCliff.evaluate(makeContext(two))).toHaveLength(1);
    expect(ttftCliff.evaluate(makeContext(two, { thresholds: { min_family_points: 3 } }))).toEqual([]);
  });

  it('uses p95 when the cells have no p99 (AgentX aggregates), named in message and evidence', () => {
    const cells = makeSweep([
      { conc: 4, metrics: { p95_ttft: 1, p90_ttft: 0.9, total_tput_tps: 1000 } },
      { conc: 8, metrics: { p95_ttft: 3, p90_ttft: 2.5, total_tput_tps: 1020 } },
    ]);
    const f = ttftCliff.evaluate(makeContext(cells));
    expect(f).toHaveLength(1);
    expect(f[0]?.message.startsWith('p95 TTFT rises 3.00×')).toBe(true);
    expect(f[0]?.evidence.tail_stat).toBe('p95');
    expect(f[0]?.evidence.p95_ttft_from_s).toBe(1);
    expect(f[0]?.evidence.p95_ttft_to_s).toBe(3);
  });

  it('compares the same statistic on both ends (p99 on one, p95 on both → p95)', () => {
    const cells = makeSweep([
      { conc: 4, metrics: { p99_ttft: 0.3, p95_ttft: 0.5, total_tput_tps: 1000 } },
      { conc: 8, metrics: { p95_ttft: 0.9, total_tput_tps: 1000 } },
    ]);
    const f = ttftCliff.evaluate(makeContext(cells));
    // 0.9 / 0.3 = 3× would be a cliff; p95 vs p95 is 1.8×.
    expect(f).toEqual([]);
  });

  it('a throughput decline counts toward the cliff condition', () => {
    const cells = makeSweep(pts([1, 4], [100, 54]));
    expect(ttftCliff.evaluate(makeContext(cells)).map((x) => x.severity)).toEqual(['critical']);
  });

  it('ignores failed points and steps without throughput', () => {
    const cells = makeSweep([
      { conc: 4, metrics: { p99_ttft: 1, tput_per_gpu: 100 } },
      { conc: 8, metrics: { p99_ttft: 1.1, tput_per_gpu: 150 } },
      {
        conc: 16,
        metrics: { p99_ttft: 9, tput_per_gpu: 150 },
        completion: { status: 'failed', num_requests_total: 10, num_requests_successful: 0 },
      },
      { conc: 32, metrics: { p99_ttft: 9 } },
    ]);
    expect(ttftCliff.evaluate(makeContext(cells))).toEqual([]);
  });

  it('keeps families apart (different framework)', () => {
    const a = makeSweep(pts([1, 1.1, 1.2], [100, 200, 300]), { framework: 'sglang' }, 'a');
    const b = makeSweep(pts([1, 1.1, 5], [100, 200, 200]), { framework: 'vllm' }, 'b');
    const f = ttftCliff.evaluate(makeContext([...a, ...b]));
    expect(f.map((x) => x.cell_id)).toEqual(['b/conc16']);
  });
});
