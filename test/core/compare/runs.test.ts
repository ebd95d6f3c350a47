/**
 * Runs as the unit of evidence: base history, the cell's own noise shrunk toward the prior, the
 * heavy tail with one base run, coherence across load points and the sweep, and the item-6 bugs
 * (native throughput, TPOT = ITL, missing cells).
 */
import { describe, expect, it } from 'vitest';
import { compareReports, type MetricComparison, type ReportDiff } from '../../../src/core/compare/index.js';
import {
  bivariateNormalUpper,
  familyTestLevel,
  hunterUnionBound,
  normalUpper,
  pooledSpread,
  studentTQuantileUpper,
  studentTUpper,
} from '../../../src/core/compare/run-stats.js';
import type { Cell } from '../../../src/core/types.js';
import { validateContract } from '../../../src/schemas/validate.js';
import { makeCell, makeReport, sketchOf } from '../../helpers/reports.js';

function m(diff: ReportDiff, name: string, cellId = 'bmk_c8'): MetricComparison {
  const c = diff.cells.find((x) => x.head_cell_id === cellId || x.base_cell_id === cellId);
  const r = c?.verdict?.comparisons.find((x) => x.metric === name);
  expect(r, `${cellId} ${name}`).toBeTruthy();
  return r as MetricComparison;
}

/** A sweep of cells c1…c16 whose p99 TTFT is `ttft[i]` and throughput/GPU `tput[i]`. */
/** One known node for every run: the cells' own spread decides (no jump share; noise-prior.ts JUMP). */
const NODE = { cluster: null, runner: null, host: 'gpu-node-1', image: null };

function sweep(ttft: number[], tput: number[]): Cell[] {
  return ttft.map((t, i) => ({
    ...makeCell({ concurrency: 2 ** i, metrics: { p99_ttft: t, p50_ttft: t / 2, tput_per_gpu: tput[i] as number } }),
    environment: NODE,
  }));
}

describe('Student t, pooled spread, effective tests, BH', () => {
  it('matches tabulated t quantiles', () => {
    expect(studentTUpper(2.776, 4)).toBeCloseTo(0.025, 4);
    expect(studentTUpper(2.021, 40)).toBeCloseTo(0.025, 3);
    expect(studentTUpper(0, 7)).toBeCloseTo(0.5, 12);
    expect(studentTQuantileUpper(0.025, 4)).toBeCloseTo(2.776, 3);
    expect(studentTQuantileUpper(0.005, 9)).toBeCloseTo(3.25, 2);
  });

  it('pools within-group variance with Σ(k−1) degrees of freedom', () => {
    const p = pooledSpread([[1, 3], [10, 12, 14], [5]]);
    expect(p?.df).toBe(3);
    expect(p?.sd).toBeCloseTo(Math.sqrt((2 + 8) / 3), 12);
    expect(pooledSpread([[1], [2]])).toBeNull();
  });

  it('bivariate normal tail: Sheppard at c = 0, the product at ρ = 0, the margin at ρ = 1', () => {
    for (const r of [-0.9, -0.5, 0, 0.3, 0.9, 0.99])
      expect(bivariateNormalUpper(0, r)).toBeCloseTo(0.25 + Math.asin(r) / (2 * Math.PI), 7);
    expect(bivariateNormalUpper(2.5, 0)).toBeCloseTo(normalUpper(2.5) ** 2, 12);
    expect(bivariateNormalUpper(2.5, 1)).toBeCloseTo(normalUpper(2.5), 12);
    expect(normalUpper(1.959964)).toBeCloseTo(0.025, 6);
    // P(Z1 > 1, Z2 > 1; ρ = 0.5) = 0.0625141 (scipy multivariate_normal.cdf([-1, -1])).
    expect(bivariateNormalUpper(1, 0.5)).toBeCloseTo(0.0625141, 6);
  });

  it("Hunter's bound: m·p − (m − 1)·p² for independent tests, one test's p when identical", () => {
    const p = normalUpper(2.5);
    const id = [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ];
    expect(hunterUnionBound(2.5, id)).toBeCloseTo(3 * p - 2 * p * p, 12);
    const same = [
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ];
    expect(hunterUnionBound(2.5, same)).toBeCloseTo(p, 12);
  });

  it('family test level: α/m-ish for independent tests, α for identical ones, in between when correlated', () => {
    const r = (x: number): number[][] => [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (i === j ? 1 : x)));
    const ind = familyTestLevel(r(0), 0.01);
    // Solves 4p − 3p² = 0.01: p = (4 − √(16 − 0.12)) / 6.
    expect(ind).toBeCloseTo((4 - Math.sqrt(16 - 0.12)) / 6, 6);
    expect(familyTestLevel(r(1), 0.01)).toBeCloseTo(0.01, 9);
    const mid = familyTestLevel(r(0.98), 0.005);
    // Monte Carlo of the max of 4 equicorrelated normals puts the true count near 1.45 at this level.
    expect(0.005 / mid).toBeGreaterThan(1.3);
    expect(0.005 / mid).toBeLessThan(1.9);
  });
});

