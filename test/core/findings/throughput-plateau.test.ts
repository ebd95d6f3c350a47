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
    // one flat step (gain 4%, TTFT +10%): info
    { name: 'one flat step → info', tput: [100, 200, 208], ttft: [1, 1.2, 1.32], expect: 'info' },
    // near-miss: gain exactly 5% is not < 5%
    { name: 'gain 5% → nothing', tput: [100, 200, 210], ttft: [1, 1.2, 2], expect: null },
    // near-miss: flat throughput but latency only +9%
    { name: 'latency +9% → nothing', tput: [100, 200, 200], ttft: [1, 1.2, 1.308], expect: null },
    // TPOT worsening counts as well
    { name: 'TPOT +50% → info', tput: [100, 200, 201], ttft: [1, 1, 1], tpot: [0.02, 0.02, 0.03], expect: 'info' },
  ])('$name', ({ tput, ttft, tpot, expect: sev }) => {
    const cells = makeSweep(
      tput.map((t, i) => ({
        conc: 4 * 2 ** i,
        metrics: { tput_per_gpu: t, p99_ttft: ttft[i] as number, ...(tpot ? { p99_tpot: tpot[i] as number } : {}) },
      })),
    );
    const f = throughputPlateau.evaluate(makeContext(cells));
    if (sev === null) expect(f).toEqual([]);
    else expect(f.map((x) => [x.cell_id, x.severity])).toEqual([['sweep/conc8', sev]]);
  });

  it('two separate flat runs give two findings', () => {
    const tput = [100, 102, 200, 203, 400];
    const ttft = [1, 1.5, 1.6, 2.4, 2.5];
    const cells = makeSweep(
      tput.map((t, i) => ({ conc: 2 ** (i + 1), metrics: { tput_per_gpu: t, p99_ttft: ttft[i] as number } })),
    );
    const f = throughputPlateau.evaluate(makeContext(cells));
    expect(f.map((x) => [x.cell_id, x.severity])).toEqual([
      ['sweep/conc2', 'info'],
      ['sweep/conc8', 'info'],
    ]);
  });
});
