import { describe, expect, it } from 'vitest';
import {
  compareReports,
  compareOptionsFromConfig,
  mergeFindings,
  type MetricComparison,
  type ReportDiff,
} from '../../../src/core/compare/index.js';
import { parseConfigText } from '../../../src/core/config.js';
import { UsageError, type Cell } from '../../../src/core/types.js';
import { validateContract } from '../../../src/schemas/validate.js';
import { makeCell, makeCost, makeFinding, makeReport, sketchOf, type CellOver } from '../../helpers/reports.js';

function metric(diff: ReportDiff, name: string, cell = 0): MetricComparison {
  const m = diff.cells[cell]?.verdict?.comparisons.find((c) => c.metric === name);
  expect(m, name).toBeTruthy();
  return m as MetricComparison;
}

function pair(base: CellOver, head: CellOver): ReportDiff {
  return compareReports(makeReport([makeCell(base)]), makeReport([makeCell(head)]));
}

describe('noise bands on aggregates', () => {
  // Defaults: latency +8%, throughput −5%, cost +5% (relative), success rate 1 point (absolute);
  // with fewer than min_base_runs base runs a change must also reach the run-noise floor (8% for
  // latency, throughput and cost; 12% for an aggregate p90+ latency percentile). These are the
  // practical minimum effect (rule below_min_effect); both edges are inclusive: a change equal to
  // the band / floor is beyond it, and then the cell's run-to-run noise decides.
  it.each([
    ['tput_per_gpu', 1000, 940, true], // −6%: beyond the band, within the run-noise floor
    ['tput_per_gpu', 1000, 920, false], // −8%: at the floor (inclusive)
    ['tput_per_gpu', 1000, 921, true], // −7.9%: just inside
    ['tput_per_gpu', 1000, 960, true], // −4%
    ['tput_per_gpu', 1000, 1080, false], // +8%
    ['p50_ttft', 1.0, 1.12, false], // +12% > +8%
    ['p50_ttft', 1.0, 1.08, false], // +8%: at the band edge (inclusive)
    ['p50_ttft', 1.0, 1.0799, true], // +7.99%: just inside the band
    ['p50_ttft', 1.0, 0.92, false], // −8%: the edge on the better side
    ['p50_ttft', 1.0, 0.9201, true], // −7.99%
    // A tail percentile on aggregates needs the latency_tail floor (12%), inclusive on both sides.
    ['p99_ttft', 1.0, 1.1, true], // +10%: beyond the band, within the tail floor
    ['p99_ttft', 1.0, 1.12, false], // +12%: at the tail floor
    ['p99_ttft', 1.0, 1.1199, true], // +11.99%
    ['p99_ttft', 1.0, 0.88, false], // −12%
    ['p99_ttft', 1.0, 0.8801, true], // −11.99%
  ] as const)('%s %s → %s: below the minimum effect %s', (name, b, h, below) => {
    const d = pair({ metrics: { [name]: b } }, { metrics: { [name]: h } });
    const m = metric(d, name);
    expect(m.method).toBe('noise_band');
    expect(m.reason === 'below_min_effect').toBe(below);
    // One base run: a single cell's change of this size is inside the heavy tail of run-to-run
    // noise, so it is never a verdict (at most suspicious).
    expect(m.outcome).toBe('unchanged');
    expect(m.relative_delta).toBeCloseTo((h - b) / b, 12);
    if (below) expect(m.threshold?.name).toMatch(/^(run_noise_floor|noise_bands)\./);
  });

  it('with one base run only a change beyond the heavy tail of one cell is a verdict: throughput halved', () => {
    const d = pair({ metrics: { tput_per_gpu: 1000 } }, { metrics: { tput_per_gpu: 400 } });
    const m = metric(d, 'tput_per_gpu');
    expect(m.outcome).toBe('regressed');
    expect(m.reason).toBe('beyond_cell_noise');
    expect(m.noise?.own_df).toBe(0);
    expect(m.noise?.family).toBe('throughput');
    expect(m.noise?.regime).toBe('low'); // concurrency 8
    const better = pair({ metrics: { p50_ttft: 0.5 } }, { metrics: { p50_ttft: 0.05 } });
    expect(metric(better, 'p50_ttft').outcome).toBe('improved');
  });

  it('success rate uses absolute points: 100% → 98.5% regresses, 100% → 99.5% does not', () => {
    const worse = pair(
      {},
      { completion: { num_requests_successful: 197, num_requests_total: 200, success_rate: 0.985, status: 'partial' } },
    );
    expect(metric(worse, 'success_rate').outcome).toBe('regressed');
    expect(metric(worse, 'success_rate').delta).toBeCloseTo(-0.015, 12);
    const fine = pair({}, { completion: { success_rate: 0.995 } });
    expect(metric(fine, 'success_rate').outcome).toBe('unchanged');
    // completed_requests is informational (depends on run length): 100 → 197 decides nothing.
    expect(metric(worse, 'completed_requests').outcome).toBe('informational');
  });

  it('per-metric band from options overrides the kind band', () => {
    const d = compareReports(
      makeReport([makeCell({ metrics: { p99_ttft: 1 } })]),
      makeReport([makeCell({ metrics: { p99_ttft: 1.12 } })]),
      { noiseBands: { p99_ttft: 0.2 } },
    );
    const m = metric(d, 'p99_ttft');
    expect(m.outcome).toBe('unchanged');
    expect(m.threshold).toEqual({ name: 'noise_bands.p99_ttft', value: 0.2, basis: 'relative' });
  });

  it('cost: +10% per million output tokens regresses (3 alike base runs); a different currency is incomparable', () => {
    const baseRuns = [1, 2, 3].map(() => makeReport([makeCell({ cost: makeCost() })]));
    const d = compareReports(
      baseRuns,
      makeReport([makeCell({ cost: makeCost({ cost_per_million_output_tokens: 2.2 }) })]),
    );
    expect(metric(d, 'cost_per_million_output_tokens').outcome).toBe('regressed');
    expect(metric(d, 'cost_per_completed_request').outcome).toBe('unchanged');
    expect(metric(d, 'compute_cost').outcome).toBe('informational');
    const e = pair({ cost: makeCost() }, { cost: makeCost({ currency: 'EUR' }) });
    expect(metric(e, 'cost_per_million_output_tokens').outcome).toBe('incomparable');
  });

  it('a metric missing on one side is insufficient_data, and a cell with nothing on both sides is insufficient_data', () => {
    const d = pair({ metrics: { tput_per_gpu: 1000 } }, { metrics: { tput_per_gpu: null } });
    expect(metric(d, 'tput_per_gpu').outcome).toBe('insufficient_data');
    const bare = (): Cell =>
      makeCell({
        metrics: { tput_per_gpu: null, p50_ttft: null, p99_ttft: null, p50_tpot: null, p99_tpot: null },
        completion: { success_rate: null, num_requests_successful: null, num_requests_total: null, status: 'unknown' },
      });
    const e = compareReports(makeReport([bare()]), makeReport([bare()]));
    expect(e.cells[0]?.status).toBe('insufficient_data');
    expect(e.cells[0]?.verdict?.verdict).toBe('INSUFFICIENT_DATA');
    expect(e.verdict.verdict).toBe('INSUFFICIENT_DATA');
  });
});