describe('base history: a verdict whose unit is the run', () => {
  // Five base runs of a 4-cell sweep: each metric varies ±2% run to run.
  const jitter = [1, 1.02, 0.98, 1.01, 0.99];
  const bases = jitter.map((j, k) =>
    makeReport(
      sweep(
        [1, 1.2, 1.4, 1.6].map((x, i) => x * j * (1 + 0.005 * ((i + k) % 3))),
        [1000, 900, 800, 700].map((x, i) => x / j / (1 + 0.004 * ((i + 2 * k) % 3))),
      ),
    ),
  );

  it('a +6% change inside 5 runs of ±2% noise is NEUTRAL… and a +15% one is REGRESSION, with runs named', () => {
    const within = compareReports(bases, makeReport(sweep([1.03, 1.2, 1.4, 1.6], [1000, 900, 800, 700])));
    expect(within.verdict.verdict).toBe('NEUTRAL');
    const out = compareReports(bases, makeReport(sweep([1, 1.2 * 1.15, 1.4, 1.6], [1000, 900, 800, 700])));
    expect(out.verdict.verdict).toBe('REGRESSION');
    const c = m(out, 'p50_ttft', 'bmk_c2');
    expect(c.outcome).toBe('regressed');
    expect(c.reason).toBe('beyond_cell_noise');
    expect(c.method).toBe('run_interval');
    expect(c.basis).toBe('run_interval');
    expect(c.n_base_runs).toBe(5);
    expect(c.n_head_runs).toBe(1);
    expect(c.run_spread).toBeGreaterThan(0);
    expect(c.noise?.own_df).toBe(4);
    expect(c.interval).not.toBeNull();
    expect(c.note).toMatch(/5 base runs/);
    const cell = out.cells.find((x) => x.head_cell_id === 'bmk_c2');
    expect(cell?.verdict?.base_runs).toBe(5);
    expect(cell?.verdict?.basis).toBe('run_interval');
    expect(out.verdict.base_runs).toBe(5);
    expect(out.runs?.base_reports).toBe(5);
    expect(validateContract('inferguard-report-diff/v1', out).ok).toBe(true);
  });

  it("a cell's own spread decides, not the sweep's: +15% in a cell whose runs move ±10% is noise", () => {
    // Cell c2's p50 TTFT varies ±10% run to run; the other cells ±2%.
    const noisy = jitter.map((j, k) =>
      makeReport(
        sweep(
          [1, 1.2 * [1, 1.1, 0.9, 1.08, 0.93][k]!, 1.4, 1.6].map((x) => x * j),
          [1000, 900, 800, 700].map((x) => x / j),
        ),
      ),
    );
    const d = compareReports(noisy, makeReport(sweep([1, 1.2 * 1.15, 1.4, 1.6], [1000, 900, 800, 700])));
    const c = m(d, 'p50_ttft', 'bmk_c2');
    expect(c.outcome).toBe('unchanged');
    expect(c.noise?.spread).toBeGreaterThan(0.05);
  });

  it('aggregates: an isolated tail swing (p99 +30%, its median flat) is at most suspicious', () => {
    const tailOnly = sweep([1, 1.2, 1.4, 1.6], [1000, 900, 800, 700]).map((c, i) =>
      i === 1 ? { ...c, metrics: { ...c.metrics, p99_ttft: 1.2 * 1.3 } } : c,
    );
    const d = compareReports(bases, makeReport(tailOnly));
    const p99 = m(d, 'p99_ttft', 'bmk_c2');
    expect(p99.method).toBe('run_interval');
    expect(p99.outcome).toBe('unchanged');
    expect(p99.reason).toBe('isolated_tail');
    expect(p99.suspicious).toBe(true);
    expect(d.verdict.suspicious).toContain('bmk_c2: p99_ttft');
    expect(d.verdict.verdict).toBe('NEUTRAL');
  });

  it('with two base runs the run-noise floor is the minimum effect: −6% throughput is below it', () => {
    const two = bases.slice(0, 2);
    const small = compareReports(two, makeReport(sweep([1, 1.2, 1.4, 1.6], [940, 900, 800, 700])));
    const c = m(small, 'tput_per_gpu', 'bmk_c1');
    expect(c.outcome).toBe('unchanged');
    expect(c.reason).toBe('below_min_effect');
    expect(c.threshold?.name).toBe('run_noise_floor.throughput');
    expect(c.n_base_runs).toBe(2);
  });

  it('compare.accept acknowledges a regression: reported with reason accepted, the verdict NEUTRAL', () => {
    const head = makeReport(sweep([1, 1.2 * 1.15, 1.4, 1.6], [1000, 900, 800, 700]));
    const d = compareReports(bases, head, { accept: ['bmk_c2: p50_ttft', 'p99_ttft'] });
    const c = m(d, 'p50_ttft', 'bmk_c2');
    expect(c.outcome).toBe('unchanged');
    expect(c.reason).toBe('accepted');
    expect(c.note).toMatch(/acknowledged/);
    expect(d.settings.accept).toEqual(['bmk_c2: p50_ttft', 'p99_ttft']);
    expect(d.verdict.verdict).toBe('NEUTRAL');
    expect(validateContract('inferguard-report-diff/v1', d).ok).toBe(true);
  });

  it('repeated head runs in one report are pooled as head runs', () => {
    const head = makeReport([
      ...sweep([1, 1.2, 1.4, 1.6], [1000, 900, 800, 700]),
      ...sweep([1.01, 1.19, 1.41, 1.6], [1001, 899, 801, 700]).map((c) => ({ ...c, cell_id: `${c.cell_id}_r2` })),
    ]);
    const d = compareReports(bases, head);
    expect(m(d, 'p99_ttft', 'bmk_c1').n_head_runs).toBe(2);
    expect(d.cells).toHaveLength(4);
  });
});

