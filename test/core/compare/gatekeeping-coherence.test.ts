/**
 * Serial gatekeeping at the family level (run-level.ts gatekeep; docs/COMPARE.md "Levels: serial
 * gatekeeping"): the family share of run_alpha is split over the primary family tests only
 * (throughput, cost, p50s), and a tail percentile's family test is tested only behind its
 * median's family test rejected in the same direction. (The sweep level is not gatekept.)
 */
import { describe, expect, it } from 'vitest';
import { compareReports, type MetricComparison, type ReportDiff } from '../../../src/core/compare/index.js';
import { gatekeep, medianOfTail } from '../../../src/core/compare/run-level.js';
import type { Cell } from '../../../src/core/types.js';
import { makeCell, makeReport } from '../../helpers/reports.js';

const CONCS = [16, 32, 64, 96];
/** Two workloads of one deployment (families differ by isl: the node reference is the other family's). */
const WORKLOADS = [
  { name: 'model-a', isl: 1024 },
  { name: 'model-b', isl: 8192 },
];
/** Per cell (model × concurrency): a small run-to-run jitter, so the deployment factor has a spread to read. */
const JITTER = [1.004, 0.997, 1.002, 0.996, 0.998, 1.003, 0.995, 1.001];

/** Two families of 4 load points; `a` scales model-a's (isl 1024) p50 / p99 TTFT in every load point. */
function sweep(jitter: boolean, a: { p50?: number; p99?: number } = {}): Cell[] {
  return WORKLOADS.flatMap(({ name, isl }, f) =>
    CONCS.map((c, i) => {
      const j = jitter ? (JITTER[4 * f + i] as number) : 1;
      const hit = f === 0;
      return makeCell({
        cell_id: `${name}_c${c}`,
        isl,
        concurrency: c,
        metrics: {
          tput_per_gpu: (500 + 10 * c) / j,
          p50_ttft: (0.2 + 0.002 * c) * j * (hit ? (a.p50 ?? 1) : 1),
          p99_ttft: (0.5 + 0.005 * c) * j * (hit ? (a.p99 ?? 1) : 1),
          p50_tpot: 0.02 * j,
          p99_tpot: 0.04 * j,
        },
      });
    }),
  );
}

const compare = (a: { p50?: number; p99?: number }): ReportDiff =>
  compareReports(makeReport(sweep(true)), makeReport(sweep(false, a)));

function rows(diff: ReportDiff, metric: string): MetricComparison[] {
  return diff.cells
    .filter((c) => (c.head_cell_id ?? '').startsWith('model-a_'))
    .map((c) => c.verdict?.comparisons.find((x) => x.metric === metric) as MetricComparison);
}

describe('serial gatekeeping of tail family tests behind their medians', () => {
  it('a tail percentile moving across a whole family with its median still is not a coherent-family verdict', () => {
    const d = compare({ p99: 1.6 });
    const p99 = rows(d, 'p99_ttft');
    expect(p99).toHaveLength(4);
    for (const r of p99) {
      expect(r.outcome).toBe('unchanged');
      expect(r.reason).not.toBe('coherent_family');
    }
    expect(rows(d, 'p50_ttft').every((r) => r.outcome === 'unchanged')).toBe(true);
    expect(d.verdict.verdict).not.toBe('REGRESSION');
  });

  it('the same tail move behind its median moving across the family passes the gate: coherent_family', () => {
    const d = compare({ p50: 1.6, p99: 1.6 });
    for (const metric of ['p50_ttft', 'p99_ttft']) {
      const r = rows(d, metric);
      expect(r.every((x) => x.outcome === 'regressed')).toBe(true);
      expect(r.some((x) => x.reason === 'coherent_family')).toBe(true);
    }
    expect(d.verdict.verdict).toBe('REGRESSION');
  });

  it('the gate is per direction: a median family rejected as better does not open its tail toward worse', () => {
    const d = compare({ p50: 1 / 1.6, p99: 1.6 });
    expect(rows(d, 'p50_ttft').every((x) => x.outcome === 'improved')).toBe(true);
    expect(rows(d, 'p99_ttft').every((x) => x.outcome === 'unchanged')).toBe(true);
  });
});

describe('gatekeep (the Bonferroni graph of the family level)', () => {
  const t = (group: string, metric: string, tail: boolean, pw: number, pb = 1) => ({
    group,
    metric,
    tail,
    p: (dir: number) => (dir > 0 ? pw : pb),
  });

  it('counts primary tests and tails without a median; a tail waits for its median, same group and direction', () => {
    const tests = [
      t('A', 'tput_per_gpu', false, 0.5),
      t('A', 'p50_ttft', false, 0.001, 0.5),
      t('A', 'p99_ttft', true, 0.001),
      t('A', 'p99_itl', true, 0.001),
      t('B', 'p99_ttft', true, 0.001),
      t('B', 'p50_tpot', false, 0.5),
      t('B', 'p99_itl', true, 0.001),
    ];
    const g = gatekeep(tests);
    // A: tput, p50_ttft; B: p50_tpot and its orphan p99_ttft (no p50_ttft in B). A's p99_itl has no median.
    expect(g.count).toBe(5);
    expect(g.rejected(tests[1]!, 1, 0.002)).toBe(true);
    expect(g.rejected(tests[2]!, 1, 0.002)).toBe(true);
    expect(g.rejected(tests[2]!, 1, 0.0005)).toBe(false); // its median not rejected at that level
    expect(g.rejected(tests[2]!, -1, 0.002)).toBe(false);
    expect(g.rejected(tests[3]!, 1, 0.002)).toBe(true); // orphan: its own weight
    expect(g.rejected(tests[4]!, 1, 0.002)).toBe(true); // orphan in B
    expect(g.rejected(tests[6]!, 1, 0.002)).toBe(false); // behind p50_tpot (ITL stands for TPOT), not rejected
  });

  it('splits a median level over the tails behind it', () => {
    const tests = [t('', 'p50_ttft', false, 0.001), t('', 'p90_ttft', true, 0.0015), t('', 'p99_ttft', true, 0.0005)];
    const g = gatekeep(tests);
    expect(g.count).toBe(1);
    expect(g.rejected(tests[1]!, 1, 0.002)).toBe(false);
    expect(g.rejected(tests[2]!, 1, 0.002)).toBe(true);
  });

  it('finds the median of a tail percentile', () => {
    const has = (m: string) => ['p50_ttft', 'p50_tpot'].includes(m);
    expect(medianOfTail('p99_ttft', has)).toBe('p50_ttft');
    expect(medianOfTail('p99_itl', has)).toBe('p50_tpot');
    expect(medianOfTail('p90_e2el', has)).toBeNull();
    expect(medianOfTail('p50_ttft', has)).toBeNull();
    expect(medianOfTail('tput_per_gpu', has)).toBeNull();
  });
});