describe('eval scores (eval_regression semantics)', () => {
  it('a drop beyond the standard error of the difference regresses and emits eval_regression', () => {
    // se_diff = √(0.01² + 0.01²) = 0.014142; drop 0.02 > 0.014142.
    const d = pair(
      { metrics: { eval_gsm8k_score: 0.9, eval_gsm8k_score_se: 0.01 } },
      { metrics: { eval_gsm8k_score: 0.88, eval_gsm8k_score_se: 0.01 } },
    );
    const m = metric(d, 'eval_gsm8k_score');
    expect(m.outcome).toBe('regressed');
    expect(m.threshold?.name).toBe('eval stderr');
    expect(m.threshold?.value).toBeCloseTo(Math.SQRT2 * 0.01, 10);
    expect(d.findings.map((f) => [f.code, f.severity, f.cell_id])).toEqual([['eval_regression', 'warning', 'bmk_c8']]);
  });

  it.each([
    [0.9, 0.895, 'unchanged'], // drop 0.005 < 0.01
    [0.9, 0.885, 'regressed'], // drop 0.015 > 0.01
    [0.9, 0.915, 'improved'],
  ] as const)('without stderr the 0.01 minimum applies: %s → %s is %s', (b, h, outcome) => {
    const d = pair({ metrics: { eval_mmlu_score: b } }, { metrics: { eval_mmlu_score: h } });
    const m = metric(d, 'eval_mmlu_score');
    expect(m.outcome).toBe(outcome);
    expect(m.threshold).toEqual({ name: 'eval_regression_min_drop', value: 0.01, basis: 'absolute' });
    expect(d.findings.some((f) => f.code === 'eval_regression')).toBe(outcome === 'regressed');
  });
});

