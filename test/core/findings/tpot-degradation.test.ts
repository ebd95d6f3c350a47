import { describe, expect, it } from 'vitest';
import { tpotDegradation } from '../../../src/core/findings/tpot-degradation.js';
import { makeContext, makeSweep } from '../../helpers/cells.js';
import { SWEEP_A, SWEEP_B } from './sweep-b.js';

describe('tpot_degradation', () => {
  it('fires twice on sweep B: c16→c32 (86.85/44.04 = 1.97×) and c32→c64 (164.89/86.85 = 1.90×)', () => {
    const f = tpotDegradation.evaluate(makeContext(makeSweep(SWEEP_B)));
    expect(f.map((x) => x.cell_id)).toEqual(['sweep/conc32', 'sweep/conc64']);
    expect(f[0]?.evidence.ratio).toBeCloseTo(0.08684763982927163 / 0.044042305334863245, 6);
    expect(f[1]?.evidence.ratio).toBeCloseTo(0.16488770389796928 / 0.08684763982927163, 6);
    expect(f.every((x) => x.severity === 'warning' && x.evidence.threshold === 1.5)).toBe(true);
  });

  it('stays silent on sweep A (largest step 49.6/36.4 = 1.36×)', () => {
    expect(tpotDegradation.evaluate(makeContext(makeSweep(SWEEP_A)))).toEqual([]);
  });

  it.each([
    { name: 'ratio 1.5 fires', tpot: [0.02, 0.03], fires: true },
    { name: 'ratio 1.49 near-miss', tpot: [0.02, 0.0298], fires: false },
  ])('$name (pairwise: two points suffice)', ({ tpot, fires }) => {
    const cells = makeSweep(tpot.map((t, i) => ({ conc: 8 * (i + 1), metrics: { p99_tpot: t } })));
    expect(tpotDegradation.evaluate(makeContext(cells))).toHaveLength(fires ? 1 : 0);
  });

  it('honours a configured ratio', () => {
    const cells = makeSweep([
      { conc: 8, metrics: { p99_tpot: 0.02 } },
      { conc: 16, metrics: { p99_tpot: 0.05 } },
    ]);
    expect(tpotDegradation.evaluate(makeContext(cells, { thresholds: { tpot_degradation_ratio: 3 } }))).toEqual([]);
  });
});
