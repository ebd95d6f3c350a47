/**
 * The cross-cell gate's fast path (CrossCellNoise) must answer exactly what crossCellThreshold
 * answers over "every cell but this one": same bits, with ties, odd and even counts, both sides
 * of the n = 10 switch to the robust MAD.
 */
import { describe, expect, it } from 'vitest';
import { CrossCellNoise, crossCellThreshold } from '../../../src/core/compare/cross-cell.js';
import { mulberry32 } from '../../../src/core/compare/stats.js';

describe('CrossCellNoise', () => {
  it('equals crossCellThreshold over the other cells, bit for bit', () => {
    const random = mulberry32(42);
    let checked = 0;
    for (const n of [3, 4, 5, 9, 10, 11, 12, 13, 20, 21, 57, 200]) {
      // Rounded to a grid so that ties (and ties with the median) occur.
      const values = Array.from({ length: n }, () => Math.round((random() - 0.5) * 40) / 1000);
      const noise = new CrossCellNoise(values);
      for (let i = 0; i < n; i++) {
        const others = values.filter((_, j) => j !== i);
        expect(noise.thresholdWithout(i, 0.05)).toBe(crossCellThreshold(others, 0.05, n));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('from 10 other cells the spread is robust: how far one outlier lies does not matter', () => {
    const values = [0.01, -0.01, 0.02, -0.02, 0.015, -0.015, 0.005, -0.005, 0.012, -0.012, 0.5, 0];
    const far = values.map((v) => (v === 0.5 ? 5 : v));
    const t = new CrossCellNoise(values).thresholdWithout(11, 0.05) as number;
    expect(t).toBeGreaterThan(0);
    expect(new CrossCellNoise(far).thresholdWithout(11, 0.05)).toBe(t);
    // Below 10 others the sd is used, and the outlier does widen it.
    const few = [0.01, -0.01, 0.02, -0.02, 0.5, 0];
    const fewFar = [0.01, -0.01, 0.02, -0.02, 5, 0];
    expect(new CrossCellNoise(fewFar).thresholdWithout(5, 0.05)).toBeGreaterThan(
      new CrossCellNoise(few).thresholdWithout(5, 0.05) as number,
    );
  });
});
