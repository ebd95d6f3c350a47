/**
 * Interactivity is derived in one place (src/core/cells/derived.ts) for every ladder statistic
 * the metric registry lists (`<stat>_intvty`, src/core/metrics.ts): p95 included, the tail
 * statistic of AgentX cells without per-request files.
 */
import { describe, expect, it } from 'vitest';
import { deriveCellMetrics } from '../../../src/core/cells/derived.js';
import { LATENCY_STATS, METRICS } from '../../../src/core/metrics.js';
import type { Cell } from '../../../src/core/types.js';

function cellOf(metrics: Record<string, number>): Cell {
  return { metrics: { ...metrics }, topology: {}, is_multinode: null } as unknown as Cell;
}

describe('deriveCellMetrics: interactivity', () => {
  it('1 / TPOT for mean, p50, p90, p95 and p99, each a registered metric', () => {
    const cell = cellOf({ mean_tpot: 0.01, p50_tpot: 0.02, p90_tpot: 0.025, p95_tpot: 0.04, p99_tpot: 0.05 });
    deriveCellMetrics(cell);
    expect(cell.metrics.mean_intvty).toBeCloseTo(100, 12);
    expect(cell.metrics.p50_intvty).toBeCloseTo(50, 12);
    expect(cell.metrics.p90_intvty).toBeCloseTo(40, 12);
    expect(cell.metrics.p95_intvty).toBeCloseTo(25, 12);
    expect(cell.metrics.p99_intvty).toBeCloseTo(20, 12);
    for (const stat of LATENCY_STATS) expect(METRICS[`${stat}_intvty`]).toBeDefined();
  });

  it('never overwrites a value the file gave, and skips a zero or missing TPOT', () => {
    const cell = cellOf({ p95_tpot: 0.04, p95_intvty: 7, p99_tpot: 0 });
    deriveCellMetrics(cell);
    expect(cell.metrics.p95_intvty).toBe(7);
    expect(cell.metrics.p99_intvty).toBeUndefined();
    expect(cell.metrics.mean_intvty).toBeUndefined();
  });
});
