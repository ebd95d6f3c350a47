/**
 * The cell gate of the run-level tests: pooled covariance, Hotelling's T², the two-sided Hunter
 * level, and the gate p-value, each against a case computed by hand.
 */
import { describe, expect, it } from 'vitest';
import { cellGates, hotellingP, pooledCovariance } from '../../../src/core/compare/run-gate.js';
import {
  familyTestLevel,
  fUpper,
  hunterUnionBound,
  normalUpper,
  studentTUpper,
} from '../../../src/core/compare/run-stats.js';
import type { RunStatistic } from '../../../src/core/compare/runs.js';

const stat = (key: string, base: number[], head: number[], sign = 1): RunStatistic => ({ key, base, head, sign });

describe('F distribution and the two-sided Hunter level', () => {
  it('F(1, ν) of t² is the two-sided t p-value; F(2, 10) at 4.10 is 0.05 (tables)', () => {
    expect(fUpper(2.5 ** 2, 1, 12)).toBeCloseTo(2 * studentTUpper(2.5, 12), 9);
    expect(fUpper(4.103, 2, 10)).toBeCloseTo(0.05, 3);
    expect(fUpper(0, 3, 7)).toBe(1);
  });

  it('two-sided bound for independent tests is m·2p − (m − 1)·(2p)²; identical tests give one', () => {
    const p2 = 2 * normalUpper(2.2);
    const id = [
      [1, 0],
      [0, 1],
    ];
    expect(hunterUnionBound(2.2, id, true)).toBeCloseTo(2 * p2 - p2 * p2, 12);
    // A correlation of −1 is as redundant as +1 for two-sided tests.
    const anti = [
      [1, -1],
      [-1, 1],
    ];
    expect(hunterUnionBound(2.2, anti, true)).toBeCloseTo(p2, 9);
    expect(familyTestLevel(anti, 0.01, true)).toBeCloseTo(0.01, 6);
  });
});

describe('pooled covariance and Hotelling', () => {
  it('pools deviations over cells and sides with Σ(K − 1) (+ M − 1) degrees of freedom', () => {
    const cells = [
      [stat('a', [1, 3], [0]), stat('b', [2, 2], [0])],
      [stat('a', [0, 2, 4], [5, 7]), stat('b', [1, 2, 3], [6, 6])],
    ];
    const { cov, df } = pooledCovariance(cells, ['a', 'b']);
    // df: (2 − 1) + (3 − 1) + (2 − 1) = 4. Σaa = (1 + 1 + 4 + 0 + 4 + 1 + 1) / 4; Σab = (0 + 0 + 2 + 0 + 2 + 0 + 0) / 4.
    expect(df).toBe(4);
    expect(cov[0]?.[0]).toBeCloseTo(12 / 4, 12);
    expect(cov[0]?.[1]).toBeCloseTo(4 / 4, 12);
    expect(cov[1]?.[1]).toBeCloseTo(2 / 4, 12);
  });

  it('with one statistic T² = z² and the p-value is the two-sided t test', () => {
    expect(hotellingP([2.5], [[1]], 12)).toBeCloseTo(2 * studentTUpper(2.5, 12), 9);
  });

  it('two uncorrelated statistics: T² = z₁² + z₂², F on (2, ν − 1)', () => {
    const p = hotellingP(
      [2, 1],
      [
        [1, 0],
        [0, 1],
      ],
      20,
    ) as number;
    expect(p).toBeCloseTo(fUpper((19 / 40) * 5, 2, 19), 12);
  });

  it('a contrast against a strong correlation is decisive; an identical copy is dropped (rank 1)', () => {
    const r = [
      [1, 0.99],
      [0.99, 1],
    ];
    // z = (3, 0): 3 SDs on a direction whose variance is 1 − 0.99² of the margin.
    expect(hotellingP([3, 0], r, 40) as number).toBeLessThan(1e-10);
    const same = [
      [1, 1],
      [1, 1],
    ];
    expect(hotellingP([2.5, 2.5], same, 12)).toBeCloseTo(2 * studentTUpper(2.5, 12), 9);
  });
});

describe('cell gates', () => {
  it('a cell with a single statistic gates on its own two-sided p', () => {
    const cells = [{ stats: [stat('a', [0, 0.01, -0.01], [0.02])], d: [0.02], pTwo: [0.003] }];
    expect(cellGates(cells, 0.05)).toEqual([0.003]);
  });

  it('two cells of two correlated statistics: min(1, 2·min(Hotelling, Hunter-adjusted min p))', () => {
    const base = [0.01, -0.01, 0.02, -0.02, 0];
    const mk = (h: number): RunStatistic[] => [
      stat('a', base, [h]),
      stat('b', [0.004, -0.006, 0.011, -0.009, 0.002], [0]),
    ];
    const cells = [
      { stats: mk(0.1), d: [0.1, 0], pTwo: [0.001, 0.9] },
      { stats: mk(0), d: [0, 0], pTwo: [0.9, 0.9] },
    ];
    const g = cellGates(cells, 0.05);
    const level = 0.05 / 2;
    const { cov, df } = pooledCovariance(
      cells.map((c) => c.stats),
      ['a', 'b'],
    );
    const sd = [Math.sqrt(cov[0]?.[0] as number), Math.sqrt(cov[1]?.[1] as number)];
    const rho = (cov[0]?.[1] as number) / ((sd[0] as number) * (sd[1] as number));
    const corr = [
      [1, rho],
      [rho, 1],
    ];
    const pStar = familyTestLevel(corr, level / 2, true);
    const f = Math.sqrt(1 / 5 + 1);
    const pH = hotellingP([0.1 / ((sd[0] as number) * f), 0], corr, df) as number;
    expect(g[0]).toBeCloseTo(Math.min(1, 2 * Math.min(pH, (0.001 * (level / 2)) / pStar)), 12);
    expect(g[1]).toBeCloseTo(1, 12);
  });
});
