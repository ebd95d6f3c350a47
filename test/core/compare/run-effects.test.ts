/**
 * Run (node) effects (run-effects.ts, docs/COMPARE.md "Run effects"): with ≥ 3 base runs and ≥ 6
 * cells sharing them, the cell test works on each cell's runs net of the effect every cell of a
 * run shares, so a quiet cell is measured against its own noise, not the node's; a shift of the
 * whole sweep stays the sweep test's; bad input still gets a stated reason and never a regression.
 */
import { describe, expect, it } from 'vitest';
import { compareReports, type MetricComparison, type ReportDiff } from '../../../src/core/compare/index.js';
import { estimateRunEffects, netOfRunEffects, type RunValues } from '../../../src/core/compare/run-effects.js';
import { mulberry32 } from '../../../src/core/compare/stats.js';
import type { Cell, Report } from '../../../src/core/types.js';
import { makeCell, makeReport } from '../../helpers/reports.js';

const CONC = [1, 4, 16, 64, 128, 256];
const ISL = [1024, 8192];
/** Shared effects of the five base runs (ln; the node's spread ≈ 2.7%) and of the head run. */
const BASE_NODES = [0.03, -0.024, 0.01, -0.02, 0.028];
const HEAD_NODE = 0.024;

function cellId(isl: number, c: number): string {
  return `i${isl}_c${c}`;
}

/**
 * One run of a 12-cell sweep (2 families × 6 concurrencies) on a node with effect `node`: every
 * latency × exp(node), throughput × exp(−node), each cell with 0.2% noise of its own; `change`
 * multiplies one cell's throughput (and, when given, its TTFT).
 */
function run(
  random: () => number,
  node: number,
  change?: { id: string; tput?: number; ttft?: number },
  drop?: (id: string) => boolean,
): Report {
  const cells: Cell[] = [];
  for (const isl of ISL)
    for (const c of CONC) {
      const id = cellId(isl, c);
      if (drop?.(id)) continue;
      const own = (): number => 0.002 * (2 * random() - 1) * Math.sqrt(3);
      const hit = change?.id === id;
      const tput = 100 * Math.sqrt(c) * Math.exp(-node + own()) * (hit ? (change?.tput ?? 1) : 1);
      const ttft = 0.05 * (isl / 1024) * (1 + c / 32) * Math.exp(node + own()) * (hit ? (change?.ttft ?? 1) : 1);
      const cell = makeCell({ cell_id: id, concurrency: c, isl, metrics: { tput_per_gpu: tput, p50_ttft: ttft } });
      cell.metrics = { tput_per_gpu: tput, p50_ttft: ttft };
      cells.push(cell);
    }
  return makeReport(cells);
}

function history(seed: number, drop?: (id: string, k: number) => boolean): { random: () => number; base: Report[] } {
  const random = mulberry32(seed);
  return { random, base: BASE_NODES.map((n, k) => run(random, n, undefined, drop ? (id) => drop(id, k) : undefined)) };
}

function m(d: ReportDiff, id: string, metric: string): MetricComparison {
  const cell = d.cells.find((c) => c.head_cell_id === id);
  const r = cell?.verdict?.comparisons.find((x) => x.metric === metric);
  expect(r, `${id} ${metric}`).toBeTruthy();
  return r as MetricComparison;
}

