import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../src/core/thresholds.js';
import { prefixCacheRegression } from '../../../src/core/findings/prefix-cache-regression.js';
import { makeCell, makeContext, makeSweep } from '../../helpers/cells.js';

/** AgentX fixture: Δprefix_cache_hits / Δprefix_cache_queries and theoretical rates from the aggregates. */
const AGENTX = [
  { conc: 8, metrics: { server_gpu_cache_hit_rate: 0.888, theoretical_cache_hit_rate: 0.9552353677590267 } },
  { conc: 16, metrics: { server_gpu_cache_hit_rate: 0.821, theoretical_cache_hit_rate: 0.9552178764696211 } },
  { conc: 32, metrics: { server_gpu_cache_hit_rate: 0.669, theoretical_cache_hit_rate: 0.941867246645841 } },
];

describe('prefix_cache_regression', () => {
  it('AgentX: c16 below theoretical (0.821 < 0.955 − 0.10), c32 below theoretical and −0.152 vs c16; c8 fine (gap 0.067)', () => {
    const f = prefixCacheRegression.evaluate(makeContext(makeSweep(AGENTX, { isl: null, osl: null }, 'agentx')));
    expect(f.map((x) => [x.cell_id, x.evidence.conditions])).toEqual([
      ['agentx/conc16', ['below_theoretical']],
      ['agentx/conc32', ['below_theoretical', 'drop_vs_lower_concurrency']],
    ]);
    expect(f[1]?.evidence.drop_vs_lower_concurrency).toBeCloseTo(0.152, 9);
    expect(f[1]?.evidence.cells).toEqual(['agentx/conc16', 'agentx/conc32']);
  });

  it.each([
    { name: 'gap 0.11 fires', hit: 0.84, theo: 0.95, fires: true },
    { name: 'gap 0.09 near-miss', hit: 0.86, theo: 0.95, fires: false },
    { name: 'no theoretical rate → nothing', hit: 0.1, theo: null, fires: false },
  ])('below theoretical: $name', ({ hit, theo, fires }) => {
    const metrics = { server_gpu_cache_hit_rate: hit, ...(theo === null ? {} : { theoretical_cache_hit_rate: theo }) };
    expect(prefixCacheRegression.evaluate(makeContext([makeCell({ metrics })]))).toHaveLength(fires ? 1 : 0);
  });

  it.each([
    { name: 'drop 0.10 fires', hits: [0.9, 0.8], fires: true },
    { name: 'drop 0.09 near-miss', hits: [0.9, 0.81], fires: false },
  ])('vs lower concurrency: $name', ({ hits, fires }) => {
    const cells = makeSweep(hits.map((h, i) => ({ conc: 8 * (i + 1), metrics: { server_gpu_cache_hit_rate: h } })));
    // 0.9 − 0.8 is 0.09999999999999998 in floating point; the rules compare with a 1e-9 tolerance.
    const f = prefixCacheRegression.evaluate(makeContext(cells));
    expect(f).toHaveLength(fires ? 1 : 0);
  });

  it.each([
    { name: 'drop 0.15 vs the matched baseline cell fires', head: 0.7, fires: true },
    { name: 'drop 0.05 near-miss', head: 0.8, fires: false },
  ])('vs the baseline: $name', ({ head, fires }) => {
    const pair = {
      base: makeCell({ cell_id: 'old-id', metrics: { server_gpu_cache_hit_rate: 0.85 } }),
      head: makeCell({ cell_id: 'new-id', metrics: { server_gpu_cache_hit_rate: head } }),
    };
    const f = prefixCacheRegression.vsBaseline?.([pair], DEFAULT_THRESHOLDS) ?? [];
    expect(f).toHaveLength(fires ? 1 : 0);
    if (fires) expect([f[0]?.cell_id, f[0]?.evidence.base_cell_id]).toEqual(['new-id', 'old-id']);
  });
});