describe('baseline rules', () => {
  it('tpot_degradation fires at ≥ 1.5× the baseline p99 TPOT; prefix_cache_regression at a 10-point drop', () => {
    const d = pair(
      { metrics: { p99_tpot: 0.04, server_gpu_cache_hit_rate: 0.6 } },
      { metrics: { p99_tpot: 0.06, server_gpu_cache_hit_rate: 0.49 } },
    );
    // 0.06/0.04 = 1.5 ≥ 1.5; 0.60 − 0.49 = 0.11 ≥ 0.10.
    expect(d.findings.map((f) => f.code).sort()).toEqual(['prefix_cache_regression', 'tpot_degradation']);
    const e = pair({ metrics: { p99_tpot: 0.04 } }, { metrics: { p99_tpot: 0.059 } });
    expect(e.findings).toEqual([]);
  });
});

describe('matching and comparability', () => {
  it('a changed precision is incomparable with the reason, never a regression', () => {
    const d = compareReports(
      makeReport([makeCell({ precision: 'fp8', metrics: { tput_per_gpu: 1000 } })]),
      makeReport([makeCell({ precision: 'fp4', metrics: { tput_per_gpu: 500 } })]),
    );
    expect(d.cells.map((c) => [c.status, c.reasons])).toEqual([['incomparable', ['precision: fp8 → fp4']]]);
    expect(d.cells[0]?.verdict).toBeNull();
    expect(d.verdict.verdict).toBe('INSUFFICIENT_DATA');
    expect(d.counts.regressed).toBe(0);
  });

  it('a changed GPU count is incomparable even when the identity key matches', () => {
    const d = compareReports(
      makeReport([makeCell({ topology: { gpus: 8 } })]),
      makeReport([makeCell({ topology: { gpus: 4 } })]),
    );
    expect(d.cells.map((c) => [c.status, c.reasons])).toEqual([['incomparable', ['topology.gpus: 8 → 4']]]);
  });

  it('a changed tp lists the topology difference', () => {
    const d = compareReports(
      makeReport([makeCell({ topology: { tp: 8, gpus: 8 } })]),
      makeReport([makeCell({ topology: { tp: 4, gpus: 4 } })]),
    );
    expect(d.cells[0]?.status).toBe('incomparable');
    expect(d.cells[0]?.reasons).toEqual(['topology.tp: 8 → 4', 'topology.gpus: 8 → 4']);
  });

  it('new and missing cells; image changes still match', () => {
    const d = compareReports(
      makeReport([makeCell({ concurrency: 4 }), makeCell({ concurrency: 8, topology: { image: 'a:1' } })]),
      makeReport([makeCell({ concurrency: 8, topology: { image: 'a:2' } }), makeCell({ concurrency: 16 })]),
    );
    expect(d.cells.map((c) => [c.identity.concurrency, c.status])).toEqual([
      [4, 'missing'],
      [8, 'unchanged'],
      [16, 'new'],
    ]);
    expect(d.counts).toMatchObject({ missing: 1, unchanged: 1, new: 1, total: 3 });
  });
});

