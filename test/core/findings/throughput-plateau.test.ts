import { describe, expect, it } from 'vitest';
import { throughputPlateau } from '../../../src/core/findings/throughput-plateau.js';
import { makeContext, makeSweep } from '../../helpers/cells.js';
import { SWEEP_A, SWEEP_B } from './sweep-b.js';

describe('throughput_plateau', () => {
  it('fires on sweep B from c16 as one warning over two flat steps (+2.95%, −3.45%; TTFT +48%, +610%)', () => {
    const f = throughputPlateau.evaluate(makeContext(makeSweep(SWEEP_B)));
    expect(f).toHaveLength(1);
    expect(f[0]?.cell_id).toBe('sweep/conc16');
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.evidence.flat_steps).toBe(2);
    expect(f[0]?.evidence.cells).toEqual(['sweep/conc16', 'sweep/conc32', 'sweep/conc64']);
    const steps = f[0]?.evidence.steps as { throughput_gain: number; latency_metric: string }[];
    expect(steps[0]?.throughput_gain).toBeCloseTo(466.5215385449636 / 453.13774691169596 - 1, 6);
    expect(steps[1]?.throughput_gain).toBeCloseTo(450.41331673755883 / 466.5215385449636 - 1, 6);
    expect(steps.map((s) => s.latency_metric)).toEqual(['p99_tpot', 'p99_ttft']);
  });

  it('stays silent on sweep A (every step gains ≥ 35%)', () => {
    expect(throughputPlateau.evaluate(makeContext(makeSweep(SWEEP_A)))).toEqual([]);
  });

  it.each([
    // one flat step (gain 4%, TTFT +10%): one step is not a plateau
    { name: 'one flat step → nothing', tput: [100, 200, 208], ttft: [1, 1.2, 1.32], expect: null },
    // two flat steps (+4%, +1%; TTFT +10%, +10%): a plateau
    { name: 'two flat steps → warning', tput: [100, 104, 105], ttft: [1, 1.1, 1.21], expect: 'warning' },
    // near-miss: gain exactly 5% is not < 5%
    { name: 'gain 5% → nothing', tput: [100, 105, 110.25], ttft: [1, 1.2, 2], expect: null },
    // near-miss: flat throughput but latency only +9% on the second step
    { name: 'latency +9% → nothing', tput: [100, 100, 100], ttft: [1, 1.2, 1.308], expect: null },
    // TPOT worsening counts as well
    {
      name: 'TPOT +50% → warning',
      tput: [100, 101, 102],
      ttft: [1, 1, 1],
      tpot: [0.02, 0.03, 0.045],
      expect: 'warning',
    },
    // a −3% step is flat (within ±5% in either direction)
    { name: 'small fall is flat', tput: [100, 97, 96], ttft: [1, 1.5, 2], expect: 'warning' },
  ])('$name', ({ tput, ttft, tpot, expect: sev }) => {
    const cells = makeSweep(
      tput.map((t, i) => ({
        conc: 4 * 2 ** i,
        metrics: { tput_per_gpu: t, p99_ttft: ttft[i] as number, ...(tpot ? { p99_tpot: tpot[i] } : {}) },
      })),
    );
    const f = throughputPlateau.evaluate(makeContext(cells));
    if (sev === null) expect(f).toEqual([]);
    else expect(f.map((x) => [x.cell_id, x.severity])).toEqual([['sweep/conc4', sev]]);
  });

  it('a decline is never a plateau: −46% and −81% drops while latency worsens give nothing', () => {
    const cells = makeSweep(
      [100, 54, 10.26].map((t, i) => ({ conc: 8 * 2 ** i, metrics: { tput_per_gpu: t, p99_ttft: 1 + i } })),
    );
    expect(throughputPlateau.evaluate(makeContext(cells))).toEqual([]);
  });

  it('a decline ends a run of flat steps: flat, decline, flat is no plateau', () => {
    const cells = makeSweep(
      [100, 102, 80, 81].map((t, i) => ({ conc: 2 ** (i + 1), metrics: { tput_per_gpu: t, p99_ttft: 1.2 ** i } })),
    );
    expect(throughputPlateau.evaluate(makeContext(cells))).toEqual([]);
  });

  it('judges p95 when the cells have no p99 and names it', () => {
    const cells = makeSweep(
      [100, 101, 100.5].map((t, i) => ({
        conc: 4 * 2 ** i,
        metrics: { tput_per_gpu: t, p95_ttft: 1.5 ** i, p90_ttft: 1 },
      })),
    );
    const f = throughputPlateau.evaluate(makeContext(cells));
    expect(f).toHaveLength(1);
    const steps = f[0]?.evidence.steps as { latency_metric: string; tail_stat: string }[];
    expect(steps.map((s) => [s.latency_metric, s.tail_stat])).toEqual([
      ['p95_ttft', 'p95'],
      ['p95_ttft', 'p95'],
    ]);
    expect(f[0]?.message).toContain('p95 TTFT worsens up to 50%');
    expect(f[0]?.message).toContain('each within ±5%');
  });

  it('two separate flat runs give two findings', () => {
    const tput = [100, 102, 101, 200, 203, 202, 400];
    const ttft = [1, 1.5, 1.8, 1.9, 2.4, 2.9, 3];
    const cells = makeSweep(
      tput.map((t, i) => ({ conc: 2 ** (i + 1), metrics: { tput_per_gpu: t, p99_ttft: ttft[i] as number } })),
    );
    const f = throughputPlateau.evaluate(makeContext(cells));
    expect(f.map((x) => [x.cell_id, x.severity])).toEqual([
      ['sweep/conc2', 'warning'],
      ['sweep/conc16', 'warning'],
    ]);
  });
});
