/**
 * Serial gatekeeping at the cell level (run-level.ts gateOpen, decide.ts beyond_cell_noise;
 * docs/COMPARE.md "Levels: serial gatekeeping"): the cell share of run_alpha is split over the cells' primary noise
 * families only (throughput, TTFT, TPOT/ITL, E2EL), and a tail family (TTFT tail, TPOT/ITL tail,
 * E2EL tail) is tested at its median family's level only when that median family was rejected in
 * the same cell and direction. Both halves are checked on whole compares.
 */
import { describe, expect, it } from 'vitest';
import { compareReports, type MetricComparison, type ReportDiff } from '../../../src/core/compare/index.js';
import type { Cell } from '../../../src/core/types.js';
import { makeCell, makeReport } from '../../helpers/reports.js';

const CONCS = [16, 32, 64, 96];
/** Per base run and cell: small run-to-run jitter (±1–2%), different per cell. */
const JITTER = [
  [1, 1.01, 0.99, 1.02],
  [1.015, 0.99, 1.01, 0.985],
  [0.985, 1.005, 1.02, 1.01],
  [1.01, 0.985, 0.995, 0.99],
  [0.99, 1.01, 0.985, 1.005],
];

/** A 4-cell sweep: metrics per cell, times the run's jitter; `changed` scales cell c32's p50 / p99 TTFT. */
function sweep(run: number[], changed: { p50?: number; p99?: number } = {}): Cell[] {
  return CONCS.map((c, i) => {
    const j = run[i] as number;
    const hit = c === 32;
    return makeCell({
      concurrency: c,
      metrics: {
        tput_per_gpu: (500 + 10 * c) / j,
        p50_ttft: (0.2 + 0.002 * c) * j * (hit ? (changed.p50 ?? 1) : 1),
        p99_ttft: (0.5 + 0.005 * c) * j * (hit ? (changed.p99 ?? 1) : 1),
        p50_tpot: 0.02 * j,
        p99_tpot: 0.04 * j,
      },
    });
  });
}

const bases = JITTER.map((run) => makeReport(sweep(run)));

function m(diff: ReportDiff, name: string): MetricComparison {
  const c = diff.cells.find((x) => x.head_cell_id === 'bmk_c32');
  const r = c?.verdict?.comparisons.find((x) => x.metric === name);
  expect(r, name).toBeTruthy();
  return r as MetricComparison;
}

const head = (changed: { p50?: number; p99?: number }): ReportDiff =>
  compareReports(bases, makeReport(sweep([1, 1, 1, 1], changed)));

/** The p50 TTFT change of cell c32 at which its cell test's p is `target` (bisection; p falls as the change grows). */
function p50FactorFor(target: number): number {
  let lo = 1;
  let hi = 2;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if ((m(head({ p50: mid }), 'p50_ttft').noise?.p as number) > target) lo = mid;
    else hi = mid;
  }
  return hi;
}

// Per cell: throughput, TTFT, TPOT primary families; TTFT tail and TPOT tail behind their gates.
const CELLS = CONCS.length;
const PRIMARY = 3 * CELLS;
const TAILS = 2 * CELLS;
const RUN_ALPHA = 0.06;
/** The cell level of the gatekeeping split (0.5 of run_alpha over the primary families, per direction). */
const LEVEL = (RUN_ALPHA * 0.5) / (2 * PRIMARY);
/** The level the Bonferroni split over every family (0.6 of run_alpha over primary and tail families) gave. */
const BONFERRONI_ALL = (RUN_ALPHA * 0.6) / (2 * (PRIMARY + TAILS));

describe('serial gatekeeping of tail families behind their medians', () => {
  it('the gatekeeping split is wider than the all-families Bonferroni one', () => {
    expect(LEVEL / BONFERRONI_ALL).toBeCloseTo((0.5 / 0.6) * ((PRIMARY + TAILS) / PRIMARY), 12);
    expect(LEVEL).toBeGreaterThan(BONFERRONI_ALL);
  });

  it('a median change found only with the gatekeeping split (p between the two levels) is a REGRESSION', () => {
    const f = p50FactorFor(Math.sqrt(LEVEL * BONFERRONI_ALL));
    const d = head({ p50: f });
    const c = m(d, 'p50_ttft');
    const p = c.noise?.p as number;
    expect(p).toBeGreaterThan(BONFERRONI_ALL);
    expect(p).toBeLessThanOrEqual(LEVEL);
    expect(c.method).toBe('run_interval');
    expect(c.outcome).toBe('regressed');
    expect(c.reason).toBe('beyond_cell_noise');
    expect(d.verdict.verdict).toBe('REGRESSION');
    // q = p · run_alpha / cell level: the compare used the gatekeeping level (q ≤ run_alpha).
    expect(c.q_value as number).toBeCloseTo((p * RUN_ALPHA) / LEVEL, 3);
    expect(c.q_value as number).toBeLessThanOrEqual(RUN_ALPHA);
  });

  it('a tail whose median moved but was not rejected is not tested at the cell level: at most suspicious', () => {
    // The median moves beyond its usual range (p ≤ 0.05: "backed" by the old rule) but not to a
    // rejection; the p99 moves far (its own p well within the cell level).
    const f = p50FactorFor(0.01);
    const d = head({ p50: f, p99: 1.5 });
    const p50 = m(d, 'p50_ttft');
    const p99 = m(d, 'p99_ttft');
    expect(p50.outcome).toBe('unchanged');
    expect(p50.noise?.p as number).toBeGreaterThan(LEVEL);
    expect(p50.noise?.p as number).toBeLessThanOrEqual(0.05);
    expect(p99.noise?.p as number).toBeLessThanOrEqual(LEVEL);
    expect(p99.outcome).toBe('unchanged');
    expect(p99.reason).toBe('beyond_usual_range');
    expect(p99.suspicious).toBe(true);
    expect(d.verdict.verdict).toBe('NEUTRAL');
  });

  it('a tail whose median was rejected in the same cell passes the gate and is tested at the same level', () => {
    const d = head({ p50: 1.4, p99: 1.5 });
    expect(m(d, 'p50_ttft').outcome).toBe('regressed');
    const p99 = m(d, 'p99_ttft');
    expect(p99.outcome).toBe('regressed');
    expect(p99.reason).toBe('beyond_cell_noise');
  });

  it('the gate is per direction: a median rejected as better does not open its tail toward worse', () => {
    const d = head({ p50: 1 / 1.4, p99: 1.5 });
    expect(m(d, 'p50_ttft').outcome).toBe('improved');
    expect(m(d, 'p99_ttft').outcome).toBe('unchanged');
  });
});