describe('estimateRunEffects: the two-way decomposition', () => {
  const levels = [1, 2.5, -0.3, 4, 0.7, 3.3];
  const nodes = [0.03, -0.01, -0.02, 0.005];
  const exact = (head: number): RunValues[] =>
    levels.map((l) => ({
      base: nodes.map((n) => l + n),
      head: [l + head],
      baseIds: nodes.map((_, k) => `${k}/0`),
      headIds: ['0/0'],
    }));

  it('recovers every run’s effect, the head’s shift and its standard error from cells × runs', () => {
    const fx = estimateRunEffects(exact(0.04), 6);
    expect(fx).not.toBeNull();
    const mean = nodes.reduce((a, b) => a + b, 0) / nodes.length;
    nodes.forEach((n, k) => expect(fx?.base.get(`${k}/0`)).toBeCloseTo(n - mean, 12));
    expect(fx?.shift).toBeCloseTo(0.04 - mean, 12);
    const sd2 = nodes.reduce((a, n) => a + (n - mean) ** 2, 0) / (nodes.length - 1);
    expect(fx?.se).toBeCloseTo(Math.sqrt(sd2 * (1 / 4 + 1)), 12);
    expect(fx?.df).toBe(3);
    // Net of the effects, every cell's runs are its level: no spread and no change left.
    const net = netOfRunEffects(exact(0.04)[2] as RunValues, fx as NonNullable<typeof fx>, false);
    for (const y of [...(net?.base ?? []), ...(net?.head ?? [])]) expect(y).toBeCloseTo(-0.3 + mean, 12);
    // Kept (the sweep test called the shift a change): the head keeps it.
    const kept = netOfRunEffects(exact(0.04)[2] as RunValues, fx as NonNullable<typeof fx>, true);
    expect((kept?.head[0] as number) - (kept?.base[0] as number)).toBeCloseTo(0.04 - mean, 12);
  });

  it('a changed cell does not move the run effects (medians over cells)', () => {
    const cells = exact(0);
    cells[1] = { ...(cells[1] as RunValues), head: [2.5 + 0.5] };
    const fx = estimateRunEffects(cells, 6);
    const mean = nodes.reduce((a, b) => a + b, 0) / nodes.length;
    expect(fx?.shift).toBeCloseTo(-mean, 12);
  });

  it('nothing is decomposed with fewer than 6 cells, fewer than 3 base runs, or a head run few cells share', () => {
    expect(estimateRunEffects(exact(0).slice(0, 5), 6)).toBeNull();
    const two = exact(0).map((c) => ({ ...c, base: c.base.slice(0, 2), baseIds: c.baseIds.slice(0, 2) }));
    expect(estimateRunEffects(two, 6)).toBeNull();
    const lonelyHead = exact(0).map((c, i) => ({ ...c, headIds: [i === 0 ? '0/0' : '0/1'] }));
    expect(estimateRunEffects(lonelyHead, 6)).toBeNull();
  });

  it('a cell with a run that has no estimate keeps its raw runs', () => {
    const fx = estimateRunEffects(exact(0), 6) as NonNullable<ReturnType<typeof estimateRunEffects>>;
    const stranger: RunValues = { base: [1, 2], head: [1], baseIds: ['0/0', '9/0'], headIds: ['0/0'] };
    expect(netOfRunEffects(stranger, fx, false)).toBeNull();
  });
});

describe('compare: a quiet cell measured against its own noise, not the node’s', () => {
  it('shared run effects across cells, one quiet cell −8% throughput: found (beyond_cell_noise)', () => {
    const { random, base } = history(7);
    const head = run(random, HEAD_NODE, { id: 'i8192_c16', tput: 0.92 });
    const d = compareReports(base, head);
    const c = m(d, 'i8192_c16', 'tput_per_gpu');
    expect(c.outcome).toBe('regressed');
    expect(c.reason).toBe('beyond_cell_noise');
    // The node's 2.7% is not in the cell's spread (its own is 0.2%), and the head's shift was removed.
    expect(c.noise?.spread).toBeLessThan(0.006);
    expect(c.noise?.run_shift_removed).toBe(true);
    expect(c.noise?.run_shift).toBeCloseTo(Math.exp(-HEAD_NODE + 0.0048) - 1, 2);
    // Against the raw runs (the node inside the spread) the same −8% is within the cell's noise.
    expect(c.effect_size).toBeCloseTo(0.92 - 1, 2);
    expect(d.verdict.verdict).toBe('REGRESSION');
    expect(d.verdict.regressions).toEqual(['i8192_c16: tput_per_gpu']);
  });

  it('the same runs without the change: no verdict (the node moved every cell alike)', () => {
    const { random, base } = history(7);
    const d = compareReports(base, run(random, HEAD_NODE));
    expect(d.verdict.verdict).toBe('NEUTRAL');
    expect(d.verdict.regressions).toEqual([]);
    expect(d.verdict.improvements).toEqual([]);
  });

  it('a whole sweep 25% slower is still found (beyond the node law: the cells keep the shift)', () => {
    const { random, base } = history(11);
    const raw = run(random, HEAD_NODE);
    for (const c of raw.cells) {
      c.metrics.tput_per_gpu = (c.metrics.tput_per_gpu as number) * 0.75;
      c.metrics.p50_ttft = (c.metrics.p50_ttft as number) * 1.25;
    }
    const d = compareReports(base, raw);
    expect(d.verdict.verdict).toBe('REGRESSION');
    for (const metric of ['tput_per_gpu', 'p50_ttft']) {
      const all = d.cells.flatMap((c) => c.verdict?.comparisons ?? []).filter((x) => x.metric === metric);
      expect(all).toHaveLength(12);
      expect(all.every((x) => x.outcome === 'regressed')).toBe(true);
      expect(all.every((x) => x.noise?.run_shift_removed === false)).toBe(true);
    }
  });

  it('a 3-cell sweep (InferenceX history samples 1–3 concurrencies a night): the node is removed too', () => {
    const keep = (id: string): boolean => !/^i1024_c(4|16|64)$/.test(id);
    const { random, base } = history(7, keep);
    const head = run(random, HEAD_NODE, { id: 'i1024_c16', tput: 0.92 }, keep);
    const d = compareReports(base, head);
    const c = m(d, 'i1024_c16', 'tput_per_gpu');
    expect(c.noise?.run_shift_removed).toBe(true);
    expect(c.noise?.spread).toBeLessThan(0.006);
    expect(c.outcome).toBe('regressed');
    // The same three cells without the change: the head node's +2.4% TTFT / −2.4% throughput is
    // the node's (its law measured on the base runs explains it), no verdict.
    const { random: r2, base: b2 } = history(7, keep);
    const aa = compareReports(b2, run(r2, HEAD_NODE, undefined, keep));
    expect(aa.verdict.verdict).toBe('NEUTRAL');
  });

  it('fewer than 3 cells: nothing is removed (a median of two is no node estimate, and no sweep test would see a shared shift)', () => {
    const keep = (id: string): boolean => !/^i1024_c(16|64)$/.test(id);
    const { random, base } = history(7, keep);
    const head = run(random, HEAD_NODE, { id: 'i1024_c16', tput: 0.92 }, keep);
    const c = m(compareReports(base, head), 'i1024_c16', 'tput_per_gpu');
    expect(c.noise?.run_shift).toBeUndefined();
    expect(c.noise?.spread).toBeGreaterThan(0.006);
  });
});

