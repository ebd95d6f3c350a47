/**
 * compare on real repeated runs (test/fixtures/real-repeats, SGLang nightly CI): every A/A compare
 * the runs allow stays below the false-alarm target. The compare before issue 22 (pooled spreads,
 * a normal cross-cell gate) called 11% / 8% of the one-base-run compares REGRESSION / IMPROVEMENT
 * here, all on p99 TTFT at concurrency 1, so this test can fail.
 */
import { describe, expect, it } from 'vitest';
import { loadRealRuns, realRows } from '../../../scripts/bench-verdicts-real.js';

describe('A/A on real repeated runs', () => {
  const rows = realRows(loadRealRuns());

  it('uses every ordered pair of runs of one configuration and image (one base run) and 3–5 base runs', () => {
    expect(rows.map((r) => r.baseRuns)).toEqual(['1', '3–5']);
    expect(rows[0]?.compares).toBeGreaterThan(250);
    expect(rows[1]?.compares).toBeGreaterThan(20);
  });

  it.each(['1', '3–5'])('with %s base run(s): REGRESSION and IMPROVEMENT each ≤ 5% of compares', (k) => {
    const r = rows.find((x) => x.baseRuns === k);
    expect(r?.regression, r?.verdicts.join('\n')).toBeLessThanOrEqual(0.05);
    expect(r?.improvement, r?.verdicts.join('\n')).toBeLessThanOrEqual(0.05);
  });
});
