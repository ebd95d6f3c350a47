import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFamilies, buildReport, compareFindings } from '../../src/core/analyze.js';
import {
  buildCrossRun,
  detectPlateaus,
  detectTtftCliffs,
  midConcurrency,
  nextMeasurements,
} from '../../src/core/curve/curve.js';
import { FINDING_RULES } from '../../src/core/findings/index.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import type { Cell, Finding } from '../../src/core/types.js';
import { makeContext, makeFragment, makeSweep } from '../helpers/cells.js';
import { SWEEP_A, SWEEP_B } from './findings/sweep-b.js';

const T = DEFAULT_THRESHOLDS;

describe('cross_run', () => {
  it('sweep B: knee at c32 (the first cliff is c32→c64), next measurements c12 (plateau), c24 (TPOT), c48 (cliff + TPOT)', () => {
    const [fam] = buildFamilies(makeSweep(SWEEP_B));
    expect(fam).toBeDefined();
    const cr = buildCrossRun([fam!], T) as {
      families: {
        knee: { concurrency: number };
        curve: unknown[];
        next_measurements: { concurrency: number; kind: string; reason: string }[];
      }[];
    };
    const f = cr.families[0]!;
    expect(f.knee.concurrency).toBe(32);
    expect(f.curve).toHaveLength(5);
    expect(f.next_measurements.map((m) => [m.concurrency, m.kind])).toEqual([
      [12, 'new_point'],
      [24, 'new_point'],
      [48, 'new_point'],
    ]);
    expect(f.next_measurements[2]?.reason).toMatch(/TTFT rises 7\.10× between c32 and c64/);
  });

  it('sweep A: no knee, nothing to re-measure', () => {
    const [fam] = buildFamilies(makeSweep(SWEEP_A));
    const cr = buildCrossRun([fam!], T) as { families: { knee: unknown; next_measurements: unknown[] }[] };
    expect(cr.families[0]?.knee).toBeNull();
    expect(cr.families[0]?.next_measurements).toEqual([]);
  });

  it('goodput view: with SLO p99 TTFT ≤ 3 s, sweep B is compliant up to c32 (2.61 s) at 466.5 tok/s/GPU', () => {
    const t = { ...T, slo_ttft_p99_s: 3 };
    const [fam] = buildFamilies(makeSweep(SWEEP_B));
    const cr = buildCrossRun([fam!], t) as { families: { goodput: Record<string, unknown> }[] };
    expect(cr.families[0]?.goodput).toMatchObject({
      max_compliant_concurrency: 32,
      cell_id: 'sweep/conc32',
      tput_per_gpu: 466.5215385449636,
      compliant_points: 4,
      points: 5,
    });
  });

  it('short families ask for more points; cells below the partial-run line for a re-run', () => {
    const cells = makeSweep([
      { conc: 256, metrics: { p99_ttft: 2.1, tput_per_gpu: 1824 } },
      {
        conc: 512,
        metrics: { p99_ttft: 3.5, tput_per_gpu: 2502 },
        completion: { status: 'partial', num_requests_total: 100, num_requests_successful: 90, success_rate: 0.9 },
      },
    ]);
    const [fam] = buildFamilies(cells);
    expect(nextMeasurements(fam!, T).map((m) => [m.concurrency, m.kind])).toEqual([
      [512, 're_run'],
      [1024, 'new_point'],
    ]);
    // 99.6% (the AgentX c32 cell) is above the 95% line: no re-run.
    (cells[1] as { completion: { success_rate: number } }).completion.success_rate = 0.996;
    expect(nextMeasurements(buildFamilies(cells)[0]!, T).map((m) => m.concurrency)).toEqual([1024]);
  });

  it('midpoint between adjacent integers does not exist', () => {
    expect(midConcurrency(32, 64)).toBe(48);
    expect(midConcurrency(1, 2)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** A healthy monotone curve: every step gains ≥ 6% throughput and p99 TTFT grows < 1.9×. */
const healthyCurve = fc
  .record({
    n: fc.integer({ min: 2, max: 8 }),
    tput0: fc.double({ min: 1, max: 5000, noNaN: true }),
    ttft0: fc.double({ min: 0.01, max: 10, noNaN: true }),
    gains: fc.array(fc.double({ min: 0.06, max: 2, noNaN: true }), { minLength: 8, maxLength: 8 }),
    ttftRatios: fc.array(fc.double({ min: 0.5, max: 1.9, noNaN: true }), { minLength: 8, maxLength: 8 }),
  })
  .map(({ n, tput0, ttft0, gains, ttftRatios }) => {
    const pts: { conc: number; metrics: Record<string, number> }[] = [];
    let tput = tput0;
    let ttft = ttft0;
    for (let i = 0; i < n; i++) {
      pts.push({
        conc: 2 ** (i + 1),
        metrics: { tput_per_gpu: tput, total_tput_tps: tput * 8, p99_ttft: ttft, p99_tpot: 0.02 },
      });
      tput *= 1 + (gains[i] as number);
      ttft *= ttftRatios[i] as number;
    }
    return pts;
  });

describe('properties', () => {
  it('a monotone healthy curve never yields a cliff or a plateau', () => {
    fc.assert(
      fc.property(healthyCurve, (pts) => {
        const [fam] = buildFamilies(makeSweep(pts));
        expect(detectTtftCliffs(fam!, T)).toEqual([]);
        expect(detectPlateaus(fam!, T)).toEqual([]);
        const codes = FINDING_RULES.flatMap((r) => r.evaluate(makeContext(makeSweep(pts)))).map((f) => f.code);
        expect(codes.filter((c) => c === 'ttft_cliff' || c === 'throughput_plateau')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  const anyCurve = fc.array(
    fc.record({
      tput: fc.option(fc.double({ min: 1, max: 5000, noNaN: true }), { nil: undefined }),
      ttft: fc.option(fc.double({ min: 0.01, max: 60, noNaN: true }), { nil: undefined }),
      tpot: fc.option(fc.double({ min: 0.001, max: 1, noNaN: true }), { nil: undefined }),
      hit: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      kv: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      fam: fc.constantFrom('vllm', 'sglang'),
    }),
    { minLength: 1, maxLength: 10 },
  );

  const toCells = (
    rows: { tput?: number; ttft?: number; tpot?: number; hit?: number; kv?: number; fam: string }[],
  ): Cell[] =>
    rows.map(
      (r, i) =>
        makeSweep(
          [
            {
              conc: 2 ** (i + 1),
              metrics: {
                ...(r.tput === undefined ? {} : { tput_per_gpu: r.tput }),
                ...(r.ttft === undefined ? {} : { p99_ttft: r.ttft }),
                ...(r.tpot === undefined ? {} : { p99_tpot: r.tpot }),
                ...(r.hit === undefined ? {} : { server_gpu_cache_hit_rate: r.hit, theoretical_cache_hit_rate: 0.9 }),
                ...(r.kv === undefined ? {} : { kv_cache_usage_p95: r.kv }),
              },
            },
          ],
          { framework: r.fam },
          r.fam,
        )[0] as Cell,
    );

  const allFindings = (cells: Cell[]): Finding[] =>
    FINDING_RULES.flatMap((r) => r.evaluate(makeContext(cells))).sort(compareFindings);

  it('reordering input cells never changes the findings', () => {
    fc.assert(
      fc.property(anyCurve, fc.nat(), (rows, seed) => {
        const cells = toCells(rows);
        const shuffled = cells.slice();
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2 ** 31;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as Cell, shuffled[i] as Cell];
        }
        expect(JSON.stringify(allFindings(shuffled))).toBe(JSON.stringify(allFindings(cells)));
      }),
      { numRuns: 200 },
    );
  });

  it('reordering input fragments never changes the report', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }), (order) => {
        const frags = SWEEP_B.map((p) =>
          makeFragment({
            dir: `bmk_c${p.conc}`,
            identity: { concurrency: p.conc },
            metrics: p.metrics,
            files: [`bmk_c${p.conc}/agg.json`],
            artifacts: { aggregate: `bmk_c${p.conc}/agg.json` },
          }),
        );
        const report = (fs: typeof frags) =>
          JSON.stringify(
            buildReport({
              adapterResults: [{ fragments: fs, findings: [], manifest: [] }],
              files: [],
              claimed: new Set(),
              scanFindings: [],
              inputRoot: 'x',
              generatedAt: '2026-01-01T00:00:00.000Z',
              version: 't',
              thresholds: T,
              cost: { currency: 'USD', gpuHourCost: 4 },
            }),
          );
        expect(report(order.map((i) => frags[i]!))).toBe(report(frags));
      }),
      { numRuns: 30 },
    );
  });
});