describe('bad input with run effects removed: a stated reason, never a regression from missing evidence', () => {
  it('base runs that disagree wildly in one cell: its own spread is wide, a +40% head is within it', () => {
    const { random, base } = history(3);
    [1, 1.6, 0.6, 1.3, 0.8].forEach((j, k) => {
      const cell = (base[k] as Report).cells.find((c) => c.cell_id === 'i1024_c4') as Cell;
      cell.metrics.p50_ttft = (cell.metrics.p50_ttft as number) * j;
    });
    const d = compareReports(base, run(random, HEAD_NODE, { id: 'i1024_c4', ttft: 1.4 }));
    const c = m(d, 'i1024_c4', 'p50_ttft');
    expect(c.outcome).toBe('unchanged');
    expect(c.reason).toBe('within_cell_noise');
    expect(c.noise?.spread).toBeGreaterThan(0.2);
    expect(d.verdict.verdict).not.toBe('REGRESSION');
  });

  it('a history where half the cells are missing: those cells are decided on the one run they have', () => {
    const { random, base } = history(5, (id, k) => k > 0 && id.startsWith('i8192'));
    const d = compareReports(base, run(random, HEAD_NODE, { id: 'i8192_c64', tput: 0.9 }));
    const c = m(d, 'i8192_c64', 'tput_per_gpu');
    expect(c.n_base_runs).toBe(1);
    expect(c.outcome).toBe('unchanged');
    expect(c.reason).not.toBe('beyond_cell_noise');
    expect(m(d, 'i1024_c64', 'tput_per_gpu').n_base_runs).toBe(5);
    expect(d.verdict.verdict).not.toBe('REGRESSION');
  });

  it('head cells the history never saw are new, with no verdict', () => {
    const { random, base } = history(5, (id) => id === 'i8192_c256');
    const d = compareReports(base, run(random, HEAD_NODE));
    const c = d.cells.find((x) => x.head_cell_id === 'i8192_c256');
    expect(c?.status).toBe('new');
    expect(c?.verdict).toBeNull();
    expect(d.verdict.verdict).toBe('NEUTRAL');
  });
});

describe('the family test needs a reference for the node’s shift', () => {
  it('one base run, a one-family sweep moved alike (a node, −9%): no coherent family change', () => {
    const wobble = [0.02, -0.02, 0.015, -0.015, 0.025, -0.025, 0.01, -0.01];
    const sweep = (f: (i: number) => number): Report =>
      makeReport(
        wobble.map((_, i) => {
          const tput = 100 * (i + 1) * f(i);
          const cell = makeCell({ cell_id: `c${2 ** i}`, concurrency: 2 ** i, metrics: { tput_per_gpu: tput } });
          cell.metrics = { tput_per_gpu: tput };
          return cell;
        }),
      );
    const d = compareReports(
      sweep(() => 1),
      sweep((i) => 0.91 * Math.exp(wobble[i] as number)),
    );
    const reasons = d.cells
      .flatMap((c) => c.verdict?.comparisons ?? [])
      .filter((x) => x.metric === 'tput_per_gpu')
      .map((x) => x.reason);
    expect(reasons).toHaveLength(8);
    // No other family to tell a node from a change: the sweep test decides, with a node's law.
    expect(reasons).not.toContain('coherent_family');
    expect(d.verdict.verdict).toBe('NEUTRAL');
  });
});