describe('per-request samples: rank test, effect gate, Benjamini-Hochberg', () => {
  // base TTFT: 1.00, 1.05, …, 2.95 (40 values); head = base × 1.25. Mann-Whitney (checked in
  // stats.test.ts against SciPy's formula): U = 1106.5, p = 0.0032336; geometric-mean shift +25%.
  const base = Array.from({ length: 40 }, (_, i) => 1 + i * 0.05);
  const shifted = base.map((x) => x * 1.25);
  // The TTFT percentiles come from the samples (as an adapter writes them).
  const cellWith = (id: string, conc: number, values: number[]): Cell =>
    makeCell({
      cell_id: id,
      concurrency: conc,
      metrics: { p50_ttft: null, p99_ttft: null },
      samples: { ttft_s: sketchOf(values) },
    });

  it('alone, the per-request test sees the shift (q = p = 0.0032 ≤ 0.01); one base run keeps +25% within the noise', () => {
    const d = compareReports(makeReport([cellWith('a', 1, base)]), makeReport([cellWith('a', 1, shifted)]));
    const m = metric(d, 'p99_ttft');
    expect(m.method).toBe('mann_whitney_u');
    expect(m.p_value).toBeCloseTo(0.0032336, 6);
    expect(m.q_value).toBeCloseTo(0.0032336, 6);
    expect(m.effect_size).toBeCloseTo(0.25, 10);
    // TTFT at concurrency 1 moves ≥ 8% in 39% of real A/A pairs and one-run changes reach 27% at
    // their 95th percentile: +25% in one cell with one base run is inside that noise (p ≈ 0.07
    // under the law, t with 0.9 df), never a verdict and not beyond the usual range.
    expect(m.outcome).toBe('unchanged');
    const p50 = metric(d, 'p50_ttft');
    expect(p50.reason).toBe('within_cell_noise');
    expect(p50.noise?.p).toBeGreaterThan(0.05);
    expect(p50.noise?.p).toBeLessThan(0.1);
    expect(d.verdict.verdict).toBe('NEUTRAL');
  });

  it('with three alike base runs on one node the same per-request shift is a regression of p50 and p99 TTFT', () => {
    const node = (c: Cell): Cell => ({
      ...c,
      environment: { cluster: null, runner: 'gpu-1', host: null, image: null },
    });
    const bases = [1, 2, 3].map(() => makeReport([node(cellWith('a', 1, base))]));
    const d = compareReports(bases, makeReport([node(cellWith('a', 1, shifted))]));
    expect(metric(d, 'p50_ttft').outcome).toBe('regressed');
    expect(metric(d, 'p50_ttft').method).toBe('run_interval');
    expect(metric(d, 'p99_ttft').outcome).toBe('regressed');
    expect(d.verdict.verdict).toBe('REGRESSION');
    expect(d.verdict.regressions).toEqual(['a: p50_ttft', 'a: p99_ttft']);
  });

  it('among 9 unchanged cells the same p is not significant: q = 10·p = 0.032 > 0.01', () => {
    const bases = [cellWith('a', 1, base)];
    const heads = [cellWith('a', 1, shifted)];
    for (let i = 2; i <= 10; i++) {
      bases.push(cellWith(`c${i}`, i, base));
      heads.push(cellWith(`c${i}`, i, base));
    }
    const d = compareReports(makeReport(bases), makeReport(heads));
    const m = metric(d, 'p99_ttft', 0);
    expect(d.cells[0]?.head_cell_id).toBe('a');
    expect(m.q_value).toBeCloseTo(0.032336, 5);
    expect(m.outcome).toBe('unchanged');
    expect(m.reason).toBe('within_sampling_noise');
    expect(d.verdict.verdict).toBe('NEUTRAL');
  });

  it('a significant but small shift is gated by min_effect_size', () => {
    const d = compareReports(makeReport([cellWith('a', 1, base)]), makeReport([cellWith('a', 1, shifted)]), {
      minEffectSize: 0.3,
    });
    expect(metric(d, 'p99_ttft').outcome).toBe('unchanged');
    expect(metric(d, 'p99_ttft').note).toMatch(/below the minimum effect 30\.0%/);
  });

  it('fewer than min_samples requests per side is insufficient_data, never a regression', () => {
    const few = base.slice(0, 10);
    const fewCell = (values: number[]): Cell =>
      makeCell({ cell_id: 'a', concurrency: 1, samples: { ttft_s: sketchOf(values) } });
    const d = compareReports(makeReport([fewCell(few)]), makeReport([fewCell(few.map((x) => x * 1.25))]));
    expect(metric(d, 'p99_ttft').outcome).toBe('insufficient_data');
    expect(metric(d, 'p99_ttft').note).toMatch(/below min_samples 20/);
    // Completion (success rate) is still compared; nothing below min_samples can regress.
    expect(d.verdict.regressions).toEqual([]);
    expect(d.verdict.verdict).not.toBe('REGRESSION');
  });

  it('bootstrap method tests the quantile difference with a fixed seed', () => {
    const opts = { method: 'bootstrap' as const, bootstrapIterations: 400, seed: 5 };
    const d1 = compareReports(makeReport([cellWith('a', 1, base)]), makeReport([cellWith('a', 1, shifted)]), opts);
    const d2 = compareReports(makeReport([cellWith('a', 1, base)]), makeReport([cellWith('a', 1, shifted)]), opts);
    expect(JSON.stringify(d1)).toBe(JSON.stringify(d2));
    const m = metric(d1, 'p50_ttft');
    expect(m.method).toBe('bootstrap_quantile');
    expect(m.interval).not.toBeNull();
    // p50 and p99 are separate per-request tests, plus one run-level test per noise family of the
    // cell (throughput, TTFT, TTFT tail, TPOT, TPOT tail: makeCell's default metrics).
    expect(d1.counts.tests).toBe(7);
  });
});