describe('one base run: the heavy tail, and coherence across load points', () => {
  /** Two families (ISL 1024 and 8192) × 6 concurrencies, one base run. */
  const family = (isl: number, tput: (i: number) => number): Cell[] =>
    [1, 2, 4, 8, 16, 32].map((c, i) =>
      makeCell({
        cell_id: `i${isl}_c${c}`,
        isl,
        concurrency: c,
        metrics: { tput_per_gpu: tput(i), p50_ttft: 0.5, p99_ttft: 1 },
      }),
    );
  const wiggle = [1, 1.003, 0.998, 1.001, 0.999, 1.002];
  const base = makeReport([...family(1024, () => 1000), ...family(8192, () => 500)]);

  it('a −12% throughput change in one cell is inside the heavy tail of one run: no verdict', () => {
    const head = makeReport([
      ...family(1024, (i) => (i === 2 ? 880 : 1000 * (wiggle[i] as number))),
      ...family(8192, (i) => 500 * (wiggle[i] as number)),
    ]);
    const d = compareReports(base, head);
    const c = m(d, 'tput_per_gpu', 'i1024_c4');
    expect(c.outcome).toBe('unchanged');
    expect(c.noise?.own_df).toBe(0);
    expect(d.verdict.verdict).toBe('NEUTRAL');
    // The comment can say what one base run could have seen.
    const det = d.verdict.detectable?.find((x) => x.metric === 'tput_per_gpu');
    expect(det).toBeTruthy();
    expect(det?.change === null || Math.abs(det?.change ?? 0) > 0.12).toBe(true);
  });

  it('the same −12% across every load point of a family is a coherent regression', () => {
    const head = makeReport([
      ...family(1024, (i) => 880 * (wiggle[i] as number)),
      ...family(8192, (i) => 500 * (wiggle[i] as number)),
    ]);
    const d = compareReports(base, head);
    expect(d.verdict.verdict).toBe('REGRESSION');
    for (const c of [1, 2, 4, 8, 16, 32]) {
      const x = m(d, 'tput_per_gpu', `i1024_c${c}`);
      expect(x.outcome).toBe('regressed');
      expect(x.reason).toBe('coherent_family');
    }
    expect(m(d, 'tput_per_gpu', 'i8192_c4').outcome).toBe('unchanged');
  });

  it("the whole sweep moving together beyond one cell's noise is a coherent sweep change", () => {
    const head = makeReport([
      ...family(1024, (i) => 650 * (wiggle[i] as number)),
      ...family(8192, (i) => 325 * (wiggle[i] as number)),
    ]);
    const d = compareReports(base, head);
    const reasons = new Set(d.verdict.comparisons.filter((x) => x.metric === 'tput_per_gpu').map((x) => x.reason));
    expect(d.verdict.verdict).toBe('REGRESSION');
    expect([...reasons].every((r) => r === 'coherent_sweep' || r === 'beyond_cell_noise')).toBe(true);
    expect(reasons.has('coherent_sweep')).toBe(true);
  });
});

