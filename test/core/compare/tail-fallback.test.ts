/**
 * Compare's tail statistic: a pair of cells without p99 (AgentX aggregates carry p95) is compared
 * on p95, else p90, so a tail regression there is found; a pair with p99 gets no second tail test.
 */
import { describe, expect, it } from 'vitest';
import { COMPARE_METRICS } from '../../../src/core/compare/catalogue.js';
import { compareReports } from '../../../src/core/compare/index.js';
import { validateContract } from '../../../src/schemas/validate.js';
import { makeCell, makeReport } from '../../helpers/reports.js';

const P95 = { p99_ttft: null, p99_tpot: null, p95_ttft: 1.0, p95_tpot: 0.04 } as Record<string, number | null>;

function metricsOf(diff: ReturnType<typeof compareReports>): string[] {
  return (diff.cells[0]?.verdict?.comparisons ?? []).map((c) => c.metric);
}

describe('compare tail fallback', () => {
  it('p95-only cells: p95 TTFT is compared and a +30% TTFT shift is a regression of it (3 base runs, one node)', () => {
    const environment = { cluster: null, runner: null, host: 'gpu-node-1', image: null };
    const diff = compareReports(
      [1, 2, 3].map(() => makeReport([{ ...makeCell({ metrics: P95 }), environment }])),
      makeReport([{ ...makeCell({ metrics: { ...P95, p95_ttft: 1.3, p50_ttft: 0.65 } }), environment }]),
    );
    const c = diff.cells[0]?.verdict?.comparisons.find((x) => x.metric === 'p95_ttft');
    expect(c?.outcome).toBe('regressed');
    expect(diff.cells[0]?.verdict?.regressions).toContain('p95_ttft');
    expect(metricsOf(diff)).not.toContain('p90_ttft');
    expect(validateContract('inferguard-report-diff/v1', diff)).toMatchObject({ ok: true });
  });

  it('p90 is the tail when neither p99 nor p95 is on both sides', () => {
    const P90 = { ...P95, p95_ttft: null, p90_ttft: 1.0 } as Record<string, number | null>;
    const diff = compareReports(makeReport([makeCell({ metrics: P90 })]), makeReport([makeCell({ metrics: P90 })]));
    expect(metricsOf(diff)).toContain('p90_ttft');
    expect(metricsOf(diff)).not.toContain('p95_ttft');
  });

  it('cells with p99 and p95: p99 only, never a second tail test', () => {
    const both = { p95_ttft: 0.9, p95_tpot: 0.035 };
    const diff = compareReports(
      makeReport([makeCell({ metrics: both })]),
      makeReport([makeCell({ metrics: { ...both, p95_ttft: 1.5 } })]),
    );
    expect(metricsOf(diff)).toContain('p99_ttft');
    expect(metricsOf(diff)).not.toContain('p95_ttft');
    expect(diff.verdict.verdict).toBe('NEUTRAL');
  });

  it('every fallback is listed after the metrics it stands in for (compare decides them in catalogue order)', () => {
    const seen = new Set<string>();
    const late: string[] = [];
    for (const d of COMPARE_METRICS) {
      for (const m of d.fallbackFor ?? []) if (!seen.has(m)) late.push(`${d.metric} before ${m}`);
      seen.add(d.metric);
    }
    expect(COMPARE_METRICS.filter((d) => d.fallbackFor).length).toBeGreaterThanOrEqual(10);
    expect(late).toEqual([]);
  });
});