describe('the contract', () => {
  const diff = compareReports(
    makeReport([
      makeCell({ concurrency: 16 }),
      makeCell({ concurrency: 4, metrics: { tput_per_gpu: 1000 } }),
      makeCell({ model: 'org/a', concurrency: 1 }),
    ]),
    makeReport([
      makeCell({ concurrency: 4, metrics: { tput_per_gpu: 900 } }),
      makeCell({ concurrency: 16 }),
      makeCell({ model: 'org/a', concurrency: 1, precision: 'fp4' }),
    ]),
  );

  it('validates, with schema_version as the first key', () => {
    expect(validateContract('inferguard-report-diff/v1', diff)).toEqual({ ok: true });
    expect(Object.keys(diff)[0]).toBe('schema_version');
    expect(diff.schema_version).toBe('inferguard-report-diff/v1');
  });

  it('consumers may see unknown (additive) fields: still valid', () => {
    const extended = { ...diff, extra_block: { x: 1 }, cells: diff.cells.map((c) => ({ ...c, extra: true })) };
    expect(validateContract('inferguard-report-diff/v1', extended)).toEqual({ ok: true });
  });

  it('rejects a wrong schema_version and a missing required field', () => {
    expect(
      validateContract('inferguard-report-diff/v1', { ...diff, schema_version: 'inferguard-report-diff/v2' }).ok,
    ).toBe(false);
    const { verdict: _v, ...rest } = diff;
    expect(validateContract('inferguard-report-diff/v1', rest).ok).toBe(false);
  });

  it('ordering: cells by family then concurrency; comparisons in catalogue order', () => {
    // Family of model-a sorts before org/model-a ("org/a" < "org/model-a").
    expect(diff.cells.map((c) => [c.identity.model, c.identity.concurrency])).toEqual([
      ['org/a', 1],
      ['org/model-a', 4],
      ['org/model-a', 16],
    ]);
    const names = diff.cells[1]?.verdict?.comparisons.map((c) => c.metric);
    expect(names).toEqual([
      'success_rate',
      'completed_requests',
      'tput_per_gpu',
      'p50_ttft',
      'p99_ttft',
      'p50_tpot',
      'p99_tpot',
    ]);
  });

  it('same input, same bytes; input order does not matter', () => {
    const a = compareReports(
      makeReport([makeCell({ concurrency: 4 }), makeCell({ concurrency: 8 })]),
      makeReport([makeCell({ concurrency: 8 }), makeCell({ concurrency: 4 })]),
    );
    const b = compareReports(
      makeReport([makeCell({ concurrency: 8 }), makeCell({ concurrency: 4 })]),
      makeReport([makeCell({ concurrency: 4 }), makeCell({ concurrency: 8 })]),
    );
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('overall verdict: regression wins over improvement; lists "<cell>: <metric>"', () => {
    const baseRuns = [1, 2, 3].map(() => makeReport([makeCell({ concurrency: 1 }), makeCell({ concurrency: 2 })]));
    const d = compareReports(
      baseRuns,
      makeReport([
        makeCell({ concurrency: 1, metrics: { tput_per_gpu: 1100 } }),
        makeCell({ concurrency: 2, metrics: { tput_per_gpu: 900 } }),
      ]),
    );
    expect(d.verdict.verdict).toBe('REGRESSION');
    expect(d.verdict.regressions).toEqual(['bmk_c2: tput_per_gpu']);
    expect(d.verdict.improvements).toEqual(['bmk_c1: tput_per_gpu']);
    expect(d.verdict.comparisons.map((c) => c.cell_id)).toEqual(['bmk_c1', 'bmk_c2']);
  });

  it('empty reports give an empty diff', () => {
    const d = compareReports(makeReport([]), makeReport([]));
    expect(d.cells).toEqual([]);
    expect(d.verdict.verdict).toBe('INSUFFICIENT_DATA');
    expect(validateContract('inferguard-report-diff/v1', d)).toEqual({ ok: true });
  });
});

describe('config: the compare section', () => {
  it('maps every key onto CompareOptions', () => {
    const cfg = parseConfigText(
      JSON.stringify({
        compare: {
          alpha: 0.05,
          min_effect_size: 0.02,
          method: 'bootstrap',
          bootstrap_iterations: 500,
          seed: 9,
          min_samples: 30,
          noise_bands: { latency: 0.2, p99_ttft: 0.3 },
          suspicious_alpha: 0.25,
          accept: ['p99_ttft'],
          noise_prior: { ttft: { nu: 2, scale: { low: 0.05, mid: 0.02, high: 0.02 } } },
        },
      }),
      'c.json',
    );
    const opts = compareOptionsFromConfig(cfg);
    expect(opts).toMatchObject({
      suspiciousAlpha: 0.25,
      accept: ['p99_ttft'],
      noisePrior: { ttft: { nu: 2, scale: { low: 0.05, mid: 0.02, high: 0.02 } } },
      alpha: 0.05,
      minEffectSize: 0.02,
      method: 'bootstrap',
      bootstrapIterations: 500,
      seed: 9,
      minSamples: 30,
      noiseBands: { latency: 0.2, p99_ttft: 0.3 },
      evalMinDrop: 0.01,
    });
    const d = compareReports(makeReport([makeCell()]), makeReport([makeCell()]), opts);
    expect(d.settings.noise_bands).toEqual({
      cost: 0.05,
      latency: 0.2,
      p99_ttft: 0.3,
      success_rate: 0.01,
      throughput: 0.05,
    });
  });

  it.each([
    [{ compare: { alpha: 0 } }, /compare\.alpha/],
    [{ compare: { nope: 1 } }, /unknown key 'compare\.nope'/],
    [{ compare: { method: 't-test' } }, /compare\.method/],
  ])('rejects %j', (cfg, msg) => {
    expect(() => parseConfigText(JSON.stringify(cfg), 'c.json')).toThrow(UsageError);
    expect(() => parseConfigText(JSON.stringify(cfg), 'c.json')).toThrow(msg);
  });
});

describe('mergeFindings', () => {
  it('drops a compare finding the head already has (same code and cell), keeps the rest, sorted', () => {
    const headF = [
      makeFinding('eval_regression', 'warning', 'a', 'from analyze'),
      makeFinding('partial_run', 'warning', 'b', 'p'),
    ];
    const diffF = [
      makeFinding('eval_regression', 'warning', 'a', 'from compare'),
      makeFinding('tpot_degradation', 'warning', 'a', 't'),
    ];
    expect(mergeFindings(headF, diffF).map((f) => [f.code, f.cell_id, f.message])).toEqual([
      ['eval_regression', 'a', 'from analyze'],
      ['tpot_degradation', 'a', 't'],
      ['partial_run', 'b', 'p'],
    ]);
  });
});

describe('odd sample input', () => {
  it('unsorted or non-finite sketch values are cleaned, not trusted', () => {
    const vals = Array.from({ length: 40 }, (_, i) => 1 + i * 0.05);
    const messy = [...vals].reverse().concat([Number.NaN]);
    const d = compareReports(
      makeReport([makeCell({ samples: { ttft_s: { n: 41, values: messy } } })]),
      makeReport([makeCell({ samples: { ttft_s: { n: 40, values: vals.map((x) => x * 1.25) } } })]),
    );
    const m = d.cells[0]?.verdict?.comparisons.find((c) => c.metric === 'p99_ttft');
    // Same numbers as the sorted case (p = 0.0032336, see the rank-test block above).
    expect(m?.n_base).toBe(40);
    expect(m?.p_value).toBeCloseTo(0.0032336, 6);
    expect(validateContract('inferguard-report-diff/v1', d)).toEqual({ ok: true });
  });
});