describe('bad input: a stated reason, never a regression from missing evidence', () => {
  const cells = (ttft: number[]): Cell[] => sweep(ttft, [1000, 900, 800, 700]);

  it('base runs that disagree wildly: the cell’s own spread is wide, a +40% head is within it', () => {
    const wild = [1, 1.6, 0.6, 1.3, 0.8].map((j) => makeReport(cells([1 * j, 1.2, 1.4, 1.6])));
    const d = compareReports(wild, makeReport(cells([1.4, 1.2, 1.4, 1.6])));
    const c = m(d, 'p50_ttft', 'bmk_c1');
    expect(c.outcome).toBe('unchanged');
    expect(c.reason).toBe('within_cell_noise');
    expect(c.noise?.spread).toBeGreaterThan(0.2);
    expect(d.verdict.verdict).not.toBe('REGRESSION');
  });

  it('a history where half the cells are missing decides those cells on the runs they have', () => {
    const full = makeReport(cells([1, 1.2, 1.4, 1.6]));
    const half = [1, 2, 3, 4].map(() => makeReport(cells([1, 1.2, 1.4, 1.6]).slice(0, 2)));
    const d = compareReports([full, ...half], makeReport(cells([1, 1.2, 1.4 * 1.1, 1.6])));
    expect(m(d, 'p50_ttft', 'bmk_c1').n_base_runs).toBe(5);
    const c = m(d, 'p50_ttft', 'bmk_c4');
    expect(c.n_base_runs).toBe(1);
    expect(c.outcome).toBe('unchanged');
    expect(d.verdict.verdict).toBe('NEUTRAL');
  });

  it('no cell matched at all (another framework name) is never a regression: nothing comparable, and why', () => {
    const side = (framework: string): Cell[] => [8, 16].map((c) => makeCell({ framework, concurrency: c }));
    const d = compareReports(makeReport(side('openai')), makeReport(side('vllm')));
    expect(d.counts).toMatchObject({ new: 2, missing: 2 });
    expect(d.verdict.verdict).toBe('INSUFFICIENT_DATA');
    expect(d.verdict.regressions).toEqual([]);
    expect(d.verdict.summary).toMatch(/^Nothing comparable: no head cell matches a cell of the base/);
    expect(d.verdict.summary).toContain('framework: openai → vllm');
    expect(validateContract('inferguard-report-diff/v1', d).ok).toBe(true);
  });

  it('head cells the history never saw are new, with no verdict', () => {
    const d = compareReports(
      makeReport(cells([1, 1.2, 1.4, 1.6])),
      makeReport([...cells([1, 1.2, 1.4, 1.6]), makeCell({ concurrency: 64 })]),
    );
    const c = d.cells.find((x) => x.head_cell_id === 'bmk_c64');
    expect(c?.status).toBe('new');
    expect(c?.verdict).toBeNull();
    expect(d.verdict.verdict).toBe('NEUTRAL');
  });
});

describe('item 6 bugs', () => {
  it('native cells (output_tput_tps only) get a throughput comparison', () => {
    const cell = (v: number): Cell => {
      const c = makeCell({ metrics: { output_tput_tps: v } });
      c.metrics = { output_tput_tps: v };
      return c;
    };
    const d = compareReports(
      [1, 2, 3].map(() => makeReport([cell(1000)])),
      makeReport([cell(880)]),
    );
    expect(m(d, 'output_tput_tps').outcome).toBe('regressed');
    // With per-GPU throughput present the whole-run tok/s is not a second test.
    const both = compareReports(
      makeReport([makeCell({ metrics: { tput_per_gpu: 100, output_tput_tps: 1000 } })]),
      makeReport([makeCell({ metrics: { tput_per_gpu: 100, output_tput_tps: 500 } })]),
    );
    expect(both.cells[0]?.verdict?.comparisons.some((x) => x.metric === 'output_tput_tps')).toBe(false);
  });

  it('AgentX TPOT = ITL (same samples) is decided once, as ITL', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 0.02 + i * 1e-4);
    const agentx = (scale: number): Cell => {
      const itl = sketchOf(xs.map((x) => x * scale));
      return makeCell({
        metrics: { p50_itl: itl.values[50] as number, p50_tpot: itl.values[50] as number },
        samples: { itl_s: itl, tpot_s: { n: itl.n, values: [...itl.values] } },
      });
    };
    const d = compareReports(makeReport([agentx(1)]), makeReport([agentx(1.3)]));
    expect(m(d, 'p50_tpot').method).toBe('informational');
    expect(m(d, 'p50_tpot').note).toMatch(/same per-request values as p50_itl/);
    expect(m(d, 'p50_itl').outcome).toBe('regressed');
    expect(d.cells[0]?.verdict?.regressions).not.toContain('p50_tpot');
  });

  it('a cell missing from head is a completion regression named in the headline', () => {
    const base = makeReport([makeCell({ concurrency: 8 }), makeCell({ concurrency: 16 })]);
    const head = makeReport([makeCell({ concurrency: 8 })]);
    const d = compareReports(base, head);
    expect(d.verdict.verdict).toBe('REGRESSION');
    expect(d.verdict.confidence).toBe(1);
    expect(d.verdict.regressions).toContain('bmk_c16: missing from head');
    expect(d.verdict.summary).toMatch(
      /^Completion regression: 1 cell\(s\) of the base sweep missing from head \(bmk_c16\)/,
    );
    expect(d.cells.find((c) => c.status === 'missing')?.reasons[0]).toMatch(/completion regression/);
  });
});
